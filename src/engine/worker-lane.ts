// One worker thread fed file by file while the run is still finding candidates (see run.ts: the TS/TSX files), so the
// library their transforms load and the files themselves are handled beside this thread's work instead of after it.
import { Worker } from 'node:worker_threads';
import type { WorkerJob } from './pool.ts';
import type { ProcessedFile, ProcessOptions } from './process-file.ts';
import { addWorkerTimings, type PhaseTotals } from './timings.ts';
import type { FileTask } from './transform-text.ts';

export interface WorkerLane {
  push(task: FileTask, bytes: Buffer): void;
  /** Every pushed file's result, in push order; rejects when the worker failed (as the pool does). */
  finish(): Promise<ProcessedFile[]>;
}

export function startWorkerLane(options: ProcessOptions, onResult: () => void): WorkerLane {
  const entry = new URL('./worker.ts', import.meta.url).href;
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { entry, options } });
  const results: ProcessedFile[] = [];
  let sent = 0;
  let received = 0;
  let failure: Error | undefined;
  let settle: (() => void) | undefined;
  worker.on('message', (message: { results?: { index: number; result: ProcessedFile }[]; timings?: PhaseTotals }) => {
    addWorkerTimings(message.timings);
    for (const { index, result } of message.results ?? []) {
      results[index] = result;
      received++;
      onResult();
    }
    if (received === sent) settle?.();
  });
  worker.on('error', (error) => {
    failure = error;
    settle?.();
  });
  worker.on('exit', (code) => {
    if (received === sent) return;
    failure ??= new Error(`a worker stopped unexpectedly (exit code ${code})`);
    settle?.();
  });
  return {
    push(task, bytes) {
      const job: WorkerJob = { index: sent++, task: { ...task, codemods: task.codemods.map((c) => c.name) }, bytes };
      worker.postMessage([job]);
    },
    async finish() {
      if (received < sent && !failure) await new Promise<void>((resolve) => (settle = resolve));
      await worker.terminate();
      if (failure) throw failure;
      return results;
    },
  };
}
