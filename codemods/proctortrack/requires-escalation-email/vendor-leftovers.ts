// Spec section 7: every Proctortrack mention left after this codemod's edits (Python outside tests) becomes a review item.
import type { SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { findPair, pairKey } from '../../../transforms/python/dict-entries.ts';
import { findOfType, hasAncestor, statementOf } from '../../../transforms/python/nodes.ts';
import { isReviewRulesCheck, providerCheckReview } from './provider-checks.ts';
import { HELPER } from './names.ts';
import { VENDOR_MENTION } from '../vendor.ts';

/** Sites the campaign's other codemods rewrite (Zendesk option, review-rules flag): they run before or after this one. */
const OTHER_CODEMODS = /zendesk|SHOW_REVIEW_RULES_FLAG/i;

/** The statement a node belongs to; for a comment, the statement it sits above (or the block it closes). */
function ownerStatement(node: SyntaxNode): SyntaxNode {
  if (node.type !== 'comment') return statementOf(node);
  let next = node.nextNamedSibling;
  while (next?.type === 'comment') next = next.nextNamedSibling;
  return next ?? (node.parent ? statementOf(node.parent) : node);
}

/**
 * Operator configuration (the operator-config codemod's, spec section 6): a string in a statement assigning the
 * backends, or a backend key / `DEFAULT` value in a statement that builds them (`.update({...})`, nested settings dicts).
 */
function isBackendsDefinition(node: SyntaxNode): boolean {
  const statement = node.type === 'string' ? statementOf(node) : null;
  const assignment = statement?.type === 'expression_statement' ? statement.namedChildren[0] : null;
  if (assignment?.type === 'assignment' && /PROCTORING_BACKENDS/.test(assignment.childForFieldName('left')?.text ?? '')) return true;
  const isDefaultValue = node.parent?.type === 'pair' && pairKey(node.parent) === 'DEFAULT' && node.parent.childForFieldName('value')?.id === node.id;
  return !!statement && (isDictKey(node) || isDefaultValue) && /PROCTORING_BACKENDS/.test(statement.text);
}

/** A `'proctortrack': {...}` backend entry that already carries both per-backend keys (spec section 6 after-state). */
function isMigratedBackendEntry(literal: SyntaxNode): boolean {
  const pair = literal.parent;
  const value = pair?.type === 'pair' && pair.childForFieldName('key')?.id === literal.id ? pair.childForFieldName('value') : null;
  return value?.type === 'dictionary' && !!findPair(value, 'requires_escalation_email') && !!findPair(value, 'show_review_rules');
}

export const isDictKey = (node: SyntaxNode) => node.parent?.type === 'pair' && pairKey(node.parent) !== null && node.parent.childForFieldName('key')?.id === node.id;

/**
 * A default backend name in a module that hashes (edx-proctoring's `scripts/obscure_user.py`): the name is part of what
 * is hashed, so a neutral rename would change every id the code produces.
 */
function isHashedDefault(node: SyntaxNode): boolean {
  const parent = node.parent;
  const isDefault =
    parent?.type === 'default_parameter' ||
    parent?.type === 'typed_default_parameter' ||
    (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.text === 'default');
  return node.type === 'string' && isDefault && /\b(hashlib|hmac)\b/.test(node.tree.rootNode.text);
}

function describe(node: SyntaxNode): { siteKind: string; reason: string; suggestion: string } {
  const check = node.type === 'string' || node.type === 'identifier' ? providerCheckReview(node) : null;
  if (check) return check;
  if (isHashedDefault(node)) {
    return {
      siteKind: 'hashed-default',
      reason: 'default backend name that feeds a hash: changing it changes every id this code produces',
      suggestion: 'Keep it while ids made with it must still match (e.g. obscured user ids in vendor reports); if it must change, announce it.',
    };
  }
  if (node.type === 'comment') {
    return { siteKind: 'vendor-comment', reason: 'comment names Proctortrack', suggestion: 'Reword it provider-neutrally, or delete it if it describes removed behaviour.' };
  }
  if (node.type === 'identifier') {
    return { siteKind: 'vendor-identifier', reason: `identifier \`${node.text}\` names the vendor`, suggestion: 'Rename it after what it means (e.g. the escalation-email requirement).' };
  }
  if (isDictKey(node)) {
    return {
      siteKind: 'backend-entry',
      reason: 'a `proctortrack` backend entry: its behaviour now comes from per-backend keys',
      suggestion: 'If Proctortrack stays in use (plugin installed separately), give the entry "requires_escalation_email": True and "show_review_rules": False; otherwise remove it.',
    };
  }
  return {
    siteKind: 'vendor-literal',
    reason: 'Proctortrack named in a context this codemod does not recognise',
    suggestion: `Decide by hand: provider checks become \`${HELPER}(<provider>)\`; user-facing text should not name a vendor.`,
  };
}

/** Vendor mentions (strings, comments, identifiers) except the campaign's other codemods' sites and (outside tests) operator configuration. */
export function leftoverMentions(root: SyntaxNode, inTests = false): SyntaxNode[] {
  const mentions = findOfType(root, ['string', 'comment', 'identifier'], (n) => VENDOR_MENTION.test(n.text) && !hasAncestor(n, (a) => a.type === 'string'));
  return mentions.filter((node) => !OTHER_CODEMODS.test(ownerStatement(node).text) && (inTests || !isBackendsDefinition(node)) && !isMigratedBackendEntry(node));
}

/** Identifies a mention for its review id: the mention within its statement (equal literals elsewhere get their own item). */
export function siteTextOf(node: SyntaxNode): string {
  const owner = ownerStatement(node);
  return owner.id === node.id ? node.text : `${node.text} @ ${owner.text.split('\n')[0]}`;
}

/** The offset of the vendor's name inside a mention (a docstring's mention may be lines below its start). */
export function mentionOffset(node: SyntaxNode): number {
  return node.startIndex + Math.max(0, node.text.search(VENDOR_MENTION));
}

/** Numbers repeated site texts (`… #2`) so equal code at two places gets two review items. */
export function uniqueSiteTexts(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const count = (seen.get(text) ?? 0) + 1;
    seen.set(text, count);
    return count === 1 ? text : `${text} #${count}`;
  };
}

/** Review every vendor mention left in a Python module outside tests (run after this codemod's edits). */
export function reviewLeftovers(root: SyntaxNode, ctx: TransformContext): void {
  const texts = uniqueSiteTexts();
  // A review-rules provider check is the show-review-rules codemod's (it runs next): it rewrites or reviews it.
  for (const node of leftoverMentions(root).filter((n) => !isReviewRulesCheck(n))) ctx.review({ at: mentionOffset(node), siteText: texts(siteTextOf(node)), ...describe(node) });
}
