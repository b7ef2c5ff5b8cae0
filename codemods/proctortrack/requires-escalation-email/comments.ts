// Spec sites EE-1, EE-2, EE-3, EE-6: comments naming Proctortrack around a rewritten check get the neutral wording.
import type { Edit, SyntaxNode } from '../../../src/engine/types.ts';
import { wrapCommentLines } from '../../../transforms/python/comment-wrap.ts';
import { enclosingDefinition, statementOf } from '../../../transforms/python/nodes.ts';

import { COMMENT_REWORDINGS, reword } from '../wording.ts';
import { VENDOR_MENTION } from '../vendor.ts';

const MIN_WIDTH = 79;
const MAX_WIDTH = 120;

/** The comments a rewritten site's wording may live in: its whole function, or the comment lines right above it. */
function commentScope(site: SyntaxNode): SyntaxNode[] {
  const fn = enclosingDefinition(site, 'function_definition');
  if (fn) return fn.descendantsOfType('comment');
  const comments: SyntaxNode[] = [];
  for (let node = statementOf(site).previousSibling; node?.type === 'comment'; node = node.previousSibling) comments.unshift(node);
  return comments;
}

/** Runs of comments on consecutive lines at one column (a sentence often continues on the next line). */
function commentBlocks(comments: SyntaxNode[]): SyntaxNode[][] {
  const blocks: SyntaxNode[][] = [];
  for (const comment of comments) {
    const block = blocks[blocks.length - 1];
    const last = block?.[block.length - 1];
    const continues = last && comment.startPosition.row === last.startPosition.row + 1 && comment.startPosition.column === last.startPosition.column;
    if (continues) block.push(comment);
    else blocks.push([comment]);
  }
  return blocks;
}

/** Edits rewording each vendor comment block of the scopes that the wording table covers entirely; others stay (reviewed later). */
export function rewordComments(text: string, sites: SyntaxNode[]): Edit[] {
  const seen = new Set<number>();
  const scoped = sites.flatMap(commentScope).filter((c) => !seen.has(c.id) && seen.add(c.id));
  const edits: Edit[] = [];
  for (const block of commentBlocks(scoped.sort((a, b) => a.startIndex - b.startIndex))) {
    if (!block.some((c) => VENDOR_MENTION.test(c.text))) continue;
    const words = block.map((c) => c.text.replace(/^#\s?/, '')).join(' ');
    const reworded = reword(words, COMMENT_REWORDINGS);
    if (reworded === null) continue;
    const first = block[0];
    const last = block[block.length - 1];
    const indent = text.slice(first.startIndex - first.startPosition.column, first.startIndex);
    // One line is wrapped only past the line limit; a block keeps its own width.
    const width = block.length === 1 ? MAX_WIDTH : Math.max(MIN_WIDTH, ...block.map((c) => c.startPosition.column + c.text.length));
    const trailing = !/^\s*$/.test(indent);
    const lines = trailing ? [`# ${reworded}`] : wrapCommentLines(reworded, '# ', width - first.startPosition.column);
    const replacement = lines.join(`\n${indent}`);
    edits.push({ start: first.startIndex, end: last.endIndex, text: replacement });
  }
  return edits;
}
