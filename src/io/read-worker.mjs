// A reader thread for the needle prefilter (plain JavaScript: it starts in milliseconds, without the TypeScript
// loader). It reads its files synchronously and posts back only those holding a needle; the main thread parses them
// meanwhile. Errors and files over the size limit go back as "ask again" so their messages come from one place.
import { parentPort, workerData } from 'node:worker_threads';
import { readScratch, readWhole } from './read-whole.mjs';

const { files, needleGroups, maxBytes } = workerData;
const groups = needleGroups.map((group) => group.map((needle) => Buffer.from(needle)));

/** Misses go back in batches of this many, so the progress bar moves while the reader works. */
const MISS_BATCH = 256;
let misses = [];
const scratch = readScratch();
for (const [index, path, group] of files) {
  let bytes;
  try {
    bytes = readWhole(path, maxBytes, scratch);
  } catch {
    bytes = null;
  }
  if (bytes === null || bytes === 'too-big') parentPort.postMessage({ index, retry: true });
  else if (groups[group].some((needle) => bytes.includes(needle))) {
    // A copy of its own (the scratch is read into again next), handed over without a second copy.
    const copy = new Uint8Array(bytes);
    parentPort.postMessage({ index, bytes: copy }, [copy.buffer]);
  } else if (misses.push(index) === MISS_BATCH) {
    parentPort.postMessage({ misses: Int32Array.from(misses) });
    misses = [];
  }
}
parentPort.postMessage({ done: true, misses: Int32Array.from(misses) });
