// Spec section 7: every Proctortrack mention this codemod did not rewrite (in Python outside tests) becomes a review item.
import type { Edit, SyntaxNode, TransformContext } from '../../../src/types.ts';
import { findPair, pairKey } from '../../../transforms/python/dict-entries.ts';
import { findAll, hasAncestor, statementOf } from '../../../transforms/python/nodes.ts';
import { HELPER, VENDOR } from './wording.ts';

/** Sites the campaign's other codemods rewrite (Zendesk option, review-rules flag): they run before or after this one. */
const OTHER_CODEMODS = /zendesk|SHOW_REVIEW_RULES_FLAG/i;

const within = (node: SyntaxNode, range: { start: number; end: number }) => range.start <= node.startIndex && node.endIndex <= range.end;

/** The statement a node belongs to; for a comment, the statement it sits above (or the block it closes). */
function ownerStatement(node: SyntaxNode): SyntaxNode {
  if (node.type !== 'comment') return statementOf(node);
  let next = node.nextNamedSibling;
  while (next?.type === 'comment') next = next.nextNamedSibling;
  return next ?? (node.parent ? statementOf(node.parent) : node);
}

/** A string in a statement assigning the backends (operator configuration: the operator-config codemod's, spec section 6). */
function isBackendsDefinition(node: SyntaxNode): boolean {
  const statement = node.type === 'string' ? statementOf(node) : null;
  const assignment = statement?.type === 'expression_statement' ? statement.namedChildren[0] : null;
  return assignment?.type === 'assignment' && /PROCTORING_BACKENDS/.test(assignment.childForFieldName('left')?.text ?? '');
}

/** A `'proctortrack': {...}` backend entry that already carries both per-backend keys (spec section 6 after-state). */
function isMigratedBackendEntry(literal: SyntaxNode): boolean {
  const pair = literal.parent;
  const value = pair?.type === 'pair' && pair.childForFieldName('key')?.id === literal.id ? pair.childForFieldName('value') : null;
  return value?.type === 'dictionary' && !!findPair(value, 'requires_escalation_email') && !!findPair(value, 'show_review_rules');
}

function describe(node: SyntaxNode): { siteKind: string; reason: string; suggestion: string } {
  if (node.type === 'comment') {
    return { siteKind: 'vendor-comment', reason: 'comment names Proctortrack', suggestion: 'Reword it provider-neutrally, or delete it if it describes removed behaviour.' };
  }
  if (node.type === 'identifier') {
    return { siteKind: 'vendor-identifier', reason: `identifier \`${node.text}\` names the vendor`, suggestion: 'Rename it after what it means (e.g. the escalation-email requirement).' };
  }
  if (node.parent?.type === 'pair' && pairKey(node.parent) !== null && node.parent.childForFieldName('key')?.id === node.id) {
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

/** Vendor mentions not covered by edits, by an earlier review, or by the campaign's other codemods. */
export function leftoverMentions(root: SyntaxNode, edits: readonly Edit[], reviewed: readonly SyntaxNode[]): SyntaxNode[] {
  const mentions = findAll(root, (n) => {
    if (n.type === 'string' || n.type === 'comment') return VENDOR.test(n.text);
    return n.type === 'identifier' && VENDOR.test(n.text) && !hasAncestor(n, (a) => a.type === 'string');
  });
  return mentions.filter((node) => {
    if (node.type === 'string' && hasAncestor(node, (a) => a.type === 'string')) return false;
    if (edits.some((e) => node.startIndex < e.end && e.start < node.endIndex) && !VENDOR.test(editedText(node, edits))) return false;
    if (reviewed.some((r) => within(node, { start: r.startIndex, end: r.endIndex }))) return false;
    return !OTHER_CODEMODS.test(ownerStatement(node).text) && !isBackendsDefinition(node) && !isMigratedBackendEntry(node);
  });
}

/** The node's text once the edits inside it are applied (an edit reaching outside it counts as covering it). */
function editedText(node: SyntaxNode, edits: readonly Edit[]): string {
  const inside = edits.filter((e) => e.start >= node.startIndex && e.end <= node.endIndex).sort((a, b) => b.start - a.start);
  if (edits.some((e) => e.start < node.endIndex && node.startIndex < e.end && !(e.start >= node.startIndex && e.end <= node.endIndex))) return '';
  let text = node.text;
  for (const e of inside) text = text.slice(0, e.start - node.startIndex) + e.text + text.slice(e.end - node.startIndex);
  return text;
}

/** Identifies a mention for its review id: the mention within its statement (equal literals elsewhere get their own item). */
export function siteTextOf(node: SyntaxNode): string {
  const owner = ownerStatement(node);
  return owner.id === node.id ? node.text : `${node.text} @ ${owner.text.split('\n')[0]}`;
}

/** The offset of the vendor's name inside a mention (a docstring's mention may be lines below its start). */
export function mentionOffset(node: SyntaxNode): number {
  return node.startIndex + Math.max(0, node.text.search(VENDOR));
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

/** Review every vendor mention this codemod left (Python outside tests). */
export function reviewLeftovers(root: SyntaxNode, edits: readonly Edit[], reviewed: readonly SyntaxNode[], ctx: TransformContext): void {
  const texts = uniqueSiteTexts();
  for (const node of leftoverMentions(root, edits, reviewed)) ctx.review({ at: mentionOffset(node), siteText: texts(siteTextOf(node)), ...describe(node) });
}
