// Sites and review items are recorded against the text a part saw; later parts' edits move them. This keeps their
// offsets current so their line numbers are those of the final text.
import type { Edit } from './types.ts';

export class PositionTracker<T extends { line: number }> {
  private readonly offsets = new Map<T, number>();

  track(record: T, offset: number): void {
    this.offsets.set(record, offset);
  }

  /** Move every tracked offset through edits applied to the text it refers to. */
  throughEdits(edits: readonly Edit[]): void {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const [record, offset] of this.offsets) {
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
      this.offsets.set(record, mapped === offset ? offset + delta : mapped + delta);
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

  /** Set each record's line from its offset in the final text. */
  resolveLines(text: string): void {
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    for (const [record, offset] of this.offsets) {
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (lineStarts[middle] <= offset) low = middle;
        else high = middle - 1;
      }
      record.line = low + 1;
    }
  }
}
