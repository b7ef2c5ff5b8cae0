// What the scan threads (scan-worker.ts) and the run (scan.ts) share: their messages, and the order a thread walks its
// share in (the run walks a dead thread's rest in the same order).
import { walkFiles, type DiscoveredFile, type DiscoveryOptions, type DiscoveryStats, type WalkShare } from '../io/discover.ts';

/** What the thread's read of a file found. */
export const READ = { unread: 0, miss: 1, hit: 2, retry: 3 } as const;

export interface ScanRequest {
  roots: { root: string; otherRoots: string[] }[];
  discovery: DiscoveryOptions;
  /**
   * For each kind some part reads, strings every file holding one of those parts' needles holds (see anchorsOf); a
   * kind not here is not read.
   */
  anchorsByKind: Record<string, string[]>;
  maxBytes: number;
  /** Which part of the walk this thread takes (see walkFiles). */
  share: WalkShare;
}

/**
 * Files in walk order, the read of each (READ), and the bytes of those holding a needle. Flat, not one object a file:
 * a large walk's thousands of files cost the main thread one string split a batch.
 */
export interface ScanBatch {
  /** The roots of the batch's files (each file's `root`), and each file's index into them. */
  roots: string[];
  rootOf: Uint32Array;
  /** Each file's relPath, joined by NUL (no path holds one). */
  relPaths: string;
  reads: Uint8Array;
  hits: { at: number; bytes: Uint8Array }[];
}

export interface ScanDone {
  done: true;
  stats: DiscoveryStats;
}

/**
 * Passes over every root in a thread's share: each pass takes a part of every root (see walkFiles), so files with
 * needles in any root come back early, not after the whole of the first root (the main thread would wait for them).
 */
const PASSES = 4;

/** A thread's share of the walk, in the order it reports it (the same each time: a dead thread's rest is walked so). */
export function walkShare(request: Pick<ScanRequest, 'roots' | 'discovery'>, share: WalkShare, stats: DiscoveryStats, visit: (file: DiscoveredFile) => boolean): void {
  for (let pass = 0; pass < PASSES; pass++) {
    for (const { root, otherRoots } of request.roots) {
      walkFiles(root, request.discovery, stats, new Set(otherRoots), visit, { index: share.index + pass * share.of, of: share.of * PASSES });
    }
  }
}
