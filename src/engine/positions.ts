// Sites and review items are recorded against the text a part saw; earlier parts' edits moved it from the file on
// disk, later parts' edits move it again. This keeps both ends: the line on disk before the run (`line`) and the line
// in the final text (`lineAfter`).
import type { Edit } from './types.ts';

interface Tracked {
  /** Offset in the current text. */
  offset: number;
  /** Offset in the text the run started from. */
  origin: number;
}

/** Where an offset of the text after `edits` (sorted, in the old text's offsets) came from in the old text. */
function mapBack(offset: number, edits: readonly Edit[]): number {
  let delta = 0;
  for (const edit of edits) {
    const start = edit.start + delta;
    if (offset < start) break;
    if (offset < start + edit.text.length) return edit.start;
    delta += edit.text.length - (edit.end - edit.start);
  }
  return offset - delta;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of an offset, by binary search over line starts. */
function lineOf(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

export class PositionTracker<T extends { line: number; lineAfter?: number }> {
  private readonly tracked = new Map<T, Tracked>();
  /** Every batch of edits applied so far, oldest first, each sorted and in the offsets of the text before it. */
  private readonly history: Edit[][] = [];

  /** Record a position in the current text (the one after every batch so far). */
  track(record: T, offset: number): void {
    let origin = offset;
    for (let i = this.history.length - 1; i >= 0; i--) origin = mapBack(origin, this.history[i]);
    this.tracked.set(record, { offset, origin });
  }

  /** Move every tracked offset through edits applied to the text it refers to. */
  throughEdits(edits: readonly Edit[]): void {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    this.history.push(sorted);
    for (const position of this.tracked.values()) {
      const { offset } = position;
      let delta = 0;
      let mapped = offset;
      for (const edit of sorted) {
        const insertion = edit.start === edit.end;
        if (edit.end <= offset && (!insertion || edit.start <= offset) && !(insertion && edit.start > offset)) {
          delta += edit.text.length - (edit.end - edit.start);
          continue;
        }
        if (edit.start <= offset && offset < edit.end) mapped = edit.start;
        break;
      }
      position.offset = mapped === offset ? offset + delta : mapped + delta;
    }
  }

  /** Move offsets through a whole-text replacement: the common prefix stays, the common suffix shifts. */
  throughText(before: string, after: string): void {
    let prefix = 0;
    while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
    let suffix = 0;
    while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
    this.throughEdits([{ start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) }]);
  }

  /**
   * Set each record's `line` from its place in the original text and, when the text changed, `lineAfter` from its
   * place in the final text.
   */
  resolveLines(original: string, final: string): void {
    const before = lineStartsOf(original);
    const after = final === original ? before : lineStartsOf(final);
    for (const [record, { offset, origin }] of this.tracked) {
      record.line = lineOf(before, origin);
      if (final !== original) record.lineAfter = lineOf(after, offset);
      else delete record.lineAfter;
    }
  }
}
