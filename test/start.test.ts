// `npm start` (the README's first command) runs the whole campaign as a dry run on the bundled sample checkout.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { main } from '../src/cli.ts';

it('npm start runs the campaign dry on the sample checkout and shows its diff', async () => {
  const root = path.resolve(import.meta.dirname, '..');
  const start: string = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start;
  const args = start.replace(/^node bin\/openedx-codemod\.mjs /, '').split(' ');
  expect(args.slice(0, 2)).toEqual(['run', 'proctortrack']);
  let stdout = '';
  let stderr = '';
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const code = await main(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
    expect(code).toBe(0);
  } finally {
    process.chdir(cwd);
  }
  expect(stdout).toContain('diff --git a/edx-platform/cms/djangoapps/contentstore/config/waffle.py');
  expect(stderr).toMatch(/proctortrack \(dry run\): \d+ files seen/);
  expect(stderr).toContain('Dry run: nothing was written');
});
