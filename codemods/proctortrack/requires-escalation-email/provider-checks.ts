// Spec sites EE-2, EE-3, EE-6: provider checks whose guarded code is about the escalation e-mail become `requires_escalation_email(provider)`.
import type { Edit, ReviewRequest, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import type { ValueTest } from '../../../transforms/python/comparisons.ts';
import { checkEffect } from '../check-effects.ts';
import { checkRewrite } from '../check-rewrite.ts';
import { isProviderExpression, isVendorConstantValue, providerCheck, vendorOperands, vendorTest } from '../provider-check.ts';
import { errorMessageEdits } from './error-messages.ts';
import { HELPER } from './names.ts';
import { VENDOR_MENTION } from '../vendor.ts';

/** The `if`/`elif` whose condition holds node, if any. */
function conditionOwner(node: SyntaxNode): SyntaxNode | null {
  for (let current: SyntaxNode | null = node; current?.parent; current = current.parent) {
    const parent: SyntaxNode = current.parent;
    if ((parent.type === 'if_statement' || parent.type === 'elif_clause') && parent.childForFieldName('condition')?.id === current.id) return parent;
    if (!['parenthesized_expression', 'boolean_operator', 'not_operator'].includes(parent.type)) return null;
  }
  return null;
}

export interface CheckRewrites {
  edits: Edit[];
  /** The checks rewritten (for the comments around them). */
  rewritten: SyntaxNode[];
}

interface EscalationCheck {
  test: ValueTest;
  /** The spec site the check belongs to. */
  site: string;
}

/** The escalation-email check a vendor operand belongs to: a provider check guarding escalation-email code. */
function escalationCheck(literal: SyntaxNode): EscalationCheck | null {
  const test = providerCheck(literal);
  const effect = test && checkEffect(test.node);
  return test && effect?.kind === 'escalation-email' ? { test, site: effect.site } : null;
}

/** Every escalation-email check of a module: its rewrite to the helper, sites, and a note naming other providers it tested. */
export function providerCheckEdits(text: string, root: SyntaxNode, ctx: TransformContext): CheckRewrites {
  const edits: Edit[] = [];
  const rewritten: SyntaxNode[] = [];
  for (const operand of vendorOperands(root)) {
    const found = escalationCheck(operand);
    if (!found || rewritten.some((node) => node.id === found.test.node.id)) continue;
    const { test, site } = found;
    ctx.site(site, test.node);
    rewritten.push(test.node);
    edits.push(checkRewrite(test, HELPER, '"requires_escalation_email": True', 'escalation-email-vendors', ctx));
    const statement = conditionOwner(test.node);
    if (statement) edits.push(...errorMessageEdits(text, statement, test.subject.text));
  }
  return { edits, rewritten };
}

type Review = Omit<ReviewRequest, 'at'>;

/**
 * The review of a vendor comparison left in place: its subject is not traced to a provider, or the code it guards is
 * about neither the escalation e-mail nor Review Rules. Null for other literals, and for review-rules checks (the
 * show-review-rules codemod's).
 */
export function providerCheckReview(literal: SyntaxNode): Review | null {
  if (isVendorConstantValue(literal)) {
    return {
      siteKind: 'vendor-constant',
      reason: 'a module constant holds the vendor\'s name; the provider checks reading it are rewritten where this codemod recognises them',
      suggestion: 'Delete the constant once nothing reads it; leave it where code still needs the backend name.',
    };
  }
  const test = vendorTest(literal);
  if (!test) return null;
  const subject = test.subject.text;
  if (!isProviderExpression(test.subject)) {
    return {
      siteKind: 'vendor-comparison',
      reason: `\`${subject}\` is compared with Proctortrack but not traced to a course's proctoring provider`,
      suggestion: `If \`${subject}\` is a provider name and the code below needs an escalation email, use \`${HELPER}(${subject})\`; if it is user data, leave it.`,
    };
  }
  const effect = checkEffect(test.node);
  if (effect.kind !== 'other') return null;
  return {
    siteKind: 'provider-check',
    reason: `a provider check that ${effect.does}: neither the escalation email nor Review Rules`,
    suggestion: 'Make the behaviour a per-backend key of PROCTORING_BACKENDS (as "requires_escalation_email" and "show_review_rules" are), or drop the Proctortrack case.',
  };
}

/** A review-rules provider check: left to the show-review-rules codemod, which rewrites or reviews it. */
export function isReviewRulesCheck(literal: SyntaxNode): boolean {
  const test = providerCheck(literal);
  return !!test && checkEffect(test.node).kind === 'review-rules';
}

/** Reviews of vendor checks left through a constant whose name does not name the vendor (the mention review misses those). */
export function reviewConstantChecks(root: SyntaxNode, ctx: TransformContext): void {
  for (const operand of vendorOperands(root)) {
    if (operand.type !== 'identifier' || VENDOR_MENTION.test(operand.text) || isReviewRulesCheck(operand)) continue;
    const review = providerCheckReview(operand);
    if (review) ctx.review({ at: operand, siteText: `${operand.text} @ ${operand.parent!.text}`, ...review });
  }
}
