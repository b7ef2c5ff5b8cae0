// Recognise tests of a subject against a literal in Python: `x == 'v'`, `'v' != x`, `x in ('v', 'w')`, `x == 'v' or x == 'w'`.
import type { SyntaxNode } from '../../src/engine/types.ts';
import { stringValue } from './nodes.ts';

export interface LiteralComparison {
  /** The whole comparison node (for a chain, the whole `or`/`and` expression). */
  node: SyntaxNode;
  /** The non-literal operand, without its parentheses and a case-folding call such as `.lower()`. */
  subject: SyntaxNode;
  /** True for `!=`, `not in`, and `and` chains of `!=`. */
  negated: boolean;
}

export interface ValueTest extends LiteralComparison {
  /** The other literal values tested alongside (a membership test's members, a chain's other values), in source order. */
  others: string[];
}

const CASE_FOLDS = new Set(['lower', 'casefold']);

export function unwrapParentheses(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.namedChildren.length === 1) current = current.namedChildren[0];
  return current;
}

/** `x.lower()` / `x.casefold()` → x (comparing the folded value with a lower-case literal tests x's value). */
export function withoutCaseFold(node: SyntaxNode): SyntaxNode {
  const callee = node.type === 'call' ? node.childForFieldName('function') : null;
  const args = node.childForFieldName('arguments');
  const folds = callee?.type === 'attribute' && CASE_FOLDS.has(callee.childForFieldName('attribute')?.text ?? '') && !args?.namedChildren.length;
  return folds ? unwrapParentheses(callee!.childForFieldName('object')!) : node;
}

/** The operator of a comparison as written, e.g. `==`, `in`, `not in`, `is not`. */
export function comparisonOperator(comparison: SyntaxNode): string {
  return comparison.children.filter((c) => !c.isNamed).map((c) => c.type).join(' ');
}

/** How an operand's literal value is read: a plain string by default; a caller may also resolve named constants. */
export type ValueOf = (node: SyntaxNode) => string | null;

/** `subject == 'value'` or `'value' == subject` (or `!=`); null for anything else, chained comparisons included. */
export function literalComparison(node: SyntaxNode, value: string, valueOf: ValueOf = stringValue): LiteralComparison | null {
  const comparison = unwrapParentheses(node);
  if (comparison.type !== 'comparison_operator' || comparison.namedChildren.length !== 2) return null;
  const operator = comparisonOperator(comparison);
  if (operator !== '==' && operator !== '!=') return null;
  const [left, right] = comparison.namedChildren;
  const leftIsValue = valueOf(left) === value;
  const rightIsValue = valueOf(right) === value;
  if (leftIsValue === rightIsValue) return null;
  return { node: comparison, subject: withoutCaseFold(unwrapParentheses(leftIsValue ? right : left)), negated: operator === '!=' };
}

/** `subject in ('a', 'value')` (tuple, list or set of plain strings only), or `not in`. */
function membershipTest(node: SyntaxNode, value: string, valueOf: ValueOf): ValueTest | null {
  const comparison = unwrapParentheses(node);
  if (comparison.type !== 'comparison_operator' || comparison.namedChildren.length !== 2) return null;
  const operator = comparisonOperator(comparison);
  if (operator !== 'in' && operator !== 'not in') return null;
  const [subject, members] = comparison.namedChildren;
  if (!['tuple', 'list', 'set'].includes(members.type)) return null;
  const values = members.namedChildren.filter((c) => c.type !== 'comment').map(valueOf);
  if (!values.includes(value) || values.some((v) => v === null)) return null;
  const others = [...new Set(values.filter((v): v is string => v !== value))];
  return { node: comparison, subject: withoutCaseFold(unwrapParentheses(subject)), negated: operator === 'not in', others };
}

/** Operands of a run of one boolean operator, `a or b or c` (left-nested in the tree), in source order. */
function chainOperands(node: SyntaxNode, operator: string): SyntaxNode[] {
  const test = unwrapParentheses(node);
  if (test.type !== 'boolean_operator' || test.childForFieldName('operator')?.type !== operator) return [test];
  return [...chainOperands(test.childForFieldName('left')!, operator), ...chainOperands(test.childForFieldName('right')!, operator)];
}

/** The outermost `or`/`and` chain holding node, through parentheses. */
function outermostChain(node: SyntaxNode, operator: string): SyntaxNode | null {
  let chain: SyntaxNode | null = null;
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'parenthesized_expression') continue;
    if (current.type !== 'boolean_operator' || current.childForFieldName('operator')?.type !== operator) break;
    chain = current;
  }
  return chain;
}

/** `x == 'a' or x == 'value'` (or `x != 'a' and x != 'value'`) on one subject: the whole chain as one membership test. */
function chainTest(single: LiteralComparison, value: string, valueOf: ValueOf): ValueTest | null {
  const chain = outermostChain(single.node, single.negated ? 'and' : 'or');
  if (!chain) return null;
  const others: string[] = [];
  for (const operand of chainOperands(chain, single.negated ? 'and' : 'or')) {
    const literal = operand.namedChildren.map(valueOf).find((v) => v !== null && v !== undefined);
    const other = literal ? literalComparison(operand, literal, valueOf) : null;
    if (!literal || !other || other.negated !== single.negated || other.subject.text !== single.subject.text) return null;
    if (literal !== value && !others.includes(literal)) others.push(literal);
  }
  return { node: chain, subject: single.subject, negated: single.negated, others };
}

/** Any test of `value` on a subject that the comparison node (holding the literal) is part of, or null. */
export function valueTest(comparison: SyntaxNode, value: string, valueOf: ValueOf = stringValue): ValueTest | null {
  const single = literalComparison(comparison, value, valueOf);
  if (!single) return membershipTest(comparison, value, valueOf);
  return chainTest(single, value, valueOf) ?? { ...single, others: [] };
}
