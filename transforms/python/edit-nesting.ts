// Edit sets gathered from several finders: an edit inside a range another edit deletes or replaces is dropped.
import type { Edit } from '../../src/engine/types.ts';

/**
 * The edits not contained in another edit's range (identical edits collapse to one; an insertion counts as inside only
 * strictly within). Partial overlaps are kept, for the engine to refuse.
 */
export function outermostEdits(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Edit[] = [];
  for (const edit of sorted) {
    const inside = (o: Edit) => (edit.start === edit.end ? o.start < edit.start && edit.end < o.end : o.start <= edit.start && edit.end <= o.end);
    const container = out.find((o) => o.end > o.start && inside(o));
    if (container && !(container.start === edit.start && container.end === edit.end && container.text !== edit.text)) continue;
    out.push(edit);
  }
  return out;
}

/**
 * Edits from finders that each saw the original text: an insertion strictly inside a range another edit replaces
 * (an import added where a removed import's lines were) moves to that range's start, so both apply.
 */
export function insertionsBeforeReplaced(edits: readonly Edit[]): Edit[] {
  const replaced = edits.filter((e) => e.end > e.start);
  return edits.map((edit) => {
    if (edit.start !== edit.end) return edit;
    const around = replaced.find((r) => r.start < edit.start && edit.start < r.end);
    return around ? { ...edit, start: around.start, end: around.start } : edit;
  });
}
