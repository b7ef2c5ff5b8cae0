// Human output: git-style unified diffs (stdout) and the run summary (stderr). Colour only when asked (a TTY).
import path from 'node:path';
import { hunksOf, type Hunk } from '../engine/hunks.ts';
import type { RunReport } from '../engine/run.ts';
import type { FileResult } from '../engine/types.ts';

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

/** Display path: relative to its root; with several roots, prefixed by the root as given relative to cwd. */
export function displayPath(report: RunReport, result: { root: string; path: string }): string {
  if (report.roots.length === 1) return result.path;
  return `${path.relative(process.cwd(), result.root) || '.'}/${result.path}`;
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

export function renderDiffs(report: RunReport, style: Style): string {
  return report.files
    .filter((f): f is FileResult & { before: string; after: string } => f.before !== undefined && f.after !== undefined)
    .map((f) => renderDiff(displayPath(report, f), f.before, f.after, style, f.created))
    .join('');
}

export function renderSummary(report: RunReport, style: Style): string {
  const s = report.summary;
  const lines: string[] = [];
  const mode = report.dryRun ? 'dry run' : 'write';
  lines.push(
    style.bold(`${report.campaign} (${mode}): `) +
      `${s.filesSeen} files seen, ${s.prefilteredOut} prefiltered out, ${s.parsed} parsed, ` +
      `${s.changed} changed, ${s.unchanged} unchanged, ${s.skipped} skipped, ${s.failed} failed`,
  );
  const notRead = [s.ignored && `${s.ignored} ignored (.gitignore, --include/--exclude)`, s.symlinksSkipped && `${s.symlinksSkipped} symlinks not followed`];
  if (notRead.some(Boolean)) lines.push(`not read: ${notRead.filter(Boolean).join(', ')}`);
  const sites = Object.entries(s.sites);
  if (sites.length) lines.push(`sites changed: ${sites.map(([id, n]) => `${id} ×${n}`).join(', ')}`);
  for (const f of report.files.filter((f) => f.status === 'failed')) {
    lines.push(style.red(`failed: ${displayPath(report, f)}: ${f.reason}`));
  }
  for (const f of report.files.filter((f) => f.status === 'skipped')) {
    lines.push(style.yellow(`skipped: ${displayPath(report, f)}: ${f.reason}`));
  }
  for (const f of report.files.filter((f) => f.warnings.length)) {
    for (const warning of f.warnings) lines.push(`note: ${displayPath(report, f)}: ${warning}`);
  }
  if (report.reviewItems.length) {
    lines.push(style.bold(`review items (${report.reviewItems.length}): decide these by hand`));
    for (const item of report.reviewItems) {
      const where = displayPath(report, { root: item.root ?? report.roots[0], path: item.path });
      lines.push(`  ${where}:${item.line} [${item.siteKind}] ${item.reason}`);
      lines.push(`    suggestion: ${item.suggestion.replace(/\n/g, '\n    ')}`);
      lines.push(`    id: ${item.id}`);
    }
  }
  for (const followUp of report.followUps) lines.push(`next: ${followUp}`);
  if (report.dryRun && s.changed) lines.push('Dry run: nothing was written. Run again with --write to apply.');
  if (!report.dryRun) lines.push(`${s.written} files written.`);
  return `${lines.join('\n')}\n`;
}
