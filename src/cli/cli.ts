// Command line: dispatch to the commands in src/commands/. `main` returns the exit code so tests can drive it.
import type { Registry } from '../engine/registry.ts';
import { packageInfo } from './package-info.ts';
import { AUDIT_USAGE, auditCommand } from './commands/audit.ts';
import { EXIT, takeColourFlag, UsageError, withColour, type Io } from './commands/io.ts';
import { publicReport, RUN_USAGE, runCommand } from './commands/run.ts';

export { EXIT, UsageError, publicReport, type Io };

const USAGE = `Usage:
  openedx-codemod list [--sites] [--json]
  openedx-codemod run <campaign|codemod>... [PATH...] [options]
  openedx-codemod audit <campaign> [PATH...] [options]

${RUN_USAGE}
  --help             this text
  --version, -V      the toolkit's version
  --color WHEN       always, never or auto (default: auto, colour on a terminal unless NO_COLOR is set)

${AUDIT_USAGE}

Exit codes: 0 ok; 1 --check found pending changes (or, with --strict, review items), or audit found more than
allowed items; 2 usage or bad input, or nothing matched (including --write refused over uncommitted changes);
3 some files could not be processed (failed, or skipped with a site left) or a folder could not be read.
`;

/** `list --json`: campaigns and their codemods (run order), site ids and options, for scripts. */
function listJson(registry: Registry): string {
  const campaigns = registry.campaigns.map((campaign) => ({
    name: campaign.name,
    description: campaign.description,
    url: campaign.url,
    codemods: campaign.codemods.map((codemod) => ({
      name: codemod.name,
      description: codemod.description,
      siteIds: codemod.siteIds,
      sites: codemod.sites ?? {},
      options: codemod.options ?? {},
    })),
  }));
  return `${JSON.stringify({ campaigns }, null, 2)}\n`;
}

function listCommand(args: string[], io: Io, registry: Registry): number {
  const unknown = args.filter((arg) => arg !== '--sites' && arg !== '--json');
  if (unknown.length) throw new UsageError(`list takes only --sites and --json, not '${unknown.join(' ')}'`);
  if (args.includes('--json')) {
    io.stdout.write(listJson(registry));
    return EXIT.ok;
  }
  for (const campaign of registry.campaigns) {
    io.stdout.write(`${campaign.name}  (campaign) ${campaign.description}\n  ${campaign.url}\n`);
    for (const codemod of campaign.codemods) {
      io.stdout.write(`  ${codemod.name.padEnd(30)} ${codemod.description} [${codemod.siteIds.join(', ')}]\n`);
      if (args.includes('--sites')) for (const id of codemod.siteIds) io.stdout.write(`    ${id.padEnd(9)} ${codemod.sites?.[id] ?? ''}\n`);
      for (const [key, help] of Object.entries(codemod.options ?? {})) io.stdout.write(`    --option ${codemod.name}.${key}=…  ${help}\n`);
    }
  }
  return EXIT.ok;
}

/** The command line over the campaigns of `registry` (the bin passes codemods/registry.ts). */
export async function main(argv: string[], given: Io, registry: Registry): Promise<number> {
  let io = given;
  try {
    const colour = takeColourFlag(argv);
    io = withColour(given, colour.mode);
    const [command, ...rest] = colour.argv;
    // Asked for: usage on stdout; missing command: usage is the error, on stderr.
    if (!command) {
      io.stderr.write(USAGE);
      return EXIT.usage;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (rest.includes('--help')) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (command === '--version' || command === '-V') {
      io.stdout.write(`${packageInfo().version}\n`);
      return EXIT.ok;
    }
    if (command === 'list') return listCommand(rest, io, registry);
    if (command === 'run') return await runCommand(rest, io, registry);
    if (command === 'audit') return await auditCommand(rest, io, registry);
    throw new UsageError(`unknown command '${command}': use \`list\`, \`run\` or \`audit\` (see --help)`);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`openedx-codemod: ${message}\n`);
    if (usage) {
      if (!(error instanceof UsageError)) io.stderr.write('Run `openedx-codemod --help` for usage.\n');
      return EXIT.usage;
    }
    return EXIT.failed;
  }
}
