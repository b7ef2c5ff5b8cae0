// The bundle `npm ci` builds (dist/) gives the same report as the TypeScript sources, worker pool included.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { select } from '../codemods/registry.ts';
import { publicReport } from '../src/cli/cli.ts';
import { runCodemods } from '../src/engine/run.ts';
import type { Campaign, Codemod } from '../src/engine/types.ts';
import { REPO as root, workTree } from './support/cli.ts';


it('runs from dist/ with worker threads and matches the sources', async () => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
  const site = 'from openedx.core.djangoapps.waffle_utils import CourseWaffleFlag\n\nOTHER = CourseWaffleFlag("studio.other", __name__)\nSHOW_REVIEW_RULES_FLAG = CourseWaffleFlag("studio.show_review_rules", __name__)\n';
  const tree = workTree(null, Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`pkg${i % 6}/waffle_${i}.py`, site])));
  expect(statSync(path.join(root, 'dist/engine/entry.cjs')).mtimeMs).toBeGreaterThan(statSync(path.join(root, 'src/engine/run.ts')).mtimeMs);
  const json = execFileSync(process.execPath, [path.join(root, 'bin/openedx-codemod.mjs'), 'run', 'show-review-rules', tree, '--jobs', '2', '--json', '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const { campaign, codemods } = select(['show-review-rules']) as { campaign: Campaign; codemods: Codemod[] };
  const fromSources = await runCodemods({ roots: [tree], campaign, codemods, write: false, jobs: 1 });
  expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(publicReport(fromSources))));
  expect(JSON.parse(json).summary.changed).toBe(60);
});
