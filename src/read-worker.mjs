// A reader thread for the needle prefilter (plain JavaScript: it starts in milliseconds, without the TypeScript
// loader). It reads its files synchronously and posts back only those holding a needle; the main thread parses them
// meanwhile. Errors and files over the size limit go back as "ask again" so their messages come from one place.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const { files, needleGroups, maxBytes } = workerData;
const groups = needleGroups.map((group) => group.map((needle) => Buffer.from(needle)));

function readWhole(path) {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return null;
    const bytes = Buffer.allocUnsafeSlow(size); // its own ArrayBuffer, so it can be transferred
    let offset = 0;
    while (offset < size) {
      const read = readSync(fd, bytes, offset, size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return offset === size ? bytes : bytes.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

const misses = [];
for (const [index, path, group] of files) {
  let bytes;
  try {
    bytes = readWhole(path);
  } catch {
    bytes = null;
  }
  if (bytes === null) parentPort.postMessage({ index, retry: true });
  else if (groups[group].some((needle) => bytes.includes(needle))) {
    const copy = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    parentPort.postMessage({ index, bytes: copy }, [copy.buffer]);
  } else misses.push(index);
}
parentPort.postMessage({ done: true, misses: Int32Array.from(misses) });
