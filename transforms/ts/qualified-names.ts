// Dotted names in TS/TSX types (`ns.Type`, `typeof a.b`): what TypeScript binds each part to, for the word occurrences.
import type { SyntaxNode } from '../../src/engine/types.ts';
import { BOUNDARY } from './boundary-reasons.ts';
import type { Scopes } from './scopes.ts';

const DOTTED = new Set(['nested_type_identifier', 'nested_identifier']);
const HERITAGE = new Set(['implements_clause', 'extends_type_clause']);

/** The outermost dotted name holding `node`, its leftmost identifier, and whether `node` is that leftmost part. */
function dottedName(node: SyntaxNode): { outer: SyntaxNode; root: SyntaxNode; isRoot: boolean } | null {
  const parent = node.parent!;
  const inTypeQuery = (n: SyntaxNode): boolean => n.type === 'member_expression' && (n.parent?.type === 'type_query' || inTypeQuery(n.parent!));
  if (!DOTTED.has(parent.type) && !(parent.type === 'member_expression' && inTypeQuery(parent))) return null;
  let outer = parent;
  while (DOTTED.has(outer.parent!.type) || outer.parent!.type === 'member_expression') outer = outer.parent!;
  let root = outer;
  while (root.namedChildren.length && root.type !== 'identifier') root = root.namedChildren[0];
  return { outer, root, isRoot: root.id === node.id };
}

/**
 * A part of a dotted type name: in `implements a.B` / `extends a.B` of an interface the parts after the first are
 * property accesses; elsewhere they are qualified names, bound to nothing of this file when the first part is an
 * import or a global, and to a member of a local enum or value otherwise (not modelled: UNMODELLED). The first part
 * of `ns.Type` binds as a namespace. Null when `node` is no part of a dotted type name.
 */
export function qualifiedPart(node: SyntaxNode, scopes: Scopes, unmodelled: symbol): 'property' | { boundary: string } | symbol | null {
  const dotted = dottedName(node);
  if (!dotted) return null;
  const { outer, root, isRoot } = dotted;
  if (root.type !== 'identifier') return unmodelled;
  const heritage = HERITAGE.has(outer.parent!.type) || (outer.parent!.type === 'generic_type' && HERITAGE.has(outer.parent!.parent!.type));
  const typeQuery = outer.type === 'member_expression';
  if (isRoot && typeQuery) return null; // `typeof a.b`: `a` is a value like any other
  const declaration = scopes.resolve(root, typeQuery ? 'value' : 'namespace');
  if (isRoot) return !declaration ? { boundary: BOUNDARY.global } : declaration.kind === 'import' ? { boundary: BOUNDARY.imported } : unmodelled;
  if (heritage) return 'property';
  return !declaration || declaration.kind === 'import' ? { boundary: BOUNDARY.global } : unmodelled;
}
