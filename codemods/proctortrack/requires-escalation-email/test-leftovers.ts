// Spec section 5: whatever names Proctortrack in a test after the mechanical rewrites is a review item naming the test.
import type { Edit, SyntaxNode, TransformContext } from '../../../src/types.ts';
import { testName } from './test-overrides.ts';
import { leftoverMentions } from './vendor-leftovers.ts';

export function reviewTestLeftovers(root: SyntaxNode, edits: readonly Edit[], ctx: TransformContext): void {
  for (const node of leftoverMentions(root, edits, [])) {
    const test = testName(node);
    const what = node.type === 'comment' ? 'a comment' : node.type === 'identifier' ? `the name \`${node.text}\`` : 'a string';
    ctx.review({
      siteKind: 'test-vendor',
      at: node,
      siteText: `${test}: ${node.text}`,
      reason: `${test}: ${what} names Proctortrack and no mechanical rewrite applies (no backend override making the escalation email required)`,
      suggestion: 'Drive the test with override_settings(PROCTORING_BACKENDS={"test_proctoring_provider": {"requires_escalation_email": True}}) and use that provider, or drop the vendor name.',
    });
  }
}
