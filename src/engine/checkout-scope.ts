// One checkout's part of a run: its files, review items, follow-ups and sites, for the diff, pull-request description
// and commits of that repository alone.
import path from 'node:path';
import { Checkouts } from '../io/checkouts.ts';
import { followUpsOf } from './follow-ups.ts';
import type { RunReport } from './run.ts';
import type { Codemod, FileResult, ReportScope, ReviewItem } from './types.ts';

/** Sets each file's checkout and returns the run's checkouts: those of the roots, then nested ones, in file order. */
export function assignCheckouts(roots: string[], files: FileResult[]): string[] {
  const checkouts = new Checkouts(roots);
  const found = new Set(roots.map((root) => checkouts.ofRoot(root)));
  for (const file of files) found.add((file.checkout = checkouts.of(file.root, file.path)));
  return [...found];
}

/** A file's path inside its checkout, `/` separators (what `git apply` in that checkout expects). */
export function pathInCheckout(file: { root: string; path: string; checkout?: string }): string {
  if (!file.checkout) return file.path;
  return path.relative(file.checkout, path.join(file.root, file.path)).split(path.sep).join('/');
}

/** The file a review item belongs to. */
export function fileOfItem(report: RunReport, item: ReviewItem): FileResult | undefined {
  const root = item.root ?? report.roots[0];
  return report.files.find((f) => f.path === item.path && (f.root === root || report.roots.length === 1));
}

/** What changed: the campaign's notes (footer, operator note) decide from this what applies. */
export function scopeOf(report: RunReport): ReportScope {
  const changed = report.files.filter((f) => f.status === 'changed');
  return {
    changedBy: report.codemods.filter((name) => changed.some((f) => f.codemods.includes(name))),
    sites: report.summary.sites,
    files: changed.map(pathInCheckout),
  };
}

/**
 * The report of one checkout: its files, their review items, the follow-ups of the codemods that changed something
 * there. Counts of files seen, prefiltered or ignored are not kept per checkout: they are 0 here.
 */
export function scopeToCheckout(report: RunReport, checkout: string, codemods: Codemod[]): RunReport {
  return { ...scopeToFiles(report, (f) => f.checkout === checkout, codemods), checkouts: [checkout] };
}

/** The report of some of the files (e.g. one repository's, for its commit), scoped as scopeToCheckout does. */
export function scopeToFiles(report: RunReport, keep: (file: FileResult) => boolean, codemods: Codemod[]): RunReport {
  const files = report.files.filter(keep);
  const reviewItems = report.reviewItems.filter((item) => {
    const file = fileOfItem(report, item);
    return !!file && keep(file);
  });
  const sites: Record<string, number> = {};
  for (const site of files.flatMap((f) => f.sites)) sites[site.id] = (sites[site.id] ?? 0) + 1;
  const count = (test: (f: FileResult) => boolean) => files.filter(test).length;
  return {
    ...report,
    roots: report.roots.filter((root) => files.some((f) => f.root === root)),
    checkouts: [...new Set(files.map((f) => f.checkout ?? report.checkouts[0]))],
    files,
    reviewItems,
    followUps: followUpsOf(codemods, files),
    summary: {
      ...report.summary,
      filesSeen: 0,
      ignored: 0,
      symlinksSkipped: 0,
      prefilteredOut: 0,
      parsed: count((f) => f.parsed),
      changed: count((f) => f.status === 'changed' && !f.created),
      created: count((f) => f.status === 'changed' && !!f.created),
      unchanged: count((f) => f.status === 'unchanged'),
      skipped: count((f) => f.status === 'skipped'),
      failed: count((f) => f.status === 'failed'),
      written: count((f) => !!f.written),
      reviewItems: reviewItems.length,
      sites: Object.fromEntries(Object.entries(sites).sort(([a], [b]) => a.localeCompare(b))),
    },
  };
}

/** A short name for each checkout, unique in the run: its folder name, with parent folders added where two clash. */
export function checkoutNames(checkouts: string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (let depth = 1; names.size < checkouts.length; depth++) {
    const tail = (dir: string) => dir.split(path.sep).filter(Boolean).slice(-depth).join('-') || 'root';
    const counts = new Map<string, number>();
    for (const dir of checkouts) counts.set(tail(dir), (counts.get(tail(dir)) ?? 0) + 1);
    for (const dir of checkouts) if (!names.has(dir) && (counts.get(tail(dir)) === 1 || depth > 64)) names.set(dir, tail(dir));
  }
  return names;
}
