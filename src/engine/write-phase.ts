// --write, after every file has been transformed: companions first, then the files that import them, one at a time on
// this thread (worker threads never write), so a run stopped at any point leaves a checkout a rerun completes.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { NotWritableError, writeFileAtomic } from '../io/fileio.ts';
import { companionKeys } from './companions.ts';
import type { ProcessedFile } from './process-file.ts';

const keyOf = (r: { root: string; path: string }) => `${r.root}\0${r.path}`;

async function writeOne(result: ProcessedFile): Promise<ProcessedFile> {
  try {
    await writeFileAtomic(path.join(result.root, result.path), result.after!, result.created ? null : Buffer.from(result.before!, 'utf8'));
    return { ...result, written: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...result, status: error instanceof NotWritableError ? 'skipped' : 'failed', reason: `not written: ${message}` };
  }
}

/**
 * Write the changed files: companions first; a file whose companion could not be written stays as it was. Temp files
 * an earlier, killed run left behind (`staleTemps`) are removed first.
 */
export async function writeChanges(results: ProcessedFile[], staleTemps: string[]): Promise<ProcessedFile[]> {
  for (const temp of staleTemps) rmSync(temp, { force: true });
  const companions = companionKeys(results);
  const done = new Map<string, ProcessedFile>();
  const order = [...results.filter((r) => companions.has(keyOf(r))), ...results.filter((r) => !companions.has(keyOf(r)))];
  for (const result of order) {
    if (result.status !== 'changed') continue;
    const missing = (result.needs ?? []).map((need) => done.get(`${result.root}\0${need.path}`)).find((c) => c && !c.written);
    done.set(
      keyOf(result),
      missing
        ? { ...result, status: 'skipped', reason: `not written: it imports ${missing.path}, which could not be written (${missing.reason})` }
        : await writeOne(result),
    );
    // Each write is synchronous; between two of them a signal (Ctrl-C) gets its turn and may stop the run here.
    await nextTurn();
  }
  return results.map((r) => done.get(keyOf(r)) ?? r);
}
