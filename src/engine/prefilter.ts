// The needle prefilter on the hot path: read each candidate file synchronously once and look for the needles of the
// parts that accept it. Files without a needle are never decoded or parsed; most of a checkout ends here.
import { acceptingNeedles, minimalNeedles, partAccepts, partsOf } from './codemod.ts';
import type { Candidate } from './process-file.ts';
import type { FileTask } from './transform-text.ts';
import { readScratch, readWhole } from '../io/read-whole.mjs';

/**
 * The needles worth searching for in a file: those of the parts that accept its kind and path, minus any needle that
 * contains another (a file holding the longer one holds the shorter one too). Cached per set of accepting parts.
 */
export class NeedleIndex {
  private cache = new Map<string, number>();
  /** Needle groups by id. */
  private buffers: Buffer[][] = [];

  groupOf(task: FileTask): number {
    const key =
      task.acceptance ??
      task.codemods.flatMap((codemod) => partsOf(codemod).map((part, p) => (partAccepts(part, task.kind, task.relPath) ? `${codemod.name}.${p}` : ''))).join(' ');
    let id = this.cache.get(key);
    if (id === undefined) {
      id = this.buffers.push(minimalNeedles(acceptingNeedles(task.codemods, task.kind, task.relPath)).map((n) => Buffer.from(n))) - 1;
      this.cache.set(key, id);
    }
    return id;
  }

  needlesFor(task: FileTask): Buffer[] {
    return this.buffers[this.groupOf(task)];
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
    bytes = readWhole(task.path, maxBytes, scratch);
  } catch {
    return undefined;
  }
  if (bytes === 'too-big') return undefined;
  // The scratch is read into again by the next file: a candidate keeps a copy.
  if (task.companion) return { bytes: Buffer.from(bytes) };
  return index.needlesFor(task).some((needle) => bytes.includes(needle)) ? { bytes: Buffer.from(bytes) } : null;
}

const scratch = readScratch();
