// The bench's small runs: a handful of files as a pre-commit hook or a CI `--check` passes them. The files are copied
// from the corpus into git checkouts of the same names, so each keeps the path its codemods match on.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CorpusManifest } from '../generate-corpus.ts';

/** One file of each of these kinds, in this order: the languages a change to edx-platform or a frontend touches. */
const SITE_KINDS = ['.py', '.jsx', '.tsx', '.yml', '.txt', '.js', '.ts', '.json'];
const FREE_KINDS = ['.py', '.js', '.jsx', '.tsx', '.yml', '.ts', '.json'];

function filesUnder(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, path.join(rel, e.name)) : e.isFile() ? [path.join(rel, e.name)] : []));
}

/** The first `count` of `candidates` (root, path) whose kinds differ, taking the kinds in the order given. */
function oneOfEachKind(candidates: { root: string; path: string }[], kinds: string[], count: number): { root: string; path: string }[] {
  const picked = kinds.flatMap((ext) => candidates.filter((c) => c.path.endsWith(ext) && !c.path.endsWith(`.d${ext}`)).slice(0, 1));
  if (picked.length < count) throw new Error(`the corpus has files of only ${picked.length} of the kinds ${kinds.join(' ')}`);
  return picked.slice(0, count);
}

/**
 * Copy `count` site files and `count` needle-free files into `into`/<root>/ (each root a fresh git checkout) and
 * return their paths there.
 */
export function smallRunFiles(corpusDir: string, manifest: CorpusManifest, into: string, count = 5): { free: string[]; sites: string[] } {
  const siteKeys = new Set(manifest.sites.map((s) => `${s.root}/${s.path}`));
  const sites = oneOfEachKind([...manifest.sites].sort((a, b) => (a.path < b.path ? -1 : 1)), SITE_KINDS, count);
  const freeRoots = manifest.roots.filter((r) => !r.includes('-fork-'));
  const free = oneOfEachKind(
    freeRoots.flatMap((root) => filesUnder(path.join(corpusDir, root)).map((p) => ({ root, path: p }))).filter((f) => !siteKeys.has(`${f.root}/${f.path}`)),
    FREE_KINDS,
    count,
  );
  const copy = (file: { root: string; path: string }): string => {
    const target = path.join(into, file.root, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(corpusDir, file.root, file.path), target);
    return target;
  };
  const copied = { free: free.map(copy), sites: sites.map(copy) };
  for (const root of new Set([...free, ...sites].map((f) => f.root))) spawnSync('git', ['init', '-q', path.join(into, root)]);
  return copied;
}
