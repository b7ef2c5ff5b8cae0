// The executor: discover files, prefilter them by needle, transform the candidates (in worker threads when it pays).
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codemodAccepts, type CodemodOptionValues } from './codemod.ts';
import { discover, type DiscoveryOptions, type DiscoveryStats } from '../io/discover.ts';
import { fileKindOf } from './languages.ts';
import { processBytes, readCandidate, type ProcessOptions } from './process-file.ts';
import type { FileTask } from './transform-text.ts';
import { NeedleIndex, prefilterInThreads, readCandidateSync } from './prefilter.ts';
import { runInWorkers } from './pool.ts';
import type { Campaign, Codemod, FileResult, ReviewItem } from './types.ts';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** Below this many candidate files, worker start-up costs more than it saves. */
const WORKER_THRESHOLD = 48;
/**
 * Unless --jobs asks for workers, they start only for this much candidate text: each worker loads the loader and every
 * codemod again (about half a second of CPU), which one thread parsing at ~9 MB/s only earns back on megabytes.
 */
const WORKER_MIN_BYTES = 4 * 1024 * 1024;
/** From this many files on, reader threads do the prefilter while this thread transforms what they find. */
const READER_THRESHOLD = 2000;
const MAX_READERS = 3;

export interface RunOptions extends DiscoveryOptions {
  roots: string[];
  campaign: Campaign;
  codemods: Codemod[];
  write: boolean;
  jobs?: number;
  maxBytes?: number;
  /** Option values the codemods were configured with (see `configured`): worker threads apply them to their copies. */
  codemodOptions?: CodemodOptionValues;
  /** Registry module URL: worker threads need it to load the codemods; without it the run stays on this thread. */
  registryModule?: string;
  onProgress?(done: number, total: number): void;
}

export interface RunSummary {
  filesSeen: number;
  /** Not read: matched by a .gitignore or --exclude (or not by --include). */
  ignored: number;
  /** Not followed: symbolic links. */
  symlinksSkipped: number;
  prefilteredOut: number;
  parsed: number;
  changed: number;
  unchanged: number;
  skipped: number;
  failed: number;
  written: number;
  reviewItems: number;
  sites: Record<string, number>;
}

export interface RunReport {
  schemaVersion: 1;
  campaign: string;
  codemods: string[];
  roots: string[];
  dryRun: boolean;
  summary: RunSummary;
  /** Files that changed, were skipped or failed, or carry review items or warnings. */
  files: FileResult[];
  reviewItems: ReviewItem[];
  followUps: string[];
}

function taskFor(file: { root: string; path: string; relPath: string }, codemods: Codemod[]): FileTask | null {
  const kind = fileKindOf(file.relPath);
  const accepting = codemods.filter((c) => codemodAccepts(c, kind, file.relPath));
  return accepting.length ? { ...file, kind, codemods: accepting } : null;
}

export async function runCodemods(options: RunOptions): Promise<RunReport> {
  const roots = options.roots.map((root) => path.resolve(root));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const jobs = Math.max(1, options.jobs ?? os.availableParallelism());
  const stats: DiscoveryStats = { symlinksSkipped: 0, ignored: 0 };
  const tasks: FileTask[] = [];
  let filesSeen = 0;
  for (const root of roots) {
    for (const file of discover(root, options, stats)) {
      filesSeen++;
      const task = taskFor(file, options.codemods);
      if (task) tasks.push(task);
    }
  }

  const processOptions: ProcessOptions = { campaign: options.campaign.name, write: options.write, maxBytes, codemodOptions: options.codemodOptions, registryModule: options.registryModule };
  const results: FileResult[] = [];
  const pending: { task: FileTask; bytes: Buffer }[] = [];
  let prefilteredOut = 0;
  let done = 0;
  let inlineBytes = 0;
  // Candidates are transformed here as they are found (overlapping the reading), until they add up to enough text
  // for a worker pool to pay; --jobs given explicitly always uses the pool.
  const onCandidate = async (index: number, bytes: Buffer): Promise<void> => {
    options.onProgress?.(++done, tasks.length);
    if (options.jobs === undefined && inlineBytes < WORKER_MIN_BYTES) {
      inlineBytes += bytes.length;
      results.push(await processBytes(tasks[index], bytes, processOptions));
    } else pending.push({ task: tasks[index], bytes });
  };
  const onRetry = async (index: number): Promise<void> => {
    const candidate = await readCandidate(tasks[index], maxBytes);
    if (candidate && 'bytes' in candidate) return onCandidate(index, candidate.bytes);
    options.onProgress?.(++done, tasks.length);
    if (candidate) results.push(candidate.result);
    else prefilteredOut++;
  };
  const onMiss = (): void => {
    prefilteredOut++;
    options.onProgress?.(++done, tasks.length);
  };
  const needles = new NeedleIndex();
  if (jobs > 1 && tasks.length >= READER_THRESHOLD) {
    await prefilterInThreads(tasks, maxBytes, needles, Math.min(jobs - 1, MAX_READERS), { candidate: onCandidate, retry: onRetry, miss: onMiss });
  } else {
    // Synchronous reads: on a warm cache they cost a fraction of the async round trips (see `npm run bench`).
    for (let index = 0; index < tasks.length; index++) {
      const candidate = readCandidateSync(tasks[index], maxBytes, needles);
      if (candidate === undefined) await onRetry(index);
      else if (candidate && 'bytes' in candidate) await onCandidate(index, candidate.bytes);
      else onMiss();
    }
  }
  const pendingBytes = pending.reduce((sum, p) => sum + p.bytes.length, 0);
  if (options.registryModule && jobs > 1 && pending.length >= WORKER_THRESHOLD && (options.jobs !== undefined || pendingBytes >= WORKER_MIN_BYTES)) {
    results.push(...(await runInWorkers(pending, processOptions, jobs)));
  } else {
    for (const { task, bytes } of pending) results.push(await processBytes(task, bytes, processOptions));
  }
  for (const task of companionTasks(results, options.codemods)) {
    const candidate = task.created ? { bytes: Buffer.alloc(0) } : await readCandidate(task, maxBytes);
    if (candidate && 'result' in candidate) results.push(candidate.result);
    else if (candidate) results.push(await processBytes(task, candidate.bytes, processOptions));
  }
  results.sort((a, b) => roots.indexOf(a.root) - roots.indexOf(b.root) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return buildReport(options, roots, results, { filesSeen, ...stats, prefilteredOut });
}

/**
 * Companion files (see Codemod.companionFile) that this run's changes need and that no codemod has looked at yet:
 * a missing one is created from empty text; an existing one (e.g. prefiltered out) is given to the codemod anyway.
 */
function companionTasks(results: FileResult[], codemods: Codemod[]): FileTask[] {
  const tasks = new Map<string, FileTask>();
  for (const result of results) {
    if (result.status !== 'changed') continue;
    for (const codemod of codemods) {
      if (!result.codemods.includes(codemod.name)) continue;
      const relPath = codemod.companionFile?.(result.path, result.after ?? '');
      if (!relPath || results.some((r) => r.root === result.root && r.path === relPath)) continue;
      const full = path.join(result.root, relPath);
      const created = !existsSync(full);
      const task = tasks.get(full) ?? { root: result.root, path: full, relPath, kind: fileKindOf(relPath), codemods: [], companion: true, created };
      if (!task.codemods.includes(codemod)) task.codemods.push(codemod);
      tasks.set(full, task);
    }
  }
  for (const task of tasks.values()) task.codemods.sort((a, b) => codemods.indexOf(a) - codemods.indexOf(b));
  return [...tasks.values()];
}

function buildReport(
  options: RunOptions,
  roots: string[],
  results: FileResult[],
  counts: Pick<RunSummary, 'filesSeen' | 'ignored' | 'symlinksSkipped' | 'prefilteredOut'>,
): RunReport {
  const summary: RunSummary = {
    ...counts,
    parsed: 0,
    changed: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    written: 0,
    reviewItems: 0,
    sites: {},
  };
  const reviewItems: ReviewItem[] = [];
  const changedBy = new Set<string>();
  for (const result of results) {
    summary[result.status]++;
    if (result.parsed) summary.parsed++;
    if (result.written) summary.written++;
    for (const site of result.sites) summary.sites[site.id] = (summary.sites[site.id] ?? 0) + 1;
    for (const item of result.reviewItems) {
      if (roots.length > 1) item.root = result.root;
      reviewItems.push(item);
    }
    if (result.status === 'changed') result.codemods.forEach((name) => changedBy.add(name));
  }
  summary.reviewItems = reviewItems.length;
  summary.sites = Object.fromEntries(Object.entries(summary.sites).sort(([a], [b]) => a.localeCompare(b)));
  const files = results.filter((r) => r.status !== 'unchanged' || r.reviewItems.length || r.warnings.length);
  const followUps = options.codemods.filter((c) => c.followUp && changedBy.has(c.name)).map((c) => c.followUp!);
  return {
    schemaVersion: 1,
    campaign: options.campaign.name,
    codemods: options.codemods.map((c) => c.name),
    roots,
    dryRun: !options.write,
    summary,
    files,
    reviewItems,
    followUps,
  };
}
