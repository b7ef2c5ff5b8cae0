// --interactive driven through an injected input stream (a fake TTY): apply/skip/all/quit, per hunk; and the real bin
// on a pty, which must exit after the last answer.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { applyPatch, structuredPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { linePrompter } from '../src/cli/interactive.ts';
import { cli, workTree } from './support/cli.ts';

const WAFFLE = 'cms/djangoapps/contentstore/config/waffle.py';
const HANDLERS = 'cms/djangoapps/contentstore/xblock_storage_handlers/view_handlers.py';
const HELPER = 'common/djangoapps/util/proctoring.py';
const EXPECTED = path.resolve(import.meta.dirname, '../fixtures/show-review-rules/fstring-flag-double-quotes/expected');

const read = (dir: string, rel: string) => readFileSync(path.join(dir, rel), 'utf8');
const expected = (rel: string) => readFileSync(path.join(EXPECTED, rel), 'utf8');
const interactive = (dir: string, answers: string[]) => cli(['run', 'show-review-rules', dir, '--interactive'], { tty: true, answers });

describe('run --interactive', () => {
  it('is refused without a terminal', async () => {
    const dir = workTree();
    const { code, err } = await cli(['run', 'show-review-rules', dir, '--interactive'], { tty: false, answers: ['a'] });
    expect(code).toBe(2);
    expect(err).toContain('--interactive needs a terminal');
    expect(read(dir, WAFFLE)).toContain('SHOW_REVIEW_RULES_FLAG');
  });

  it('refuses flags that do not fit', async () => {
    expect(await cli(['run', 'show-review-rules', workTree(), '--interactive', '--write'], { tty: true })).toMatchObject({ code: 2 });
  });

  it('"all" applies this and every later change without asking again', async () => {
    const dir = workTree();
    const { code, out, err } = await interactive(dir, ['a']);
    expect(code).toBe(0);
    expect(out.match(/\? \[y\]es\/apply/g)).toHaveLength(1);
    expect(read(dir, WAFFLE)).toBe(expected(WAFFLE));
    expect(read(dir, HANDLERS)).toBe(expected(HANDLERS));
    expect(read(dir, HELPER)).toBe(expected(HELPER));
    expect(err).toContain('3 files written.');
  });

  it('skips a file, applies picked hunks of another, re-asks after a bad answer', async () => {
    const dir = workTree();
    const original = read(dir, HANDLERS);
    // waffle.py: skip. view_handlers.py (3 hunks): imports yes, block no, dict entry yes. helper: bad answer, then yes.
    const { code, out } = await interactive(dir, ['n', 'y', 'skip', 'apply', 'maybe', 'y']);
    expect(code).toBe(0);
    expect(out).toContain(`Apply this change to ${HANDLERS} (hunk 2/3)?`);
    expect(out).toContain('Answer y (apply), n (skip)');
    expect(read(dir, WAFFLE)).toContain('SHOW_REVIEW_RULES_FLAG = CourseWaffleFlag(');
    const hunks = structuredPatch('a', 'b', original, expected(HANDLERS), '', '', { context: 3 }).hunks;
    const picked = applyPatch(original, { oldFileName: 'a', newFileName: 'b', oldHeader: '', newHeader: '', hunks: [hunks[0], hunks[2]] });
    expect(read(dir, HANDLERS)).toBe(picked);
    expect(read(dir, HANDLERS)).toContain('if course.proctoring_provider == "proctortrack":');
    expect(read(dir, HELPER)).toBe(expected(HELPER));
  });

  it('"quit" stops and writes nothing more; the end of input quits too', async () => {
    const dir = workTree();
    const quit = await interactive(dir, ['y', 'q']);
    expect(quit.code).toBe(0);
    expect(read(dir, WAFFLE)).toBe(expected(WAFFLE));
    expect(read(dir, HANDLERS)).not.toBe(expected(HANDLERS));
    expect(existsSync(path.join(dir, HELPER))).toBe(false);
    expect(quit.err).toContain('1 files written.');

    const untouched = workTree();
    const ended = await interactive(untouched, []);
    expect(ended.code).toBe(0);
    expect(read(untouched, WAFFLE)).toContain('SHOW_REVIEW_RULES_FLAG');
  });
});

// On a real terminal (a pty from `script`), the bin must end after the last answer: `a`, Ctrl-D, or nothing to ask.
const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Runs the bin on a pty, typing each input once the prompt is there (or at once); stdin stays open, as a terminal's. */
function onTerminal(dir: string, typed: string | null): Promise<{ code: number | null; output: string; seconds: number }> {
  const bin = path.resolve(import.meta.dirname, '../bin/openedx-codemod.mjs');
  const child = spawn('script', ['-qfec', `node ${bin} run show-review-rules . --interactive`, '/dev/null'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let sent = false;
  const started = Date.now();
  child.stdout.on('data', (chunk) => {
    output += chunk;
    if (typed !== null && !sent && output.includes('[q]uit: ')) {
      sent = true;
      child.stdin.write(typed);
    }
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, seconds: (Date.now() - started) / 1000 });
    });
  });
}

describe.skipIf(!hasScript)('run --interactive on a terminal', () => {
  it('exits after "a", after Ctrl-D, and when there is nothing to ask', { timeout: 200_000 }, async () => {
    const all = workTree();
    const applied = await onTerminal(all, 'a\n');
    expect(applied.code, applied.output).toBe(0);
    expect(read(all, WAFFLE)).toBe(expected(WAFFLE));
    expect(applied.output).toContain('3 files written.');

    const ended = workTree();
    const eof = await onTerminal(ended, '\x04');
    expect(eof.code, eof.output).toBe(0);
    expect(read(ended, WAFFLE)).toContain('SHOW_REVIEW_RULES_FLAG');

    const nothing = await onTerminal(all, null);
    expect(nothing.code, nothing.output).toBe(0);
    expect(nothing.output).toContain('0 files written.');
  });
});

describe('the terminal prompter', () => {
  it('releases its input when closed and on Ctrl-C, and asks nothing of it before the first question', async () => {
    const input = new PassThrough();
    const prompter = linePrompter(input, { write: () => undefined });
    const before = process.listeners('SIGINT');
    expect(input.isPaused() || !input.readableFlowing).toBe(true);
    input.write('y\n');
    expect(await prompter.ask('? ')).toBe('y');
    const release = process.listeners('SIGINT')[0];
    expect(before).not.toContain(release);
    // Ctrl-C: the prompter's listener runs first and lets go of the terminal, so the stop handler can exit.
    (release as () => void)();
    expect(input.destroyed).toBe(true);
    expect(process.listeners('SIGINT')).toEqual(before);
    prompter.close();
  });
});
