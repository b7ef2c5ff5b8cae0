// Command line: parse arguments, call the executor, render. `main` returns the exit code so tests can drive it.
import { existsSync, promises as fsp } from 'node:fs';
import { parseArgs } from 'node:util';
import { campaigns, select } from '../codemods/registry.ts';
import { COLOUR, PLAIN, renderDiffs, renderSummary } from './render.ts';
import { DEFAULT_MAX_BYTES, runCodemods, type RunReport } from './run.ts';

export const EXIT = { ok: 0, pending: 1, usage: 2, failed: 3 } as const;

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

export class UsageError extends Error {}

const USAGE = `Usage:
  openedx-codemod list
  openedx-codemod run <campaign|codemod>... [PATH...] [options]

Options for run:
  --write            apply the changes (default: dry run, diff on stdout)
  --check            exit 1 when changes are pending (for CI); writes nothing
  --json FILE|-      write the JSON report to FILE, or to stdout with -
  --jobs N           worker threads (default: number of cores)
  --include GLOB     only files matching GLOB (repeatable)
  --exclude GLOB     skip files matching GLOB (repeatable)
  --max-bytes N      skip files larger than N bytes (default ${DEFAULT_MAX_BYTES})
  --no-progress      no progress bar on stderr
  --help             this text

Exit codes: 0 ok, 1 --check found pending changes, 2 usage or bad input, 3 some files failed.
`;

function listCommand(io: Io): number {
  for (const campaign of campaigns) {
    io.stdout.write(`${campaign.name}  (campaign) ${campaign.description}\n  ${campaign.url}\n`);
    for (const codemod of campaign.codemods) {
      io.stdout.write(`  ${codemod.name.padEnd(30)} ${codemod.description} [${codemod.siteIds.join(', ')}]\n`);
    }
  }
  return EXIT.ok;
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} takes a whole number above 0, not '${value}'`);
  return n;
}

function splitNamesAndPaths(positionals: string[]): { names: string[]; paths: string[] } {
  const known = new Set(campaigns.flatMap((c) => [c.name, ...c.codemods.map((m) => m.name)]));
  let split = 0;
  while (split < positionals.length && known.has(positionals[split])) split++;
  if (split === 0) {
    if (!positionals.length) throw new UsageError('run needs a campaign or codemod name: see `openedx-codemod list`');
    throw new UsageError(`unknown campaign or codemod '${positionals[0]}': run \`openedx-codemod list\` to see the names`);
  }
  return { names: positionals.slice(0, split), paths: positionals.slice(split) };
}

function progressReporter(io: Io, enabled: boolean): ((done: number, total: number) => void) | undefined {
  if (!enabled || !io.stderr.isTTY) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (total < 2000 || (now - last < 100 && done !== total)) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files${done === total ? '\n' : ''}`);
  };
}

async function runCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      write: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      json: { type: 'string' },
      jobs: { type: 'string' },
      include: { type: 'string', multiple: true },
      exclude: { type: 'string', multiple: true },
      'max-bytes': { type: 'string' },
      'no-progress': { type: 'boolean', default: false },
    },
  });
  if (values.write && values.check) throw new UsageError('--check never writes: use either --check or --write');
  const { names, paths } = splitNamesAndPaths(positionals);
  const selection = select(names);
  if ('unknown' in selection) throw new UsageError(`unknown name(s) ${selection.unknown.join(', ')}: see \`openedx-codemod list\``);
  if ('mixed' in selection) throw new UsageError(`codemods from several campaigns (${selection.mixed.join(', ')}): run one campaign at a time`);
  const roots = paths.length ? paths : ['.'];
  const missing = roots.filter((p) => !existsSync(p));
  if (missing.length) {
    throw new UsageError(`no such path: ${missing.join(', ')} (give the checkout folder to rewrite; names must come before paths)`);
  }
  const report = await runCodemods({
    roots,
    campaign: selection.campaign,
    codemods: selection.codemods,
    write: values.write,
    jobs: positiveInt(values.jobs, '--jobs'),
    maxBytes: positiveInt(values['max-bytes'], '--max-bytes'),
    include: values.include,
    exclude: values.exclude,
    onProgress: progressReporter(io, !values['no-progress']),
  });
  await emit(report, values.json, io);
  if (report.summary.failed) return EXIT.failed;
  if (values.check && report.summary.changed) return EXIT.pending;
  return EXIT.ok;
}

async function emit(report: RunReport, json: string | undefined, io: Io): Promise<void> {
  const jsonText = `${JSON.stringify(publicReport(report), null, 2)}\n`;
  if (json === '-') io.stdout.write(jsonText);
  else {
    if (json) await fsp.writeFile(json, jsonText);
    if (report.dryRun) io.stdout.write(renderDiffs(report, io.stdout.isTTY ? COLOUR : PLAIN));
  }
  io.stderr.write(renderSummary(report, io.stderr.isTTY ? COLOUR : PLAIN));
}

/** The JSON report: file texts are left out (the diff carries them); review items are listed once, at the top level. */
export function publicReport(report: RunReport): unknown {
  return {
    ...report,
    files: report.files.map(({ before: _before, after: _after, parsed: _parsed, reviewItems: _items, root, ...file }) =>
      report.roots.length > 1 ? { root, ...file } : file,
    ),
  };
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(USAGE);
      return command ? EXIT.ok : EXIT.usage;
    }
    if (rest.includes('--help')) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (command === 'list') return listCommand(io);
    if (command === 'run') return await runCommand(rest, io);
    throw new UsageError(`unknown command '${command}': use \`list\` or \`run\` (see --help)`);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`openedx-codemod: ${message}\n`);
    if (usage) {
      io.stderr.write('Run `openedx-codemod --help` for usage.\n');
      return EXIT.usage;
    }
    return EXIT.failed;
  }
}
