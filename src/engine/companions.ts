// Companion files (Codemod.companionFile, e.g. the helper module new imports point at): every importer's companion is
// checked on each run, created or completed when missing, and refused (with its importers) when its path is unsafe.
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { fileKindOf } from './languages.ts';
import type { ProcessedFile } from './process-file.ts';
import { baseResult, type FileTask } from './transform-text.ts';
import type { Codemod, FileResult } from './types.ts';

const keyOf = (root: string, relPath: string) => `${root}\0${relPath}`;

/**
 * What is at a companion's path, looked at segment by segment without following anything: missing (to create), a
 * regular file (to complete), or a reason to refuse (a symlink on the way, a FIFO or device, a file as a folder).
 */
function companionPathState(root: string, relPath: string): 'missing' | 'file' | { refused: string } {
  const segments = relPath.split('/');
  for (let i = 1; i <= segments.length; i++) {
    const at = segments.slice(0, i).join('/');
    let stat;
    try {
      stat = lstatSync(path.join(root, at));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
      return { refused: `cannot look at ${at}: ${(error as Error).message}` };
    }
    if (stat.isSymbolicLink()) return { refused: `${at} is a symbolic link: companion files are never read or written through one` };
    const last = i === segments.length;
    if (last && !stat.isFile()) return { refused: `${at} is not a regular file (a FIFO, device or folder): not read or replaced` };
    if (!last && !stat.isDirectory()) return { refused: `${at} is not a folder` };
  }
  return 'file';
}

/**
 * Tasks for the companions this run's files need (changed files by their new text, the others by what they already
 * import) that no result covers yet, and a skipped result for each companion whose path is unsafe.
 */
export function companionTasks(results: ProcessedFile[], codemods: Codemod[]): { tasks: FileTask[]; refused: FileResult[] } {
  const covered = new Set(results.map((r) => keyOf(r.root, r.path)));
  const tasks = new Map<string, FileTask>();
  const refused = new Map<string, FileResult>();
  for (const result of results) {
    if (result.status !== 'changed' && result.status !== 'unchanged') continue;
    for (const need of result.needs ?? []) {
      const key = keyOf(result.root, need.path);
      if (covered.has(key) || refused.has(key)) continue;
      let task = tasks.get(key);
      if (!task) {
        const full = path.join(result.root, need.path);
        const state = companionPathState(result.root, need.path);
        task = { root: result.root, path: full, relPath: need.path, kind: fileKindOf(need.path), codemods: [], companion: true, created: state === 'missing' };
        if (typeof state === 'object') {
          refused.set(key, { ...baseResult(task), status: 'skipped', reason: `needed by ${result.path}, but ${state.refused}` });
          continue;
        }
        tasks.set(key, task);
      }
      for (const name of need.codemods) {
        const codemod = codemods.find((c) => c.name === name);
        if (codemod && !task.codemods.includes(codemod)) task.codemods.push(codemod);
      }
    }
  }
  for (const task of tasks.values()) task.codemods.sort((a, b) => codemods.indexOf(a) - codemods.indexOf(b));
  return { tasks: [...tasks.values()], refused: [...refused.values()] };
}

/** Whether a result is a companion some file of the run needs. */
export function companionKeys(results: ProcessedFile[]): Set<string> {
  return new Set(results.flatMap((r) => (r.needs ?? []).map((need) => keyOf(r.root, need.path))));
}

/**
 * Changed files whose companion could not be made (skipped or failed) are not written either: an import of a file
 * that does not exist would break the checkout.
 */
export function holdBackImporters(results: ProcessedFile[]): ProcessedFile[] {
  const broken = new Map(results.filter((r) => r.status === 'skipped' || r.status === 'failed').map((r) => [keyOf(r.root, r.path), r]));
  return results.map((result) => {
    if (result.status !== 'changed') return result;
    const blocker = (result.needs ?? []).map((need) => broken.get(keyOf(result.root, need.path))).find(Boolean);
    if (!blocker) return result;
    const { before: _before, after: _after, ...rest } = result;
    return { ...rest, codemods: [], sites: [], status: 'skipped', reason: `not changed: it would import ${blocker.path}, which this run cannot create or complete (${blocker.reason})` };
  });
}
