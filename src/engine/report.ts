// The run's report: the partition of the files seen, every file's result, the review items and follow-ups.
import { assignCheckouts } from './checkout-scope.ts';
import { followUpsOf } from './follow-ups.ts';
import type { UnreadableFolder } from '../io/discover.ts';
import type { RunOptions } from './run.ts';
import type { FileResult, ReviewItem } from './types.ts';

/**
 * A partition of the files seen: filesSeen = prefilteredOut + unchanged + changed + skipped + failed. Created files
 * (companions) were not there to be seen; ignored paths and symlinks were never read.
 */
export interface RunSummary {
  filesSeen: number;
  /** Not read: matched by a .gitignore or --exclude (or not by --include). */
  ignored: number;
  /** Not followed: symbolic links. */
  symlinksSkipped: number;
  /** Never parsed: no selected codemod reads this kind of file, or it holds none of their needles. */
  prefilteredOut: number;
  /** Parsed with tree-sitter (a detail of unchanged/changed/skipped, not a part of the partition). */
  parsed: number;
  /** Existing files changed. */
  changed: number;
  /** New files the run creates (companion files). */
  created: number;
  unchanged: number;
  skipped: number;
  failed: number;
  written: number;
  reviewItems: number;
  sites: Record<string, number>;
  /**
   * Folders that could not be listed (their files are in none of the counts above, which keep their partition):
   * listed in the report's `unreadableFolders`.
   */
  unreadableFolders: number;
}

export interface RunReport {
  schemaVersion: 2;
  campaign: string;
  codemods: string[];
  roots: string[];
  /** The checkouts of the roots (git work tree holding each, else the root), absolute: one pull request each. */
  checkouts: string[];
  dryRun: boolean;
  summary: RunSummary;
  /** Files that changed, were skipped or failed, or carry review items or warnings. */
  files: FileResult[];
  reviewItems: ReviewItem[];
  followUps: string[];
  unreadableFolders: UnreadableFolder[];
}

export function buildReport(
  options: RunOptions,
  roots: string[],
  results: FileResult[],
  counts: Pick<RunSummary, 'filesSeen' | 'ignored' | 'symlinksSkipped' | 'prefilteredOut'>,
  unreadableFolders: UnreadableFolder[],
): RunReport {
  const summary: RunSummary = {
    ...counts,
    parsed: 0,
    changed: 0,
    created: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    written: 0,
    reviewItems: 0,
    sites: {},
    unreadableFolders: unreadableFolders.length,
  };
  const reviewItems: ReviewItem[] = [];
  for (const result of results) {
    summary[result.created && result.status === 'changed' ? 'created' : result.status]++;
    if (result.parsed) summary.parsed++;
    if (result.written) summary.written++;
    for (const site of result.sites) summary.sites[site.id] = (summary.sites[site.id] ?? 0) + 1;
    for (const item of result.reviewItems) {
      if (roots.length > 1) item.root = result.root;
      reviewItems.push(item);
    }
  }
  summary.reviewItems = reviewItems.length;
  summary.sites = Object.fromEntries(Object.entries(summary.sites).sort(([a], [b]) => a.localeCompare(b)));
  const files = results.filter((r) => r.status !== 'unchanged' || r.reviewItems.length || r.warnings.length);
  const followUps = followUpsOf(options.codemods, results);
  return {
    schemaVersion: 2,
    campaign: options.campaign.name,
    codemods: options.codemods.map((c) => c.name),
    roots,
    checkouts: assignCheckouts(roots, results),
    dryRun: !options.write,
    summary,
    files,
    reviewItems,
    followUps,
    unreadableFolders,
  };
}
