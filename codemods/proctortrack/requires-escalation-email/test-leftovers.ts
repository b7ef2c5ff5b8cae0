// Spec section 5: whatever names Proctortrack in a test after the mechanical rewrites is a review item naming the test.
import type { SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { backendOverrides, isInside, testName } from './test-overrides.ts';
import { isDictKey, leftoverMentions, mentionOffset, siteTextOf, uniqueSiteTexts } from './vendor-leftovers.ts';

const SUGGESTION =
  'Drive the test with override_settings(PROCTORING_BACKENDS={"test_proctoring_provider": {"requires_escalation_email": True}}) and use that provider, or drop the vendor name.';

export function reviewTestLeftovers(root: SyntaxNode, ctx: TransformContext): void {
  const texts = uniqueSiteTexts();
  const overrides = backendOverrides(root);
  for (const node of leftoverMentions(root, true)) {
    const test = testName(node);
    const at = mentionOffset(node);
    const siteText = texts(`${test}: ${siteTextOf(node)}`);
    if (isDictKey(node) && overrides.some((o) => isInside(node, o.dict))) {
      ctx.review({
        siteKind: 'test-backend-override',
        at,
        siteText,
        reason: `${test} overrides the proctortrack backend and the override was not rewritten (the test is not about the escalation email, the entry is not a plain dict, or the test already uses test_proctoring_provider as a provider that needs no escalation email)`,
        suggestion: 'Give the backend it needs the per-backend keys ("requires_escalation_email", "show_review_rules") under a neutral name such as "test_proctoring_provider".',
      });
      continue;
    }
    const what = node.type === 'comment' ? 'a comment' : node.type === 'identifier' ? `the name \`${node.text}\`` : 'a string';
    ctx.review({ siteKind: 'test-vendor', at, siteText, reason: `${test}: ${what} names Proctortrack and no mechanical rewrite applies`, suggestion: SUGGESTION });
  }
}
