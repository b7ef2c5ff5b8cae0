// Removing one element (dict pair, list/tuple/set item, call argument) from a Python bracketed collection.
import type { Edit, SyntaxNode } from '../../src/engine/types.ts';
import { deleteLines } from './lines.ts';
import { lineEnd, lineStart } from '../../src/engine/lines.ts';

const CONTAINERS = new Set(['dictionary', 'list', 'tuple', 'set', 'argument_list', 'parameters']);

function elementsOf(container: SyntaxNode): SyntaxNode[] {
  return container.namedChildren.filter((child) => child.type !== 'comment');
}

/** The `,` token right after node, if any. */
function commaAfter(node: SyntaxNode): SyntaxNode | null {
  const next = node.nextSibling;
  return next && next.type === ',' ? next : null;
}

/**
 * Edits removing `element` from its collection, keeping commas valid and layout tidy:
 * an element on lines of its own goes with those lines; an inline one goes with its separator;
 * the last one leaves `{}` / `[]` / `()`. A one-element tuple `(x,)` is refused (null): removing it changes meaning.
 */
export function removeElement(text: string, element: SyntaxNode): Edit[] | null {
  const container = element.parent;
  if (!container || !CONTAINERS.has(container.type)) return null;
  const elements = elementsOf(container);
  const index = elements.findIndex((e) => e.id === element.id);
  if (index === -1) return null;
  if (elements.length === 1) {
    const open = container.firstChild!;
    const close = container.lastChild!;
    return [{ start: open.endIndex, end: close.startIndex, text: '' }];
  }
  const edits = removalEdits(text, elements, index);
  // A tuple left with one element needs its comma, or it stops being a tuple.
  if (container.type === 'tuple' && elements.length === 2) {
    const remaining = elements[1 - index];
    const comma = commaAfter(remaining);
    const commaRemoved = comma !== null && edits.some((e) => e.start <= comma.startIndex && comma.endIndex <= e.end);
    if (!comma || commaRemoved) edits.push({ start: remaining.endIndex, end: remaining.endIndex, text: ',' });
  }
  return edits;
}

function removalEdits(text: string, elements: SyntaxNode[], index: number): Edit[] {
  const element = elements[index];
  const comma = commaAfter(element);
  const last = comma ?? element;
  const lineBegin = lineStart(text, element.startIndex);
  const alone =
    text.slice(lineBegin, element.startIndex).trim() === '' &&
    /^\s*(#.*)?$/.test(text.slice(last.endIndex, lineEnd(text, last.endIndex)).replace(/\n$/, ''));
  if (alone) {
    const previous = elements[index - 1];
    if (!comma && index === elements.length - 1 && previous && !commaAfter(previous)) {
      return [{ start: previous.endIndex, end: element.endIndex, text: '' }];
    }
    // Otherwise the previous element keeps its comma: a magic trailing comma, as black writes it.
    return [deleteLines(text, lineBegin, lineEnd(text, last.endIndex))];
  }
  if (index < elements.length - 1) return [{ start: element.startIndex, end: elements[index + 1].startIndex, text: '' }];
  // Last element, inline: `, b` goes; a trailing comma after it stays.
  return [{ start: elements[index - 1].endIndex, end: element.endIndex, text: '' }];
}
