// Spec site ZD-2: the "is the Zendesk field right for the provider" block of validate_proctoring_settings (read + log).
import type { Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { enclosingDefinition, findOfType, hasAncestor, usesOf } from '../../../transforms/python/nodes.ts';
import { deleteStatements } from '../../../transforms/python/statement-runs.ts';
import { FIELD, mentionsField, mentionsZendesk } from './python-common.ts';

const LOGGER = /^(log|logger|LOG|LOGGER|logging)\.(debug|info|warning|warn|error|exception)$/;

/** Names a statement binds when it only assigns locals, logs, or branches over such statements; null otherwise. */
function pureBindings(statement: SyntaxNode): string[] | null {
  if (statement.type === 'comment') return [];
  if (statement.type === 'expression_statement') {
    const expression = statement.namedChildren[0];
    if (expression?.type === 'call') return LOGGER.test(expression.childForFieldName('function')?.text ?? '') ? [] : null;
    const left = expression?.type === 'assignment' ? expression.childForFieldName('left') : null;
    return left?.type === 'identifier' ? [left.text] : null;
  }
  if (statement.type === 'if_statement') {
    const blocks = [statement.childForFieldName('consequence'), ...statement.childrenForFieldName('alternative').map((a) => a.childForFieldName('consequence') ?? a.childForFieldName('body'))];
    const names: string[] = [];
    for (const child of blocks.flatMap((b) => b?.namedChildren ?? [])) {
      const bound = pureBindings(child);
      if (!bound) return null;
      names.push(...bound);
    }
    return names;
  }
  return null;
}

/** The run of statements in one block that read the field, compute from it, or log about it; null when anything else depends on them. */
function zendeskCheck(block: SyntaxNode): SyntaxNode[] | null {
  const tainted = new Set<string>([FIELD]);
  const doomed: SyntaxNode[] = [];
  for (const statement of block.namedChildren.filter((c) => c.type !== 'comment')) {
    const reads = mentionsField(statement) || findOfType(statement, 'identifier', (n) => tainted.has(n.text)).length > 0;
    if (!reads) continue;
    const bound = pureBindings(statement);
    if (!bound) return null;
    bound.forEach((name) => tainted.add(name));
    doomed.push(statement);
  }
  const scope = enclosingDefinition(block, 'function_definition') ?? block;
  const removed: Edit[] = doomed.map((s) => ({ start: s.startIndex, end: s.endIndex, text: '' }));
  const stillRead = [...tainted].some((name) => usesOf(scope, name, removed).length > 0);
  return stillRead || !doomed.length ? null : doomed;
}

function depth(node: SyntaxNode): number {
  let count = 0;
  for (let current = node.parent; current; current = current.parent) count++;
  return count;
}

export function validationEdits(text: string, root: SyntaxNode, ctx: TransformContext): Edit[] {
  const reads = findOfType(root, 'expression_statement', (n) => n.parent?.type === 'block' && mentionsField(n));
  const blocks = [...new Map(reads.map((r) => [r.parent!.id, r.parent!])).values()].sort((a, b) => depth(a) - depth(b));
  const doomed: SyntaxNode[] = [];
  const refused: SyntaxNode[] = [];
  for (const block of blocks) {
    if (hasAncestor(block, (a) => doomed.some((d) => d.id === a.id) || refused.some((r) => r.id === a.id))) continue;
    const check = zendeskCheck(block);
    if (!check) {
      refused.push(block);
      ctx.review({
        siteKind: 'ZD-2',
        at: reads.find((r) => r.parent!.id === block.id)!,
        reason: `${FIELD} is read here by code this codemod cannot prove only logs about it`,
        suggestion: `Delete the Zendesk check (read of ${FIELD} and the log about it) by hand.`,
      });
      continue;
    }
    check.forEach((statement) => ctx.site('ZD-2', statement));
    doomed.push(...check);
  }
  return deleteStatements(text, doomed, mentionsZendesk).edits;
}
