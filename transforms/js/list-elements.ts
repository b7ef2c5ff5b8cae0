// Removing elements from a comma-separated list in C-family source: object literal members, array elements, arguments.
import { lineEnd, lineStart } from '../../src/engine/lines.ts';
import type { Edit } from '../../src/engine/types.ts';
import { deleteSpan, mergeDeletions, standsAlone } from './deletions.ts';

export interface Span {
  start: number;
  end: number;
}

export interface CommaList {
  /** Offset just after the opening bracket. */
  open: number;
  /** Offset of the closing bracket. */
  close: number;
  /** The elements in source order. */
  elements: Span[];
}

/** Offset just past the `,` that follows `offset` (whitespace and comments allowed between), or null. */
function commaEndAfter(text: string, offset: number): number | null {
  const match = /^(\s|\/\/[^\n]*|\/\*[^]*?\*\/)*,/.exec(text.slice(offset));
  return match ? offset + match[0].length : null;
}

export interface CommentOptions {
  /** `//` comment lines directly above an element on lines of its own go with it when this accepts their text. */
  withCommentsAbove?: (comment: string) => boolean;
}

/**
 * The start of the comments directly above the line at `start` that go with it, else `start`: `//` lines and block
 * comments on lines of their own that the options accept, and a `/** … *\/` doc comment (it documents the element).
 */
export function startWithCommentsAbove(text: string, start: number, options: CommentOptions): number {
  let from = start;
  for (let current = lineStart(text, start); current > 0; ) {
    const above = lineStart(text, current - 1);
    const line = text.slice(above, current - 1).trim();
    const open = line.endsWith('*/') ? text.lastIndexOf('/*', current - 1) : -1;
    if (open >= 0) {
      const comment = text.slice(open, current - 1).trim();
      if (text.slice(lineStart(text, open), open).trim() || !(comment.startsWith('/**') || options.withCommentsAbove?.(comment))) break;
      from = open;
      current = lineStart(text, open);
      continue;
    }
    if (!line.startsWith('//') || !options.withCommentsAbove?.(line.slice(2))) break;
    from = above + text.slice(above).search(/\S/);
    current = above;
  }
  return from;
}

/**
 * Edits removing `remove` (indices into `list.elements`) with tidy commas: an element on lines of its own goes with
 * those lines and its comma; an inline one goes with the separator before or after it. The list keeps its
 * trailing-comma style, and a list losing every element becomes empty brackets (`{}`, `[]`).
 */
export function removeListElements(text: string, list: CommaList, remove: ReadonlySet<number>, options: CommentOptions = {}): Edit[] {
  const { elements } = list;
  if (!remove.size) return [];
  if (elements.every((_, i) => remove.has(i))) return [{ start: list.open, end: list.close, text: '' }];
  const edits: Edit[] = [];
  const lastIndex = elements.length - 1;
  let lastKept = -1;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    if (!remove.has(i)) {
      lastKept = i;
      continue;
    }
    const commaEnd = commaEndAfter(text, element.end);
    let spanEnd = commaEnd !== null && commaEnd < lineEnd(text, element.end) ? commaEnd : element.end;
    // `  key: value, // about it`: an element starting its line owns the `//` comment that ends it.
    const trailingComment = /^[ \t]*\/\/[^\n]*/.exec(text.slice(spanEnd));
    if (trailingComment && !text.slice(lineStart(text, element.start), element.start).trim()) spanEnd += trailingComment[0].length;
    if (standsAlone(text, element.start, spanEnd)) edits.push(deleteSpan(text, startWithCommentsAbove(text, element.start, options), spanEnd));
    else if (i < lastIndex) edits.push({ start: element.start, end: elements[i + 1].start, text: '' });
    else edits.push({ start: elements[lastKept].end, end: element.end, text: '' });
  }
  // The last element went and had no trailing comma: the new last element must not have one either.
  const keptLast = [...elements.keys()].filter((i) => !remove.has(i)).pop()!;
  if (remove.has(lastIndex) && commaEndAfter(text, elements[lastIndex].end) === null) {
    const commaEnd = commaEndAfter(text, elements[keptLast].end);
    if (commaEnd !== null && commaEnd <= elements[keptLast + 1].start) edits.push({ start: commaEnd - 1, end: commaEnd, text: '' });
  }
  return mergeDeletions(edits);
}
