// Worker side of the pool: resolve codemods by name, process each file of a batch, send the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { findCodemod, type Registry } from './registry.ts';
import type { WorkerJob } from './pool.ts';
import { processBytes, type ProcessOptions } from './process-file.ts';
import { configured } from './codemod.ts';
import { takeTimings } from './timings.ts';
import type { Codemod } from './types.ts';

const options = workerData.options as ProcessOptions;
const { registry } = (await import(options.registryModule!)) as { registry: Registry };
const byName = new Map<string, Codemod>();
function codemodNamed(name: string): Codemod | undefined {
  if (!byName.has(name)) {
    const codemod = findCodemod(registry.campaigns, name);
    if (codemod) byName.set(name, configured([codemod], options.codemodOptions)[0]);
  }
  return byName.get(name);
}

parentPort!.on('message', async (batch: WorkerJob[]) => {
  const results = [];
  for (const { index, task, bytes } of batch) {
    const codemods = task.codemods.map(codemodNamed).filter((c): c is Codemod => Boolean(c));
    results.push({ index, result: await processBytes({ ...task, codemods }, Buffer.from(bytes), options) });
  }
  parentPort!.postMessage({ results, timings: takeTimings() });
});
parentPort!.postMessage({ ready: true });
