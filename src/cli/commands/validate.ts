// Checks made before a run reads or writes anything: paths, output files, numbers and option values (exit 2 on failure).
import { accessSync, constants, lstatSync, statSync, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from './io.ts';

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The checkouts to read (default: the current folder): each must exist and be a folder or a regular file. */
export function existingRoots(paths: string[]): string[] {
  const roots = paths.length ? paths : ['.'];
  const missing = roots.filter((p) => !lstatOrNull(p));
  if (missing.length) throw new UsageError(`no such path: ${missing.join(', ')} (give the checkout folder; names must come before paths)`);
  for (const root of roots) {
    let stat: Stats;
    try {
      stat = statSync(root);
    } catch (error) {
      throw new UsageError(`cannot use ${root}: ${(error as Error).message}`);
    }
    if (!stat.isDirectory() && !stat.isFile()) throw new UsageError(`${root} is ${kindOf(stat)}: give a checkout folder or a source file`);
  }
  return roots;
}

function lstatOrNull(p: string): Stats | null {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
}

/**
 * An output file (--json FILE, --report FILE) must be writable before the run starts, so a typo never costs a
 * finished --write its report: an existing regular file we may write, or a new name in a folder we may write to.
 */
export function checkOutputPath(file: string | undefined, flag: string): void {
  if (file === undefined || file === '-') return;
  if (!file.trim()) throw new UsageError(`${flag} needs a file name (or - for stdout)`);
  const stat = (() => {
    try {
      return statSync(file);
    } catch {
      return null;
    }
  })();
  const folder = path.dirname(path.resolve(file));
  try {
    if (stat) {
      if (!stat.isFile()) throw new UsageError(`${flag} ${file}: ${stat.isDirectory() ? 'is a folder' : `is ${kindOf(stat)}`}; give a file name`);
      accessSync(file, constants.W_OK);
    } else {
      if (!statSync(folder).isDirectory()) throw new UsageError(`${flag} ${file}: ${folder} is not a folder`);
      accessSync(folder, constants.W_OK | constants.X_OK);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? `folder ${folder} does not exist` : code === 'EACCES' || code === 'EROFS' ? 'cannot be written (permission denied or read-only)' : (error as Error).message;
    throw new UsageError(`${flag} ${file}: ${why}; nothing was done`);
  }
}

export function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!value.trim() || !Number.isInteger(n) || n < 1) throw new UsageError(`${flag} takes a whole number above 0, not '${value}'`);
  return n;
}

/** --jobs: at most twice the cores (more threads only cost memory: each loads every codemod). */
export function jobsOption(value: string | undefined): number | undefined {
  const jobs = positiveInt(value, '--jobs');
  const limit = os.availableParallelism() * 2;
  if (jobs !== undefined && jobs > limit) throw new UsageError(`--jobs ${jobs} is more than twice the ${limit / 2} core(s) of this machine: use at most ${limit}`);
  return jobs;
}

/** String options given an empty value (`--json ''`, `--include ''`) are mistakes, not "no filter". */
export function refuseEmptyValues(values: Record<string, unknown>): void {
  for (const [flag, value] of Object.entries(values)) {
    const given = Array.isArray(value) ? value : [value];
    if (given.some((v) => typeof v === 'string' && !v.trim())) throw new UsageError(`--${flag} needs a value, not an empty string`);
  }
}
