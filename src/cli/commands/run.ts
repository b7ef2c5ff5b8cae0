// `run`: dry run (diff), --check, --write, --branch, --interactive; the JSON report and the Markdown PR description.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { selectCodemods, type Registry, type Selection } from '../../engine/registry.ts';
import { configured, type CodemodOptionValues } from '../../engine/codemod.ts';
import type { Campaign, Codemod } from '../../engine/types.ts';
import { writeFileAtomic } from '../../io/fileio.ts';
import { chooseChanges, linePrompter } from '../interactive.ts';
import { renderDiffs, renderSummary } from '../render.ts';
import { checkReportTarget, writeReports } from './report-files.ts';
import { DEFAULT_MAX_BYTES, runCodemods, type RunOptions, type RunReport } from '../../engine/run.ts';
import { endPhase, startPhase } from '../../engine/timings.ts';
import { prepareBranch, Repos, writeOnBranch, type CommitRecord } from './git-modes.ts';
import { refuseDirtyFiles } from './dirty-guard.ts';
import { checkOutputPath, existingRoots, jobsOption, positiveInt, refuseEmptyValues } from './validate.ts';
import { EXIT, expandStdinPaths, parseOptions, styleOf, UsageError, type Io } from './io.ts';
import { FORMAT_USAGE, parseFormat, renderRunAs } from '../formats/index.ts';

export const RUN_USAGE = `Options for run:
  --write            apply the changes (default: dry run, diff on stdout)
  --check            exit 1 when changes are pending (for CI); writes nothing
  --strict           with --check: review items count as failures too
  --json FILE|-      write the JSON report to FILE, or to stdout with -
  ${FORMAT_USAGE}
  --report DIR/      write a pull-request description per checkout, DIR/<checkout>.md (or one FILE.md)
  --branch NAME      with --write: create branch NAME and commit each codemod's changes separately (never pushes)
  --allow-dirty      write even into files that have uncommitted changes
  --interactive      show each change and ask apply/skip/all/quit (needs a terminal)
  --jobs N           worker threads (default: number of cores)
  --include GLOB     only files matching GLOB (repeatable)
  --exclude GLOB     skip files matching GLOB (repeatable)
  --max-bytes N      skip files larger than N bytes (default ${DEFAULT_MAX_BYTES})
  --no-progress      no progress bar on stderr
  --quiet            on stderr, only errors and the final line
  --option C.K=V     set option K of codemod C (repeatable; list shows the options)`;

/** `--option <codemod>.<name>=<value>`, checked against the options the selected codemods declare. */
export function parseCodemodOptions(given: string[], codemods: Codemod[]): CodemodOptionValues {
  const values: CodemodOptionValues = {};
  for (const option of given) {
    const match = /^([\w-]+)\.([\w-]+)=(.*)$/.exec(option);
    if (!match) throw new UsageError(`--option takes <codemod>.<name>=<value>, not '${option}'`);
    const [, name, key, value] = match;
    // Only commas and spaces: an empty list would silently drop what the default covered.
    if (!value.replace(/[\s,]/g, '')) throw new UsageError(`--option ${name}.${key} needs a value (see \`openedx-codemod list\`)`);
    if (values[name]?.[key] !== undefined) throw new UsageError(`--option ${name}.${key} is given twice: give it once`);
    const codemod = codemods.find((c) => c.name === name);
    if (!codemod?.options?.[key]) {
      const known = codemods.flatMap((c) => Object.keys(c.options ?? {}).map((k) => `${c.name}.${k}`));
      throw new UsageError(`unknown option '${name}.${key}' for this run (${known.length ? `known: ${known.join(', ')}` : 'the selected codemods take no options'}; see \`openedx-codemod list\`)`);
    }
    (values[name] ??= {})[key] = value;
  }
  return values;
}

export function splitNamesAndPaths(positionals: string[], command: string, campaigns: Campaign[]): { names: string[]; paths: string[] } {
  const known = new Set(campaigns.flatMap((c) => [c.name, ...c.codemods.map((m) => m.name)]));
  let split = 0;
  while (split < positionals.length && known.has(positionals[split])) split++;
  if (split === 0) {
    if (!positionals.length) throw new UsageError(`${command} needs a campaign or codemod name: see \`openedx-codemod list\``);
    throw new UsageError(`unknown campaign or codemod '${positionals[0]}': run \`openedx-codemod list\` to see the names`);
  }
  return { names: positionals.slice(0, split), paths: positionals.slice(split) };
}

function progressReporter(io: Io, enabled: boolean): ((done: number, total: number, final: boolean) => void) | undefined {
  if (!enabled || !io.stderr.isTTY) return undefined;
  let last = 0;
  return (done, total, final) => {
    const now = Date.now();
    if (total < 2000 || (now - last < 100 && !(final && done === total))) return;
    last = now;
    // While scan threads walk, the total grows: a count, no bar.
    if (!final) return void io.stderr.write(`\r${done}/${total}+ files`);
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files${done === total ? '\n' : ''}`);
  };
}

function parseRunArgs(args: string[]) {
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: {
      write: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      json: { type: 'string' },
      format: { type: 'string' },
      report: { type: 'string' },
      branch: { type: 'string' },
      'allow-dirty': { type: 'boolean', default: false },
      interactive: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      include: { type: 'string', multiple: true },
      exclude: { type: 'string', multiple: true },
      'max-bytes': { type: 'string' },
      'no-progress': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      option: { type: 'string', multiple: true },
    },
  }, 'run');
  if (values.write && values.check) throw new UsageError('--check never writes: use either --check or --write');
  parseFormat(values.format, values.json);
  if (values.strict && !values.check) throw new UsageError('--strict makes review items fail --check: use it with --check');
  if (values.branch !== undefined && !values.write) throw new UsageError('--branch writes and commits: add --write');
  if (values['allow-dirty'] && !values.write && !values.interactive) throw new UsageError('--allow-dirty lets --write change files with uncommitted changes: use it with --write');
  refuseEmptyValues(values);
  checkOutputPath(values.json, '--json');
  checkReportTarget(values.report);
  if (values.json && values.json !== '-' && values.report && path.resolve(values.json) === path.resolve(values.report)) {
    throw new UsageError('--json and --report name the same file: give each its own');
  }
  if (values.interactive && (values.write || values.check || values.json !== undefined || values.report !== undefined)) {
    throw new UsageError('--interactive writes the changes you pick: use it without --write, --check, --json and --report');
  }
  return { values, positionals };
}

/**
 * The JSON report: file texts are left out (the diff carries them); review items are listed once, at the top level.
 * `lineAfter` only where the file was written (that is the line on disk then; `line` is the line before the run).
 */
export function publicReport(report: RunReport): RunReport {
  const written = new Set(report.files.filter((f) => f.written).map((f) => `${f.root}\0${f.path}`));
  const lines = <T extends { line: number; lineAfter?: number }>({ lineAfter, ...record }: T, onDisk: boolean) =>
    (onDisk && lineAfter !== undefined ? { ...record, lineAfter } : record) as T;
  return {
    ...report,
    files: report.files.map(({ before: _before, after: _after, parsed: _parsed, reviewItems: _items, checkout: _checkout, root, ...file }) =>
      ({ ...(report.roots.length > 1 ? { root } : {}), ...file, sites: file.sites.map((site) => lines(site, !!file.written)) }) as RunReport['files'][number],
    ),
    reviewItems: report.reviewItems.map((item) => lines(item, written.has(`${item.root ?? report.roots[0]}\0${item.path}`))),
  };
}

async function emit(report: RunReport, values: { json?: string; report?: string; format?: string; quiet?: boolean }, selection: Selection, io: Io, extra: object = {}): Promise<void> {
  const jsonText = `${JSON.stringify({ ...publicReport(report), ...extra }, null, 2)}\n`;
  const format = parseFormat(values.format, values.json);
  if (values.json && values.json !== '-') await fsp.writeFile(values.json, jsonText);
  if (format === 'json') io.stdout.write(jsonText);
  else if (format !== 'text') io.stdout.write(renderRunAs(format, report, selection.codemods));
  else if (report.dryRun) io.stdout.write(renderDiffs(report, styleOf(io.stdout)));
  if (values.report) await writeReports(report, values.report, selection.campaign, selection.codemods, io, values.quiet);
  io.stderr.write(renderSummary(report, styleOf(io.stderr), { quiet: values.quiet }));
}

/** A dry run's report turned into the report of the writes that followed it. */
function markWritten(report: RunReport, written: (file: RunReport['files'][number]) => boolean): RunReport {
  const files = report.files.map((file) => (written(file) ? { ...file, written: true } : file));
  return { ...report, dryRun: false, files, summary: { ...report.summary, written: files.filter((f) => f.written).length } };
}

export async function runCommand(args: string[], io: Io, registry: Registry): Promise<number> {
  const { values, positionals } = parseRunArgs(args);
  const { names, paths } = splitNamesAndPaths(positionals, 'run', registry.campaigns);
  const selection = selectCodemods(registry.campaigns, names);
  if ('unknown' in selection) throw new UsageError(`unknown name(s) ${selection.unknown.join(', ')}: see \`openedx-codemod list\``);
  if ('mixed' in selection) throw new UsageError(`codemods from several campaigns (${selection.mixed.join(', ')}): run one campaign at a time`);
  if (values.interactive && !(io.stdin?.isTTY && io.stdout.isTTY)) {
    throw new UsageError('--interactive needs a terminal (stdin and stdout must be a TTY): run a dry run to see the diff, then --write');
  }
  const roots = existingRoots(await expandStdinPaths(paths, io));
  const codemodOptions = parseCodemodOptions(values.option ?? [], selection.codemods);
  const base: RunOptions = {
    roots,
    campaign: selection.campaign,
    codemods: configuredOrUsage(selection.codemods, codemodOptions),
    codemodOptions,
    registryModule: registry.moduleUrl,
    write: false,
    jobs: jobsOption(values.jobs),
    maxBytes: positiveInt(values['max-bytes'], '--max-bytes'),
    include: values.include,
    exclude: values.exclude,
    onProgress: progressReporter(io, !values['no-progress']),
  };
  const guarded = values['allow-dirty'] ? base : { ...base, beforeWrite: refuseDirtyFiles };
  const repos = new Repos();
  let dryRun: Promise<RunReport> | undefined;
  const dry = () => (dryRun ??= runCodemods(base));
  const tops = values.branch !== undefined ? await prepareBranch(roots, repos, values.branch) : [];
  // --write asks the engine to check just before its first write (one pass); the others check the dry run.
  const checked = async () => {
    const report = refuseEmpty(await dry(), roots);
    if (!values['allow-dirty']) await refuseDirtyFiles(report.files.filter((f) => f.status === 'changed'));
    return report;
  };

  if (values.interactive) return interactive(await checked(), io);
  const { report, extra } =
    values.branch !== undefined
      ? await onBranch(await checked(), base, repos, tops, values.branch, io, values.quiet)
      : { report: refuseEmpty(await runCodemods({ ...guarded, write: values.write }), roots), extra: {} };
  const rendering = startPhase();
  await emit(report, values, selection, io, extra);
  endPhase('rendering (diff, JSON, summary)', rendering);
  listUnreadable(report, io);
  if (report.summary.failed || report.summary.skipped || report.summary.unreadableFolders) return EXIT.failed;
  if (values.check && (report.summary.changed || report.summary.created || (values.strict && report.reviewItems.length))) return EXIT.pending;
  return EXIT.ok;
}

/** The codemods with their --option values; a value a codemod rejects is a usage error. */
function configuredOrUsage(codemods: Codemod[], values: CodemodOptionValues): Codemod[] {
  try {
    return configured(codemods, values);
  } catch (error) {
    throw new UsageError(`--option: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A run that saw no file at all is a wrong path or filter, never a clean result (exit 2). */
export function refuseEmpty<T extends { summary: { filesSeen: number }; unreadableFolders: unknown[] }>(report: T, roots: string[]): T {
  if (report.summary.filesSeen === 0 && !report.unreadableFolders.length) {
    throw new UsageError(`nothing matched: no file under ${roots.join(', ')} (check the paths, --include and --exclude)`);
  }
  return report;
}

/** Folders the run could not read: their files are unknown, so the exit is not 0. */
export function listUnreadable(report: { unreadableFolders: { root: string; path: string; reason: string }[] }, io: Io): void {
  for (const folder of report.unreadableFolders) io.stderr.write(`cannot read folder ${path.join(folder.root, folder.path)}: ${folder.reason}\n`);
}

/** --branch: write and commit codemod by codemod; the report is the combined dry run's, marked with what was written. */
async function onBranch(combined: RunReport, base: RunOptions, repos: Repos, tops: string[], branch: string, io: Io, quiet = false) {
  const commits: CommitRecord[] = [];
  const runs = await writeOnBranch(base, repos, tops, branch, (c) => {
    commits.push(c);
    if (!quiet) io.stderr.write(`committed ${c.commit} on ${branch} in ${c.repository}: ${c.subject} (${c.files.length} file(s))\n`);
  });
  if (!commits.length && !quiet) io.stderr.write(`nothing to commit: branch ${branch} was created with no new commits.\n`);
  const key = (f: { root: string; path: string }) => `${f.root}\0${f.path}`;
  const written = new Set(runs.flatMap((r) => r.files.filter((f) => f.written).map(key)));
  const failed = new Set(runs.flatMap((r) => r.files.filter((f) => f.status === 'failed').map(key)));
  const report = markWritten(combined, (f) => written.has(key(f)));
  report.summary.failed = Math.max(report.summary.failed, failed.size);
  return { report, extra: { branch, commits } };
}

async function interactive(dryRun: RunReport, io: Io): Promise<number> {
  const prompter = linePrompter(io.stdin!, io.stdout);
  let decisions;
  try {
    decisions = await chooseChanges(dryRun, prompter, io.stdout, styleOf(io.stdout));
  } finally {
    prompter.close();
  }
  const written = new Set<RunReport['files'][number]>();
  const failures: string[] = [];
  // New files (the helper module) before the files that import them, as --write does.
  for (const { file, text } of [...decisions].sort((a, b) => Number(!!b.file.created) - Number(!!a.file.created))) {
    try {
      await writeFileAtomic(path.join(file.root, file.path), text, file.created ? null : Buffer.from(file.before!, 'utf8'));
      written.add(file);
    } catch (error) {
      failures.push(`not written: ${file.path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const report = markWritten(dryRun, (f) => written.has(f));
  io.stderr.write(renderSummary(report, styleOf(io.stderr)));
  failures.forEach((f) => io.stderr.write(`${f}\n`));
  return failures.length || report.summary.failed ? EXIT.failed : EXIT.ok;
}
