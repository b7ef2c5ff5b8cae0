// A scan thread: walks its share of the roots as discovery does, reads each file of a kind some codemod reads, looks for
// that kind's anchors (anchors.ts), and posts every file seen back in batches, a batch closing at each hit, so the main
// thread decides each file's codemods and transforms the hits while this thread walks on.
import { parentPort, workerData } from 'node:worker_threads';
import { emptyStats, type DiscoveredFile } from '../io/discover.ts';
import { readScratch, readWhole } from '../io/read-whole.mjs';
import { fileKindOf } from './languages.ts';
import { READ, walkShare, type ScanBatch, type ScanDone, type ScanRequest } from './scan-messages.ts';

/** Files without an anchor go back in batches of this many, so the progress bar moves while the walk goes on. */
const BATCH = 256;
const request = workerData as ScanRequest;
const anchors = new Map(Object.entries(request.anchorsByKind).map(([kind, list]) => [kind, list.map((n) => Buffer.from(n))]));
const scratch = readScratch();
let roots = new Map<string, number>();
let rootOf: number[] = [];
let relPaths: string[] = [];
let reads: number[] = [];
let hits: ScanBatch['hits'] = [];

function flush(): void {
  if (!relPaths.length) return;
  const batch: ScanBatch = { roots: [...roots.keys()], rootOf: Uint32Array.from(rootOf), relPaths: relPaths.join('\0'), reads: Uint8Array.from(reads), hits };
  parentPort!.postMessage(batch, hits.map((h) => h.bytes.buffer as ArrayBuffer));
  roots = new Map();
  rootOf = [];
  relPaths = [];
  reads = [];
  hits = [];
}

function readOf(file: DiscoveredFile): number {
  const wanted = anchors.get(fileKindOf(file.relPath));
  if (!wanted) return READ.unread;
  let bytes: Buffer | 'too-big';
  try {
    bytes = readWhole(file.path, request.maxBytes, scratch);
  } catch {
    return READ.retry; // the main thread reads it again, and its message says why it failed
  }
  if (bytes === 'too-big') return READ.retry;
  if (!wanted.some((anchor) => bytes.includes(anchor))) return READ.miss;
  // A copy of its own (the scratch is read into again next), handed over without a second copy.
  hits.push({ at: relPaths.length, bytes: new Uint8Array(bytes) });
  return READ.hit;
}

function visit(file: DiscoveredFile): boolean {
  const read = readOf(file);
  rootOf.push(roots.get(file.root) ?? roots.set(file.root, roots.size).get(file.root)!);
  relPaths.push(file.relPath);
  reads.push(read);
  if (read === READ.hit || relPaths.length >= BATCH) flush();
  return true;
}

const stats = emptyStats();
walkShare(request, request.share, stats, visit);
flush();
const done: ScanDone = { done: true, stats };
parentPort!.postMessage(done);
