// The needle prefilter on the hot path: read each candidate file synchronously once and look for the needles of the
// parts that accept it. Files without a needle are never decoded or parsed; most of a checkout ends here.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { partAccepts, partsOf } from './codemod.ts';
import type { Candidate, FileTask } from './process-file.ts';

/**
 * The needles worth searching for in a file: those of the parts that accept its kind and path, minus any needle that
 * contains another (a file holding the longer one holds the shorter one too). Cached per set of accepting parts.
 */
export class NeedleIndex {
  private cache = new Map<string, Buffer[]>();

  needlesFor(task: FileTask): Buffer[] {
    const accepting: string[] = [];
    const needles = new Set<string>();
    task.codemods.forEach((codemod, c) =>
      partsOf(codemod).forEach((part, p) => {
        if (!partAccepts(part, task.kind, task.relPath)) return;
        accepting.push(`${codemod.name}/${c}.${p}`);
        part.needles.forEach((n) => needles.add(n));
      }),
    );
    const key = accepting.join(' ');
    let found = this.cache.get(key);
    if (!found) {
      const all = [...needles];
      found = all.filter((n) => !all.some((other) => other !== n && n.includes(other))).map((n) => Buffer.from(n));
      this.cache.set(key, found);
    }
    return found;
  }
}

function readWhole(path: string, maxBytes: number): Buffer | 'too-big' {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return 'too-big';
    const bytes = Buffer.allocUnsafe(size);
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

/**
 * Same answer as readCandidate (null: no needle; bytes: transform it), but synchronous, with one open/fstat/read/close
 * per file. Undefined for anything unusual (an error, a file over the limit): the caller then asks readCandidate, so
 * the messages and statuses for those stay in one place.
 */
export function readCandidateSync(task: FileTask, maxBytes: number, index: NeedleIndex): Candidate | undefined {
  let bytes: Buffer | 'too-big';
  try {
    bytes = readWhole(task.path, maxBytes);
  } catch {
    return undefined;
  }
  if (bytes === 'too-big') return undefined;
  if (task.companion) return { bytes };
  return index.needlesFor(task).some((needle) => bytes.includes(needle)) ? { bytes } : null;
}
