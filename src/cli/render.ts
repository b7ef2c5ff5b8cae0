// Human output: git-style unified diffs (stdout), one per checkout, and the run summary (stderr).
import path from 'node:path';
import { hunksOf, type Hunk } from '../engine/hunks.ts';
import { fileOfItem, pathInCheckout } from '../engine/checkout-scope.ts';
import type { RunReport } from '../engine/run.ts';
import type { FileResult, ReviewItem } from '../engine/types.ts';

export interface Style {
  bold(s: string): string;
  red(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  yellow(s: string): string;
}

const paint = (code: number) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
export const COLOUR: Style = { bold: paint(1), red: paint(31), green: paint(32), cyan: paint(36), yellow: paint(33) };
export const PLAIN: Style = { bold: (s) => s, red: (s) => s, green: (s) => s, cyan: (s) => s, yellow: (s) => s };

/** A file of the run: its path in its checkout, prefixed with the checkout (relative to cwd) when there are several. */
export function displayPath(report: RunReport, file: { root: string; path: string; checkout?: string }): string {
  const inCheckout = pathInCheckout(file);
  if (report.checkouts.length <= 1) return inCheckout;
  return `${path.relative(process.cwd(), file.checkout ?? file.root) || '.'}/${inCheckout}`;
}

/** The line that is on disk now: after a write, where the rewrite put it; else where it was. */
export function shownLine(record: { line: number; lineAfter?: number }, file: FileResult | undefined): number {
  return file?.written ? (record.lineAfter ?? record.line) : record.line;
}

export interface ReviewGroup {
  siteKind: string;
  reason: string;
  items: { item: ReviewItem; file: FileResult | undefined; where: string; line: number }[];
}

/** Review items grouped by (kind, reason), in the order each group first appears. */
export function reviewGroups(report: RunReport): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup>();
  for (const item of report.reviewItems) {
    const key = `${item.siteKind}\0${item.reason}`;
    const group = groups.get(key) ?? { siteKind: item.siteKind, reason: item.reason, items: [] };
    const file = fileOfItem(report, item);
    group.items.push({ item, file, where: displayPath(report, file ?? { root: item.root ?? report.roots[0], path: item.path }), line: shownLine(item, file) });
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** `a.py:3, 9; b.py:5`: the places of a group, each file once. */
export function placesOf(group: ReviewGroup, format: (where: string, lines: number[]) => string): string[] {
  const byFile = new Map<string, number[]>();
  for (const { where, line } of group.items) byFile.set(where, [...(byFile.get(where) ?? []), line]);
  return [...byFile].map(([where, lines]) => format(where, [...new Set(lines)].sort((a, b) => a - b)));
}

/** git's header: a created file reads from /dev/null and says its mode. */
export function renderDiffHeader(name: string, style: Style, created = false): string {
  const lines = [`diff --git a/${name} b/${name}`];
  if (created) lines.push('new file mode 100644');
  lines.push(created ? '--- /dev/null' : `--- a/${name}`, `+++ b/${name}`);
  return `${lines.map((line) => style.bold(line)).join('\n')}\n`;
}

/** One hunk; a side with no lines starts at the line before (`@@ -0,0 +1,N @@` for a new file), as git writes it. */
export function renderHunk(hunk: Hunk, style: Style): string {
  const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
  const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
  const out = [style.cyan(`@@ -${oldStart},${hunk.oldLines} +${newStart},${hunk.newLines} @@`)];
  for (const line of hunk.lines) {
    if (line.startsWith('+')) out.push(style.green(line));
    else if (line.startsWith('-')) out.push(style.red(line));
    else out.push(line);
  }
  return `${out.join('\n')}\n`;
}

export function renderDiff(name: string, before: string, after: string, style: Style, created = false): string {
  return renderDiffHeader(name, style, created) + hunksOf(before, after).map((hunk) => renderHunk(hunk, style)).join('');
}

/** One diff per checkout, paths relative to it (`git apply` inside the checkout); a header names each when several. */
export function renderDiffs(report: RunReport, style: Style): string {
  const changed = report.files.filter((f): f is FileResult & { before: string; after: string } => f.before !== undefined && f.after !== undefined);
  return report.checkouts
    .map((checkout) => {
      const files = changed.filter((f) => (f.checkout ?? report.checkouts[0]) === checkout);
      if (!files.length) return '';
      const diff = files.map((f) => renderDiff(pathInCheckout(f), f.before, f.after, style, f.created)).join('');
      return report.checkouts.length > 1 ? `${style.bold(`# checkout ${path.relative(process.cwd(), checkout) || '.'}`)}\n${diff}` : diff;
    })
    .join('');
}

export interface SummaryOptions {
  /** Only errors (failed and skipped files) and the final line. */
  quiet?: boolean;
}

/** The last line: what happened, in one line (the only other line `--quiet` prints). */
function finalLine(report: RunReport): string {
  const s = report.summary;
  const items = s.reviewItems ? `${s.reviewItems} review item(s) to decide by hand` : '';
  if (!report.dryRun) return `${s.written} files written.${items ? ` ${items}.` : ''}`;
  const pending = s.changed + s.created;
  if (!pending) return `Dry run: nothing to change${items ? `; ${items}` : ''}.`;
  const what = `${pending} file(s) would change${s.created ? ` (${s.created} new)` : ''}${items ? `, ${items}` : ''}`;
  return `Dry run: nothing was written; ${what}. Run again with --write to apply.`;
}

export function renderSummary(report: RunReport, style: Style, options: SummaryOptions = {}): string {
  const s = report.summary;
  const lines: string[] = [];
  const troubles = [
    ...report.files.filter((f) => f.status === 'failed').map((f) => style.red(`failed: ${displayPath(report, f)}: ${f.reason}`)),
    ...report.files.filter((f) => f.status === 'skipped').map((f) => style.yellow(`skipped: ${displayPath(report, f)}: ${f.reason}`)),
  ];
  if (options.quiet) return `${[...troubles, finalLine(report)].join('\n')}\n`;
  const mode = report.dryRun ? 'dry run' : 'write';
  lines.push(
    style.bold(`${report.campaign} (${mode}): `) +
      `${s.filesSeen} files seen: ${s.prefilteredOut} prefiltered out, ${s.unchanged} unchanged, ${s.changed} changed, ` +
      `${s.skipped} skipped, ${s.failed} failed${s.created ? `; ${s.created} new file(s)` : ''}`,
  );
  const notRead = [s.ignored && `${s.ignored} ignored (.gitignore, --include/--exclude)`, s.symlinksSkipped && `${s.symlinksSkipped} symlinks not followed`];
  if (notRead.some(Boolean)) lines.push(`not read: ${notRead.filter(Boolean).join(', ')}`);
  const sites = Object.entries(s.sites);
  if (sites.length) lines.push(`sites changed: ${sites.map(([id, n]) => `${id} ×${n}`).join(', ')}`);
  lines.push(...troubles);
  for (const f of report.files.filter((f) => f.warnings.length)) {
    for (const warning of f.warnings) lines.push(`note: ${displayPath(report, f)}: ${warning}`);
  }
  if (report.reviewItems.length) {
    lines.push(style.bold(`review items (${report.reviewItems.length}): decide these by hand (ids in --json)`));
    for (const group of reviewGroups(report)) {
      const suggestions = new Set(group.items.map(({ item }) => item.suggestion));
      lines.push(`  [${group.siteKind}] ${group.reason}${group.items.length > 1 ? ` (${group.items.length}×)` : ''}`);
      lines.push(`    at ${placesOf(group, (where, at) => `${where}:${at.join(',')}`).join('; ')}`);
      if (suggestions.size === 1) lines.push(`    suggestion: ${[...suggestions][0].replace(/\n/g, '\n    ')}`);
      else for (const { where, line, item } of group.items) lines.push(`    suggestion for ${where}:${line}: ${item.suggestion.replace(/\n/g, '\n    ')}`);
    }
  }
  for (const followUp of report.followUps) lines.push(`next: ${followUp}`);
  lines.push(finalLine(report));
  return `${lines.join('\n')}\n`;
}
