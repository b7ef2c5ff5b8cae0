// Spec site FE-2 (second half): the provider-change handler's `software_secure` branch that only sets the Zendesk default.
import { lineEnd, lineStart } from '../../../src/engine/lines.ts';
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import type { Edit, TransformContext } from '../../../src/engine/types.ts';
import { deleteSpan, standsAlone } from '../../../transforms/js/deletions.ts';
import { literalComparisons } from '../../../transforms/js/literal-comparisons.ts';
import type { BabelNode } from '../../../transforms/js/statement-removal.ts';

const statementsOf = (node: BabelNode | null): BabelNode[] => (!node ? [] : node.type === 'BlockStatement' ? node.body : [node]);

/**
 * What a branch does once the Zendesk default is ignored: `setCreateZendeskTickets(…)` calls and `createZendeskTickets: …`
 * entries go, and `setFormValues({ ...x })` reads as `setFormValues(x)`.
 */
function withoutZendesk(text: string, statements: BabelNode[]): string[] {
  return statements
    .map((s) => text.slice(s.start, s.end).replace(/\s+/g, '').replace(/;$/, ''))
    .filter((s) => !/^setCreateZendeskTickets\(.*\)$/.test(s))
    .map((s) => s.replace(/,createZendeskTickets:[^,{}()]+(?=[,}])|createZendeskTickets:[^,{}()]+,/g, ''))
    .map((s) => s.replace(/^(\w+)\(\{\.\.\.(\w+),?\}\)$/, '$1($2)'));
}

/** The statements that run for a provider no branch of this `if` chain names: the final `else`, or none. */
function fallbackOf(ifNode: BabelNode): BabelNode[] {
  let alternate = ifNode.alternate as BabelNode | null;
  while (alternate?.type === 'IfStatement') alternate = alternate.alternate;
  return statementsOf(alternate);
}

/** `else { … }`'s lines (comments too) moved up one level in place of the `if` they end, re-indented. */
function unwrapElse(text: string, ifNode: BabelNode): Edit | null {
  const block = ifNode.alternate as BabelNode;
  const open = lineEnd(text, block.start);
  const close = lineStart(text, block.end - 1);
  if (block.type !== 'BlockStatement' || !block.body.length || !standsAlone(text, ifNode.start, ifNode.end)) return null;
  if (text.slice(block.start + 1, open).trim() || text.slice(close, block.end - 1).trim()) return null;
  const outer = /^[ \t]*/.exec(text.slice(lineStart(text, ifNode.start)))![0];
  const inner = /^[ \t]*/.exec(text.slice(lineStart(text, block.body[0].start)))![0];
  if (!inner.startsWith(outer)) return null;
  const extra = inner.length - outer.length;
  const lines = text.slice(open, close).split('\n');
  const moved = lines.map((line) => line.slice(Math.min(extra, /^[ \t]*/.exec(line)![0].length)));
  return { start: lineStart(text, ifNode.start), end: lineEnd(text, ifNode.end), text: moved.join('\n') };
}

function removal(text: string, path: ASTPath, ifNode: BabelNode): Edit | null {
  const parent = path.parent.node as unknown as BabelNode;
  if (parent.type === 'IfStatement' && parent.alternate === ifNode) {
    // `… else if (software_secure) {…} else …` → `… else …`; a last `else if` goes from the end of the branch before.
    return ifNode.alternate ? { start: ifNode.start, end: ifNode.alternate.start, text: '' } : { start: parent.consequent.end, end: ifNode.end, text: '' };
  }
  if (parent.type !== 'BlockStatement') return null;
  if (!ifNode.alternate) return deleteSpan(text, ifNode.start, ifNode.end);
  if (ifNode.alternate.type === 'IfStatement') return { start: ifNode.start, end: ifNode.alternate.start, text: '' };
  return unwrapElse(text, ifNode);
}

/** Edits deleting each `value === 'software_secure'` branch in the change handlers, when it only sets the Zendesk default. */
export function softwareSecureBranches(j: JSCodeshift, text: string, handlers: ASTPath[], ctx: TransformContext): Edit[] {
  const edits: Edit[] = [];
  for (const handler of new Set(handlers)) {
    for (const comparison of literalComparisons(j, j(handler), 'software_secure')) {
      const ifPath = comparison.path.parent as ASTPath;
      const ifNode = ifPath.node as unknown as BabelNode;
      if (ifNode.type !== 'IfStatement' || ifNode.test !== comparison.node || comparison.negated) continue;
      const branch = withoutZendesk(text, statementsOf(ifNode.consequent));
      const fallback = withoutZendesk(text, fallbackOf(ifNode));
      const edit = branch.join(';') === fallback.join(';') ? removal(text, ifPath, ifNode) : null;
      if (!edit) {
        ctx.review({
          siteKind: 'FE-2',
          at: ifNode.start,
          siteText: text.slice(ifNode.start, ifNode.consequent.end),
          reason: "the 'software_secure' branch of the provider-change handler differs from what other providers get in more than the Zendesk default (or cannot be unwrapped cleanly): deleting it would change behaviour",
          suggestion: "Compare it with the final `else`: delete it if only createZendeskTickets differs, otherwise keep the branch without createZendeskTickets.",
        });
        continue;
      }
      ctx.site('FE-2', ifNode.start);
      edits.push(edit);
    }
  }
  return edits;
}
