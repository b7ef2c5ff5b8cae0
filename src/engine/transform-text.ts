// One file's text through every selected codemod: parse once, run each part, keep sites and review items on the
// final text, and refuse output that parses worse than the input. Pure apart from parsing; never throws.
import { createHash } from 'node:crypto';
import { partAccepts, partsOf } from './codemod.ts';
import { applyEdits } from './edits.ts';
import { parse, structuredSyntaxError, syntaxErrorCount } from './languages.ts';
import { defaultLineLimit } from './line-limits.ts';
import { wrapLengthened } from './line-wrap.ts';
import { timed } from './timings.ts';
import { lineTextAt } from './lines.ts';
import { PositionTracker } from './positions.ts';
import type {
  Codemod,
  FileKind,
  FileResult,
  ReviewItem,
  ReviewRequest,
  SiteRecord,
  SourceFile,
  SyntaxNode,
  Tree,
  TransformContext,
} from './types.ts';

export interface FileTask {
  root: string;
  /** Absolute path. */
  path: string;
  relPath: string;
  kind: FileKind;
  /** Codemods whose kinds and path filter accept this file. */
  codemods: Codemod[];
  /** The key of the parts that accept it (see AcceptanceTable), when the walk computed it. */
  acceptance?: string;
  /** A companion file (see Codemod.companionFile): its codemods run on it whether or not it holds a needle. */
  companion?: boolean;
  /** A companion that does not exist yet: it starts empty and is created on write. */
  created?: boolean;
  /** The longest line the file's formatter accepts (see line-limits.ts); unset: the default for its kind. */
  lineLimit?: number | null;
}

export function baseResult(task: FileTask): FileResult {
  return { root: task.root, path: task.relPath, status: 'unchanged', codemods: [], sites: [], reviewItems: [], warnings: [], parsed: false };
}

export function reviewItemId(campaign: string, siteKind: string, relPath: string, siteText: string): string {
  const normalised = siteText.replace(/\s+/g, ' ').trim();
  const hash = createHash('sha256').update(`${campaign}\0${siteKind}\0${relPath}\0${normalised}`).digest('hex').slice(0, 12);
  return `${campaign}/${siteKind}/${hash}`;
}

class MutableSource implements SourceFile {
  private cachedTree: Tree | null | undefined;
  parsedOnce = false;
  constructor(
    readonly path: string,
    readonly relPath: string,
    readonly root: string,
    readonly kind: FileKind,
    public text: string,
  ) {}
  get tree(): Tree | null {
    if (this.cachedTree === undefined) {
      this.cachedTree = timed('parse: tree-sitter', () => parse(this.kind, this.text));
      if (this.cachedTree) this.parsedOnce = true;
    }
    return this.cachedTree;
  }
  replaceText(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.cachedTree = undefined;
  }
}

function offsetOf(at: SyntaxNode | number): number {
  return typeof at === 'number' ? at : at.startIndex;
}

interface Sink {
  sites: SiteRecord[];
  reviewItems: ReviewItem[];
  warnings: string[];
  followUps: string[];
  positions: PositionTracker<SiteRecord | ReviewItem | LineMark>;
  /** Review items that span lines, with the tracked place of their end. */
  spans: { item: ReviewItem; end: LineMark }[];
}

interface LineMark {
  line: number;
  lineAfter?: number;
}

/** Once lines are resolved: a spanning item's last line, before and after, where it is past its first. */
function resolveSpans(spans: Sink['spans']): void {
  for (const { item, end } of spans) {
    if (end.line <= item.line) continue;
    item.endLine = end.line;
    if (end.lineAfter !== undefined) item.endLineAfter = end.lineAfter;
  }
}

function makeContext(source: MutableSource, codemod: Codemod, campaign: string, sink: Sink): TransformContext {
  return {
    codemod: codemod.name,
    campaign,
    site(id, at) {
      const record = { id, line: 0, codemod: codemod.name };
      sink.positions.track(record, offsetOf(at));
      sink.sites.push(record);
    },
    review(item: ReviewRequest) {
      const offset = offsetOf(item.at);
      const siteText = item.siteText ?? (typeof item.at === 'number' ? lineTextAt(source.text, offset) : item.at.text);
      const id = reviewItemId(campaign, item.siteKind, source.relPath, siteText);
      const record: ReviewItem = { id, path: source.relPath, line: 0, codemod: codemod.name, siteKind: item.siteKind, reason: item.reason, suggestion: item.suggestion };
      sink.positions.track(record, offset);
      sink.reviewItems.push(record);
      if (item.end === undefined) return;
      const end: LineMark = { line: 0 };
      sink.positions.track(end, typeof item.end === 'number' ? item.end : Math.max(offset, item.end.endIndex - 1));
      sink.spans.push({ item: record, end });
    },
    warn(message) {
      sink.warnings.push(`${codemod.name}: ${message}`);
    },
    followUp(message) {
      sink.followUps.push(message);
    },
  };
}

/**
 * One item per line: a second report of the same id on the same line is dropped, and the same text on several lines
 * gets an occurrence suffix in line order (the first keeps the plain id), so no item is merged away.
 */
function onePerLine(items: ReviewItem[]): ReviewItem[] {
  const seen = new Set<string>();
  const unique = items.filter((item) => {
    const key = `${item.id}\0${item.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const byId = new Map<string, ReviewItem[]>();
  for (const item of unique) byId.set(item.id, [...(byId.get(item.id) ?? []), item]);
  for (const same of byId.values()) {
    same.sort((a, b) => a.line - b.line).forEach((item, index) => {
      if (index > 0) item.id = `${item.id}-${index + 1}`;
    });
  }
  return unique;
}

function firstErrorLine(root: SyntaxNode): number {
  let node = root;
  for (;;) {
    const child = node.children.find((c) => c.hasError || c.isError || c.isMissing);
    if (!child) return node.startPosition.row + 1;
    node = child;
  }
}

/** Run the codemods on text already decoded. Pure apart from parsing; used by the file executor and by tests. */
export function transformText(task: FileTask, text: string, campaign: string): FileResult & { text: string } {
  const result = baseResult(task);
  const source = new MutableSource(task.path, task.relPath, task.root, task.kind, text);
  // Edits placed by an error-recovering parse could land anywhere: a file that does not parse is left for a human.
  const firstError = source.tree?.rootNode.hasError ? firstErrorLine(source.tree.rootNode) : null;
  if (firstError !== null) {
    return {
      ...result,
      status: 'skipped',
      reason: `does not parse as ${task.kind} (syntax error near line ${firstError}): fix it and run again, or edit this file by hand`,
      parsed: true,
      text,
    };
  }
  // JSON and YAML likewise (package.json, settings): an edit placed in a broken file could make it worse.
  const structuredError = source.tree ? null : timed('parse: JSON/YAML check', () => structuredSyntaxError(task.kind, text));
  if (structuredError) {
    return { ...result, status: 'skipped', reason: `does not parse as ${task.kind} (syntax error ${structuredError}): fix it and run again, or edit this file by hand`, text };
  }
  const positions = new PositionTracker<SiteRecord | ReviewItem | LineMark>();
  const spans: Sink['spans'] = [];
  for (const codemod of task.codemods) {
    const sink: Sink = { sites: [], reviewItems: [], warnings: [], followUps: [], positions, spans };
    const textBefore = source.text;
    for (const part of partsOf(codemod)) {
      if (!partAccepts(part, task.kind, task.relPath)) continue;
      if (!task.companion && !part.needles.some((needle) => source.text.includes(needle))) continue;
      const before = source.text;
      try {
        const output = timed(`transforms: ${task.kind}`, () => part.transform(source, makeContext(source, codemod, campaign, sink)));
        if (typeof output === 'string') {
          positions.throughText(before, output);
          source.replaceText(output);
        } else if (Array.isArray(output) && output.length) {
          source.replaceText(applyEdits(before, output));
          positions.throughEdits(output);
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        positions.resolveLines(text, text);
        return { ...result, status: 'failed', reason: `${codemod.name}: ${message}`, parsed: source.parsedOnce, text };
      }
    }
    result.sites.push(...sink.sites);
    result.reviewItems.push(...sink.reviewItems);
    result.warnings.push(...sink.warnings);
    if (sink.followUps.length) result.followUps = [...new Set([...(result.followUps ?? []), ...sink.followUps])];
    if (source.text !== textBefore) result.codemods.push(codemod.name);
  }
  // Lines the rewrite made too long are wrapped as the file's formatter would, never left for the user.
  const limit = task.lineLimit === undefined ? defaultLineLimit(task.kind) : task.lineLimit;
  const wrapped = source.text === text ? null : timed('line wrapping', () => wrapLengthened(task.kind, text, source.text, () => source.tree, limit));
  if (wrapped) {
    positions.throughEdits(wrapped.edits);
    source.replaceText(wrapped.text);
    if (wrapped.warning) result.warnings.push(wrapped.warning);
  }
  result.parsed = source.parsedOnce;
  positions.resolveLines(text, source.text);
  resolveSpans(spans);
  result.reviewItems = onePerLine(result.reviewItems);
  if (source.text === text) return { ...result, text };
  // Never hand back output that parses worse than the input did.
  const errorsAfter = timed('re-parse check', () => syntaxErrorCount(task.kind, source.text));
  if (errorsAfter > 0 && errorsAfter > timed('re-parse check', () => syntaxErrorCount(task.kind, text))) {
    return {
      ...result,
      status: 'failed',
      reason: `the rewrite by ${result.codemods.join(', ')} would not parse as ${task.kind}; file left as it was (please report this with the file)`,
      text,
    };
  }
  return { ...result, status: 'changed', text: source.text };
}
