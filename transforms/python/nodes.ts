// Small queries over tree-sitter-python nodes shared by the Python transforms.
import type { Edit, SyntaxNode } from '../../src/engine/types.ts';

const STATEMENT_PARENTS = new Set(['module', 'block']);

/** The statement (child of a module or block) that contains node. */
export function statementOf(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.parent && !STATEMENT_PARENTS.has(current.parent.type)) current = current.parent;
  return current;
}

/** Value of a plain (non f-) string literal, or null for anything else, including concatenations. */
export function stringValue(node: SyntaxNode | null | undefined): string | null {
  if (!node || node.type !== 'string') return null;
  const start = node.children.find((c) => c.type === 'string_start');
  if (!start || /[fF]/.test(start.text)) return null;
  if (node.namedChildren.some((c) => c.type === 'interpolation' || c.type === 'escape_sequence')) return null;
  return node.namedChildren
    .filter((c) => c.type === 'string_content')
    .map((c) => c.text)
    .join('');
}

/** Every descendant (node included) for which predicate holds, in source order. */
export function findAll(node: SyntaxNode, predicate: (n: SyntaxNode) => boolean): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const cursor = node.walk();
  // Depth, not node ids, tells when the walk is back at `node`: each id read would build a node object.
  let depth = 0;
  let descending = true;
  for (;;) {
    if (descending) {
      const current = cursor.currentNode;
      if (predicate(current)) found.push(current);
      if (cursor.gotoFirstChild()) {
        depth++;
        continue;
      }
    }
    if (depth === 0) break;
    if (cursor.gotoNextSibling()) {
      descending = true;
      continue;
    }
    cursor.gotoParent();
    depth--;
    descending = false;
  }
  return found;
}

/**
 * The descendants (node included) of these types for which predicate holds, in source order: findAll's answer, from
 * tree-sitter's own search, which builds node objects only for the nodes of these types.
 */
export function findOfType(node: SyntaxNode, types: string | string[], predicate?: (n: SyntaxNode) => boolean): SyntaxNode[] {
  const found = node.descendantsOfType(types);
  return predicate ? found.filter(predicate) : found;
}

/**
 * Identifiers named `name` outside import statements and outside the ranges being removed: the name is still used
 * when this is non-empty.
 */
export function usesOf(root: SyntaxNode, name: string, removed: readonly Edit[] = []): SyntaxNode[] {
  return findOfType(root, 'identifier', (n) => n.text === name).filter(
    (n) =>
      !hasAncestor(n, (a) => a.type === 'import_from_statement' || a.type === 'import_statement') &&
      !removed.some((edit) => edit.start <= n.startIndex && n.endIndex <= edit.end),
  );
}

export function hasAncestor(node: SyntaxNode, predicate: (n: SyntaxNode) => boolean): boolean {
  for (let current = node.parent; current; current = current.parent) if (predicate(current)) return true;
  return false;
}

/** The innermost enclosing function or class definition's name, for naming sites in reports. */
export function enclosingDefinition(node: SyntaxNode, type: 'function_definition' | 'class_definition'): SyntaxNode | null {
  for (let current = node.parent; current; current = current.parent) if (current.type === type) return current;
  return null;
}
