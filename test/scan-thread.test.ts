// The scan thread (walk and prefilter of a large walk, src/engine/scan.ts): its run equals the one-thread run, and a
// thread that dies mid-walk loses nothing: the files it never reported are walked and read on the main thread.
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { registry } from '../codemods/registry.ts';
import { runCodemods } from '../src/engine/run.ts';
import { FIXTURES } from './support/fixtures.ts';
import { tempDir } from './support/cli.ts';

const killFirstScanThread = vi.hoisted(() => ({ on: false }));
vi.mock('../src/engine/threads.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/engine/threads.ts')>();
  return {
    engineThread: (name: string, data: Record<string, unknown>) => {
      const worker = real.engineThread(name, data);
      // The first one dies right after its first batch, as a thread killed by a crash would.
      if (name === 'scan-worker' && killFirstScanThread.on && data.share && (data.share as { index: number }).index === 0) worker.once('message', () => void worker.terminate());
      return worker;
    },
  };
});

const [campaign] = registry.campaigns;

/** The sample checkout with 1,500 needle-free files around it: over the budget of a walk on the main thread. */
function largeTree(): string {
  const dir = tempDir();
  cpSync(path.join(FIXTURES, 'proctortrack/sample-checkout/input/edx-platform'), dir, { recursive: true });
  for (let i = 0; i < 1500; i++) {
    const folder = path.join(dir, `pkg${i % 40}`, `sub${i % 7}`);
    mkdirSync(folder, { recursive: true });
    // Every hundredth holds an anchor of the scan threads but no needle: read, found, and still prefiltered out.
    writeFileSync(path.join(folder, `module_${i}.${['py', 'js', 'yml'][i % 3]}`), `value_${i} = ${i}${i % 100 ? '' : ' # proctoring'}\n`);
    // What each share counts for itself: ignored files and folders, symlinks, at the root and deeper.
    if (i % 50 === 0) writeFileSync(path.join(folder, `trace_${i}.log`), 'x\n');
    if (i % 300 === 0) symlinkSync('..', path.join(folder, `up_${i}`));
  }
  writeFileSync(path.join(dir, '.gitignore'), '*.log\nbuild_output/\n');
  mkdirSync(path.join(dir, 'build_output'));
  writeFileSync(path.join(dir, 'build_output/generated.py'), 'PROCTORTRACK = 1\n');
  writeFileSync(path.join(dir, 'root.log'), 'x\n');
  symlinkSync('pkg0', path.join(dir, 'pkg-link'));
  return dir;
}

describe('the scan threads', () => {
  const dir = largeTree();
  const run = (jobs: number) => runCodemods({ roots: [dir], campaign, codemods: campaign.codemods, write: false, jobs });

  // Two cores: one scan thread; three: two threads sharing the walk.
  for (const jobs of [2, 3]) {
    it(`report what one thread reports (${jobs - 1} scan thread(s))`, async () => {
      const threaded = await run(jobs);
      expect(threaded).toEqual(await run(1));
      expect(threaded.summary.filesSeen).toBeGreaterThan(1500);
      expect(threaded.summary.changed).toBeGreaterThan(5);
      expect(threaded.summary).toMatchObject({ ignored: 32, symlinksSkipped: 6 });
      expect(threaded.files.filter((f) => f.path.includes('module_'))).toEqual([]);
    });

    it(`lose nothing when one dies after its first batch (${jobs - 1} scan thread(s))`, async () => {
      killFirstScanThread.on = true;
      try {
        expect(await run(jobs)).toEqual(await run(1));
      } finally {
        killFirstScanThread.on = false;
      }
    });
  }
});
