// Discovery and the prefilter of a large walk in one thread (scan-worker.ts): it walks and reads, this thread decides
// each file's codemods and transforms the files holding a needle meanwhile, so the walk, the reads and the transforms
// overlap on two cores instead of following each other on one.
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

async function decide(batch: ScanBatch, request: ScanRequest, index: NeedleIndex, on: ScanHandlers): Promise<void> {
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

/**
 * Walk and prefilter `request.roots` in a scan thread, calling `on` for every file in walk order; `stats` gets the
 * walk's counts. If the thread dies, the files it never reported are walked and read here.
 */
export async function scanInThread(request: ScanRequest, index: NeedleIndex, stats: DiscoveryStats, on: ScanHandlers): Promise<void> {
  const worker = engineThread('scan-worker', { ...request });
  const queue: (ScanBatch | ScanDone)[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  worker.on('message', (message: ScanBatch | ScanDone) => {
    queue.push(message);
    wake?.();
  });
  const end = (): void => {
    ended = true;
    wake?.();
  };
  worker.on('error', end);
  worker.on('exit', end);
  const reported = new Set<string>();
  let walked: DiscoveryStats | null = null;
  for (;;) {
    const message = queue.shift();
    if (message && 'done' in message) walked = message.stats;
    else if (message) {
      for (const file of message.files) reported.add(file.path);
      await decide(message, request, index, on);
    } else if (!ended) await new Promise<void>((resolve) => (wake = resolve));
    else break;
  }
  if (!walked) {
    // This walk counts the folders, ignored files and symlinks again, all of them: the thread's counts died with it.
    walked = emptyStats();
    const left: DiscoveredFile[] = [];
    for (const { root, otherRoots } of request.roots) walkFiles(root, request.discovery, walked, new Set(otherRoots), (file) => reported.has(file.path) || left.push(file) > 0);
    for (const file of left) {
      const task = on.seen(file);
      if (task) await readHere(task, request.maxBytes, index, on);
    }
  }
  Object.assign(stats, walked);
}
