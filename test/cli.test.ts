// End to end through main(): list, dry run, --write, --check/--strict, --json, bad input, review-item ids, the report.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FLAG_USE, FLAG_USE_PATH, workTree } from './support/cli.ts';

const WAFFLE = 'cms/djangoapps/contentstore/config/waffle.py';
const HELPER = 'common/djangoapps/util/proctoring.py';

describe('list', () => {
  it('names the campaign and its codemods with their site ids', async () => {
    const { code, out } = await cli(['list']);
    expect(code).toBe(0);
    expect(out).toContain('proctortrack  (campaign)');
    expect(out).toMatch(/show-review-rules\s+.*\[RR-1, RR-2, RR-3, RR-4\]/);
  });
});

describe('run: dry run, --write, --check', () => {
  it('prints git-style diffs and writes nothing', async () => {
    const dir = workTree();
    const before = readFileSync(path.join(dir, WAFFLE), 'utf8');
    const { code, out, err } = await cli(['run', 'show-review-rules', dir]);
    expect(code).toBe(0);
    expect(out).toContain(`diff --git a/${WAFFLE} b/${WAFFLE}\n--- a/${WAFFLE}\n+++ b/${WAFFLE}\n@@ -`);
    expect(out).toContain('-SHOW_REVIEW_RULES_FLAG = CourseWaffleFlag(');
    expect(err).toContain('Dry run: nothing was written');
    expect(readFileSync(path.join(dir, WAFFLE), 'utf8')).toBe(before);
    expect(existsSync(path.join(dir, HELPER))).toBe(false);
  });

  it('shows a created file as git does: /dev/null, new file mode, @@ -0,0', async () => {
    const { out } = await cli(['run', 'show-review-rules', workTree()]);
    const lines = readFileSync(path.join(path.dirname(import.meta.dirname), 'fixtures/show-review-rules/fstring-flag-double-quotes/expected', HELPER), 'utf8').split('\n').length - 1;
    expect(out).toContain(`diff --git a/${HELPER} b/${HELPER}\nnew file mode 100644\n--- /dev/null\n+++ b/${HELPER}\n@@ -0,0 +1,${lines} @@\n+"""\n`);
  });

  it('--check exits 1 while changes are pending and 0 after --write', async () => {
    const dir = workTree();
    expect((await cli(['run', 'show-review-rules', dir, '--check'])).code).toBe(1);
    const write = await cli(['run', 'show-review-rules', dir, '--write']);
    expect(write.code).toBe(0);
    expect(write.out).toBe('');
    expect(write.err).toContain('3 files written.');
    expect(existsSync(path.join(dir, HELPER))).toBe(true);
    expect(readFileSync(path.join(dir, WAFFLE), 'utf8')).not.toContain('SHOW_REVIEW_RULES_FLAG');
    expect((await cli(['run', 'show-review-rules', dir, '--check'])).code).toBe(0);
  });

  it('--strict makes review items fail --check even with nothing left to rewrite', async () => {
    const dir = workTree(undefined, { [FLAG_USE_PATH]: FLAG_USE });
    await cli(['run', 'show-review-rules', dir, '--write']);
    const check = await cli(['run', 'show-review-rules', dir, '--check']);
    expect(check.code).toBe(0);
    expect(check.err).toContain('review items (1)');
    const strict = await cli(['run', 'show-review-rules', dir, '--check', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/\[RR-3\] .+\n +at cms\/djangoapps\/contentstore\/review_rules\.py:8\n/);
    expect(strict.err).toContain('1 review item(s) to decide by hand');
  });
});

describe('run --json', () => {
  it('writes the public report schema to stdout with -', async () => {
    const dir = workTree(undefined, { [FLAG_USE_PATH]: FLAG_USE });
    const { code, out } = await cli(['run', 'show-review-rules', dir, '--json', '-']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report).sort()).toEqual(['campaign', 'checkouts', 'codemods', 'dryRun', 'files', 'followUps', 'reviewItems', 'roots', 'schemaVersion', 'summary', 'unreadableFolders']);
    expect(report).toMatchObject({ schemaVersion: 2, campaign: 'proctortrack', codemods: ['show-review-rules'], dryRun: true, roots: [dir], checkouts: [dir] });
    expect(report.summary).toMatchObject({ changed: 2, created: 1, failed: 0, reviewItems: 1, sites: { 'RR-1': 1, 'RR-2': 1 } });
    const created = report.files.find((f: { path: string }) => f.path === HELPER);
    expect(created).toEqual({ path: HELPER, status: 'changed', codemods: ['show-review-rules'], sites: [], warnings: [], created: true });
    expect(report.reviewItems).toEqual([
      expect.objectContaining({ path: FLAG_USE_PATH, line: 8, codemod: 'show-review-rules', siteKind: 'RR-3', id: expect.stringMatching(/^proctortrack\/RR-3\/[0-9a-f]{12}$/) }),
    ]);
  });

  it('keeps a review item id when the site moves to another line', async () => {
    const dir = workTree(undefined, { [FLAG_USE_PATH]: FLAG_USE });
    const first = JSON.parse((await cli(['run', 'show-review-rules', dir, '--json', '-'])).out).reviewItems[0];
    writeFileSync(path.join(dir, FLAG_USE_PATH), FLAG_USE.replace('from .config', 'import logging\n\n\nfrom .config'));
    const moved = JSON.parse((await cli(['run', 'show-review-rules', dir, '--json', '-'])).out).reviewItems[0];
    expect(moved.line).toBe(first.line + 3);
    expect(moved.id).toBe(first.id);
    // Re-indenting the site does not change it either; changing what it says does.
    writeFileSync(path.join(dir, FLAG_USE_PATH), FLAG_USE.replace('return SHOW', 'return (\n        SHOW').replace('(course_key)\n', '(course_key)\n    )\n'));
    expect(JSON.parse((await cli(['run', 'show-review-rules', dir, '--json', '-'])).out).reviewItems[0].id).toBe(first.id);
    writeFileSync(path.join(dir, FLAG_USE_PATH), FLAG_USE.replace('is_enabled(course_key)', 'is_enabled(course_id)'));
    expect(JSON.parse((await cli(['run', 'show-review-rules', dir, '--json', '-'])).out).reviewItems[0].id).not.toBe(first.id);
  });
});

describe('run: bad input exits 2', () => {
  it('points an unknown codemod at `list`', async () => {
    const { code, err } = await cli(['run', 'no-such-codemod', '.']);
    expect(code).toBe(2);
    expect(err).toContain("unknown campaign or codemod 'no-such-codemod': run `openedx-codemod list`");
  });

  it('names a missing path', async () => {
    const { code, err } = await cli(['run', 'show-review-rules', '/no/such/checkout']);
    expect(code).toBe(2);
    expect(err).toContain('no such path: /no/such/checkout');
  });

  it('rejects an unknown flag and bad combinations', async () => {
    expect(await cli(['run', 'proctortrack', '--frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining("unknown option '--frobnicate'") });
    expect(await cli(['run', 'proctortrack', '--check', '--write'])).toMatchObject({ code: 2 });
    expect(await cli(['run', 'proctortrack', '--strict'])).toMatchObject({ code: 2, err: expect.stringContaining('use it with --check') });
    expect(await cli(['run', 'proctortrack', '--branch', 'x'])).toMatchObject({ code: 2, err: expect.stringContaining('add --write') });
    expect(await cli(['run', 'proctortrack', '--jobs', '0'])).toMatchObject({ code: 2 });
    expect(await cli(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining("unknown command 'frobnicate'") });
  });
});

describe('run --report', () => {
  it('writes a pull-request description (snapshot)', async () => {
    const dir = workTree(undefined, { [FLAG_USE_PATH]: FLAG_USE });
    const reportPath = path.join(path.dirname(dir), 'pr.md');
    const { code } = await cli(['run', 'show-review-rules', dir, '--report', reportPath]);
    expect(code).toBe(0);
    const markdown = readFileSync(reportPath, 'utf8');
    expect(markdown).toContain('**Suggested title:** `feat!: ');
    expect(markdown).toMatch(/- \[ \] \*\*RR-3\*\*: .+\n.+\n  - `cms\/djangoapps\/contentstore\/review_rules\.py` line 8\n/);
    expect(markdown).toContain('"requires_escalation_email": True,\n        "show_review_rules": False,');
    expect(markdown).toMatch(/\nBREAKING CHANGE: .+\n$/);
    await expect(markdown).toMatchFileSnapshot('__snapshots__/cli-report.md');
  });
});
