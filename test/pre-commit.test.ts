// The pre-commit hook (.pre-commit-hooks.yaml) and what it runs: `run proctortrack --check` with the staged files as
// paths. Files are read as part of their git checkout (full relative paths, the helper module beside them), and only
// they are read, never the rest of the tree.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli, gitRepo, REPO, tempDir } from './support/cli.ts';

const SAMPLE = path.join(REPO, 'fixtures/proctortrack/sample-checkout');
const HELPER = 'common/djangoapps/util/proctoring.py';
const STAGED = [
  'cms/djangoapps/contentstore/xblock_storage_handlers/view_handlers.py',
  'xmodule/course_block.py',
  'lms/envs/common.py',
  'Makefile',
  'cms/djangoapps/contentstore/config/waffle.py',
];

/** The sample edx-platform as a git repository: before the campaign, or after it (input overlaid with expected). */
function platform(migrated: boolean): string {
  const dir = path.join(tempDir('openedx-codemod-hook-'), 'edx-platform');
  cpSync(path.join(SAMPLE, 'input/edx-platform'), dir, { recursive: true });
  if (migrated) cpSync(path.join(SAMPLE, 'expected/edx-platform'), dir, { recursive: true });
  return gitRepo(dir);
}

const check = async (dir: string, files: string[]) => {
  const result = await cli(['run', 'proctortrack', '--check', '--json', '-', ...files.map((f) => path.join(dir, f))]);
  return { ...result, report: JSON.parse(result.out) };
};

describe('pre-commit hook', () => {
  it('is declared for pre-commit: the campaign in --check mode, node, staged file names appended', () => {
    const hooks = parse(readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'openedx-codemod-check', entry: 'openedx-codemod run proctortrack --check', language: 'node', pass_filenames: true });
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.bin)).toContain(hooks[0].entry.split(' ')[0]);
  });

  it('staged files with sites fail the commit; they are read in their checkout, and nothing else is read', async () => {
    const dir = platform(false);
    const { code, report } = await check(dir, STAGED);
    expect(code).toBe(1);
    expect(report.roots).toEqual([dir]);
    expect(report.summary.filesSeen).toBe(STAGED.length);
    // Paths keep their meaning: EE-8 applies to lms/envs/common.py only, and the helper module lands in the checkout.
    expect(report.summary.sites).toMatchObject({ 'EE-8': 1, 'RR-2': 1, 'ZD-5': 1, 'PK-4': 2 });
    expect(report.files.map((f: { path: string }) => f.path)).toEqual([...STAGED, HELPER].sort());
    expect(report.files.find((f: { path: string }) => f.path === HELPER)).toMatchObject({ status: 'changed', created: true });
  });

  it('a migrated checkout passes, and its helper module is still checked when an importer is staged', async () => {
    const dir = platform(true);
    expect((await check(dir, STAGED)).code).toBe(0);
    expect((await check(dir, ['lms/djangoapps/instructor/views/instructor_dashboard.py', 'Makefile'])).code).toBe(0);

    rmSync(path.join(dir, HELPER));
    const missing = await check(dir, ['cms/djangoapps/contentstore/xblock_storage_handlers/view_handlers.py']);
    expect(missing.code).toBe(1);
    expect(missing.report.files.map((f: { path: string; status: string }) => [f.path, f.status])).toContainEqual([HELPER, 'changed']);
  });
});
