// Adding an element to a comma-separated list in C-family source (object literal members, array elements), in the
// list's own layout: on a line of its own when the element before it is, inline otherwise; trailing-comma style kept.
import { lineStart } from '../../src/engine/lines.ts';
import type { Edit } from '../../src/engine/types.ts';
import type { Span } from './list-elements.ts';

/** The edit putting `entry` (one element, no comma) right after the element `after`. */
export function insertElementAfter(text: string, after: Span, entry: string): Edit {
  const own = lineStart(text, after.start);
  const onOwnLine = !text.slice(own, after.start).trim();
  const indent = /^[ \t]*/.exec(text.slice(own))![0];
  const comma = /^(\s|\/\/[^\n]*|\/\*[^]*?\*\/)*?,/.exec(text.slice(after.end));
  if (!comma) return { start: after.end, end: after.end, text: onOwnLine ? `,\n${indent}${entry}` : `, ${entry}` };
  const at = after.end + comma[0].length;
  const lineComment = /^[ \t]*\/\/[^\n]*/.exec(text.slice(at));
  if (onOwnLine) {
    const end = at + (lineComment?.[0].length ?? 0);
    return { start: end, end, text: `\n${indent}${entry},` };
  }
  return { start: at, end: at, text: ` ${entry},` };
}
