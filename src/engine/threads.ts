// The engine's threads: each runs one engine module, bundled beside the CLI's bundle (dist/engine/<name>.mjs), or, when
// the engine runs from its TypeScript sources, that module's source through worker-boot.mjs (tsx's loader).
import { Worker } from 'node:worker_threads';

const fromSources = import.meta.url.endsWith('.ts');

/** A thread running the engine module `name` (`worker`, `scan-worker`) with `workerData`. */
export function engineThread(name: string, workerData: Record<string, unknown>): Worker {
  const entry = new URL(`./${name}.ts`, import.meta.url).href;
  const url = fromSources ? new URL('./worker-boot.mjs', import.meta.url) : new URL(`./${name}.mjs`, import.meta.url);
  return new Worker(url, { workerData: { ...workerData, entry } });
}
