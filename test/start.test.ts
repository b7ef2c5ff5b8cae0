// `npm start` (the README's first command) runs the whole campaign as a dry run on the bundled sample checkout.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { cli, REPO } from './support/cli.ts';

it('npm start runs the campaign dry on the sample checkout and shows its diff', async () => {
  const start: string = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).scripts.start;
  const [command, ...args] = start.replace(/^node bin\/openedx-codemod\.mjs /, '').split(' ');
  expect([command, args[0]]).toEqual(['run', 'proctortrack']);
  const { code, out, err } = await cli([command, args[0], ...args.slice(1).map((p) => path.join(REPO, p))]);
  expect(code).toBe(0);
  expect(out).toContain('diff --git a/edx-platform/cms/djangoapps/contentstore/config/waffle.py');
  expect(err).toMatch(/proctortrack \(dry run\): \d+ files seen/);
  expect(err).toContain('Dry run: nothing was written');
});
