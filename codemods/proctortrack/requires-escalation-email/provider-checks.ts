// Spec sites EE-2, EE-3, EE-6: "provider is Proctortrack" escalation-email checks become `requires_escalation_email(provider)`.
import type { Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { comparisonOperator, literalComparison, unwrapParentheses, type LiteralComparison } from '../../../transforms/python/comparisons.ts';
import { comparisonToCall } from '../../../transforms/python/replace-comparison.ts';
import { stringValue } from '../../../transforms/python/nodes.ts';
import { errorMessageEdits } from './error-messages.ts';
import { HELPER } from './names.ts';
import { VENDOR } from '../vendor.ts';

const ESCALATION_KEY = 'needs_proctoring_escalation_email';

/** `p in ('proctortrack',)` (any bracket) as a literal comparison; `multiple` when other members share the collection. */
function membership(node: SyntaxNode): (LiteralComparison & { multiple: boolean }) | null {
  const test = unwrapParentheses(node);
  if (test.type !== 'comparison_operator' || test.namedChildren.length !== 2) return null;
  const operator = comparisonOperator(test);
  if (operator !== 'in' && operator !== 'not in') return null;
  const [subject, members] = test.namedChildren;
  if (!['tuple', 'list', 'set'].includes(members.type)) return null;
  const elements = members.namedChildren.filter((c) => c.type !== 'comment');
  if (!elements.some((e) => stringValue(e) === VENDOR)) return null;
  return { node: test, subject, negated: operator === 'not in', multiple: elements.length > 1 };
}

/** What a vendor check decides, when this codemod knows it is the escalation-email requirement (and which site). */
function escalationContext(check: SyntaxNode, relPath: string): string | null {
  for (let node: SyntaxNode | null = check; node; node = node.parent) {
    const parent = node.parent;
    if (!parent) return null;
    if (parent.type === 'keyword_argument' && parent.childForFieldName('value')?.id === node.id) {
      return parent.childForFieldName('name')?.text === ESCALATION_KEY ? 'EE-3' : null;
    }
    if (parent.type === 'pair' && parent.childForFieldName('value')?.id === node.id) {
      return stringValue(parent.childForFieldName('key')) === ESCALATION_KEY ? 'EE-3' : null;
    }
    if (parent.type === 'assignment' && parent.childForFieldName('right')?.id === node.id) {
      if (!/escalation_email/.test(parent.childForFieldName('left')?.text ?? '')) return null;
      return /instructor/.test(relPath) ? 'EE-6' : 'EE-3';
    }
    // `<email> if <check> else None`: only the condition of a conditional expression is a check.
    if (parent.type === 'conditional_expression') {
      if (parent.namedChildren[1]?.id !== node.id) return null;
      continue;
    }
    if ((parent.type === 'if_statement' || parent.type === 'elif_clause') && parent.childForFieldName('condition')?.id === node.id) {
      const body = parent.childForFieldName('consequence')?.text ?? '';
      if (!body.includes('escalation_email')) return null;
      return /instructor/.test(relPath) || /^\s*escalation_email\s*=/m.test(body) ? 'EE-6' : 'EE-2';
    }
    if (!['parenthesized_expression', 'boolean_operator', 'not_operator', 'comparison_operator'].includes(parent.type)) return null;
  }
  return null;
}

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

export interface VendorCheck {
  check: LiteralComparison & { multiple?: boolean };
  /** The spec site the check belongs to. */
  site: string;
}

/** The escalation-email check a `'proctortrack'` literal belongs to, when this codemod recognises it. */
export function vendorCheck(literal: SyntaxNode, relPath: string): VendorCheck | null {
  if (stringValue(literal) !== VENDOR) return null;
  const candidate = literal.parent?.type === 'comparison_operator' ? literal.parent : literal.parent?.parent;
  if (!candidate || candidate.type !== 'comparison_operator') return null;
  const check = literalComparison(candidate, VENDOR) ?? membership(candidate);
  const site = check && escalationContext(check.node, relPath);
  return check && site ? { check, site } : null;
}

/** Vendor comparisons whose check is the escalation-email requirement (alone in a membership test): edits and sites. */
export function providerCheckEdits(text: string, root: SyntaxNode, relPath: string, ctx: TransformContext): CheckRewrites {
  const edits: Edit[] = [];
  const rewritten: SyntaxNode[] = [];
  for (const literal of root.descendantsOfType('string')) {
    const found = vendorCheck(literal, relPath);
    if (!found || found.check.multiple) continue;
    const { check, site } = found;
    ctx.site(site, check.node);
    rewritten.push(check.node);
    edits.push(comparisonToCall(check, (subject) => `${HELPER}(${subject})`));
    const statement = conditionOwner(check.node);
    if (statement) edits.push(...errorMessageEdits(text, statement, check.subject.text));
  }
  return { edits, rewritten };
}

/** The review of a membership test naming the vendor among other providers. */
export function membershipReview(found: VendorCheck) {
  return {
    siteKind: `${found.site}-membership`,
    reason: 'the escalation-email check tests Proctortrack together with other providers',
    suggestion: `Replace the membership test by \`${HELPER}(${found.check.subject.text})\` once those providers' backends set "requires_escalation_email": True, or keep them explicitly.`,
  };
}
