// A worker-thread pool over candidate files. Results come back keyed by index, so output order never depends on timing.
import type { ProcessedFile, ProcessOptions } from './process-file.ts';
import { addWorkerTimings, type PhaseTotals } from './timings.ts';
import { engineThread } from './threads.ts';
import type { FileTask } from './transform-text.ts';

export interface WorkerJob {
  index: number;
  task: Omit<FileTask, 'codemods'> & { codemods: string[] };
  bytes: Uint8Array;
}

const BATCH = 8;

export async function runInWorkers(
  pending: { task: FileTask; bytes: Buffer }[],
  options: ProcessOptions,
  jobs: number,
  onResult: () => void = () => {},
): Promise<ProcessedFile[]> {
  const results = new Array<ProcessedFile>(pending.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(jobs, Math.ceil(pending.length / BATCH)) }, () => {
    const worker = engineThread('worker', { options });
    let finished = false;
    return new Promise<void>((resolve, reject) => {
      const feed = (): void => {
        if (next >= pending.length) {
          finished = true;
          void worker.terminate().then(() => resolve());
          return;
        }
        const batch: WorkerJob[] = [];
        for (; next < pending.length && batch.length < BATCH; next++) {
          const { task, bytes } = pending[next];
          batch.push({ index: next, task: { ...task, codemods: task.codemods.map((c) => c.name) }, bytes });
        }
        worker.postMessage(batch);
      };
      worker.on('message', (message: { ready?: true; results?: { index: number; result: ProcessedFile }[]; timings?: PhaseTotals }) => {
        addWorkerTimings(message.timings);
        for (const { index, result } of message.results ?? []) {
          results[index] = result;
          onResult();
        }
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`a worker stopped unexpectedly (exit code ${code})`));
      });
    });
  });
  await Promise.all(lanes);
  return results;
}
