// Recognise `<expr> == 'literal'` / `'literal' != <expr>` (any quotes, any parentheses) in Python.
import type { SyntaxNode } from '../../src/engine/types.ts';
import { stringValue } from './nodes.ts';

export interface LiteralComparison {
  /** The whole comparison node. */
  node: SyntaxNode;
  /** The non-literal operand. */
  subject: SyntaxNode;
  /** True for `!=`. */
  negated: boolean;
}

export function unwrapParentheses(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.namedChildren.length === 1) current = current.namedChildren[0];
  return current;
}

/** `subject == 'value'` or `'value' == subject` (or `!=`); null for anything else, chained comparisons included. */
export function literalComparison(node: SyntaxNode, value: string): LiteralComparison | null {
  const comparison = unwrapParentheses(node);
  if (comparison.type !== 'comparison_operator' || comparison.namedChildren.length !== 2) return null;
  const operator = comparison.children.find((c) => !c.isNamed)?.type;
  if (operator !== '==' && operator !== '!=') return null;
  const [left, right] = comparison.namedChildren;
  const leftIsValue = stringValue(left) === value;
  const rightIsValue = stringValue(right) === value;
  if (leftIsValue === rightIsValue) return null;
  return { node: comparison, subject: leftIsValue ? right : left, negated: operator === '!=' };
}

/** The operator of a comparison as written, e.g. `==`, `in`, `not in`, `is not`. */
export function comparisonOperator(comparison: SyntaxNode): string {
  return comparison.children.filter((c) => !c.isNamed).map((c) => c.type).join(' ');
}
