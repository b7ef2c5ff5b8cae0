// Replace a `<subject> == 'literal'` comparison (see comparisons.ts) by a call on its subject, keeping the polarity.
import type { Edit, SyntaxNode } from '../../src/engine/types.ts';
import type { LiteralComparison } from './comparisons.ts';

/** The comparison with the parentheses wrapped around it alone (they are redundant around a call). */
function withRedundantParentheses(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.parent?.type === 'parenthesized_expression' && current.parent.namedChildren.length === 1) current = current.parent;
  return current;
}

/**
 * Edit turning `x == 'v'` into `call` and `x != 'v'` into `not call`, where call is built from the subject's text.
 * A call is a primary expression, so parentheses around `==` go (unless they hold a comment); `not call` keeps them,
 * except under a `not`, which the negation cancels.
 */
export function comparisonToCall(comparison: LiteralComparison, buildCall: (subject: string) => string): Edit {
  const call = buildCall(comparison.subject.text);
  const outer = withRedundantParentheses(comparison.node);
  // `not (x != 'v')` → `call`: the two negations cancel.
  const negation = outer.parent?.type === 'not_operator' && !outer.descendantsOfType('comment').length ? outer.parent : null;
  if (comparison.negated && negation) return { start: negation.startIndex, end: negation.endIndex, text: call };
  if (comparison.negated) return { start: comparison.node.startIndex, end: comparison.node.endIndex, text: `not ${call}` };
  const target = outer.descendantsOfType('comment').length ? comparison.node : outer;
  return { start: target.startIndex, end: target.endIndex, text: call };
}
