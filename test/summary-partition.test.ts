// The run summary is a partition of the files seen (filesSeen = prefilteredOut + unchanged + changed + skipped +
// failed; created files and paths not read are counted apart), and the progress total is known before it moves.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../codemods/registry.ts';
import { runCodemods, type RunOptions, type RunSummary } from '../src/engine/run.ts';
import { FIXTURES } from './support/fixtures.ts';
import { SHOW_REVIEW_RULES_INPUT, tempDir, workTree } from './support/cli.ts';

const [campaign] = registry.campaigns;
const HELPER = 'common/djangoapps/util/proctoring.py';
const SAMPLE = path.join(FIXTURES, 'proctortrack/sample-checkout/input');

function partitionOf(s: RunSummary) {
  return { seen: s.filesSeen, parts: s.prefilteredOut + s.unchanged + s.changed + s.skipped + s.failed };
}

async function run(roots: string[], extra: Partial<RunOptions> = {}) {
  const progress: [number, number][] = [];
  const report = await runCodemods({ roots, campaign, codemods: campaign.codemods, write: false, jobs: 1, onProgress: (done, total) => progress.push([done, total]), ...extra });
  return { report, progress };
}

function tree(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const HANDLERS = 'cms/djangoapps/contentstore/xblock_storage_handlers/view_handlers.py';
const SITE = 'SHOW_REVIEW_RULES_FLAG = CourseWaffleFlag(f"{WAFFLE_NAMESPACE}.show_review_rules", __name__)\n';

describe('summary partition', () => {
  it('adds up on the bundled sample: every file seen is prefiltered out, unchanged, changed, skipped or failed', async () => {
    const { report } = await run([SAMPLE]);
    const { seen, parts } = partitionOf(report.summary);
    expect(parts).toBe(seen);
    expect(report.summary.created).toBe(report.files.filter((f) => f.created).length);
    expect(report.summary.changed).toBe(report.files.filter((f) => f.status === 'changed' && !f.created).length);
    expect(report.summary.created).toBeGreaterThan(0);
  });

  it('adds up with ignored, unreadable-kind, binary, unparsable and prefiltered files, and an existing helper counted out first', async () => {
    const root = tree({
      '.gitignore': 'generated/\n*.log\n',
      'generated/waffle.py': SITE,
      'debug.log': 'proctortrack',
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
      'notes.txt': 'nothing to see',
      'cms/djangoapps/contentstore/config/waffle.py': `from edx_toggles.toggles import CourseWaffleFlag\n${SITE}`,
      [HANDLERS]: readFileSync(path.join(SHOW_REVIEW_RULES_INPUT, HANDLERS)),
      'cms/broken.py': 'def broken(:\n    return "proctortrack"\n',
      'cms/binary.py': Buffer.concat([Buffer.from('proctortrack'), Buffer.from([0, 0, 0])]),
      'cms/plain.py': 'x = 1\n',
      [HELPER]: '"""Proctoring helpers."""\n',
    });
    const { report, progress } = await run([root]);
    const s = report.summary;
    expect(partitionOf(s).parts).toBe(s.filesSeen);
    expect(s.filesSeen).toBe(9);
    expect(s.ignored).toBe(2);
    expect(s.skipped).toBe(2);
    expect(s.created).toBe(0);
    expect(report.files.find((f) => f.path === HELPER)).toMatchObject({ status: 'changed' });
    // Progress: the total is the files seen from the first call, and it counts up to it.
    expect(new Set(progress.map(([, total]) => total))).toEqual(new Set([s.filesSeen]));
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
    expect(progress.at(-1)?.[0]).toBeLessThanOrEqual(s.filesSeen);
  });

  it('counts a created companion apart, and a root that is one file', async () => {
    const dir = workTree();
    const { report } = await run([dir]);
    expect(report.summary).toMatchObject({ created: 1 });
    expect(partitionOf(report.summary).parts).toBe(report.summary.filesSeen);
    const single = await run([path.join(dir, 'cms/djangoapps/contentstore/config/waffle.py')]);
    expect(partitionOf(single.report.summary)).toEqual({ seen: 1, parts: 1 });
  });

  it('adds up when scan threads walk and prefilter (over 500 files), with progress moving before the end', async () => {
    const files: Record<string, string> = { 'cms/djangoapps/contentstore/config/waffle.py': `from edx_toggles.toggles import CourseWaffleFlag\n${SITE}` };
    for (let i = 0; i < 2100; i++) files[`pkg${i % 30}/module_${i}.py`] = `VALUE_${i} = ${i}\n`;
    const { report, progress } = await run([tree(files)], { jobs: 2 });
    expect(report.summary.filesSeen).toBe(2101);
    expect(partitionOf(report.summary).parts).toBe(2101);
    expect(progress.at(-1)).toEqual([2101, 2101]);
    // The scan thread posts files in batches: the bar has many distinct steps, not one jump at the end.
    expect(new Set(progress.map(([done]) => done)).size).toBeGreaterThan(5);
  });
});
