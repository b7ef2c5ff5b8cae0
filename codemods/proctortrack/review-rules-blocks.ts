// Spec site RR-2: a provider check computing whether Review Rules show (flag, or hidden outright) becomes `show_review_rules(provider)`.
import { lineEnd, lineStart } from '../../src/engine/lines.ts';
import type { Edit, SyntaxNode, TransformContext } from '../../src/engine/types.ts';
import { unwrapParentheses, type ValueTest } from '../../transforms/python/comparisons.ts';
import { deleteStatement } from '../../transforms/python/lines.ts';
import { enclosingDefinition, statementOf, usesOf } from '../../transforms/python/nodes.ts';
import { checkEffect } from './check-effects.ts';
import { otherProvidersNote, splitOthers } from './check-rewrite.ts';
import { providerCheck, vendorOperands } from './provider-check.ts';

const HELPER = 'show_review_rules';

export interface ProviderBlock {
  /** The statements computing the local: an `if`, a conditional-expression assignment, or `v = True` then an `if`. */
  statements: SyntaxNode[];
  local: string;
  check: ValueTest;
}

const isFlagCheck = (n: SyntaxNode) => n.type === 'call' && /^(\w+\s*\.\s*)?SHOW_REVIEW_RULES_FLAG\s*\.\s*is_enabled$/.test(n.childForFieldName('function')?.text ?? '');
/** What the vendor's side computed: the flag, or Review Rules hidden outright. */
const isVendorSide = (n: SyntaxNode) => isFlagCheck(unwrapParentheses(n)) || unwrapParentheses(n).type === 'false';
const isTrue = (n: SyntaxNode) => unwrapParentheses(n).type === 'true';

/** `v = <value>` for a block or statement holding exactly that assignment, when test(value) → [v, the assignment]. */
function assignedFrom(node: SyntaxNode | null | undefined, test: (value: SyntaxNode) => boolean): string | null {
  const statements = node?.type === 'block' ? node.namedChildren.filter((c) => c.type !== 'comment') : node ? [node] : [];
  if (statements.length !== 1 || statements[0].type !== 'expression_statement') return null;
  const assignment = statements[0].namedChildren[0];
  const left = assignment?.childForFieldName('left');
  const right = assignment?.childForFieldName('right');
  return assignment?.type === 'assignment' && left?.type === 'identifier' && right && test(right) ? left.text : null;
}

/** The provider check that is the whole condition (any spelling the campaign recognises). */
function wholeCheck(condition: SyntaxNode | null | undefined): ValueTest | null {
  if (!condition) return null;
  const check = vendorOperands(condition).map(providerCheck).find((c) => c && c.node.id === unwrapParentheses(condition).id);
  // A check naming LTI too is left for review: LTI has no backend entry to carry "show_review_rules".
  return check && !splitOthers(check).kept.length ? check : null;
}

function conditionalBlock(statement: SyntaxNode): ProviderBlock | null {
  const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
  const value = assignment?.type === 'assignment' ? unwrapParentheses(assignment.childForFieldName('right')!) : null;
  if (value?.type !== 'conditional_expression') return null;
  const [yes, test, no] = value.namedChildren;
  const local = assignment!.childForFieldName('left')!;
  const check = wholeCheck(test);
  if (!check || local.type !== 'identifier') return null;
  const [vendorSide, otherSide] = check.negated ? [no, yes] : [yes, no];
  return isVendorSide(vendorSide) && isTrue(otherSide) ? { statements: [statement], local: local.text, check } : null;
}

/** RR-2: `if <check>: v = FLAG.is_enabled(..) | False else: v = True` (either polarity), `v = True` then the `if`, or `v = x if c else y`. */
export function providerBlock(statement: SyntaxNode): ProviderBlock | null {
  if (statement.type !== 'if_statement') return conditionalBlock(statement);
  const check = wholeCheck(statement.childForFieldName('condition'));
  const alternatives = statement.childrenForFieldName('alternative');
  if (!check || alternatives.some((a) => a.type !== 'else_clause')) return null;
  const [whenTrue, whenFalse] = [statement.childForFieldName('consequence'), alternatives[0]?.childForFieldName('body')];
  const [vendorBranch, otherBranch] = check.negated ? [whenFalse, whenTrue] : [whenTrue, whenFalse];
  const local = assignedFrom(vendorBranch, isVendorSide);
  if (!local) return null;
  if (otherBranch) return assignedFrom(otherBranch, isTrue) === local ? { statements: [statement], local, check } : null;
  // No else: the statement just above set the default.
  const previous = statement.previousNamedSibling;
  if (check.negated || !previous || assignedFrom(previous, isTrue) !== local) return null;
  return { statements: [previous, statement], local, check };
}

/** Rewrite one provider block: drop it, and read the helper wherever the local was read. Null when unsafe. */
export function rewriteBlock(text: string, block: ProviderBlock, ctx: TransformContext): Edit[] | null {
  const [first, last] = [block.statements[0], block.statements.at(-1)!];
  const provider = block.check.subject.text;
  const scope = enclosingDefinition(first, 'function_definition') ?? first.tree.rootNode;
  const inBlock = (n: SyntaxNode) => n.startIndex >= first.startIndex && n.endIndex <= last.endIndex;
  const reads = usesOf(scope, block.local).filter((n) => !inBlock(n));
  const rebinds = [...reads, ...usesOf(scope, HELPER).filter((n) => !inBlock(n))].filter((n) => {
    const parent = n.parent;
    return parent?.type === 'assignment' || parent?.type === 'parameters' || parent?.type === 'default_parameter' || parent?.type === 'for_statement';
  });
  const removals = block.statements.map((s) => deleteStatement(text, s, { withCommentsAbove: (c) => /review.rules|proctortrack/i.test(c) }));
  if (rebinds.length || removals.some((r) => !r) || !reads.length) {
    ctx.review({
      siteKind: 'RR-2',
      at: last,
      reason: `\`${block.local}\` is rebound or read in ways this codemod cannot follow`,
      suggestion: `Delete this block and read \`${HELPER}(${provider})\` where \`${block.local}\` was read.`,
    });
    return null;
  }
  ctx.site('RR-2', last);
  const call = `${HELPER}(${provider})`;
  const note = otherProvidersNote(block.check, call, '"show_review_rules": False', 'hidden-review-rules-vendors');
  if (note) ctx.warn(note);
  // A local read more than once keeps its name (one lookup); the spec's own local shares the helper's name, so it goes.
  if (block.local !== HELPER && reads.length > 1) {
    const start = lineStart(text, first.startIndex);
    const indent = text.slice(start, first.startIndex);
    return [{ start, end: lineEnd(text, last.endIndex), text: `${indent}${block.local} = ${call}\n` }];
  }
  return [...(removals as Edit[]), ...reads.map((n) => ({ start: n.startIndex, end: n.endIndex, text: call }))];
}

/** Review-rules provider checks outside the blocks rewritten: a review item each; returns their statements (the flag uses in them need no other item). */
export function reviewUnhandledChecks(root: SyntaxNode, handled: SyntaxNode[], ctx: TransformContext): SyntaxNode[] {
  const covered = (n: SyntaxNode) => handled.some((h) => n.startIndex >= h.startIndex && n.endIndex <= h.endIndex);
  const reviewed: SyntaxNode[] = [];
  for (const operand of vendorOperands(root).filter((n) => !covered(n))) {
    const check = providerCheck(operand);
    if (!check || reviewed.some((r) => r.id === statementOf(check.node).id) || checkEffect(check.node).kind !== 'review-rules') continue;
    reviewed.push(statementOf(check.node));
    ctx.review({
      siteKind: 'RR-2',
      at: check.node,
      reason: splitOthers(check).kept.length
        ? 'a provider check decides whether Review Rules show, and names LTI too, which has no backend entry to carry "show_review_rules"'
        : 'a provider check decides whether Review Rules show, in a shape this codemod does not rewrite',
      suggestion: `Compute it as \`${HELPER}(${check.subject.text})\` (the backend's "show_review_rules" decides), keeping any LTI case explicit, and delete the Proctortrack case.`,
    });
  }
  return reviewed;
}
