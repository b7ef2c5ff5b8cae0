// Spec sites EE-1..EE-8, FE-1..FE-5, FE-7, FE-names (vendor-named names in pages and tests), and the section 5 test rewrites (EE-tests in Python, FE-tests in JS): a part per language/site family.
import type { Codemod } from '../../../src/engine/types.ts';
import { HELPER_IMPORT, helperModuleFor } from '../proctoring-helpers.ts';
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
import { frontendVendorRenames, frontendVendorRenamesTs } from './frontend-vendor-renames.ts';
import { frontendTests } from './frontend-tests.ts';
import { frontendTestProviders } from './frontend-test-providers.ts';
import { frontendTestJson } from './frontend-test-json.ts';
import { frontendResponseTypes } from './frontend-response-types.ts';

const sites = {
  'EE-1': 'advanced settings: hide the escalation email unless an available provider requires it',
  'EE-2': 'validate_proctoring_settings: provider == vendor checks become requires_escalation_email(provider)',
  'EE-3': "course checklist: needs_proctoring_escalation_email reads the provider's backend setting",
  'EE-4': 'course_block.py: add get_requires_escalation_email_providers(); neutral field name and help text',
  'EE-5': 'settings REST GET and serializer: add requires_escalation_email_providers; neutral docstring example',
  'EE-6': 'instructor dashboard: the escalation email is shown when the provider requires it',
  'EE-7': 'special_exams.html: the "Proctoring Escalation Email:" label',
  'EE-8': 'PROCTORING_BACKENDS setting docs: the two per-backend keys and their defaults',
  'EE-tests': 'Python tests: vendor backend overrides become a neutral test provider that requires the email',
  'FE-1': 'proctoring page: requiresEscalationEmailProviders state, set from the settings GET',
  'FE-2': "provider-change handler: .includes(value) check; the Zendesk-only software_secure branch goes",
  'FE-3': 'POST builder: the escalation email is sent when the list includes the provider',
  'FE-4': 'submit validation: the list check, with the LTI check kept beside it',
  'FE-5': 'load effect: isEscalationEmailRequired read from the GET response, not the state',
  'FE-7': 'message texts naming the vendor get neutral wording (ids unchanged)',
  'FE-names': 'vendor-named identifiers, property names, DOM/control/test ids and comments lose the vendor word (pages and tests alike)',
  'FE-tests': 'JS/TS tests: the vendor becomes a neutral provider that requires the email; Zendesk parts go',
};

export const requiresEscalationEmail: Codemod = {
  name: 'requires-escalation-email',
  description: 'Replace "provider is Proctortrack" escalation-email checks with the per-backend `requires_escalation_email`',
  sites,
  siteIds: Object.keys(sites),
  companionFile: helperModuleFor,
  companionNeedle: HELPER_IMPORT,
  parts: [helperModulePart, courseBlockPart, settingsViewPart, settingsDocsPart, pythonChecksPart, testBackendsPart, testPayloadsPart, pythonReviewsPart, makoLabelPart, frontendPage, frontendVendorRenames, frontendVendorRenamesTs, frontendMessagesJs, frontendMessagesTs, frontendResponseTypes, frontendTests, frontendTestProviders, frontendTestJson],
};
