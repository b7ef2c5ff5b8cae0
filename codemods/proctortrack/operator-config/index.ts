// Spec section 6: sites OC-1 (Python settings modules, Tutor patches) and OC-2 (YAML), plus `dynamic-settings` review items (section 7).
import type { Codemod } from '../../../src/engine/types.ts';
import { backendKeysFor, type OperatorConfigOptions } from './backend-keys.ts';
import { pythonSettingsPart } from './python-settings.ts';
import { tutorPatchFilesPart } from './tutor-patch-files.ts';
import { tutorPythonPluginPart } from './tutor-python-plugin.ts';
import { yamlSettingsPart } from './yaml-settings.ts';

/** The codemod for a given set of vendors (defaults: `proctortrack` needs the escalation email and hides Review Rules). */
export function createOperatorConfig(options: OperatorConfigOptions = {}): Codemod {
  const table = backendKeysFor(options);
  return {
    name: 'operator-config',
    description: 'Add requires_escalation_email / show_review_rules to the proctortrack entry of PROCTORING_BACKENDS (Python and YAML settings)',
    siteIds: ['OC-1', 'OC-2'],
    parts: [pythonSettingsPart(table), tutorPythonPluginPart(table), yamlSettingsPart(table), tutorPatchFilesPart(table)],
    options: {
      'escalation-email-vendors': 'comma-separated backends that need a proctoring escalation email (default: proctortrack)',
      'hidden-review-rules-vendors': 'comma-separated backends whose Review Rules field was hidden (default: proctortrack)',
    },
    configure: (values) =>
      createOperatorConfig({
        ...options,
        ...(values['escalation-email-vendors'] !== undefined && { escalationEmailVendors: vendorList(values['escalation-email-vendors']) }),
        ...(values['hidden-review-rules-vendors'] !== undefined && { hiddenReviewRulesVendors: vendorList(values['hidden-review-rules-vendors']) }),
      }),
  };
}

const vendorList = (value: string) => value.split(',').map((v) => v.trim()).filter(Boolean);

export const operatorConfig = createOperatorConfig();
