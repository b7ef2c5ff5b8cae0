// Which files a run looks at: the given roots, minus VCS/dependency/build folders, .gitignore'd paths and --exclude.
import { promises as fsp } from 'node:fs';
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

async function readGitignore(dir: string): Promise<Ignore | null> {
  try {
    return ignore().add(await fsp.readFile(path.join(dir, '.gitignore'), 'utf8'));
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
 * Yields in sorted order so every run sees files in the same order.
 */
export async function* discover(root: string, options: DiscoveryOptions, stats: DiscoveryStats): AsyncGenerator<DiscoveredFile> {
  const rootStat = await fsp.lstat(root);
  if (rootStat.isFile()) {
    yield { root: path.dirname(root), path: root, relPath: path.basename(root) };
    return;
  }
  const included = options.include?.length ? picomatch(options.include, { dot: true }) : () => true;
  const excluded = options.exclude?.length ? picomatch(options.exclude, { dot: true }) : () => false;

  async function* walk(dir: string, rel: string, scopes: IgnoreScope[]): AsyncGenerator<DiscoveredFile> {
    const own = await readGitignore(dir);
    const active = own ? [...scopes, { base: rel, rules: own }] : scopes;
    let entries;
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        stats.symlinksSkipped++;
        continue;
      }
      if (entry.isDirectory()) {
        if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
        if (isIgnored(active, relPath, true) || excluded(`${relPath}/`)) {
          stats.ignored++;
          continue;
        }
        yield* walk(full, relPath, active);
      } else if (entry.isFile()) {
        if (isIgnored(active, relPath, false) || excluded(relPath) || !included(relPath)) {
          stats.ignored++;
          continue;
        }
        yield { root, path: full, relPath };
      }
    }
  }
  yield* walk(root, '', []);
}
