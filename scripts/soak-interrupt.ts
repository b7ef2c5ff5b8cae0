// `npm run soak:interrupt`: interrupt 20 `--write` runs at random points (SIGINT, SIGTERM or SIGHUP; some while the
// run reads and transforms, most while it writes; some with worker threads) and check each stopped tree: no temp file,
// no file importing a helper module that does not exist, and a rerun reaches exactly the tree of an uninterrupted run.
// Options: --runs N (20), --copies N (importer files per tree, 100), --seed N.
import { parseArgs } from 'node:util';
import { registry } from '../codemods/registry.ts';
import { main as cli } from '../src/cli/cli.ts';
import { brokenImporters, importerTree, removeTrees, runBin, snapshot, tempFiles } from '../test/support/faults.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' }, copies: { type: 'string', default: '100' }, seed: { type: 'string', default: String(Date.now() % 100000) } } });
const runs = Number(values.runs);
const copies = Number(values.copies);
let state = Number(values.seed) >>> 0;
const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

const same = (a: Record<string, string>, b: Record<string, string>) => JSON.stringify(a) === JSON.stringify(b);

async function soak(): Promise<number> {
  console.log(`soak:interrupt: ${runs} runs, ${copies + 1} importers each, seed ${values.seed}`);
  const reference = importerTree(copies);
  const clean = await runBin(['run', 'proctortrack', reference, '--write', '--no-progress']);
  if (clean.code !== 0) throw new Error(`the uninterrupted run failed (exit ${clean.code}): ${clean.stderr}`);
  const expected = snapshot(reference);
  console.log(`uninterrupted --write: ${clean.ms} ms`);
  let failures = 0;
  for (let run = 1; run <= runs; run++) {
    const dir = importerTree(copies);
    const signal = SIGNALS[Math.floor(random() * SIGNALS.length)];
    const duringWrites = random() < 0.75;
    const afterMs = Math.round(random() * (duringWrites ? 400 : clean.ms));
    const jobs = random() < 0.3 ? ['--jobs', '2'] : [];
    const stopped = await runBin(['run', 'proctortrack', dir, '--write', '--no-progress', ...jobs], {
      kill: { signal, afterMs, firstWriteIn: duringWrites ? dir : undefined },
    });
    const written = Object.entries(snapshot(dir)).filter(([rel, text]) => expected[rel] === text).length;
    const problems: string[] = [];
    // Stopped by the signal (its handler re-raises it), or finished first (0): never a crash on the way out.
    if (stopped.code !== 0 && stopped.signal !== signal) problems.push(`the stopped run ended with ${stopped.signal ?? `exit ${stopped.code}`}: ${stopped.stderr.trim().slice(-400)}`);
    if (tempFiles(dir).length) problems.push(`temp files left: ${tempFiles(dir).join(', ')}`);
    if (brokenImporters(dir).length) problems.push(`${brokenImporters(dir).length} file(s) import a helper module that does not exist`);
    // The rerun in this process (a child's start-up would only add time).
    let stderr = '';
    const rerun = await cli(['run', 'proctortrack', dir, '--write', '--no-progress'], { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } }, registry);
    if (rerun !== 0) problems.push(`the rerun exited ${rerun}: ${stderr.trim().split('\n').at(-1)}`);
    if (!same(snapshot(dir), expected)) problems.push('the rerun did not reach the uninterrupted result');
    const when = duringWrites ? `${afterMs} ms into the writes` : `${afterMs} ms after the start`;
    const how = stopped.signal ? `killed by ${stopped.signal}` : `exit ${stopped.code}`;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${String(run).padStart(2)} ${signal.padEnd(7)} ${when.padEnd(26)} ${jobs.length ? '--jobs 2' : '        '} ${how.padEnd(18)} ${written} entries already final${problems.length ? `\n     ${problems.join('\n     ')}` : ''}`);
    if (problems.length) failures++;
  }
  console.log(failures ? `${failures} of ${runs} interrupted runs did not recover` : `all ${runs} interrupted runs recovered`);
  return failures ? 1 : 0;
}

try {
  process.exitCode = await soak();
} finally {
  removeTrees();
}
