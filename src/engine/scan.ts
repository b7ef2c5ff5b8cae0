// Discovery and the prefilter of a large walk in scan threads (scan-worker.ts): they walk and read, this thread
// decides each file's codemods and transforms the files holding a needle meanwhile, so the walk, the reads and the
// transforms overlap on two cores instead of following each other on one.
import path from 'node:path';
import { emptyStats, type DiscoveredFile, type DiscoveryStats } from '../io/discover.ts';
import { readCandidateSync, type NeedleIndex } from './prefilter.ts';
import { READ, walkShare, type ScanBatch, type ScanDone, type ScanRequest } from './scan-messages.ts';
import { engineThread } from './threads.ts';
import type { FileTask } from './transform-text.ts';

export interface ScanHandlers {
  /** A file seen (counted). */
  seen(file: DiscoveredFile): void;
  /** Its task, or null when no codemod reads it. */
  taskOf(file: DiscoveredFile): FileTask | null;
  candidate(task: FileTask, bytes: Buffer): Promise<void>;
  /** The thread could not read it (or it is over the size limit): read it again here, for the message. */
  retry(task: FileTask): Promise<void>;
  /** Decided: no codemod reads it, or it holds none of their needles. */
  out(): void;
}

/** A file read here: what the synchronous prefilter decides. */
async function readHere(task: FileTask, maxBytes: number, index: NeedleIndex, on: ScanHandlers): Promise<void> {
  const candidate = readCandidateSync(task, maxBytes, index);
  if (candidate === undefined) await on.retry(task);
  else if (candidate && 'bytes' in candidate) await on.candidate(task, candidate.bytes);
  else on.out();
}

const inRoot = (root: string, relPath: string): string => root + path.sep + (path.sep === '/' ? relPath : relPath.replaceAll('/', path.sep));

/** The batch's files, as the walk gave them. */
function filesOf(batch: ScanBatch): DiscoveredFile[] {
  if (!batch.rootOf.length) return [];
  return batch.relPaths.split('\0').map((relPath, at) => {
    const root = batch.roots[batch.rootOf[at]];
    return { root, path: inRoot(root, relPath), relPath };
  });
}

async function decide(files: DiscoveredFile[], batch: ScanBatch, request: Pick<ScanRequest, 'maxBytes'>, index: NeedleIndex, on: ScanHandlers): Promise<void> {
  const hits = new Map(batch.hits.map((h) => [h.at, Buffer.from(h.bytes.buffer, h.bytes.byteOffset, h.bytes.length)]));
  for (let at = 0; at < files.length; at++) {
    on.seen(files[at]);
    const read = batch.reads[at];
    // Not read (no codemod reads its kind) or no anchor of its kind, so no needle: no codemod of the file could want it.
    if (read === READ.unread || read === READ.miss) {
      on.out();
      continue;
    }
    const task = on.taskOf(files[at]);
    const bytes = hits.get(at);
    if (!task) on.out();
    // The thread found an anchor of the kind: the needles of this file's own parts decide.
    else if (read === READ.hit && bytes) await (index.needlesFor(task).some((needle) => bytes.includes(needle)) ? on.candidate(task, bytes) : on.out());
    else await on.retry(task);
  }
}

/** Segment by segment, as a walk meets them (`a/b` before `a-c`): the threads' lists merge into the one-walk order. */
function walkOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
}

/** The counts of the shares of one walk, as one walk would give them. */
function merged(roots: string[], shares: DiscoveryStats[]): DiscoveryStats {
  const rootOf = (file: string) => roots.findIndex((r) => file.startsWith(r + path.sep));
  return {
    symlinksSkipped: shares.reduce((sum, s) => sum + s.symlinksSkipped, 0),
    ignored: shares.reduce((sum, s) => sum + s.ignored, 0),
    unreadableFolders: shares.flatMap((s) => s.unreadableFolders).sort((a, b) => roots.indexOf(a.root) - roots.indexOf(b.root) || walkOrder(a.path, b.path)),
    staleTemps: shares.flatMap((s) => s.staleTemps).sort((a, b) => rootOf(a) - rootOf(b) || walkOrder(a, b)),
  };
}

/**
 * Walk and prefilter `request.roots` in `threads` scan threads, each taking a share of the walk, calling `on` for every
 * file as the threads report them; `stats` gets the walk's counts. If a thread dies, its share is walked here, past the
 * files it reported (a share's walk is the same each time).
 */
export async function scanInThreads(request: Omit<ScanRequest, 'share'>, threads: number, index: NeedleIndex, stats: DiscoveryStats, on: ScanHandlers): Promise<void> {
  const queue: { share: number; message: ScanBatch | ScanDone }[] = [];
  let wake: (() => void) | undefined;
  let running = threads;
  for (let share = 0; share < threads; share++) {
    const worker = engineThread('scan-worker', { ...request, share: { index: share, of: threads } });
    worker.on('message', (message: ScanBatch | ScanDone) => {
      queue.push({ share, message });
      wake?.();
    });
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      running--;
      wake?.();
    };
    worker.on('error', end);
    worker.on('exit', end);
  }
  const reported = new Array<number>(threads).fill(0);
  const shares = new Array<DiscoveryStats | null>(threads).fill(null);
  for (;;) {
    const item = queue.shift();
    if (!item) {
      if (running === 0) break;
      await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    const { share, message } = item;
    if ('done' in message) {
      shares[share] = message.stats;
      continue;
    }
    const files = filesOf(message);
    reported[share] += files.length;
    await decide(files, message, request, index, on);
  }
  for (let share = 0; share < threads; share++) {
    if (shares[share]) continue;
    const walked = emptyStats();
    const left: DiscoveredFile[] = [];
    let skip = reported[share];
    walkShare(request, { index: share, of: threads }, walked, (file) => skip-- > 0 || left.push(file) > 0);
    for (const file of left) {
      on.seen(file);
      const task = on.taskOf(file);
      if (task) await readHere(task, request.maxBytes, index, on);
      else on.out();
    }
    shares[share] = walked;
  }
  Object.assign(stats, merged(request.roots.map((r) => r.root), shares as DiscoveryStats[]));
}
