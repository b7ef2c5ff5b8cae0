// Spec site RR-3 in tests: `@override_waffle_flag(SHOW_REVIEW_RULES_FLAG, ...)` decorators (section 5: flag the gap).
import type { Edit, SyntaxNode, TransformContext } from '../../src/engine/types.ts';
import { deleteStatement } from '../../transforms/python/lines.ts';

const FLAG = 'SHOW_REVIEW_RULES_FLAG';
const HELPER = 'show_review_rules';

/** RR-3 in tests: `@override_waffle_flag(SHOW_REVIEW_RULES_FLAG, ...)` decorators go; the test is flagged. */
export function testOverrides(text: string, root: SyntaxNode, ctx: TransformContext): Edit[] {
  const edits: Edit[] = [];
  for (const decorator of root.descendantsOfType('decorator')) {
    const call = decorator.namedChildren[0];
    if (call?.type !== 'call' || call.childForFieldName('function')?.text !== 'override_waffle_flag') continue;
    if (call.childForFieldName('arguments')?.namedChildren[0]?.text !== FLAG) continue;
    const edit = deleteStatement(text, decorator);
    if (!edit) continue;
    const target = decorator.parent?.childForFieldName('definition');
    const name = target?.childForFieldName('name')?.text ?? 'this test';
    ctx.site('RR-3', decorator);
    ctx.review({
      siteKind: 'RR-3-test',
      at: decorator,
      siteText: `${name} ${decorator.text}`,
      reason: `${name} toggled ${FLAG}, which is deleted; its override was removed and the test may no longer test what it says`,
      suggestion: `Drive it with override_settings(PROCTORING_BACKENDS={..., "<provider>": {"show_review_rules": False}}) and assert on ${HELPER}; keep at least one test of ${HELPER}.`,
    });
    edits.push(edit);
  }
  return edits;
}
