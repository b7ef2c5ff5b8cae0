// Removing several elements of one Python bracketed collection (or import list) at once, without overlapping edits.
import { lineEnd, lineStart } from '../../src/engine/lines.ts';
import type { Edit, SyntaxNode } from '../../src/engine/types.ts';
import { removeElement } from './collections.ts';


function aloneOnItsLines(text: string, element: SyntaxNode): boolean {
  const last = element.nextSibling?.type === ',' ? element.nextSibling : element;
  const after = text.slice(last.endIndex, lineEnd(text, last.endIndex)).trim();
  return text.slice(lineStart(text, element.startIndex), element.startIndex).trim() === '' && (after === '' || after.startsWith('#'));
}

/** The last element on lines of its own with no comma after it: the comma before it goes too (the list had no trailing comma). */
function lastWithoutTrailingComma(text: string, siblings: SyntaxNode[], index: number): Edit[] | null {
  const element = siblings[index];
  const previous = siblings[index - 1];
  const comma = previous?.nextSibling?.type === ',' ? previous.nextSibling : null;
  if (index !== siblings.length - 1 || !comma || element.nextSibling?.type === ',' || !aloneOnItsLines(text, element)) return null;
  // `(a, b)` without b must stay a tuple: `(a,)`.
  if (element.parent?.type === 'tuple' && siblings.length === 2) return null;
  if (text.slice(comma.endIndex, lineEnd(text, comma.endIndex)).trim() !== '') return null;
  return [
    { start: comma.startIndex, end: comma.endIndex, text: '' },
    { start: lineStart(text, element.startIndex), end: lineEnd(text, element.endIndex), text: '' },
  ];
}

/**
 * Edits removing `removed` from `siblings` (every element of one collection or import list, in order, comments
 * excluded). One element of a bracketed collection goes through `removeElement`; otherwise elements go line by line when each sits on lines of its own, otherwise as runs
 * of consecutive elements with their separators. Null when all would go (the caller decides what an empty one means).
 */
export function removeElements(text: string, siblings: SyntaxNode[], removed: SyntaxNode[]): Edit[] | null {
  const ids = new Set(removed.map((e) => e.id));
  const indexes = siblings.map((e, i) => (ids.has(e.id) ? i : -1)).filter((i) => i !== -1);
  if (!indexes.length) return [];
  if (indexes.length === siblings.length) return null;
  if (indexes.length === 1) {
    const single = lastWithoutTrailingComma(text, siblings, indexes[0]) ?? removeElement(text, siblings[indexes[0]]);
    if (single) return single;
  }
  if (indexes.every((i) => aloneOnItsLines(text, siblings[i]))) {
    return indexes.map((i) => {
      const element = siblings[i];
      const last = element.nextSibling?.type === ',' ? element.nextSibling : element;
      return { start: lineStart(text, element.startIndex), end: lineEnd(text, last.endIndex), text: '' };
    });
  }
  const edits: Edit[] = [];
  for (let i = 0; i < siblings.length; i++) {
    if (!ids.has(siblings[i].id)) continue;
    let j = i;
    while (j + 1 < siblings.length && ids.has(siblings[j + 1].id)) j++;
    edits.push(
      j < siblings.length - 1
        ? { start: siblings[i].startIndex, end: siblings[j + 1].startIndex, text: '' }
        : { start: siblings[i - 1].endIndex, end: siblings[j].endIndex, text: '' },
    );
    i = j;
  }
  return edits;
}
