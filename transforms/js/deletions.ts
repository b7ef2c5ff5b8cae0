// Deleting spans of C-family source (JS, JSX, TS) with the lines they stand alone on, keeping blank lines tidy.
import { lineEnd, lineStart } from '../../src/engine/lines.ts';
import type { Edit } from '../../src/engine/types.ts';

const isBlank = (line: string) => line.trim() === '';
const opensBlock = (line: string) => /[{([]\s*$/.test(line) || /^\s*<[A-Za-z][^]*[^/]>\s*$/.test(line) || /^\s*<>\s*$/.test(line);
const closesBlock = (line: string) => /^\s*([})\]]|<\/)/.test(line);

/** True when [start, end) has only whitespace before it on its first line and only whitespace after it on its last. */
export function standsAlone(text: string, start: number, end: number): boolean {
  const after = text.slice(end, lineEnd(text, end));
  return isBlank(text.slice(lineStart(text, start), start)) && isBlank(after);
}

/**
 * Delete [start, end). A span alone on its lines takes those lines with it, and then one blank line too when it
 * would leave two in a row, or a blank line just inside a bracket or tag. An inline span goes alone.
 */
export function deleteSpan(text: string, start: number, end: number): Edit {
  if (!standsAlone(text, start, end)) return { start, end, text: '' };
  let from = lineStart(text, start);
  let to = lineEnd(text, end);
  const previousStart = from > 0 ? lineStart(text, from - 1) : from;
  const previous = from > 0 ? text.slice(previousStart, from) : null;
  const next = to < text.length ? text.slice(to, lineEnd(text, to)) : null;
  if (previous !== null && isBlank(previous) && (next === null || isBlank(next) || closesBlock(next))) from = previousStart;
  else if (next !== null && isBlank(next) && (previous === null || opensBlock(previous))) to = lineEnd(text, to);
  return { start: from, end: to, text: '' };
}

/** Union overlapping or touching deletions (edits with empty text) so independent removals can be combined. */
export function mergeDeletions(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Edit[] = [];
  for (const edit of sorted) {
    const last = merged[merged.length - 1];
    if (last && edit.start <= last.end && last.text === '' && edit.text === '') last.end = Math.max(last.end, edit.end);
    else merged.push({ ...edit });
  }
  return merged;
}

/** True when `offset` lies inside one of the deletions. */
export function isDeleted(edits: readonly Edit[], offset: number): boolean {
  return edits.some((edit) => edit.text === '' && edit.start <= offset && offset < edit.end);
}
