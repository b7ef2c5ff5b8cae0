// Spec sections 5 and 7 (and EE-4/EE-5 left undone): review items, computed after this codemod's edits so lines are final.
import type { CodemodPart } from '../../../src/engine/types.ts';
import { isHelperModule } from '../proctoring-helpers.ts';
import { isTestFile } from '../remove-create-zendesk-tickets/python-common.ts';
import { reviewMissingProvidersFunction } from './course-block.ts';
import { reviewConstantChecks } from './provider-checks.ts';
import { reviewUnfollowedViews } from './settings-view.ts';
import { reviewTestLeftovers } from './test-leftovers.ts';
import { reviewPayloads } from './test-payloads.ts';
import { reviewLeftovers } from './vendor-leftovers.ts';

export const pythonReviewsPart: CodemodPart = {
  kinds: ['python'],
  needles: ['roctortrack', 'PROCTORTRACK', 'available_proctoring_providers', 'proctoring_escalation_email'],
  appliesTo: (relPath) => !isHelperModule(relPath),
  transform(file, ctx) {
    const root = file.tree!.rootNode;
    if (isTestFile(file.relPath)) {
      reviewTestLeftovers(root, ctx);
      reviewPayloads(root, ctx);
      return null;
    }
    reviewLeftovers(root, ctx);
    reviewConstantChecks(root, ctx);
    reviewMissingProvidersFunction(file.tree!, ctx);
    reviewUnfollowedViews(file.text, root, ctx);
    return null;
  },
};
