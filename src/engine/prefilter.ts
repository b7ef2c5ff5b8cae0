// The needle prefilter on the hot path: read each candidate file synchronously once and look for the needles of the
// parts that accept it. Files without a needle are never decoded or parsed; most of a checkout ends here.
import { Worker } from 'node:worker_threads';
import { acceptingNeedles, partAccepts, partsOf } from './codemod.ts';
import type { Candidate } from './process-file.ts';
import type { FileTask } from './transform-text.ts';
import { readScratch, readWhole } from '../io/read-whole.mjs';

/**
 * The needles worth searching for in a file: those of the parts that accept its kind and path, minus any needle that
 * contains another (a file holding the longer one holds the shorter one too). Cached per set of accepting parts.
 */
export class NeedleIndex {
  private cache = new Map<string, number>();
  /** Needle groups by id, as strings (for reader threads) and as buffers. */
  readonly groups: string[][] = [];
  private buffers: Buffer[][] = [];

  groupOf(task: FileTask): number {
    const key =
      task.acceptance ??
      task.codemods.flatMap((codemod) => partsOf(codemod).map((part, p) => (partAccepts(part, task.kind, task.relPath) ? `${codemod.name}.${p}` : ''))).join(' ');
    let id = this.cache.get(key);
    if (id === undefined) {
      const all = acceptingNeedles(task.codemods, task.kind, task.relPath);
      const kept = all.filter((n) => !all.some((other) => other !== n && n.includes(other)));
      id = this.groups.push(kept) - 1;
      this.buffers.push(kept.map((n) => Buffer.from(n)));
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

/**
 * Task indices with the kinds taken in turn (a Python file, a JS file, a TSX file, … then the next of each), so the
 * first file of every language that holds a needle is found early in the scan: the libraries its transform loads
 * (tree-sitter grammars, jscodeshift, ts-morph) load while the readers are still reading, not after they finish.
 * The report is sorted at the end: this order changes only when each file is transformed.
 */
function kindsInterleaved(tasks: FileTask[]): number[] {
  const byKind = new Map<string, number[]>();
  tasks.forEach((task, i) => {
    const list = byKind.get(task.kind);
    if (list) list.push(i);
    else byKind.set(task.kind, [i]);
  });
  const lists = [...byKind.values()];
  const order: number[] = [];
  for (let rank = 0; order.length < tasks.length; rank++) for (const list of lists) if (rank < list.length) order.push(list[rank]);
  return order;
}

/**
 * The prefilter in reader threads: they read and search, and post back each file holding a needle as soon as they find
 * it, so `onCandidate` (parsing, on this thread) overlaps the reading. `onRetry` gets the files a reader could not
 * read (the caller asks readCandidate for the message). If a reader dies, its files are read here.
 */
export async function prefilterInThreads(
  tasks: FileTask[],
  maxBytes: number,
  index: NeedleIndex,
  readers: number,
  on: { candidate(i: number, bytes: Buffer): Promise<void>; retry(i: number): Promise<void>; miss(): void },
): Promise<void> {
  const groups = tasks.map((task) => index.groupOf(task));
  const reported = new Uint8Array(tasks.length);
  const queue: { i: number; bytes?: Buffer }[] = [];
  let wake: (() => void) | undefined;
  let running = readers;
  const order = kindsInterleaved(tasks);
  for (let r = 0; r < readers; r++) {
    const files: [number, string, number][] = [];
    for (let n = r; n < order.length; n += readers) files.push([order[n], tasks[order[n]].path, groups[order[n]]]);
    const worker = new Worker(new URL('../io/read-worker.mjs', import.meta.url), { workerData: { files, needleGroups: index.groups, maxBytes } });
    worker.on('message', (m: { index: number; bytes?: Uint8Array; retry?: true; misses?: Int32Array }) => {
      if (m.misses) {
        for (const i of m.misses) reported[i] = 1;
        for (let n = m.misses.length; n > 0; n--) on.miss();
        return;
      }
      reported[m.index] = 1;
      if (m.bytes) queue.push({ i: m.index, bytes: Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.length) });
      else queue.push({ i: m.index });
      wake?.();
    });
    const finish = (): void => {
      running--;
      wake?.();
    };
    worker.on('error', finish);
    worker.on('exit', finish);
  }
  for (;;) {
    const item = queue.shift();
    if (item) {
      await (item.bytes ? on.candidate(item.i, item.bytes) : on.retry(item.i));
    } else if (running > 0) await new Promise<void>((resolve) => (wake = resolve));
    else break;
  }
  // Files no reader reported (it died): read here.
  for (let i = 0; i < tasks.length; i++) {
    if (reported[i]) continue;
    const candidate = readCandidateSync(tasks[i], maxBytes, index);
    if (candidate === undefined) await on.retry(i);
    else if (candidate && 'bytes' in candidate) await on.candidate(i, candidate.bytes);
    else on.miss();
  }
}
