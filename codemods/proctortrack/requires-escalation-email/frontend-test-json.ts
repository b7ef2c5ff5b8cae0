// Spec section 5 (FE-tests) for JSON test data (`__mocks__/settings.json`): the tests that import it are rewritten,
// this data is not, so one review item per file says what to change to keep the two in step.
import type { CodemodPart } from '../../../src/engine/types.ts';
import { FRONTEND_NEEDLES, MENTION } from '../remove-create-zendesk-tickets/frontend-names.ts';
import { VENDOR_MENTION } from '../vendor.ts';
import { AVAILABLE_KEY, isTestPath, RESPONSE_KEY, VENDOR_NEEDLES } from './frontend-common.ts';
import { NEUTRAL_TEST_PROVIDERS } from './frontend-test-providers.ts';

export const frontendTestJson: CodemodPart = {
  kinds: ['json'],
  needles: [...VENDOR_NEEDLES, ...FRONTEND_NEEDLES],
  appliesTo: isTestPath,
  transform(file, ctx) {
    const vendor = VENDOR_MENTION.exec(file.text);
    const zendesk = new RegExp(MENTION.source, 'i').exec(file.text);
    const first = [vendor, zendesk].filter((m) => !!m).sort((a, b) => a!.index - b!.index)[0];
    if (!first) return null;
    const steps = [
      vendor && `rename the vendor to the neutral provider the importing tests now use ('${NEUTRAL_TEST_PROVIDERS[0]}' unless they say otherwise)`,
      vendor && file.text.includes(AVAILABLE_KEY) && `list it in \`${RESPONSE_KEY}\` beside \`${AVAILABLE_KEY}\``,
      zendesk && 'delete the create_zendesk_tickets entries',
    ].filter(Boolean);
    ctx.review({
      siteKind: 'FE-tests',
      at: first.index,
      // The whole file: every line naming the vendor or the option is this item's.
      end: file.text.trimEnd().length,
      reason: 'JSON test data names the vendor or the removed Zendesk tickets option; the campaign rewrites the JS/TS tests that read it but not JSON data',
      suggestion: `In this file: ${steps.join('; ')}.`,
    });
    return null;
  },
};
