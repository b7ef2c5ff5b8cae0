// A comment line the rewrite made too long, re-wrapped at word boundaries into comment lines of the same indent.
// Directives (pylint, noqa, type:, eslint, istanbul, @ts-) and unbreakable words are left alone.
import type { Edit, Tree } from '../types.ts';

const DIRECTIVE = /^(?:#|\/\/)\s*(?:pylint:|noqa|type:|fmt:|isort:|eslint|istanbul|prettier-ignore|@ts-|!)/;

/** The edit wrapping the comment line at `row`, or null when it is not a comment line or cannot be wrapped. */
export function wrapCommentLine(text: string, tree: Tree, row: number, limit: number): Edit | null {
  let start = 0;
  for (let r = 0; r < row; r++) start = text.indexOf('\n', start) + 1;
  const newline = text.indexOf('\n', start);
  const end = newline === -1 ? text.length : newline;
  const match = /^(\s*)(#|\/\/)( ?)(.*)$/.exec(text.slice(start, end));
  if (!match || DIRECTIVE.test(`${match[2]}${match[3]}${match[4]}`)) return null;
  // A `#` line inside a string or docstring is text, not a comment.
  if (tree.rootNode.descendantForIndex(start + match[1].length).type !== 'comment') return null;
  const [, indent, marker, space] = match;
  const prefix = `${indent}${marker}${space || ' '}`;
  const lines: string[] = [];
  let current = '';
  for (const word of match[4].split(/\s+/).filter(Boolean)) {
    if (prefix.length + word.length > limit) return null;
    if (current && prefix.length + current.length + 1 + word.length > limit) {
      lines.push(prefix + current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(prefix + current);
  return lines.length > 1 ? { start, end, text: lines.join('\n') } : null;
}
