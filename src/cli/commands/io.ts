// What every command shares: the injectable streams, exit codes, the usage error, colour, option parsing with
// did-you-mean hints, and paths read from stdin (`-`).
import type { Readable } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { COLOUR, PLAIN, type Style } from '../render.ts';

export const EXIT = { ok: 0, pending: 1, usage: 2, failed: 3 } as const;

export interface OutStream {
  write(s: string): unknown;
  isTTY?: boolean;
  /** Decided by main() from --color, NO_COLOR and FORCE_COLOR; unset: colour on a terminal. */
  colour?: boolean;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  /** Answers for --interactive, or paths for `-` (process.stdin from the bin; a test's stream). */
  stdin?: Readable & { isTTY?: boolean };
  /** Environment for NO_COLOR / FORCE_COLOR (default: process.env). */
  env?: Record<string, string | undefined>;
}

/** Bad command line or input: exit 2 with the message. */
export class UsageError extends Error {}

export const styleOf = (stream: OutStream): Style => ((stream.colour ?? stream.isTTY) ? COLOUR : PLAIN);

export type ColourMode = 'always' | 'never' | 'auto';

/**
 * The streams with colour decided as ruff and eslint do: --color=always|never wins; else NO_COLOR (any non-empty value)
 * turns it off and FORCE_COLOR (non-empty, not 0) on; else colour only on a terminal.
 */
export function withColour(io: Io, mode: ColourMode): Io {
  const env = io.env ?? process.env;
  const decide = (stream: OutStream): boolean => {
    if (mode !== 'auto') return mode === 'always';
    if (env.NO_COLOR) return false;
    if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
    return !!stream.isTTY;
  };
  const wrap = (stream: OutStream): OutStream => ({
    write: (s: string) => stream.write(s),
    get isTTY() {
      return stream.isTTY;
    },
    colour: decide(stream),
  });
  return { ...io, stdout: wrap(io.stdout), stderr: wrap(io.stderr) };
}

/** `--color=X` / `--color X` taken out of argv (it applies to every command). */
export function takeColourFlag(argv: string[]): { argv: string[]; mode: ColourMode } {
  const rest: string[] = [];
  let mode: string = 'auto';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith('--color=') || arg.startsWith('--colour=')) mode = arg.slice(arg.indexOf('=') + 1);
    else if (arg === '--color' || arg === '--colour') mode = argv[++i] ?? '';
    else rest.push(arg);
  }
  if (mode !== 'always' && mode !== 'never' && mode !== 'auto') throw new UsageError(`--color takes always, never or auto, not '${mode}'`);
  return { argv: rest, mode };
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The known name closest to a mistyped one, if it is close enough to be what was meant. */
export function closest(given: string, known: string[]): string | undefined {
  const ranked = known.map((name) => ({ name, d: distance(given, name) })).sort((a, b) => a.d - b.d);
  const best = ranked[0];
  return best && best.d <= Math.max(2, Math.floor(given.length / 3)) ? best.name : undefined;
}

/** node:util parseArgs, with its errors turned into usage errors that name the flag and suggest the closest one. */
export function parseOptions<T extends ParseArgsConfig>(config: T, command: string) {
  try {
    return parseArgs(config);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const flags = Object.entries(config.options ?? {}).map(([name, option]) => ({ flag: `--${name}`, takesValue: option.type === 'string' }));
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const given = /'(-[^'\s]*)/.exec(message)?.[1] ?? '';
      const name = given.replace(/=.*$/, '');
      const hint = closest(name, flags.map((f) => f.flag));
      throw new UsageError(`${command}: unknown option '${name}'${hint ? `: did you mean '${hint}'?` : ''} (see \`openedx-codemod --help\`)`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const flag = flags.find((f) => message.includes(`'${f.flag}`) || message.includes(`${f.flag} `));
      if (flag?.takesValue) throw new UsageError(`${command}: ${flag.flag} needs a value (see \`openedx-codemod --help\`)`);
      if (flag) throw new UsageError(`${command}: ${flag.flag} takes no value (see \`openedx-codemod --help\`)`);
    }
    throw new UsageError(`${command}: ${message.replace(/\. To specify a positional argument.*$/s, '')} (see \`openedx-codemod --help\`)`);
  }
}

/** `-` among the paths: the paths of stdin, one per line (blank lines and surrounding spaces ignored), in its place. */
export async function expandStdinPaths(paths: string[], io: Io): Promise<string[]> {
  if (!paths.includes('-')) return paths;
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('give - once: it reads the paths from stdin');
  if (!io.stdin) throw new UsageError('- reads paths from stdin, and there is none here');
  if (io.stdin.isTTY) throw new UsageError('- reads paths from stdin: pipe them in (e.g. `git ls-files | openedx-codemod run <name> -`)');
  let text = '';
  for await (const chunk of io.stdin) text += chunk.toString();
  const read = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  if (!read.length) throw new UsageError('- read no paths from stdin');
  return paths.flatMap((p) => (p === '-' ? read : [p]));
}
