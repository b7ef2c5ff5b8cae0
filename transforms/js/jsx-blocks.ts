// Removing a rendered block from JSX (babel AST from jscodeshift): the `{cond && (...)}` child, its comment, and a
// fragment the removal leaves empty.
import type { ASTPath } from 'jscodeshift';
import type { Edit } from '../../src/engine/types.ts';
import { deleteSpan } from './deletions.ts';
import type { BabelNode } from './statement-removal.ts';

const isJsxParent = (node: BabelNode | undefined) => node?.type === 'JSXElement' || node?.type === 'JSXFragment';
const nodeOf = (path: ASTPath) => path.node as unknown as BabelNode;
const isCommentChild = (node: BabelNode) => node.type === 'JSXExpressionContainer' && node.expression.type === 'JSXEmptyExpression';
const isWhitespaceText = (node: BabelNode) => node.type === 'JSXText' && node.value.trim() === '';

export interface JsxBlockOptions {
  /** False for a JSX child that also renders something that must stay (the walk up stops below it). */
  removable: (node: BabelNode) => boolean;
  /** A `{/* … *\/}` child directly before the block goes with it when this accepts the comment's text. */
  comment?: (text: string) => boolean;
}

/**
 * The JSX child to delete for something rendered at `path`: the nearest enclosing `{ … }` child of a JSX element
 * (a conditional block), else the outermost removable element child; null when even the nearest child is not removable.
 */
export function jsxBlockOf(path: ASTPath, options: JsxBlockOptions): ASTPath | null {
  let outermost: ASTPath | null = null;
  for (let current: ASTPath | null = path; current?.parent; current = current.parent) {
    const parent = nodeOf(current.parent);
    if (!isJsxParent(parent) || !parent.children.includes(current.node)) continue;
    if (!options.removable(nodeOf(current))) break;
    if (current.node.type === 'JSXExpressionContainer') return current;
    outermost = current;
  }
  return outermost;
}

/** A JSX child's span, extended back over a directly preceding comment child the options accept. */
function spanWithComment(block: ASTPath, options: JsxBlockOptions): { start: number; end: number } {
  const node = nodeOf(block);
  const siblings: BabelNode[] = nodeOf(block.parent).children;
  let start = node.start;
  for (let i = siblings.indexOf(node) - 1; i >= 0; i--) {
    if (isWhitespaceText(siblings[i])) continue;
    if (isCommentChild(siblings[i]) && options.comment?.(text(siblings[i]))) start = siblings[i].start;
    break;
  }
  return { start, end: node.end };

  function text(comment: BabelNode): string {
    return (comment.expression.innerComments ?? comment.expression.comments ?? []).map((c: BabelNode) => c.value).join('\n');
  }
}

/**
 * Edit deleting the block (see `jsxBlockOf`) with its comment. When that leaves a fragment with nothing to render,
 * the fragment's own block goes instead. Null when no removable block is found.
 */
export function removeJsxBlock(sourceText: string, path: ASTPath, options: JsxBlockOptions): Edit | null {
  let block = jsxBlockOf(path, options);
  if (!block) return null;
  let span = spanWithComment(block, options);
  for (;;) {
    const parent = block.parent as ASTPath;
    const node = nodeOf(parent);
    const rest = (node.children as BabelNode[]).filter((c) => c.end <= span.start || c.start >= span.end);
    if (node.type !== 'JSXFragment' || !rest.every((c) => isWhitespaceText(c) || isCommentChild(c))) break;
    const fragment = node;
    const outer = jsxBlockOf(parent, { ...options, removable: (n) => n === fragment || n.type === 'JSXExpressionContainer' });
    if (!outer) break;
    block = outer;
    span = spanWithComment(block, options);
  }
  return deleteSpan(sourceText, span.start, span.end);
}
