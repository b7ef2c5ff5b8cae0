// Spec section 5: whatever names Proctortrack in a test after the mechanical rewrites is a review item naming the test.
import type { Edit, SyntaxNode, TransformContext } from '../../../src/types.ts';
import { testName } from './test-overrides.ts';
import { leftoverMentions, mentionOffset, siteTextOf, uniqueSiteTexts } from './vendor-leftovers.ts';

export function reviewTestLeftovers(root: SyntaxNode, edits: readonly Edit[], reviewed: readonly SyntaxNode[], ctx: TransformContext): void {
  const texts = uniqueSiteTexts();
  for (const node of leftoverMentions(root, edits, reviewed)) {
    const test = testName(node);
    const what = node.type === 'comment' ? 'a comment' : node.type === 'identifier' ? `the name \`${node.text}\`` : 'a string';
    ctx.review({
      siteKind: 'test-vendor',
      at: mentionOffset(node),
      siteText: texts(`${test}: ${siteTextOf(node)}`),
      reason: `${test}: ${what} names Proctortrack and no mechanical rewrite applies (no backend override making the escalation email required)`,
      suggestion: 'Drive the test with override_settings(PROCTORING_BACKENDS={"test_proctoring_provider": {"requires_escalation_email": True}}) and use that provider, or drop the vendor name.',
    });
  }
}
