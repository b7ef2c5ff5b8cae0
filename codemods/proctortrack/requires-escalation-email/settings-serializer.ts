// Spec site EE-5: the proctored-exam-settings configuration serializer declares `requires_escalation_email_providers`.
import type { Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { insertLinesAfter } from '../../../transforms/python/insert-lines.ts';
import { PROVIDERS_KEY } from './names.ts';

export const AVAILABLE_KEY = 'available_proctoring_providers';

/** The assignment of an `x = ...` statement, else null (shared with the view). */
export const assignmentOf = (statement: SyntaxNode) => (statement.type === 'expression_statement' && statement.namedChildren[0]?.type === 'assignment' ? statement.namedChildren[0] : null);

/** The configuration serializer: `requires_escalation_email_providers` declared like `available_proctoring_providers`. */
export function serializerEdits(text: string, root: SyntaxNode, ctx: TransformContext): Edit[] {
  const edits: Edit[] = [];
  for (const body of root.descendantsOfType('class_definition').map((c) => c.childForFieldName('body')!)) {
    const fields = body.namedChildren.map((s) => ({ s, a: assignmentOf(s) }));
    const available = fields.find((f) => f.a?.childForFieldName('left')?.text === AVAILABLE_KEY && f.a.childForFieldName('right')?.type === 'call');
    if (!available || fields.some((f) => f.a?.childForFieldName('left')?.text === PROVIDERS_KEY)) continue;
    // The list is declared as a list field even where the available one is not (upstream's `ChoiceField(<choices>)`).
    const right = available.a!.childForFieldName('right')!;
    const callee = right.childForFieldName('function')!.text;
    const field = /ListField$/.test(callee) ? right.text : callee.includes('.') ? `${callee.slice(0, callee.lastIndexOf('.'))}.ListField()` : null;
    if (!field) {
      ctx.review({ siteKind: 'EE-5', at: available.s, reason: `cannot tell which list field class to declare ${PROVIDERS_KEY} with`, suggestion: `Add \`${PROVIDERS_KEY} = serializers.ListField()\` beside ${AVAILABLE_KEY}.` });
      continue;
    }
    ctx.site('EE-5', available.s);
    edits.push(insertLinesAfter(text, available.s, [`${PROVIDERS_KEY} = ${field}`]));
  }
  return edits;
}
