// Inserting whole lines of Python next to a statement, at that statement's indentation.
import { lineEnd, lineStart } from '../../src/engine/lines.ts';
import type { Edit, SyntaxNode } from '../../src/engine/types.ts';


/** The whitespace before node on its first line. */
export function indentOf(text: string, node: SyntaxNode): string {
  const start = lineStart(text, node.startIndex);
  return /^[ \t]*/.exec(text.slice(start, node.startIndex))![0];
}

/** One more indentation level than `indent`, in the file's unit (tabs or the indent's own width; 4 spaces by default). */
export function deeper(indent: string, unit = '    '): string {
  return indent.includes('\t') ? `${indent}\t` : `${indent}${unit}`;
}

/** Insert lines (without indentation or newlines) after the last line of statement, indented like it. */
export function insertLinesAfter(text: string, statement: SyntaxNode, lines: string[]): Edit {
  const indent = indentOf(text, statement);
  const at = lineEnd(text, statement.endIndex);
  const body = lines.map((l) => (l ? `${indent}${l}` : '')).join('\n');
  return { start: at, end: at, text: at === text.length && !text.endsWith('\n') ? `\n${body}` : `${body}\n` };
}
