// `npm start` (the README's first command) runs the whole campaign as a dry run on the bundled sample's three checkouts.
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
  // Three checkouts: one diff each, under its header, with paths inside that checkout.
  expect(out.match(/^# checkout .+$/gm)).toEqual(args.slice(1).map((p) => `# checkout ${path.relative(process.cwd(), path.join(REPO, p))}`));
  expect(out).toContain('diff --git a/cms/djangoapps/contentstore/config/waffle.py');
  expect(err).toMatch(/proctortrack \(dry run\): \d+ files seen/);
  expect(err).toContain('Dry run: nothing was written');
});
