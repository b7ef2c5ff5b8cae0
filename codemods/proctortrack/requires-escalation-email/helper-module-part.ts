// Spec section 1: the helper module gains `requires_escalation_email(provider)` (created, or extended when present).
import type { CodemodPart } from '../../../src/engine/types.ts';
import { ensureHelperFunctions } from '../../../transforms/python/helper-module.ts';
import { isHelperModule, PROCTORING_HELPERS } from '../proctoring-helpers.ts';

export const helperModulePart: CodemodPart = {
  kinds: ['python'],
  // Run on an existing module whenever it holds a needle of the campaign; as a companion file, needles are not checked.
  needles: ['PROCTORING_BACKENDS'],
  appliesTo: isHelperModule,
  transform: (file) => ensureHelperFunctions(file.text, file.tree!, PROCTORING_HELPERS),
};
