// The executor: discover files, prefilter them by needle, transform the candidates (in worker threads when it pays).
import os from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import path from 'node:path';
import { anchorsByKind } from './anchors.ts';
import { AcceptanceTable, type CodemodOptionValues } from './codemod.ts';
import { emptyStats, folderOfRoot, planRoots, walkFiles, type DiscoveredFile, type DiscoveryOptions, type DiscoveryStats } from '../io/discover.ts';
import { companionTasks, holdBackImporters } from './companions.ts';
import { buildReport, type RunReport } from './report.ts';
import { fileKindOf } from './languages.ts';
import { processBytes, readCandidate, type ProcessedFile, type ProcessOptions } from './process-file.ts';
import type { FileTask } from './transform-text.ts';
import { NeedleIndex, readCandidateSync } from './prefilter.ts';
import { scanInThreads } from './scan.ts';
import { runInWorkers } from './pool.ts';
import { endPhase, markStartUp, startPhase, timed } from './timings.ts';
import { writeChanges } from './write-phase.ts';
import type { Campaign, Codemod, FileResult } from './types.ts';

export type { RunReport, RunSummary } from './report.ts';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** Below this many candidate files, worker start-up costs more than it saves. */
const WORKER_THRESHOLD = 48;
/**
 * Unless --jobs asks for workers, they start only for this much candidate text: each worker loads the loader and every
 * codemod again (about half a second of CPU), which one thread parsing at ~9 MB/s only earns back on megabytes.
 */
const WORKER_MIN_BYTES = 4 * 1024 * 1024;
/**
 * From this many files on, a scan thread walks and prefilters while this thread transforms what it finds: below it,
 * the thread's start-up (tens of milliseconds) costs more than the overlap saves.
 */
const SCAN_THREAD_BUDGET = 500;
/**
 * Scan threads share the walk (each a part of every root), one core left to this thread: on two cores a second scan
 * thread only adds CPU (its directory listings contend with the first's; the same wall time in `npm run bench`), and
 * more than a few only queue on the disk.
 */
const MAX_SCAN_THREADS = 4;

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
  /** `final`: `total` is every file of the run; while scan threads walk, it is the files seen so far, growing. */
  onProgress?(done: number, total: number, final: boolean): void;
  /**
   * With write: called with every file about to be written (changed), before the first write; a throw stops the run
   * with nothing written (the command's uncommitted-changes guard).
   */
  beforeWrite?(changes: FileResult[]): Promise<void>;
}

function taskFor(file: { root: string; path: string; relPath: string }, table: AcceptanceTable): FileTask | null {
  const kind = fileKindOf(file.relPath);
  const acceptance = table.of(kind, file.relPath);
  return acceptance && { root: file.root, path: file.path, relPath: file.relPath, kind, codemods: acceptance.codemods, acceptance: acceptance.key };
}

/**
 * Every file of the roots, walked here; null as soon as the walk met more than `budget` files, those `--include`,
 * `--exclude` or a .gitignore leave out counted too (a narrow `--include` over a large tree is a large walk).
 */
function walkWithin(planned: ReturnType<typeof planRoots>, options: DiscoveryOptions, stats: DiscoveryStats, budget: number): DiscoveredFile[] | null {
  const files: DiscoveredFile[] = [];
  const counted = emptyStats();
  for (const { root, otherRoots } of planned) if (!walkFiles(root, options, counted, otherRoots, (file) => files.push(file) + counted.ignored <= budget)) return null;
  Object.assign(stats, counted);
  return files;
}

export async function runCodemods(options: RunOptions): Promise<RunReport> {
  markStartUp();
  const discovering = startPhase();
  const planned = planRoots(options.roots);
  // Files given as roots are reported under the checkout they belong to, once (see folderOfRoot).
  const roots = [...new Set(planned.map((p) => folderOfRoot(p.root)))];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const jobs = Math.max(1, options.jobs ?? os.availableParallelism());
  const stats = emptyStats();
  const table = new AcceptanceTable(options.codemods);
  // A walk over the budget is left to the scan thread, which walks it all again while this thread transforms.
  const walk = walkWithin(planned, options, stats, jobs > 1 ? SCAN_THREAD_BUDGET : Infinity);
  endPhase('discovery', discovering);

  const processOptions: ProcessOptions = { campaign: options.campaign.name, maxBytes, codemodOptions: options.codemodOptions, registryModule: options.registryModule };
  let results: ProcessedFile[] = [];
  const pending: { task: FileTask; bytes: Buffer }[] = [];
  let filesSeen = 0;
  let prefilteredOut = 0;
  const walked = new Set<string>();
  let done = 0;
  // The total: every file, known from the first call after a walk here; every file seen so far while the scan thread walks.
  const total = walk?.length;
  let walking = !walk;
  const progress = (): void => options.onProgress?.(++done, total ?? filesSeen, !walking);
  const seen = (file: DiscoveredFile): void => {
    filesSeen++;
    walked.add(file.path);
  };
  // Decided without reading further: no codemod reads it, or it holds none of their needles.
  const out = (): void => {
    prefilteredOut++;
    progress();
  };
  let inlineBytes = 0;
  // Candidates are transformed here as they are found (overlapping the reading), until they add up to enough text
  // for a worker pool to pay; --jobs given explicitly always uses the pool.
  const onCandidate = async (task: FileTask, bytes: Buffer): Promise<void> => {
    if (options.jobs === undefined && inlineBytes < WORKER_MIN_BYTES) {
      inlineBytes += bytes.length;
      results.push(await processBytes(task, bytes, processOptions));
      progress();
    } else pending.push({ task, bytes });
  };
  const onRetry = async (task: FileTask): Promise<void> => {
    const candidate = await readCandidate(task, maxBytes);
    if (candidate && 'bytes' in candidate) return onCandidate(task, candidate.bytes);
    progress();
    if (candidate) results.push(candidate.result);
    else prefilteredOut++;
  };
  const needles = new NeedleIndex();
  const scanning = startPhase();
  if (walk) {
    const tasks: FileTask[] = [];
    for (const file of walk) {
      seen(file);
      const task = taskFor(file, table);
      if (task) tasks.push(task);
      else out();
    }
    // Synchronous reads: on a warm cache they cost a fraction of the async round trips (see `npm run bench`).
    for (let index = 0; index < tasks.length; index++) {
      // Synchronous work never lets a signal (Ctrl-C) in: give the event loop a turn now and then.
      if (index % 512 === 511) await nextTurn();
      const candidate = readCandidateSync(tasks[index], maxBytes, needles);
      if (candidate === undefined) await onRetry(tasks[index]);
      else if (candidate && 'bytes' in candidate) await onCandidate(tasks[index], candidate.bytes);
      else out();
    }
  } else {
    const request = { roots: planned.map((p) => ({ root: p.root, otherRoots: [...p.otherRoots] })), discovery: { include: options.include, exclude: options.exclude }, anchorsByKind: anchorsByKind(options.codemods), maxBytes };
    await scanInThreads(request, Math.max(1, Math.min(jobs - 1, MAX_SCAN_THREADS)), needles, stats, { seen, taskOf: (file) => taskFor(file, table), candidate: onCandidate, retry: onRetry, out });
    walking = false;
    options.onProgress?.(done, filesSeen, true);
  }
  endPhase(walk ? 'prefilter scan (read and search)' : 'scan thread: walk and prefilter (waiting for it)', scanning);
  const transforming = startPhase();
  const pendingBytes = pending.reduce((sum, p) => sum + p.bytes.length, 0);
  if (options.registryModule && jobs > 1 && pending.length >= WORKER_THRESHOLD && (options.jobs !== undefined || pendingBytes >= WORKER_MIN_BYTES)) {
    results.push(...(await runInWorkers(pending, processOptions, jobs, progress)));
  } else {
    for (const { task, bytes } of pending) {
      results.push(await processBytes(task, bytes, processOptions));
      progress();
    }
  }
  endPhase('waiting for the worker threads', transforming);
  const companionsStarted = startPhase();
  const beforeCompanions = results.length;
  const companions = companionTasks(results, options.codemods);
  results.push(...companions.refused);
  for (const task of companions.tasks) {
    const candidate = task.created ? { bytes: Buffer.alloc(0) } : await readCandidate(task, maxBytes);
    if (candidate && 'result' in candidate) results.push(candidate.result);
    else if (candidate) results.push(await processBytes(task, candidate.bytes, processOptions));
  }
  // Partition: an existing companion the prefilter had counted out is counted once, by its result; one found outside
  // the walk (ignored, or a path discovery never yields) is one more file seen.
  for (const extra of results.slice(beforeCompanions)) {
    if (extra.created) continue;
    if (walked.has(path.join(extra.root, extra.path))) prefilteredOut--;
    else filesSeen++;
  }
  results = holdBackImporters(results);
  endPhase('companion files', companionsStarted);
  if (options.write) {
    const writing = startPhase();
    await options.beforeWrite?.(results.filter((r) => r.status === 'changed'));
    results = await writeChanges(results, stats.staleTemps);
    endPhase('writing', writing);
  }
  const final: FileResult[] = results.map(({ needs: _needs, ...result }) => result);
  final.sort((a, b) => roots.indexOf(a.root) - roots.indexOf(b.root) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const { symlinksSkipped, ignored, unreadableFolders } = stats;
  return timed('report', () => buildReport(options, roots, final, { filesSeen, symlinksSkipped, ignored, prefilteredOut }, unreadableFolders));
}
