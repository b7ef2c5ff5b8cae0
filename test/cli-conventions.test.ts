// Command-line conventions shared with ruff, eslint and ast-grep: NO_COLOR and --color, --quiet, list --json,
// did-you-mean for a mistyped flag, `-` for paths on stdin, usage on stderr when it is the error.
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { registry } from '../codemods/registry.ts';
import { main, type Io } from '../src/cli/cli.ts';
import { cli, FLAG_USE, FLAG_USE_PATH, git, gitRepo, workTree } from './support/cli.ts';

const ANSI = /\x1b\[[0-9;]*m/;

/** Streams that keep ANSI codes, with a chosen TTY-ness, environment and stdin text. */
async function raw(args: string[], options: { tty?: boolean; env?: Record<string, string>; stdin?: string } = {}) {
  let out = '';
  let err = '';
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  stdin.end(options.stdin ?? '');
  const io: Io = {
    stdout: { write: (s: string) => (out += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (err += s), isTTY: options.tty ?? false },
    stdin,
    env: options.env ?? {},
  };
  const code = await main(args, io, registry);
  return { code, out, err };
}

describe('colour', () => {
  it('is on for a terminal, off with NO_COLOR, and --color always|never|auto decides over both', async () => {
    const dir = workTree();
    expect((await raw(['run', 'show-review-rules', dir], { tty: true })).out).toMatch(ANSI);
    const noColor = await raw(['run', 'show-review-rules', dir], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.out + noColor.err).not.toMatch(ANSI);
    expect((await raw(['run', 'show-review-rules', dir, '--color=always'], { env: { NO_COLOR: '1' } })).out).toMatch(ANSI);
    expect((await raw(['--color', 'never', 'run', 'show-review-rules', dir], { tty: true })).out).not.toMatch(ANSI);
    expect((await raw(['run', 'show-review-rules', dir], { env: { FORCE_COLOR: '1' } })).err).toMatch(ANSI);
    expect((await raw(['run', 'show-review-rules', dir, '--color=auto'])).out).not.toMatch(ANSI);
    expect(await raw(['run', 'show-review-rules', dir, '--color=sometimes'])).toMatchObject({ code: 2, err: expect.stringContaining('--color takes always, never or auto') });
  });
});

describe('--quiet', () => {
  it('prints only errors and the final line on stderr; the diff stays on stdout', async () => {
    const dir = workTree(undefined, { [FLAG_USE_PATH]: FLAG_USE, 'cms/broken.py': 'def f(:\n    SHOW_REVIEW_RULES_FLAG\n' });
    const { code, out, err } = await cli(['run', 'show-review-rules', dir, '--quiet']);
    expect(code).toBe(3);
    expect(out).toContain('diff --git a/cms/djangoapps/contentstore/config/waffle.py');
    expect(err.trim().split('\n')).toEqual([
      expect.stringMatching(/^skipped: cms\/broken\.py: does not parse/),
      'Dry run: nothing was written; 3 file(s) would change (1 new), 1 review item(s) to decide by hand. Run again with --write to apply.',
    ]);
  });

  it('with --write --branch too: no line per commit', async () => {
    const dir = gitRepo(workTree());
    const { code, err } = await cli(['run', 'show-review-rules', dir, '--write', '--branch', 'depr-36329', '--quiet']);
    expect(code).toBe(0);
    expect(git(dir, 'log', '--oneline', 'depr-36329').trim().split('\n').length).toBe(2);
    expect(err).not.toContain('committed ');
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});

describe('list --json', () => {
  it('lists campaigns, codemods in run order, their site ids and options', async () => {
    const { code, out } = await cli(['list', '--json']);
    expect(code).toBe(0);
    const { campaigns } = JSON.parse(out);
    const [proctortrack] = registry.campaigns;
    expect(campaigns.map((c: { name: string }) => c.name)).toEqual([proctortrack.name]);
    expect(campaigns[0].codemods.map((c: { name: string }) => c.name)).toEqual(proctortrack.codemods.map((c) => c.name));
    expect(campaigns[0].codemods[0]).toMatchObject({ siteIds: proctortrack.codemods[0].siteIds, options: expect.any(Object) });
  });
});

describe('mistyped flags and usage', () => {
  it('suggests the closest flag, in a message of our own', async () => {
    const typo = await cli(['run', 'proctortrack', '--wirte']);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("run: unknown option '--wirte': did you mean '--write'?");
    expect(typo.err).not.toContain('To specify a positional argument');
    expect((await cli(['run', 'proctortrack', '--repot=x.md'])).err).toContain("did you mean '--report'?");
    expect((await cli(['audit', 'proctortrack', '--jsn', '-'])).err).toContain("audit: unknown option '--jsn': did you mean '--json'?");
    expect((await cli(['run', 'proctortrack', '--frobnicate'])).err).not.toContain('did you mean');
    expect((await cli(['run', 'proctortrack', '--json'])).err).toContain('run: --json needs a value');
  });

  it('prints the usage on stderr when it is the error, on stdout when asked for', async () => {
    const missing = await raw([]);
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toContain('Usage:');
    const asked = await raw(['--help']);
    expect(asked).toMatchObject({ code: 0, err: '' });
    expect(asked.out).toContain('Usage:');
  });
});

describe('- for paths on stdin', () => {
  it('reads the paths one per line (blank lines ignored), for run and audit', async () => {
    const first = workTree();
    const second = workTree();
    const { code, out } = await raw(['run', 'show-review-rules', '-', '--json', '-'], { stdin: `${first}\n\n  ${second}  \n` });
    expect(code).toBe(0);
    expect(JSON.parse(out).roots).toEqual([first, second].map((p) => path.resolve(p)));
    const audit = await raw(['audit', 'proctortrack', '-', '--json', '-'], { stdin: `${first}\n` });
    expect(JSON.parse(audit.out).roots.map((r: { root: string }) => r.root)).toEqual([first]);
    expect(await raw(['run', 'show-review-rules', '-'], { stdin: '\n' })).toMatchObject({ code: 2, err: expect.stringContaining('- read no paths from stdin') });
  });
});
