// Deleting several statements at once: neighbours merge into one gap, and a block they would empty keeps a `pass`.
import type { Edit, SyntaxNode } from '../../src/engine/types.ts';
import { commentBlockStart, deleteLines, ownsItsLines } from './lines.ts';
import { lineEnd, lineStart } from '../../src/engine/lines.ts';

export interface StatementsDeletion {
  edits: Edit[];
  /** Blocks (class or function bodies, `if` branches…) left with no statement but a docstring or the `pass` put in. */
  emptied: SyntaxNode[];
  /** Statements that share a line with other code: not deleted. */
  refused: SyntaxNode[];
}

const isDocstring = (node: SyntaxNode, index: number) =>
  index === 0 && node.type === 'expression_statement' && node.namedChildren[0]?.type === 'string';

/**
 * Delete statements (children of `block` or `module` nodes). Statements next to each other in one block go as one
 * range, with blank lines tidied as `deleteLines` does. `withCommentsAbove` decides, from the comment lines directly
 * above a run, whether they go too. A block left with no statement gets `pass`.
 */
export function deleteStatements(
  text: string,
  statements: SyntaxNode[],
  withCommentsAbove: (comments: string) => boolean = () => false,
): StatementsDeletion {
  const result: StatementsDeletion = { edits: [], emptied: [], refused: [] };
  const ids = new Set(statements.map((s) => s.id));
  const blocks = new Map<number, SyntaxNode>();
  for (const statement of statements) {
    if (!ownsItsLines(text, statement)) result.refused.push(statement);
    else if (statement.parent) blocks.set(statement.parent.id, statement.parent);
  }
  const refused = new Set(result.refused.map((s) => s.id));
  for (const block of blocks.values()) {
    const children = block.namedChildren.filter((c) => c.type !== 'comment');
    const doomed = (c: SyntaxNode) => ids.has(c.id) && !refused.has(c.id);
    const kept = children.filter((c) => !doomed(c));
    if (kept.length === 0 || kept.every(isDocstring)) result.emptied.push(block);
    for (let i = 0; i < children.length; i++) {
      if (!doomed(children[i])) continue;
      let j = i;
      while (j + 1 < children.length && doomed(children[j + 1])) j++;
      const first = children[i];
      let start = lineStart(text, first.startIndex);
      const commentsStart = commentBlockStart(text, first.startIndex);
      if (commentsStart < start && withCommentsAbove(text.slice(commentsStart, start))) start = commentsStart;
      const end = lineEnd(text, children[j].endIndex);
      if (kept.length === 0 && block.type === 'block') {
        const indent = text.slice(lineStart(text, first.startIndex), first.startIndex);
        result.edits.push({ start, end, text: `${indent}pass\n` });
      } else {
        result.edits.push(deleteLines(text, start, end));
      }
      i = j;
    }
  }
  return result;
}
