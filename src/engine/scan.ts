// Discovery and the prefilter of a large walk in one thread (scan-worker.ts): it walks and reads, this thread decides
// each file's codemods and transforms the files holding a needle meanwhile, so the walk, the reads and the transforms
// overlap on two cores instead of following each other on one.
import path from 'node:path';
import { emptyStats, walkFiles, type DiscoveredFile, type DiscoveryStats } from '../io/discover.ts';
import { readCandidateSync, type NeedleIndex } from './prefilter.ts';
import { READ, type ScanBatch, type ScanDone, type ScanRequest } from './scan-messages.ts';
import { engineThread } from './threads.ts';
import type { FileTask } from './transform-text.ts';

export interface ScanHandlers {
  /** A file seen, counted: its task, or null when no codemod reads it. */
  seen(file: DiscoveredFile): FileTask | null;
  candidate(task: FileTask, bytes: Buffer): Promise<void>;
  /** The thread could not read it (or it is over the size limit): read it again here, for the message. */
  retry(task: FileTask): Promise<void>;
  miss(): void;
}

/** A file read here: what the synchronous prefilter decides. */
async function readHere(task: FileTask, maxBytes: number, index: NeedleIndex, on: ScanHandlers): Promise<void> {
  const candidate = readCandidateSync(task, maxBytes, index);
  if (candidate === undefined) await on.retry(task);
  else if (candidate && 'bytes' in candidate) await on.candidate(task, candidate.bytes);
  else on.miss();
}

async function decide(batch: ScanBatch, request: Pick<ScanRequest, 'maxBytes'>, index: NeedleIndex, on: ScanHandlers): Promise<void> {
  const hits = new Map(batch.hits.map((h) => [h.at, Buffer.from(h.bytes.buffer, h.bytes.byteOffset, h.bytes.length)]));
  for (let at = 0; at < batch.files.length; at++) {
    const task = on.seen(batch.files[at]);
    if (!task) continue;
    const read = batch.reads[at];
    const bytes = hits.get(at);
    // The thread searched for every needle of the kind: this file's own parts may want fewer.
    if (read === READ.hit && bytes) await (index.needlesFor(task).some((needle) => bytes.includes(needle)) ? on.candidate(task, bytes) : on.miss());
    else if (read === READ.miss) on.miss();
    else if (read === READ.retry) await on.retry(task);
    else await readHere(task, request.maxBytes, index, on);
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
 * file as the threads report them; `stats` gets the walk's counts. If a thread dies, the files no thread reported are
 * walked and read here.
 */
export async function scanInThreads(request: Omit<ScanRequest, 'share'>, threads: number, index: NeedleIndex, stats: DiscoveryStats, on: ScanHandlers): Promise<void> {
  const queue: (ScanBatch | ScanDone)[] = [];
  let wake: (() => void) | undefined;
  let running = threads;
  for (let share = 0; share < threads; share++) {
    const worker = engineThread('scan-worker', { ...request, share: { index: share, of: threads } });
    worker.on('message', (message: ScanBatch | ScanDone) => {
      queue.push(message);
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
  const reported = new Set<string>();
  const shares: DiscoveryStats[] = [];
  for (;;) {
    const message = queue.shift();
    if (message && 'done' in message) shares.push(message.stats);
    else if (message) {
      for (const file of message.files) reported.add(file.path);
      await decide(message, request, index, on);
    } else if (running > 0) await new Promise<void>((resolve) => (wake = resolve));
    else break;
  }
  if (shares.length === threads) return void Object.assign(stats, merged(request.roots.map((r) => r.root), shares));
  // This walk counts the folders, ignored files and symlinks again, all of them: a dead thread's counts died with it.
  const walked = emptyStats();
  const left: DiscoveredFile[] = [];
  for (const { root, otherRoots } of request.roots) walkFiles(root, request.discovery, walked, new Set(otherRoots), (file) => reported.has(file.path) || left.push(file) > 0);
  for (const file of left) {
    const task = on.seen(file);
    if (task) await readHere(task, request.maxBytes, index, on);
  }
  Object.assign(stats, walked);
}
