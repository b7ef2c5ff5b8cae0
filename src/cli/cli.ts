// Command line: dispatch to the commands in src/commands/. `main` returns the exit code so tests can drive it.
import type { Registry } from '../engine/registry.ts';
import { AUDIT_USAGE, auditCommand } from './commands/audit.ts';
import { EXIT, UsageError, type Io } from './commands/io.ts';
import { publicReport, RUN_USAGE, runCommand } from './commands/run.ts';

export { EXIT, UsageError, publicReport, type Io };

const USAGE = `Usage:
  openedx-codemod list
  openedx-codemod run <campaign|codemod>... [PATH...] [options]
  openedx-codemod audit <campaign> [PATH...] [options]

${RUN_USAGE}
  --help             this text

${AUDIT_USAGE}

Exit codes: 0 ok; 1 --check found pending changes (or, with --strict, review items), or audit found more than
allowed items; 2 usage or bad input (including --write refused over uncommitted changes); 3 some files failed.
`;

function listCommand(io: Io, registry: Registry): number {
  for (const campaign of registry.campaigns) {
    io.stdout.write(`${campaign.name}  (campaign) ${campaign.description}\n  ${campaign.url}\n`);
    for (const codemod of campaign.codemods) {
      io.stdout.write(`  ${codemod.name.padEnd(30)} ${codemod.description} [${codemod.siteIds.join(', ')}]\n`);
      for (const [key, help] of Object.entries(codemod.options ?? {})) io.stdout.write(`    --option ${codemod.name}.${key}=…  ${help}\n`);
    }
  }
  return EXIT.ok;
}

/** The command line over the campaigns of `registry` (the bin passes codemods/registry.ts). */
export async function main(argv: string[], io: Io, registry: Registry): Promise<number> {
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
    if (command === 'list') return listCommand(io, registry);
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
