// The tokens of one physical line from a tree-sitter tree, with its brackets paired: what a wrapper splits.
import type { SyntaxNode, Tree } from '../types.ts';
import type { Item } from './items.ts';

const OPENING: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

export interface LineTokens {
  /** The code tokens, brackets opened and closed on the line paired. */
  items: Item[];
  /** The line's indentation. */
  indent: string;
  /** A comment ending the line: kept after the first line of the split. */
  comment?: Item;
  /** The tree-sitter leaf (or atomic node) behind each item. */
  nodes: Map<Item, SyntaxNode>;
}

/**
 * The leaves that start on `row`, treating `atomic` node types (strings) as one token. Null when the line cannot be
 * split safely: a token runs onto another line, the line continues one started above, or a comment sits mid-line.
 */
export function lineTokens(text: string, tree: Tree, row: number, atomic: Set<string>, isComment: (node: SyntaxNode) => boolean): LineTokens | null {
  const leaves: SyntaxNode[] = [];
  const visit = (node: SyntaxNode): boolean => {
    if (node.endPosition.row < row || node.startPosition.row > row) return true;
    if (node.childCount === 0 || atomic.has(node.type)) {
      if (node.startPosition.row !== row || node.endPosition.row !== row) return node.endIndex === node.startIndex;
      if (node.endIndex > node.startIndex) leaves.push(node);
      return true;
    }
    return node.children.every(visit);
  };
  if (!visit(tree.rootNode) || !leaves.length) return null;
  const lineStart = text.lastIndexOf('\n', leaves[0].startIndex - 1) + 1;
  const indent = text.slice(lineStart, leaves[0].startIndex);
  if (/\S/.test(indent)) return null;
  const nodes = new Map<Item, SyntaxNode>();
  const items: Item[] = [];
  const stack: Item[] = [];
  let comment: Item | undefined;
  for (const [index, node] of leaves.entries()) {
    const previousEnd = index ? leaves[index - 1].endIndex : node.startIndex;
    const item: Item = { text: node.text, gap: text.slice(previousEnd, node.startIndex), start: node.startIndex, end: node.endIndex };
    if (isComment(node)) {
      if (index !== leaves.length - 1) return null;
      comment = item;
      break;
    }
    if (OPENING[item.text]) stack.push(item);
    const top = stack[stack.length - 1];
    if (top && top !== item && OPENING[top.text] === item.text) {
      stack.pop();
      top.partner = item;
      top.opens = true;
      item.partner = top;
    }
    nodes.set(item, node);
    items.push(item);
  }
  return items.length ? { items, indent, comment, nodes } : null;
}

/** An inserted item at `at` (an optional parenthesis or a trailing comma). */
export function insertedItem(text: string, at: number, gap = ''): Item {
  return { text, gap, start: at, end: at, inserted: true };
}

/** Put black's invisible parentheses around the items from `first` to `last` (inclusive); printed only if a split uses them. */
export function addOptionalParens(items: Item[], first: Item, last: Item, trailingComma: boolean): Item {
  const open = { ...insertedItem('', first.start, first.gap), optional: true, opens: true, trailingComma };
  const close = { ...insertedItem('', last.end), optional: true };
  open.partner = close;
  close.partner = open;
  first.gap = '';
  items.splice(items.indexOf(first), 0, open);
  items.splice(items.indexOf(last) + 1, 0, close);
  return open;
}
