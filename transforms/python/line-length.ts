// Lines a set of edits leaves longer than a limit (edits do not reflow code: the caller reports what needs it).
import { applyEdits } from '../../src/engine/edits.ts';
import type { Edit } from '../../src/engine/types.ts';

/** 1-based numbers, in the edited text, of the lines holding an edit's new text that are longer than max. */
export function longLinesAfter(text: string, edits: readonly Edit[], max: number): number[] {
  if (!edits.length) return [];
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const touched = new Set<number>();
  let shift = 0;
  const after = applyEdits(text, edits);
  for (const edit of sorted) {
    const start = edit.start + shift;
    const end = start + edit.text.length;
    shift += edit.text.length - (edit.end - edit.start);
    let line = after.slice(0, start).split('\n').length;
    for (let at = start; ; line++) {
      touched.add(line);
      const next = after.indexOf('\n', at);
      if (next === -1 || next >= end) break;
      at = next + 1;
    }
  }
  const lines = after.split('\n');
  return [...touched].filter((n) => (lines[n - 1]?.length ?? 0) > max).sort((a, b) => a - b);
}

/** A warning naming those lines, or null when there are none. */
export function longLinesNote(lines: number[], max: number): string | null {
  if (!lines.length) return null;
  const one = lines.length === 1;
  return `${one ? 'line' : 'lines'} ${lines.join(', ')} ${one ? 'is' : 'are'} longer than ${max} characters after the rewrite: reformat ${one ? 'it' : 'them'}`;
}
