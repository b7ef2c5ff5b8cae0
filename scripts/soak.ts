// `npm run soak`: the whole campaign as a dry run over large corpora of real code that holds no campaign sites — the
// Python standard library (with site-packages) of this machine and the JS/TS under this project's node_modules — and
// a tree-sitter parse audit of every Python/JS/TS file in them. Fails (exit 1) on any crash, any change, any failed
// file, or any parse failure not listed in EXPECTED_PARSE_FAILURES; prints files and MB covered.
// Options: --min-files N (default 50000: more Python installations found on the machine are added until reached)
//          --campaign NAME --no-parse-audit
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import picomatch from 'picomatch';
import { discover, emptyStats, SKIPPED_DIRECTORIES, type DiscoveredFile } from '../src/io/discover.ts';
import { fileKindOf, hasGrammar } from '../src/engine/languages.ts';
import { DEFAULT_MAX_BYTES } from '../src/engine/run.ts';

const PROJECT = path.resolve(import.meta.dirname, '..');

/**
 * Files tree-sitter is expected not to parse cleanly, each with the reason. Anything else that fails is a finding.
 * (These are test data written to be invalid, Python 2 code, or syntax the grammars do not support.)
 */
const EXPECTED_PARSE_FAILURES: { glob: string; reason: string }[] = [
  { glob: '**/badsyntax_*.py', reason: 'CPython test data written to be invalid (badsyntax_*.py)' },
  {
    glob: '**/test/test_compile.py',
    reason: 'CPython test_compile.py: valid code tree-sitter-python 0.25 cannot parse (an attribute split over lines inside parentheses, continued at a lower indent: `(bar.\\n baz)`)',
  },
  {
    glob: '**/*.d.{ts,mts,cts}',
    reason: 'declaration files with syntax tree-sitter-typescript 0.23 cannot parse (`import("x")` types in some positions, bodiless `export default function (...)`, `export = function`, `global { }` augmentations)',
  },
  { glob: '**/*.flow.js', reason: 'Flow-typed sources: not JavaScript' },
];

const { values } = parseArgs({
  options: {
    'min-files': { type: 'string', default: '50000' },
    campaign: { type: 'string', default: 'proctortrack' },
    'no-parse-audit': { type: 'boolean', default: false },
  },
});
const MIN_FILES = Number(values['min-files']);

/** Folders discovery never enters but that hold real code worth soaking (dist/, build/, nested node_modules/). */
const CODE_FOLDERS = new Set([...SKIPPED_DIRECTORIES].filter((name) => ['node_modules', 'bower_components', 'dist', 'build', 'coverage'].includes(name)));

/** The root plus every folder below it that discovery would skip but that holds code: each becomes its own root. */
function rootsBelow(top: string): string[] {
  const roots = [top];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const full = path.join(dir, entry.name);
      if (CODE_FOLDERS.has(entry.name)) roots.push(full);
      if (!['.git', '__pycache__'].includes(entry.name)) walk(full);
    }
  };
  walk(top);
  return roots;
}

function pythonStdlib(python = 'python3'): string | null {
  try {
    return realpathSync(execFileSync(python, ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim());
  } catch {
    return null;
  }
}

/** Other Python 3 standard libraries installed beside the main one (pyenv versions, system Pythons), newest first. */
function otherStdlibs(main: string): string[] {
  const parents = [path.resolve(main, '../../..'), '/usr/lib', '/usr/local/lib'];
  const found = new Set<string>();
  const isStdlib = (dir: string): boolean => /^python3\.\d+$/.test(path.basename(dir)) && existsSync(path.join(dir, 'os.py'));
  const children = (dir: string): string[] => {
    try {
      return readdirSync(dir).map((name) => path.join(dir, name));
    } catch {
      return [];
    }
  };
  for (const parent of parents) {
    for (const entry of children(parent)) {
      for (const dir of [entry, ...children(path.join(entry, 'lib'))]) if (isStdlib(dir)) found.add(realpathSync(dir));
    }
  }
  found.delete(main);
  const version = (p: string): number => Number(/python3\.(\d+)$/.exec(p)![1]);
  return [...found].sort((a, b) => version(b) - version(a) || a.localeCompare(b));
}

function count(roots: string[]): DiscoveredFile[] {
  return roots.flatMap((root) => discover(root, {}, emptyStats()));
}

// 1. The corpora.
const stdlib = pythonStdlib();
if (!stdlib) throw new Error('python3 not found: the soak needs the Python standard library');
const corpora: { name: string; roots: string[] }[] = [
  { name: `Python stdlib + site-packages (${stdlib})`, roots: rootsBelow(stdlib) },
  { name: `this project's node_modules`, roots: rootsBelow(path.join(PROJECT, 'node_modules')) },
];
let files = count(corpora.flatMap((c) => c.roots));
for (const extra of otherStdlibs(stdlib)) {
  if (files.length >= MIN_FILES) break;
  const roots = rootsBelow(extra);
  corpora.push({ name: `Python stdlib (${extra})`, roots });
  files = files.concat(count(roots));
}
const roots = corpora.flatMap((c) => c.roots);
for (const corpus of corpora) process.stderr.write(`corpus: ${corpus.name}, ${corpus.roots.length} root(s)\n`);

// 2. The campaign, as users run it: a fresh process, dry run, JSON report.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'codemod-soak-'));
const reportFile = path.join(tmp, 'report.json');
const started = performance.now();
const child = spawnSync(process.execPath, [path.join(PROJECT, 'bin', 'openedx-codemod.mjs'), 'run', values.campaign!, ...roots, '--json', reportFile, '--no-progress'], {
  cwd: PROJECT,
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
const seconds = (performance.now() - started) / 1000;
const problems: string[] = [];
if (child.status !== 0) problems.push(`the campaign exited ${child.status ?? child.signal}: ${child.stderr.slice(-3000)}`);
interface Report {
  summary: { filesSeen: number; prefilteredOut: number; parsed: number; changed: number; failed: number; skipped: number; reviewItems: number };
  files: { root?: string; path: string; status: string; reason?: string }[];
  reviewItems: { root?: string; path: string; line: number; siteKind: string; reason: string }[];
}
const report: Report | null = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null;
if (!report) problems.push('the campaign wrote no report');
else {
  for (const file of report.files) {
    const where = path.join(file.root ?? roots[0], file.path);
    if (file.status === 'changed') problems.push(`changed: ${where}`);
    if (file.status === 'failed') problems.push(`failed: ${where}: ${file.reason}`);
  }
}
rmSync(tmp, { recursive: true, force: true });

// 3. The parse audit: every file with a grammar, parsed as the engine would, in worker threads.
async function parseAudit(): Promise<{ failures: string[]; files: number; bytes: number }> {
  const targets = files.map((f) => [f.path, fileKindOf(f.relPath)] as const).filter(([, kind]) => hasGrammar(kind));
  const lanes = Math.max(1, os.availableParallelism());
  const parts = await Promise.all(
    Array.from({ length: lanes }, (_, lane) => {
      const slice = targets.filter((_t, i) => i % lanes === lane);
      const worker = new Worker(new URL('./soak/parse-worker.mjs', import.meta.url), { workerData: { files: slice, maxBytes: DEFAULT_MAX_BYTES } });
      return new Promise<{ failures: string[]; bytes: number }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    }),
  );
  return { failures: parts.flatMap((p) => p.failures).sort(), files: targets.length, bytes: parts.reduce((s, p) => s + p.bytes, 0) };
}

const audit = values['no-parse-audit'] ? null : await parseAudit();
const expected = EXPECTED_PARSE_FAILURES.map((e) => ({ ...e, match: picomatch(e.glob, { dot: true }) }));
const unexpected: string[] = [];
const expectedHits = new Map<string, number>();
for (const failure of audit?.failures ?? []) {
  const hit = expected.find((e) => e.match(failure));
  if (hit) expectedHits.set(hit.reason, (expectedHits.get(hit.reason) ?? 0) + 1);
  else unexpected.push(failure);
}

// 4. The verdict.
const totalBytes = files.reduce((sum, f) => {
  try {
    return sum + readFileSync(f.path).length;
  } catch {
    return sum;
  }
}, 0);
const s = report?.summary;
const lines = [
  `soak: ${files.length.toLocaleString('en-US')} files, ${(totalBytes / 1e6).toFixed(0)} MB of real code in ${roots.length} roots (target ≥ ${MIN_FILES.toLocaleString('en-US')} files)`,
  s
    ? `campaign ${values.campaign} (dry run, ${seconds.toFixed(1)} s): ${s.filesSeen} files seen, ${s.prefilteredOut} prefiltered out, ${s.parsed} parsed, ${s.changed} changed, ${s.failed} failed, ${s.skipped} skipped, ${s.reviewItems} review items`
    : 'campaign: no report',
  ...(report?.reviewItems ?? []).slice(0, 20).map((r) => `  review item (not a change): ${path.join(r.root ?? roots[0], r.path)}:${r.line} [${r.siteKind}] ${r.reason}`),
  ...(report?.files ?? []).filter((f) => f.status === 'skipped').slice(0, 20).map((f) => `  skipped: ${path.join(f.root ?? roots[0], f.path)}: ${f.reason}`),
  audit
    ? `parse audit: ${audit.files.toLocaleString('en-US')} Python/JS/TS files, ${(audit.bytes / 1e6).toFixed(0)} MB; ${audit.failures.length} with syntax errors (${audit.failures.length - unexpected.length} expected, ${unexpected.length} unexpected)`
    : 'parse audit: skipped',
  ...[...expectedHits].map(([reason, n]) => `  expected: ${n} × ${reason}`),
  ...unexpected.map((f) => `  UNEXPECTED parse failure: ${f}`),
  ...problems.map((p) => `FAIL ${p}`),
];
if (files.length < MIN_FILES) lines.push(`FAIL only ${files.length} files found (target ${MIN_FILES}): install more Python versions or packages, or pass --min-files`);
process.stdout.write(`${lines.join('\n')}\n`);
const ok = !problems.length && !unexpected.length && files.length >= MIN_FILES && s?.changed === 0 && s?.failed === 0;
process.stdout.write(ok ? 'soak passed: 0 changes, 0 crashes, 0 unexpected parse failures\n' : 'soak FAILED\n');
process.exitCode = ok ? 0 : 1;
