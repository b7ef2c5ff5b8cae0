// `audit`: read-only. What is left of a campaign's deprecated things, each occurrence classified against a dry run.
import { createRequire } from 'node:module';
import { discover, emptyStats, planRoots, type DiscoveryOptions, type UnreadableFolder } from '../io/discover.ts';
import { isBinary } from '../io/fileio.ts';
import { readWhole } from '../io/read-whole.mjs';
import { hunksOf } from './hunks.ts';
import { runCodemods, type RunReport } from './run.ts';
import type { AuditAllowRule, AuditRules, Campaign, FileResult } from './types.ts';

const require = createRequire(import.meta.url);
/** picomatch, loaded by the first allow rule with paths: only `audit` reads them, so `run` never pays for it. */
const picomatch = (globs: string[], options: { dot: boolean }) => (require('picomatch') as typeof import('picomatch'))(globs, options);

/** rewritten: a dry run changes that line; review: a codemod flags it; allowed: leave-alone list; unhandled: none of these. */
export type AuditClass = 'rewritten' | 'review' | 'allowed' | 'unhandled';
export const AUDIT_CLASSES: AuditClass[] = ['rewritten', 'review', 'allowed', 'unhandled'];

export interface AuditItem {
  path: string;
  line: number;
  /** 1-based; 0 for a finding that is about a line, not a term. */
  column: number;
  /** The audit term (e.g. `vendor`), or `review` / `pending-change` for a finding without one on its line. */
  term: string;
  /** The line, trimmed and shortened. */
  text: string;
  class: AuditClass;
  detail: string;
  reviewId?: string;
}

export interface AuditRoot {
  root: string;
  counts: Record<AuditClass, number>;
  items: AuditItem[];
}

export interface AuditReport {
  schemaVersion: 1;
  campaign: string;
  /** True when nothing but allowed items remain, and every folder could be read. */
  clean: boolean;
  counts: Record<AuditClass, number>;
  roots: AuditRoot[];
  /** Files the audit looked at (0: the paths, --include or --exclude matched nothing). */
  filesSeen: number;
  /** Folders that could not be listed: what is in them is unknown, so the audit is not clean. */
  unreadableFolders: UnreadableFolder[];
}

export interface AuditOptions extends DiscoveryOptions {
  roots: string[];
  campaign: Campaign;
  jobs?: number;
  maxBytes?: number;
  registryModule?: string;
}

/** Files larger than this are not scanned (generated bundles); the dry run reports its own size skips. */
const SCAN_LIMIT = 64 * 1024 * 1024;

const zeroCounts = (): Record<AuditClass, number> => ({ rewritten: 0, review: 0, allowed: 0, unhandled: 0 });

interface Occurrence {
  line: number;
  column: number;
  term: string;
  text: string;
}

/** Every term match, line by line; a match overlapping an earlier term's match is not counted again. */
function occurrences(text: string, rules: AuditRules): Occurrence[] {
  const found: Occurrence[] = [];
  text.split('\n').forEach((lineText, index) => {
    const taken: [number, number][] = [];
    for (const term of rules.terms) {
      for (const match of lineText.matchAll(new RegExp(term.pattern.source, term.pattern.flags.includes('g') ? term.pattern.flags : `${term.pattern.flags}g`))) {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.some(([s, e]) => start < e && s < end)) continue;
        taken.push([start, end]);
        found.push({ line: index + 1, column: start + 1, term: term.name, text: lineText.trim().replace(/\s+/g, ' ').slice(0, 120) });
      }
    }
  });
  return found;
}

/** Old-side lines a change removes or replaces, and the first line it touches (the line above an insertion). */
function changedLines(result: FileResult): { removed: Set<number>; first: number } {
  const removed = new Set<number>();
  let first = Infinity;
  if (result.before === undefined || result.after === undefined) return { removed, first: 1 };
  for (const hunk of hunksOf(result.before, result.after)) {
    let oldLine = hunk.oldStart;
    for (const line of hunk.lines) {
      if (line.startsWith('-')) removed.add(oldLine);
      if (line.startsWith('-') || line.startsWith('+')) first = Math.min(first, line.startsWith('-') ? oldLine : Math.max(1, oldLine - 1));
      if (line.startsWith('-') || line.startsWith(' ')) oldLine++;
    }
  }
  return { removed, first: first === Infinity ? 1 : first };
}

function allowedBy(rules: AuditAllowRule[], relPath: string, lineText: string): AuditAllowRule | undefined {
  return rules.find((rule) => (!rule.paths || picomatch(rule.paths, { dot: true })(relPath)) && (!rule.line || rule.line.test(lineText)));
}

function classify(relPath: string, found: Occurrence[], lineTexts: string[], result: FileResult | undefined, rules: AuditRules): AuditItem[] {
  const change = result?.status === 'changed' ? changedLines(result) : { removed: new Set<number>(), first: 1 };
  const rewritten = change.removed;
  // By id: a line can hold several items (two kinds, or two codemods), and each must be listed on its own line.
  const reviewed = new Set<string>();
  const items: AuditItem[] = found.map((occurrence) => {
    const base = { path: relPath, line: occurrence.line, column: occurrence.column, term: occurrence.term, text: occurrence.text };
    if (rewritten.has(occurrence.line)) return { ...base, class: 'rewritten', detail: `changed by ${result!.codemods.join(', ')}` };
    // An item on the line, else one whose site spans it (a whole test reviewed once).
    const review =
      result?.reviewItems.find((item) => item.line === occurrence.line) ??
      result?.reviewItems.find((item) => item.endLine !== undefined && item.line <= occurrence.line && occurrence.line <= item.endLine);
    if (review) {
      if (review.line === occurrence.line) reviewed.add(review.id);
      return { ...base, class: 'review', detail: `${review.siteKind}: ${review.reason}`, reviewId: review.id };
    }
    const rule = allowedBy(rules.allowed, relPath, lineTexts[occurrence.line - 1] ?? '');
    if (rule) return { ...base, class: 'allowed', detail: rule.reason };
    const trouble = result && (result.status === 'failed' || result.status === 'skipped') ? `the dry run ${result.status} this file (${result.reason}); ` : '';
    return { ...base, class: 'unhandled', detail: `${trouble}no codemod rewrites or flags this: decide by hand` };
  });
  // Findings of the dry run on lines without a term: still work left.
  for (const review of result?.reviewItems ?? []) {
    if (reviewed.has(review.id)) continue;
    const text = (lineTexts[review.line - 1] ?? '').trim().slice(0, 120);
    items.push({ path: relPath, line: review.line, column: 0, term: 'review', text, class: 'review', detail: `${review.siteKind}: ${review.reason}`, reviewId: review.id });
  }
  if (result && (result.status === 'skipped' || result.status === 'failed') && !items.length) {
    const text = (lineTexts[0] ?? '').trim().slice(0, 120);
    items.push({ path: relPath, line: 1, column: 0, term: 'not-processed', text, class: 'unhandled', detail: `the dry run ${result.status} this file (${result.reason}): decide by hand` });
  }
  if (result?.status === 'changed' && !items.some((item) => item.class === 'rewritten')) {
    const text = result.created ? '(new file)' : (lineTexts[change.first - 1] ?? '').trim().slice(0, 120);
    items.push({ path: relPath, line: change.first, column: 0, term: 'pending-change', text, class: 'rewritten', detail: `changed by ${result.codemods.join(', ')}` });
  }
  return items.sort((a, b) => a.line - b.line || a.column - b.column);
}

const keyOf = (file: { root: string; path: string }) => `${file.root}\0${file.path}`;

/** A file's text for the scan ('' for a binary file or one over the scan limit), or null when it cannot be read. */
function scanText(file: string): string | null {
  try {
    const bytes = readWhole(file, SCAN_LIMIT);
    return bytes === 'too-big' || isBinary(bytes) ? '' : bytes.toString('utf8');
  } catch {
    return null;
  }
}

function auditRoot(root: string, otherRoots: Set<string>, options: AuditOptions, rules: AuditRules, dryRun: RunReport): AuditRoot {
  const results = new Map(dryRun.files.map((f) => [keyOf(f), f]));
  const any = new RegExp(rules.terms.map((t) => t.pattern.source).join('|'), 'i');
  const items: AuditItem[] = [];
  const seen = new Set<string>();
  for (const file of discover(root, options, emptyStats(), otherRoots)) {
    seen.add(keyOf({ root: file.root, path: file.relPath }));
    const text = scanText(file.path);
    if (text === null) {
      items.push({ path: file.relPath, line: 1, column: 0, term: 'not-read', text: '', class: 'unhandled', detail: 'cannot read this file: fix its permissions and audit again' });
      continue;
    }
    const result = results.get(keyOf({ root: file.root, path: file.relPath }));
    if (!any.test(text) && !result) continue;
    const lineTexts = text.split('\n');
    items.push(...classify(file.relPath, occurrences(text, rules), lineTexts, result, rules));
  }
  // Files the dry run would create.
  for (const [key, result] of results) if (result.root === root && !seen.has(key)) items.push(...classify(result.path, [], [], result, rules));
  const counts = zeroCounts();
  items.forEach((item) => counts[item.class]++);
  return { root, counts, items };
}

export async function auditCampaign(options: AuditOptions): Promise<AuditReport> {
  const rules = options.campaign.audit;
  if (!rules) throw new Error(`campaign ${options.campaign.name} has no audit rules`);
  const planned = planRoots(options.roots);
  const dryRun = await runCodemods({ ...options, roots: planned.map((p) => p.root), codemods: options.campaign.codemods, write: false });
  const perRoot = planned.map(({ root, otherRoots }) => auditRoot(root, otherRoots, options, rules, dryRun));
  const counts = zeroCounts();
  for (const r of perRoot) for (const c of AUDIT_CLASSES) counts[c] += r.counts[c];
  return {
    schemaVersion: 1,
    campaign: options.campaign.name,
    clean: counts.rewritten + counts.review + counts.unhandled === 0 && !dryRun.unreadableFolders.length,
    counts,
    roots: perRoot,
    filesSeen: dryRun.summary.filesSeen,
    unreadableFolders: dryRun.unreadableFolders,
  };
}
