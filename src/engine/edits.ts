// Edits as data, applied last to first so earlier offsets stay valid.
import type { Edit } from './types.ts';

export class OverlappingEditsError extends Error {}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < sorted.length; i++) {
    const edit = sorted[i];
    if (edit.start < 0 || edit.end > text.length || edit.start > edit.end) {
      throw new OverlappingEditsError(`edit [${edit.start}, ${edit.end}) is outside the text (length ${text.length})`);
    }
    const next = sorted[i + 1];
    if (next && next.start < edit.end) {
      throw new OverlappingEditsError(`edits overlap: [${edit.start}, ${edit.end}) and [${next.start}, ${next.end})`);
    }
  }
  let out = text;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const { start, end, text: replacement } = sorted[i];
    out = out.slice(0, start) + replacement + out.slice(end);
  }
  return out;
}

