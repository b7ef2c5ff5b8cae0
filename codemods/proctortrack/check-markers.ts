// Spec sites EE-2, EE-3, EE-6, RR-2: which data code touches (the escalation e-mail, the checklist key, Review Rules), traced through locals.
import type { SyntaxNode } from '../../src/engine/types.ts';
import { unwrapParentheses } from '../../transforms/python/comparisons.ts';
import { argumentsFor, assignedValues, readsOf, scopeOf } from '../../transforms/python/local-flow.ts';
import { findOfType, stringValue } from '../../transforms/python/nodes.ts';

/** What a name of data (a field, a settings or dict key, a keyword) is about. */
export type Marker = 'email' | 'checklist' | 'rules';

export interface MarkerHit {
  marker: Marker;
  /** The node of the guarded code that led to it. */
  at: SyntaxNode;
}

/** The checklist API key (spec section 1): its value is the escalation-email requirement itself. */
const CHECKLIST_KEY = 'needs_proctoring_escalation_email';
const FLAG = 'SHOW_REVIEW_RULES_FLAG';
const MAX_DEPTH = 3;

/** Field, key and keyword names only (never a local variable's name): `proctoring_escalation_email`, `show_review_rules`. */
export function markerOf(name: string | null | undefined): Marker | null {
  if (!name || !/^\w+$/.test(name)) return null;
  if (name === CHECKLIST_KEY) return 'checklist';
  if (/escalation_email/.test(name)) return 'email';
  return name === 'show_review_rules' || name === FLAG ? 'rules' : null;
}

const field = (node: SyntaxNode, name: string) => node.childForFieldName(name);
const isField = (node: SyntaxNode, name: string) => node.parent?.childForFieldName(name)?.id === node.id;

/** The names a value is read from: `course.proctoring_escalation_email`, `d.get('proctoring_escalation_email')`, through locals. */
function sourceNames(node: SyntaxNode, depth = 0): string[] {
  const value = unwrapParentheses(node);
  if (depth > MAX_DEPTH) return [];
  switch (value.type) {
    case 'attribute':
      return [field(value, 'attribute')!.text, ...sourceNames(field(value, 'object')!, depth)];
    case 'subscript':
      return [stringValue(field(value, 'subscript')) ?? '', ...sourceNames(field(value, 'value')!, depth)];
    case 'call': {
      const callee = field(value, 'function')!;
      const key = stringValue(field(value, 'arguments')?.namedChildren[0]) ?? '';
      if (callee.text === 'getattr') return [stringValue(field(value, 'arguments')?.namedChildren[1]) ?? '', ...sourceNames(field(value, 'arguments')!.namedChildren[0], depth)];
      return callee.type === 'attribute' ? [key, ...sourceNames(field(callee, 'object')!, depth)] : [];
    }
    case 'identifier': {
      const scope = scopeOf(value);
      const values = assignedValues(scope, value.text) ?? argumentsFor(scope, value.text) ?? [];
      return values.flatMap((v) => sourceNames(v, depth + 1));
    }
    case 'not_operator':
      return sourceNames(field(value, 'argument')!, depth);
    case 'boolean_operator':
    case 'conditional_expression':
      return value.namedChildren.flatMap((c) => sourceNames(c, depth));
    default:
      return [];
  }
}

/** Where a value read at node is stored: a keyword, a dict key, an attribute or key assigned, or (through a local) further on. */
function sinkNames(node: SyntaxNode, depth = 0): string[] {
  let value = node;
  // A branch of `a if c else b` is stored where the whole expression is.
  const isBranch = (n: SyntaxNode) => n.parent?.type === 'conditional_expression' && n.parent.namedChildren[1]?.id !== n.id;
  while (value.parent?.type === 'parenthesized_expression' || isBranch(value)) value = value.parent!;
  const parent = value.parent;
  if (!parent || depth > MAX_DEPTH) return [];
  if (parent.type === 'keyword_argument' && isField(value, 'value')) return [field(parent, 'name')!.text];
  if (parent.type === 'pair' && isField(value, 'value')) return [stringValue(field(parent, 'key')) ?? ''];
  if (parent.type !== 'assignment' || !isField(value, 'right')) return [];
  const target = field(parent, 'left')!;
  if (target.type === 'attribute') return [field(target, 'attribute')!.text];
  if (target.type === 'subscript') return [stringValue(field(target, 'subscript')) ?? ''];
  if (target.type !== 'identifier') return [];
  return readsOf(scopeOf(target), target.text).flatMap((read) => sinkNames(read, depth + 1));
}

const inside = (node: SyntaxNode, outer: SyntaxNode) => node.startIndex >= outer.startIndex && node.endIndex <= outer.endIndex;

/** The names one node of guarded code touches directly (a local's, through where it comes from or goes to). */
function namesAt(node: SyntaxNode, code: SyntaxNode[]): string[] {
  if (node.type === 'attribute') return [field(node, 'attribute')!.text];
  if (node.type === 'keyword_argument') return [field(node, 'name')!.text];
  if (node.type === 'string') return [stringValue(node) ?? ''];
  if (node.type !== 'identifier' || (node.parent?.type === 'attribute' && isField(node, 'attribute')) || (node.parent?.type === 'keyword_argument' && isField(node, 'name'))) return [];
  if (node.text === FLAG) return [FLAG];
  const assigned = node.parent?.type === 'assignment' && isField(node, 'left');
  if (!assigned) return sourceNames(node);
  // A local set here: what it is read as afterwards, outside this code.
  return readsOf(scopeOf(node), node.text)
    .filter((read) => !code.some((c) => inside(read, c)))
    .flatMap((read) => sinkNames(read));
}

/** Every marker the guarded code touches, with the node that led to it. */
export function markersIn(code: SyntaxNode[]): MarkerHit[] {
  const hits: MarkerHit[] = [];
  for (const node of code.flatMap((c) => findOfType(c, ['attribute', 'keyword_argument', 'string', 'identifier']))) {
    for (const name of namesAt(node, code)) {
      const marker = markerOf(name);
      if (marker) hits.push({ marker, at: node });
    }
  }
  return hits;
}
