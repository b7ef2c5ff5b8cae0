// Spec site EE-1: the advanced-settings exclude list hides the escalation email unless a `proctortrack` backend exists.
import type { Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { comparisonOperator, unwrapParentheses } from '../../../transforms/python/comparisons.ts';
import { deeper, indentOf } from '../../../transforms/python/insert-lines.ts';
import { stringValue } from '../../../transforms/python/nodes.ts';
import { quoteOf } from '../../../transforms/python/quotes.ts';
import { markersIn } from '../check-markers.ts';
import { HELPER } from './names.ts';
import { VENDOR } from '../vendor.ts';

const MAX_LINE = 120;
const sameCode = (a: SyntaxNode, b: SyntaxNode) => a.text.replace(/\s+/g, '') === b.text.replace(/\s+/g, '');

/** `B.get('proctortrack'[, None]) is None` or `'proctortrack' not in B` → B and the literal; null otherwise. */
function vendorAbsence(node: SyntaxNode): { backends: SyntaxNode; literal: SyntaxNode } | null {
  const test = unwrapParentheses(node);
  if (test.type !== 'comparison_operator' || test.namedChildren.length !== 2) return null;
  const [left, right] = test.namedChildren;
  const operator = comparisonOperator(test);
  if (operator === 'not in' && stringValue(left) === VENDOR) return { backends: right, literal: left };
  if (operator !== 'is' || right.type !== 'none' || left.type !== 'call') return null;
  const callee = left.childForFieldName('function');
  const args = left.childForFieldName('arguments')?.namedChildren ?? [];
  if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'get') return null;
  if (stringValue(args[0]) !== VENDOR || (args.length === 2 && args[1].type !== 'none') || args.length > 2) return null;
  return { backends: callee.childForFieldName('object')!, literal: args[0] };
}

/** `[not B or] <absence of proctortrack in B>` → B and the literal. */
function backendPresenceCheck(condition: SyntaxNode): { backends: SyntaxNode; literal: SyntaxNode } | null {
  const test = unwrapParentheses(condition);
  if (test.type !== 'boolean_operator') return vendorAbsence(test);
  const left = unwrapParentheses(test.childForFieldName('left')!);
  const absence = test.childForFieldName('operator')?.type === 'or' && left.type === 'not_operator' ? vendorAbsence(test.childForFieldName('right')!) : null;
  const emptiness = left.childForFieldName('argument');
  return absence && emptiness && sameCode(unwrapParentheses(emptiness), absence.backends) ? absence : null;
}

/** `not any(...)` over the backends (except DEFAULT, which names a provider), on one line or split black-style. */
function hiddenUnlessRequired(text: string, statement: SyntaxNode, backends: string, quote: string): string {
  const indent = indentOf(text, statement);
  const oneLine = `not any(${HELPER}(provider) for provider in ${backends} if provider != ${quote}DEFAULT${quote})`;
  if (indent.length + `if ${oneLine}:`.length <= MAX_LINE) return oneLine;
  const inner = deeper(indent);
  return `not any(\n${inner}${HELPER}(provider)\n${inner}for provider in ${backends}\n${inner}if provider != ${quote}DEFAULT${quote}\n${indent})`;
}

/** EE-1 edits for an `if` hiding the escalation email: the condition, which must then import the helper. */
export function backendPresenceEdits(text: string, statement: SyntaxNode, ctx: TransformContext): Edit[] {
  const condition = statement.childForFieldName('condition');
  const consequence = statement.childForFieldName('consequence');
  if (!condition || !consequence) return [];
  // The shape of the condition first: tracing what a body does follows names through the whole module.
  const check = backendPresenceCheck(condition);
  // What the body does decides: it hides (or shows) the escalation-email field, whatever the names around it.
  if (!check || !markersIn([consequence]).some((hit) => hit.marker === 'email')) return [];
  ctx.site('EE-1', statement);
  const replacement = hiddenUnlessRequired(text, statement, check.backends.text, quoteOf(check.literal));
  return [{ start: condition.startIndex, end: condition.endIndex, text: replacement }];
}
