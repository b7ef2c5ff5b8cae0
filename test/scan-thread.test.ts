// The scan threads (walk and prefilter of a large walk, src/engine/scan.ts): their run equals the one-thread run, in
// the sources and in the bundle, and a thread that dies loses nothing: what it never reported is walked here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { registry } from '../codemods/registry.ts';
import { runCodemods, type RunOptions } from '../src/engine/run.ts';
import { FIXTURES } from './support/fixtures.ts';
import { main } from '../src/cli/cli.ts';
import { fakeIo, REPO, tempDir } from './support/cli.ts';

const dyingThread = vi.hoisted(() => ({ next: null as null | 'at-start' | 'mid-walk' }));
vi.mock('../src/engine/threads.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/engine/threads.ts')>();
  const { Worker } = await import('node:worker_threads');
  // The real scan thread, stopped for good right after its first message, as a crash would stop it.
  const afterFirstMessage = `
    const { parentPort, workerData } = require('node:worker_threads');
    const post = parentPort.postMessage.bind(parentPort);
    parentPort.postMessage = (message, transfer) => { post(message, transfer); process.exit(1); };
    import(workerData.boot);`;
  return {
    engineThread: (name: string, data: Record<string, unknown>) => {
      const how = dyingThread.next;
      if (name !== 'scan-worker' || !how) return real.engineThread(name, data);
      dyingThread.next = null;
      if (how === 'at-start') return new Worker('process.exit(1)', { eval: true });
      const boot = { boot: new URL('../src/engine/worker-boot.mjs', import.meta.url).href, entry: new URL('../src/engine/scan-worker.ts', import.meta.url).href };
      return new Worker(afterFirstMessage, { eval: true, workerData: { ...data, ...boot } });
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

    // The bundled threads (`npm ci` builds them), as a user runs them.
    it(`report through the bin what one thread reports (${jobs - 1} scan thread(s))`, async () => {
      const bin = spawnSync('node', [path.join(REPO, 'bin/openedx-codemod.mjs'), 'run', 'proctortrack', dir, '--json', '-', '--no-progress', '--jobs', String(jobs)], { encoding: 'utf8' });
      const { summary, files, reviewItems } = JSON.parse(bin.stdout);
      const single = await run(1);
      expect(summary).toEqual(single.summary);
      const shape = (f: { path: string; status: string; sites: unknown[] }) => [f.path, f.status, f.sites.length];
      expect(files.map(shape)).toEqual(single.files.map(shape));
      expect(reviewItems.length).toBe(single.reviewItems.length);
    });

    for (const how of ['at-start', 'mid-walk'] as const) {
      it(`lose nothing when one dies ${how === 'at-start' ? 'before its first file' : 'after its first batch'} (${jobs - 1} scan thread(s))`, async () => {
        const single = await run(1);
        dyingThread.next = how;
        expect(await run(jobs)).toEqual(single);
        expect(dyingThread.next).toBe(null);
      });
    }
  }
});

describe('the scan threads, with what narrows or nests a walk', () => {
  const dir = largeTree();
  const cases: [string, (d: string) => Partial<RunOptions>][] = [
    ['--include and --exclude', () => ({ include: ['*.py', '*.js', 'lms/**'], exclude: ['pkg1*/', 'sub3/'] })],
    ['a root nested in another, and a file root', (d) => ({ roots: [d, path.join(d, 'lms'), path.join(d, 'pkg7/sub0/module_7.js')] })],
    ['stale temp files and --write', () => ({ write: true })],
  ];
  for (const [name, options] of cases) {
    it(`reports what one thread reports: ${name}`, async () => {
      const copies = [1, 2].map(() => {
        const copy = tempDir();
        cpSync(dir, copy, { recursive: true, verbatimSymlinks: true });
        writeFileSync(path.join(copy, 'pkg3', '.module_3.py.0123456789ab.codemod-tmp'), 'left by a killed run\n');
        return copy;
      });
      const [single, threaded] = await Promise.all(
        copies.map((copy, i) => runCodemods({ roots: [copy], campaign, codemods: campaign.codemods, write: false, jobs: i ? 2 : 1, ...options(copy) })),
      );
      const relative = (report: typeof single, copy: string) => JSON.parse(JSON.stringify(report).replaceAll(copy, '<root>'));
      expect(relative(threaded, copies[1])).toEqual(relative(single, copies[0]));
      expect(threaded.summary.filesSeen).toBeGreaterThan(500); // over the budget of a walk here: the scan thread's path
    });
  }
});

describe('the progress bar of a walk in scan threads', () => {
  it('counts while the threads walk, then shows the bar once the total is known, ending the line once', async () => {
    const dir = largeTree();
    for (let i = 0; i < 2000; i++) writeFileSync(path.join(dir, `pkg${i % 40}`, `extra_${i}.py`), `EXTRA_${i} = ${i}\n`);
    let err = '';
    const io = { ...fakeIo(), stderr: { write: (text: string) => void (err += text), isTTY: true } };
    expect(await main(['run', 'proctortrack', dir, '--check', '--jobs', '2'], io, registry)).toBe(1);
    // While the walk goes on, a count of the files seen so far; every bar is drawn against the run's whole total.
    expect(err).toMatch(/\r\d+\/\d+\+ files/);
    const totals = [...err.matchAll(/\r\[[#.]+\] \d+\/(\d+) files/g)].map((m) => Number(m[1]));
    expect(totals.length).toBeGreaterThan(0);
    expect(new Set(totals)).toEqual(new Set([Number(/(\d+) files seen/.exec(err)![1])]));
    expect(err.match(/ files\n/g)).toHaveLength(1);
  });
});
