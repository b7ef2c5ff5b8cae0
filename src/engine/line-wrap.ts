// After the codemods: lines the run made longer than the file's limit are wrapped the way its formatter would (black
// for Python, prettier/eslint for JS/TS); lines that were long before stay as they were. A wrap that would parse
// worse is dropped, and whatever is still too long is named in a warning.
import { diffLib } from './hunks.ts';
import { applyEdits } from './edits.ts';
import { syntaxErrorCount } from './languages.ts';
import type { Edit, FileKind, Tree } from './types.ts';
import { wrapCommentLine } from './wrap/comment.ts';
import { indentUnit, operatorsTrail, scriptLine, splitScriptLine } from './wrap/javascript.ts';
import { pythonLine } from './wrap/python.ts';
import type { Item, Line, Style } from './wrap/items.ts';
import { splitLine } from './wrap/split.ts';

/** 1-based numbers of the lines of `after` longer than `limit` whose counterpart in `before` was not (a new line has none). */
export function lengthenedLines(before: string, after: string, limit: number): number[] {
  // Most rewrites lengthen nothing: when every long line of `after` is a line of `before`, no diff is needed.
  const was = new Set(before.split('\n'));
  if (after.split('\n').every((text) => text.length <= limit || was.has(text))) return [];
  const found: number[] = [];
  let line = 0;
  let removed: string[] = [];
  for (const part of diffLib().diffArrays(before.split('\n'), after.split('\n'))) {
    if (part.removed) {
      removed = part.value;
      continue;
    }
    if (part.added) {
      part.value.forEach((text, i) => {
        const was = removed[Math.min(i, removed.length - 1)];
        if (text.length > limit && !(was !== undefined && was.length > limit)) found.push(line + i + 1);
      });
    }
    line += part.value.length;
    removed = [];
  }
  return found;
}

/** Edits turning the line's text into the split lines: only the gaps between tokens change, and inserted tokens appear. */
function splitEdits(text: string, lines: Line[], comment: Item | undefined): Edit[] {
  const edits: Edit[] = [];
  let previous: Item | undefined;
  let pending = '';
  lines.forEach((line, index) => {
    line.items.forEach((item, position) => {
      let separator = position ? item.gap : `\n${line.indent}`;
      if (!index && !position) separator = '';
      else if (index === 1 && !position && comment) separator = `${comment.gap}${comment.text}${separator}`;
      if (item.inserted) {
        pending += separator + item.text;
        return;
      }
      const replacement = pending + separator;
      const from = previous ? previous.end : item.start;
      if (replacement !== text.slice(from, item.start)) edits.push({ start: from, end: item.start, text: replacement });
      pending = '';
      previous = item;
    });
  });
  const end = comment && lines.length > 1 ? comment.end : previous!.end;
  if (pending || end !== previous!.end) edits.push({ start: previous!.end, end, text: pending });
  return edits;
}

export interface Wrapped {
  edits: Edit[];
  text: string;
  warning?: string;
}

/** Each lengthened row's edits (rows that cannot be split have none). */
function rowEdits(kind: FileKind, after: string, tree: Tree, rows: number[], limit: number): Edit[][] {
  const script = kind !== 'python';
  const style: Style = { limit, unit: script ? indentUnit(after) : '    ', explode: script, hug: script };
  const trail = script && operatorsTrail(after);
  return rows.map((row) => {
    const scriptPrepared = script ? scriptLine(after, tree, row - 1, trail, limit) : null;
    const prepared = script ? scriptPrepared : pythonLine(after, tree, row - 1);
    if (!prepared) {
      const comment = wrapCommentLine(after, tree, row - 1, limit);
      return comment ? [comment] : [];
    }
    if (prepared.comment) prepared.line.comment = prepared.comment.gap.length + prepared.comment.text.length;
    const lines = scriptPrepared ? splitScriptLine(scriptPrepared, style) : splitLine(prepared.line, style);
    return lines.length < 2 ? [] : splitEdits(after, lines, prepared.comment);
  });
}

/** Wrap the lines of `after` (its tree parsed only when needed) that the run made longer than `limit`. Null when nothing is too long. */
export function wrapLengthened(kind: FileKind, before: string, after: string, treeOf: () => Tree | null, limit: number | null): Wrapped | null {
  if (limit === null) return null;
  const rows = lengthenedLines(before, after, limit);
  const tree = rows.length ? treeOf() : null;
  if (!tree) return null;
  const perRow = rowEdits(kind, after, tree, rows, limit).filter((edits) => edits.length);
  let errorsBefore: number | undefined;
  const parsesAsWell = (edits: Edit[]) => syntaxErrorCount(kind, applyEdits(after, edits)) <= (errorsBefore ??= syntaxErrorCount(kind, after));
  // One parse when every wrap is sound; otherwise each is tried alone and only the sound ones are kept.
  const all = perRow.flat();
  const edits = !all.length || parsesAsWell(all) ? all : perRow.filter(parsesAsWell).flat();
  const text = applyEdits(after, edits);
  const left = lengthenedLines(before, text, limit);
  const many = left.length > 1;
  const warning = left.length
    ? `line-length: ${many ? 'lines' : 'line'} ${left.join(', ')} ${many ? 'are' : 'is'} longer than ${limit} characters after the rewrite and could not be wrapped (a long string, comment or JSX): shorten ${many ? 'them' : 'it'} by hand`
    : undefined;
  return { edits, text, warning };
}
