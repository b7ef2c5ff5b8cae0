// Which files a run looks at: the given roots, minus VCS/dependency/build folders, .gitignore'd paths and --exclude.
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

/** Folders never worth reading: VCS data, dependencies, virtualenvs, caches and build output. */
export const SKIPPED_DIRECTORIES = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  '.venv',
  'venv',
  'virtualenv',
  '.tox',
  '.nox',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  'dist',
  'build',
  'coverage',
  '.next',
  '.cache',
]);

export interface DiscoveredFile {
  root: string;
  path: string;
  relPath: string;
}

export interface DiscoveryOptions {
  include?: string[];
  exclude?: string[];
}

export interface DiscoveryStats {
  symlinksSkipped: number;
  ignored: number;
}

interface IgnoreScope {
  base: string;
  rules: Ignore;
}

function readGitignore(dir: string): Ignore | null {
  try {
    return ignore().add(readFileSync(path.join(dir, '.gitignore'), 'utf8'));
  } catch {
    return null;
  }
}

function isIgnored(scopes: IgnoreScope[], relPath: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const local = scope.base ? relPath.slice(scope.base.length + 1) : relPath;
    if (scope.rules.ignores(isDir ? `${local}/` : local)) return true;
  }
  return false;
}

/**
 * Walk one root. A root that is a file yields itself. Symlinks are never followed (no loops, nothing outside the root).
 * Yields in sorted order so every run sees files in the same order. Synchronous on purpose: on a warm cache one
 * readdirSync per folder is several times faster than the async round trips, and nothing else runs meanwhile.
 */
export function discover(root: string, options: DiscoveryOptions, stats: DiscoveryStats): DiscoveredFile[] {
  if (lstatSync(root).isFile()) return [{ root: path.dirname(root), path: root, relPath: path.basename(root) }];
  const included = options.include?.length ? picomatch(options.include, { dot: true }) : null;
  const excluded = options.exclude?.length ? picomatch(options.exclude, { dot: true }) : null;
  const found: DiscoveredFile[] = [];

  // A plain recursive loop into one array: nested generators cost a hop per level for every file.
  function walk(dir: string, rel: string, scopes: IgnoreScope[]): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    // Only folders that have a .gitignore pay for reading one.
    const own = entries.some((e) => e.name === '.gitignore') ? readGitignore(dir) : null;
    const active = own ? [...scopes, { base: rel, rules: own }] : scopes;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        stats.symlinksSkipped++;
      } else if (entry.isDirectory()) {
        if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
        if ((active.length && isIgnored(active, relPath, true)) || excluded?.(`${relPath}/`)) {
          stats.ignored++;
          continue;
        }
        walk(dir + path.sep + entry.name, relPath, active);
      } else if (entry.isFile()) {
        if ((active.length && isIgnored(active, relPath, false)) || excluded?.(relPath) || (included && !included(relPath))) {
          stats.ignored++;
          continue;
        }
        found.push({ root, path: dir + path.sep + entry.name, relPath });
      }
    }
  }
  walk(root, '', []);
  return found;
}
