// Small configuration files read whole (formatter and linter settings): missing or unreadable is simply null.
import { lstatSync, readFileSync } from 'node:fs';

const MAX_CONFIG_BYTES = 1024 * 1024;

/** The text of a regular file no larger than 1 MiB, or null (missing, a folder, a symlink, unreadable, too big). */
export function readConfigText(file: string): string | null {
  try {
    // Most folders hold none of the files asked for: no error is built for a missing one (a search asks for thousands).
    const stat = lstatSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size > MAX_CONFIG_BYTES) return null;
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** True when the folder holds an entry of that name (a `.git` folder or file marks a repository's top). */
export function hasEntry(folder: string, name: string): boolean {
  try {
    return lstatSync(`${folder}/${name}`, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}
