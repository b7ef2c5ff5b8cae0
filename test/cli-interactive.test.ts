// --interactive driven through an injected input stream (a fake TTY): apply/skip/all/quit, per hunk.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { applyPatch, structuredPatch } from 'diff';
import { describe, expect, it } from 'vitest';
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
