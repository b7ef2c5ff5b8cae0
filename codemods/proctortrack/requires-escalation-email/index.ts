// Spec sites EE-1..EE-8, FE-1..FE-5, FE-7, and the section 5 test rewrites (EE-tests in Python, FE-tests in JS): a part per language/site family.
import type { Codemod } from '../../../src/engine/types.ts';
import { helperModuleFor } from '../proctoring-helpers.ts';
import { courseBlockPart } from './course-block.ts';
import { helperModulePart } from './helper-module-part.ts';
import { makoLabelPart } from './mako-label.ts';
import { pythonChecksPart } from './python-checks.ts';
import { pythonReviewsPart } from './python-reviews.ts';
import { settingsDocsPart } from './settings-docs.ts';
import { settingsViewPart } from './settings-view.ts';
import { testBackendsPart } from './test-backends.ts';
import { testPayloadsPart } from './test-payloads.ts';
import { frontendMessagesJs, frontendMessagesTs } from './frontend-messages.ts';
import { frontendPage } from './frontend-page.ts';
import { frontendTests, frontendTestsTs } from './frontend-tests.ts';

export const requiresEscalationEmail: Codemod = {
  name: 'requires-escalation-email',
  description: 'Replace "provider is Proctortrack" escalation-email checks with the per-backend `requires_escalation_email`',
  siteIds: ['EE-1', 'EE-2', 'EE-3', 'EE-4', 'EE-5', 'EE-6', 'EE-7', 'EE-8', 'EE-tests', 'FE-1', 'FE-2', 'FE-3', 'FE-4', 'FE-5', 'FE-7', 'FE-tests'],
  companionFile: helperModuleFor,
  parts: [helperModulePart, courseBlockPart, settingsViewPart, settingsDocsPart, pythonChecksPart, testBackendsPart, testPayloadsPart, pythonReviewsPart, makoLabelPart, frontendPage, frontendMessagesJs, frontendMessagesTs, frontendTests, frontendTestsTs],
};
