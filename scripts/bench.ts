// `npm run bench`: the campaign's dry run on a synthetic edx-platform-sized checkout, side by side with the read-all
// floor, ast-grep and jscodeshift, then the time budget of one run (OPENEDX_CODEMOD_TIMINGS) and two small runs
// (`--check` on 5 files, as a pre-commit hook or CI passes them). Prints tables and the ratios; exits 1 when a target
// is missed.
// Options: --files N (default 15000) --seed S --runs N (median of N fresh processes, default 5) --js-runs N (default 3)
//          --campaign NAME --no-scale (skip the 2× corpus).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { campaignCodemods, generateCorpus, PROJECT, type CorpusManifest } from './generate-corpus.ts';
import { budgetText } from './bench/budget.ts';
import { smallRunFiles } from './bench/small-runs.ts';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '15000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    'js-runs': { type: 'string', default: '3' },
    campaign: { type: 'string', default: 'proctortrack' },
    'no-scale': { type: 'boolean', default: false },
  },
});
const FILES = Number(values.files);
const SEED = Number(values.seed);
const RUNS = Number(values.runs);
const JS_RUNS = Number(values['js-runs']);
const CAMPAIGN = values.campaign!;
const BIN = path.join(PROJECT, 'node_modules', '.bin');
const TIME = '/usr/bin/time';
const JS_GLOBS = ['**/*.js', '**/*.jsx'];

const TARGETS = { vsAstGrep: 0.5, vsJscodeshift: 10, vsFloor: 2.5, rssMb: 500, scale: 2.2, smallFree: 0.25, smallSites: 0.8 };

interface Sample {
  wall: number;
  cpu: number;
  rssMb: number;
  stdout: string;
}
interface Measure {
  label: string;
  samples: Sample[];
  files: number;
  bytes: number;
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'codemod-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

/** One fresh process; wall clock from here, CPU and peak RSS (largest process of the tree) from GNU time. */
function runOnce(command: string, args: string[], okCodes = [0], env: NodeJS.ProcessEnv = process.env): Sample {
  const timeFile = path.join(tmp, 'time.txt');
  const useTime = existsSync(TIME);
  const started = performance.now();
  const spawnOptions = { cwd: PROJECT, maxBuffer: 1 << 28, encoding: 'utf8' as const, env };
  const child = useTime ? spawnSync(TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args], spawnOptions) : spawnSync(command, args, spawnOptions);
  const wall = (performance.now() - started) / 1000;
  if (!okCodes.includes(child.status ?? -1)) {
    throw new Error(`${command} ${args.slice(0, 3).join(' ')} … exited ${child.status}: ${(child.stderr ?? '').slice(-2000)}`);
  }
  let cpu = NaN;
  let rssMb = NaN;
  if (useTime) {
    const [user, sys, rssKb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    cpu = user + sys;
    rssMb = rssKb / 1024;
  }
  return { wall, cpu, rssMb, stdout: child.stdout };
}

function measure(label: string, runs: number, files: number, bytes: number, command: string, args: string[], okCodes?: number[]): Measure {
  process.stderr.write(`  ${label}: `);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    samples.push(runOnce(command, args, okCodes));
    process.stderr.write(`${samples[i].wall.toFixed(2)}s `);
  }
  process.stderr.write('\n');
  return { label, samples, files, bytes };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const wall = (m: Measure): number => median(m.samples.map((s) => s.wall));
const peakRss = (m: Measure): number => Math.max(...m.samples.map((s) => s.rssMb));

function corpus(files: number): { manifest: CorpusManifest; roots: string[]; js: { files: number; bytes: number } } {
  const out = path.join(PROJECT, '.bench', `corpus-${files}-s${SEED}`);
  process.stderr.write(`corpus: ${out} … `);
  const manifest = generateCorpus({ files, seed: SEED, out, codemods: campaignCodemods(CAMPAIGN) });
  process.stderr.write(`${manifest.totalFiles} files, ${(manifest.totalBytes / 1e6).toFixed(1)} MB, ${manifest.sites.length} with sites\n`);
  const js = ['.js', '.jsx'].reduce((acc, ext) => ({ files: acc.files + (manifest.byExtension[ext]?.files ?? 0), bytes: acc.bytes + (manifest.byExtension[ext]?.bytes ?? 0) }), { files: 0, bytes: 0 });
  return { manifest, roots: manifest.roots.map((r) => path.join(out, r)), js };
}

const campaignArgs = (roots: string[], extra: string[] = []): string[] => [path.join(PROJECT, 'bin', 'openedx-codemod.mjs'), 'run', CAMPAIGN, ...roots, '--json', '-', '--no-progress', ...extra];

/** The report must show the sites were found, and no file outside the corpus's site files (or a created companion) changed. */
function checkReport(stdout: string, manifest: CorpusManifest, roots: string[]): string[] {
  const report = JSON.parse(stdout) as { summary: { changed: number; failed: number }; files: { root?: string; path: string; status: string; reason?: string; created?: boolean }[] };
  const problems: string[] = [];
  const siteFiles = new Set(manifest.sites.map((s) => `${s.root}/${s.path}`));
  for (const file of report.files) {
    const where = `${path.basename(file.root ?? roots[0])}/${file.path}`;
    if (file.status === 'failed') problems.push(`failed: ${where}: ${(file.reason ?? '').slice(0, 200)}`);
    if (file.status === 'changed' && !file.created && !siteFiles.has(where)) problems.push(`changed a file without sites: ${where}`);
  }
  if (manifest.sites.length && !report.summary.changed) problems.push('no site was changed: the prefilter or the codemods lost them');
  return problems;
}

const row = (m: Measure): string[] => {
  const t = wall(m);
  return [m.label, `${t.toFixed(2)} s`, `${median(m.samples.map((s) => s.cpu)).toFixed(2)} s`, `${Math.round(m.files / t).toLocaleString('en-US')}`, `${(m.bytes / 1e6 / t).toFixed(1)}`, `${Math.round(peakRss(m))} MB`];
};

function table(rows: string[][]): string {
  const header = ['', 'wall (median)', 'CPU', 'files/s', 'MB/s', 'peak RSS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`, ...rows.map(line)].join('\n');
}

const one = corpus(FILES);
const all = { files: one.manifest.totalFiles, bytes: one.manifest.totalBytes };
// The bin runs dist/ only while it is newer than every source: build it, so the runs measure what `npm ci` installs.
runOnce('node', [path.join(PROJECT, 'scripts', 'build.mjs')]);
process.stderr.write(`warming the page cache and tsx's cache …\n`);
runOnce('node', [path.join(PROJECT, 'scripts', 'bench', 'read-all.mjs'), ...one.roots]);
const warm = runOnce('node', campaignArgs(one.roots), [0, 3]);
const problems = checkReport(warm.stdout, one.manifest, one.roots);

const floor = measure('read-all floor', RUNS, all.files, all.bytes, 'node', [path.join(PROJECT, 'scripts', 'bench', 'read-all.mjs'), ...one.roots]);
const campaign = measure(`${CAMPAIGN} --json`, RUNS, all.files, all.bytes, 'node', campaignArgs(one.roots), [0, 3]);
// ast-grep exits 1 when nothing matches; both are fine here.
const astGrep = measure('ast-grep run -p', RUNS, all.files, all.bytes, path.join(BIN, 'ast-grep'), ['run', '-p', "$A == 'proctortrack'", '--json=compact', ...one.roots], [0, 1]);
const campaignJs = measure(`${CAMPAIGN} (JS/JSX part)`, RUNS, one.js.files, one.js.bytes, 'node', campaignArgs(one.roots, JS_GLOBS.flatMap((g) => ['--include', g])));
const jscodeshift = measure('jscodeshift (JS/JSX part)', JS_RUNS, one.js.files, one.js.bytes, path.join(BIN, 'jscodeshift'), [
  '-t', path.join(PROJECT, 'scripts', 'bench', 'vendor-comparison.cjs'), '--dry', '--silent', '--extensions=js,jsx', '--parser=babylon', ...one.roots,
]);

const timingsFile = path.join(tmp, 'timings.json');
runOnce('node', campaignArgs(one.roots), [0, 3], { ...process.env, OPENEDX_CODEMOD_TIMINGS: timingsFile });
const budget = budgetText(timingsFile);

const small = smallRunFiles(path.dirname(one.roots[0]), one.manifest, path.join(tmp, 'small'));
const checkArgs = (files: string[]): string[] => [path.join(PROJECT, 'bin', 'openedx-codemod.mjs'), 'run', CAMPAIGN, '--check', '--no-progress', ...files];
const bytesOf = (files: string[]): number => files.reduce((sum, f) => sum + statSync(f).size, 0);
const smallFree = measure('--check, 5 needle-free files', RUNS, small.free.length, bytesOf(small.free), 'node', checkArgs(small.free));
// --check exits 1: changes are pending.
const smallSites = measure('--check, 5 files with sites', RUNS, small.sites.length, bytesOf(small.sites), 'node', checkArgs(small.sites), [1]);

let scaled: Measure | undefined;
if (!values['no-scale']) {
  const two = corpus(FILES * 2);
  runOnce('node', [path.join(PROJECT, 'scripts', 'bench', 'read-all.mjs'), ...two.roots]);
  scaled = measure(`${CAMPAIGN} --json, 2× files`, RUNS, two.manifest.totalFiles, two.manifest.totalBytes, 'node', campaignArgs(two.roots));
  problems.push(...checkReport(scaled.samples[0].stdout, two.manifest, two.roots));
}

const rows = [campaign, floor, astGrep, campaignJs, jscodeshift, ...(scaled ? [scaled] : []), smallFree, smallSites].map(row);
const ratios: { name: string; value: number; target: string; ok: boolean }[] = [
  { name: 'campaign / ast-grep', value: wall(campaign) / wall(astGrep), target: `≤ ${TARGETS.vsAstGrep}`, ok: wall(campaign) / wall(astGrep) <= TARGETS.vsAstGrep },
  { name: 'jscodeshift / campaign (JS part)', value: wall(jscodeshift) / wall(campaignJs), target: `≥ ${TARGETS.vsJscodeshift}`, ok: wall(jscodeshift) / wall(campaignJs) >= TARGETS.vsJscodeshift },
  { name: 'campaign / read-all floor', value: wall(campaign) / wall(floor), target: `≤ ${TARGETS.vsFloor}`, ok: wall(campaign) / wall(floor) <= TARGETS.vsFloor },
  { name: 'campaign peak RSS (MB)', value: Math.max(peakRss(campaign), scaled ? peakRss(scaled) : 0), target: `≤ ${TARGETS.rssMb}`, ok: Math.max(peakRss(campaign), scaled ? peakRss(scaled) : 0) <= TARGETS.rssMb },
];
if (scaled) ratios.push({ name: 'time at 2× files / time at 1×', value: wall(scaled) / wall(campaign), target: `≤ ${TARGETS.scale}`, ok: wall(scaled) / wall(campaign) <= TARGETS.scale });
ratios.push(
  { name: '--check, 5 needle-free files (s)', value: wall(smallFree), target: `≤ ${TARGETS.smallFree}`, ok: wall(smallFree) <= TARGETS.smallFree },
  { name: '--check, 5 files with sites (s)', value: wall(smallSites), target: `≤ ${TARGETS.smallSites}`, ok: wall(smallSites) <= TARGETS.smallSites },
);

/** A source edited during the bench (another checkout user) sends the bin to tsx: say so, the times are not dist/'s. */
function newestSourceMs(): number {
  return ['src', 'codemods', 'transforms'].reduce((newest, folder) => {
    const files = readdirSync(path.join(PROJECT, folder), { withFileTypes: true, recursive: true }).filter((e) => e.isFile());
    return Math.max(newest, ...files.map((e) => statSync(path.join(e.parentPath, e.name)).mtimeMs));
  }, 0);
}
const bundleStale = newestSourceMs() > statSync(path.join(PROJECT, 'dist', 'engine', 'entry.cjs')).mtimeMs;

const load = os.loadavg()[0];
const out: string[] = [
  `Corpus: ${all.files.toLocaleString('en-US')} files, ${(all.bytes / 1e6).toFixed(0)} MB (${one.js.files} JS/JSX files, ${(one.js.bytes / 1e6).toFixed(0)} MB), ${one.manifest.sites.length} files with campaign sites, seed ${SEED}; ${os.availableParallelism()} cores, Node ${process.version}.`,
  `Median of ${RUNS} fresh processes (jscodeshift: ${JS_RUNS}); warm page cache.${load > os.availableParallelism() ? ` Note: load average ${load.toFixed(1)} during the run (other processes competed for the CPU).` : ''}`,
  '',
  table(rows),
  '',
  ...ratios.map((r) => `${r.ok ? 'ok  ' : 'MISS'} ${r.name.padEnd(34)} ${r.value.toFixed(2).padStart(7)}  (target ${r.target})`),
  ...(scaled ? [`scaling: ${FILES.toLocaleString('en-US')} files ${wall(campaign).toFixed(2)} s → ${(FILES * 2).toLocaleString('en-US')} files ${wall(scaled).toFixed(2)} s`] : []),
  `small runs: ${small.free.map((f) => path.extname(f)).join(' ')} without needles; ${small.sites.map((f) => path.extname(f)).join(' ')} with sites`,
  '',
  budget,
  ...problems.map((p) => `FAIL ${p}`),
  ...(bundleStale ? ['Note: a source file changed during the bench, so later runs went through tsx instead of dist/: run it again.'] : []),
];
process.stdout.write(`${out.join('\n')}\n`);
process.exitCode = ratios.every((r) => r.ok) && !problems.length ? 0 : 1;
