// Which files a run looks at: the given roots, minus VCS/dependency/build folders, .gitignore'd paths and --exclude.
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { workTreeAbove } from './checkouts.ts';
import { TEMP_FILE } from './fileio.ts';

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
  /** Only files these patterns match, with .gitignore semantics (`plugins` takes the folder's contents). */
  include?: string[];
  /** Files and folders these patterns match are not read, with .gitignore semantics (`*.test.jsx` at any depth). */
  exclude?: string[];
}

/** A folder discovery could not list: its files were not looked at. */
export interface UnreadableFolder {
  root: string;
  /** Relative to the root, `/` separators; `.` for the root itself. */
  path: string;
  reason: string;
}

export interface DiscoveryStats {
  symlinksSkipped: number;
  ignored: number;
  unreadableFolders: UnreadableFolder[];
  /** Temp files an interrupted write left behind (absolute paths): never read, removed by the next --write. */
  staleTemps: string[];
}

export const emptyStats = (): DiscoveryStats => ({ symlinksSkipped: 0, ignored: 0, unreadableFolders: [], staleTemps: [] });

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

function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: fix its permissions (or run as a user who can read it) to include it';
  return (error as Error).message;
}

/** One glob list as a .gitignore would read it; null when empty. */
function matcher(patterns: string[] | undefined): Ignore | null {
  return patterns?.length ? ignore().add(patterns) : null;
}

/** One of `of` walks that split a root between them (scan threads): each file is walked by exactly one. */
export interface WalkShare {
  index: number;
  of: number;
}

const WHOLE: WalkShare = { index: 0, of: 1 };

/** The share that walks what is under `relPath` (a path two levels down): a hash, so shares get like amounts. */
function ownerOf(relPath: string, of: number): number {
  let hash = 2166136261;
  for (let i = 0; i < relPath.length; i++) hash = Math.imul(hash ^ relPath.charCodeAt(i), 16777619);
  return (hash >>> 0) % of;
}

/**
 * Walk one root, handing each file to `visit` in the order discover yields them; `visit` returning false stops the
 * walk. True when the walk went through the whole root. A root that is a file yields itself. Symlinks are never
 * followed (no loops, nothing outside the root). `otherRoots` are paths inside this root that are roots of their own in
 * the same run: they are left to their own walk, so each file belongs to one root only. Files come in sorted order so
 * every run sees them in the same order. Synchronous on purpose: on a warm cache one readdirSync per folder is several
 * times faster than the async round trips.
 */
export function walkFiles(
  root: string,
  options: DiscoveryOptions,
  stats: DiscoveryStats,
  otherRoots: ReadonlySet<string>,
  visit: (file: DiscoveredFile) => boolean,
  share: WalkShare = WHOLE,
): boolean {
  if (statSync(root).isFile()) {
    const folder = folderOfRoot(root);
    return share.index > 0 || visit({ root: folder, path: root, relPath: path.relative(folder, root).split(path.sep).join('/') });
  }
  const included = matcher(options.include);
  const excluded = matcher(options.exclude);

  // A plain recursive loop: nested generators cost a hop per level for every file. False once `visit` said stop.
  function walk(dir: string, rel: string, scopes: IgnoreScope[], depth: number): boolean {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      // The root and its folders are listed by every share: the first one reports them.
      if (depth > 1 || share.index === 0) stats.unreadableFolders.push({ root, path: rel || '.', reason: unreadableReason(error) });
      return true;
    }
    // Only folders that have a .gitignore pay for reading one.
    const own = entries.some((e) => e.name === '.gitignore') ? readGitignore(dir) : null;
    const active = own ? [...scopes, { base: rel, rules: own }] : scopes;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const full = dir + path.sep + entry.name;
      // Every share walks into the root's folders; what is in them, and the root's other entries, have one owner.
      if (share.of > 1 && !(depth === 0 ? share.index === 0 || entry.isDirectory() : depth > 1 || ownerOf(relPath, share.of) === share.index)) continue;
      const counts = depth > 0 || share.index === 0;
      if (entry.isSymbolicLink()) {
        stats.symlinksSkipped++;
      } else if (otherRoots.size && otherRoots.has(full)) {
        continue;
      } else if (entry.isDirectory()) {
        if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
        if ((active.length && isIgnored(active, relPath, true)) || excluded?.ignores(`${relPath}/`)) {
          if (counts) stats.ignored++;
          continue;
        }
        if (!walk(full, relPath, active, depth + 1)) return false;
      } else if (entry.isFile()) {
        if (TEMP_FILE.test(entry.name)) {
          stats.staleTemps.push(full);
          continue;
        }
        if ((active.length && isIgnored(active, relPath, false)) || excluded?.ignores(relPath) || (included && !included.ignores(relPath))) {
          stats.ignored++;
          continue;
        }
        if (!visit({ root, path: full, relPath })) return false;
      }
    }
    return true;
  }
  return walk(root, '', [], 0);
}

/** Every file of one root (see walkFiles). */
export function discover(root: string, options: DiscoveryOptions, stats: DiscoveryStats, otherRoots: ReadonlySet<string> = new Set()): DiscoveredFile[] {
  const found: DiscoveredFile[] = [];
  walkFiles(root, options, stats, otherRoots, (file) => found.push(file) > 0);
  return found;
}

/**
 * The folder a root is read from. A file (pre-commit passes the staged files) is read as part of the git work tree
 * holding it, so that its path keeps the meaning codemods match on (`xmodule/course_block.py`) and companion files
 * land in that checkout; outside git, as part of its own folder. Only the file itself is read, never the tree.
 */
export function folderOfRoot(root: string): string {
  return statSync(root).isFile() ? (workTreeAbove(path.dirname(root)) ?? path.dirname(root)) : root;
}

/**
 * The roots of a run, each once (the same folder given twice, or by another spelling, counts once), with the other
 * roots nested inside each, as that root's walk would spell them (see discover's otherRoots).
 */
export function planRoots(roots: string[]): { root: string; otherRoots: Set<string> }[] {
  const real = new Map<string, string>();
  for (const root of roots.map((r) => path.resolve(r))) {
    const key = realpathSync(root);
    if (![...real.values()].includes(key)) real.set(root, key);
  }
  return [...real].map(([root, key]) => {
    const otherRoots = new Set<string>();
    for (const other of real.values()) {
      const rel = path.relative(key, other);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) otherRoots.add(path.join(root, rel));
    }
    return { root, otherRoots };
  });
}
