// Whole-line deletions for Python statements: their comment block, their trailing comment, and tidy blank lines.
import { lineEnd, lineStart } from '../../src/engine/lines.ts';
import type { Edit, SyntaxNode } from '../../src/engine/types.ts';

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** True when the node is alone on its lines: only indentation before it, only a comment after it. */
export function ownsItsLines(text: string, node: SyntaxNode): boolean {
  const before = text.slice(lineStart(text, node.startIndex), node.startIndex);
  const after = text.slice(node.endIndex, lineEnd(text, node.endIndex)).trim();
  return isBlank(before) && (after === '' || after.startsWith('#'));
}

/** Start offset of the run of `# …` lines directly above the line at offset (no blank line between). */
export function commentBlockStart(text: string, offset: number): number {
  let start = lineStart(text, offset);
  while (start > 0) {
    const previous = lineStart(text, start - 1);
    if (!text.slice(previous, start).trim().startsWith('#')) break;
    start = previous;
  }
  return start;
}

/**
 * Delete the lines [start, end) (line-aligned offsets), and when blank lines would then meet blank lines, drop the
 * blank lines above, so the spacing around the gap stays what it was below it.
 */
export function deleteLines(text: string, start: number, end: number): Edit {
  const followingLine = text.slice(end, lineEnd(text, end));
  if (end >= text.length || isBlank(followingLine)) {
    while (start > 0) {
      const previous = lineStart(text, start - 1);
      if (!isBlank(text.slice(previous, start))) break;
      start = previous;
    }
  }
  return { start, end, text: '' };
}

export interface StatementDeletionOptions {
  /** Also delete the comment lines directly above (use only when they describe this statement alone). */
  withCommentsAbove?: boolean | ((comment: string) => boolean);
}

/**
 * Delete a statement with its lines. Returns null when the statement shares a line with other code.
 * When it is the only statement of its block, it becomes `pass` so the block stays valid.
 */
export function deleteStatement(text: string, statement: SyntaxNode, options: StatementDeletionOptions = {}): Edit | null {
  if (!ownsItsLines(text, statement)) return null;
  let start = lineStart(text, statement.startIndex);
  const end = lineEnd(text, statement.endIndex);
  const block = statement.parent;
  const siblings = block?.namedChildren.filter((child) => child.type !== 'comment') ?? [];
  if (block?.type === 'block' && siblings.length === 1) {
    const indent = text.slice(start, statement.startIndex);
    return { start, end: lineEnd(text, statement.endIndex), text: `${indent}pass\n` };
  }
  const withComments = options.withCommentsAbove;
  if (withComments) {
    const commentsStart = commentBlockStart(text, statement.startIndex);
    const comments = text.slice(commentsStart, start);
    if (comments && (withComments === true || withComments(comments))) start = commentsStart;
  }
  return deleteLines(text, start, end);
}
