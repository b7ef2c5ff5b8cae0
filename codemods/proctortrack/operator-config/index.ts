// Spec section 6: sites OC-1 (Python settings modules, Tutor patches) and OC-2 (YAML), plus `dynamic-settings` review items (section 7).
import type { Codemod } from '../../../src/engine/types.ts';
import { backendKeysFor, type OperatorConfigOptions } from './backend-keys.ts';
import { keepVendorPackagePart } from './keep-vendor-package.ts';
import { pythonSettingsPart } from './python-settings.ts';
import { tutorPatchFilesPart } from './tutor-patch-files.ts';
import { tutorPythonPluginPart } from './tutor-python-plugin.ts';
import { yamlSettingsPart } from './yaml-settings.ts';

const sites = {
  'OC-1': 'Python settings and Tutor plugins: add the two keys to the proctortrack backend entry',
  'OC-2': 'YAML settings: add the two keys to the proctortrack backend entry',
  'OC-3': 'with keep-vendor-package: the package the platform dropped, added to Tutor OPENEDX_EXTRA_PIP_REQUIREMENTS or ansible EDXAPP_EXTRA_REQUIREMENTS',
};

/** `true` installs the package by name; any other value is the exact requirement (a pin or a VCS URL). */
const PACKAGE_REQUIREMENT = 'edx-proctoring-proctortrack';

/** The codemod for a given set of vendors (defaults: `proctortrack` needs the escalation email and hides Review Rules). */
export function createOperatorConfig(options: OperatorConfigOptions = {}): Codemod {
  const table = backendKeysFor(options);
  return {
    name: 'operator-config',
    description: 'Add requires_escalation_email / show_review_rules to the proctortrack entry of PROCTORING_BACKENDS (Python and YAML settings)',
    sites,
    siteIds: Object.keys(sites),
    parts: [
      pythonSettingsPart(table),
      tutorPythonPluginPart(table),
      yamlSettingsPart(table),
      tutorPatchFilesPart(table),
      ...(options.keepVendorPackage ? [keepVendorPackagePart(options.keepVendorPackage)] : []),
    ],
    options: {
      'escalation-email-vendors': 'comma-separated backends that need a proctoring escalation email (default: proctortrack)',
      'hidden-review-rules-vendors': 'comma-separated backends whose Review Rules field was hidden (default: proctortrack)',
      'keep-vendor-package': `true, or the exact requirement (pin or VCS URL): write it to Tutor's config.yml / ansible vars (default: false)`,
    },
    configure: (values) =>
      createOperatorConfig({
        ...options,
        ...(values['escalation-email-vendors'] !== undefined && { escalationEmailVendors: vendorList(values['escalation-email-vendors']) }),
        ...(values['hidden-review-rules-vendors'] !== undefined && { hiddenReviewRulesVendors: vendorList(values['hidden-review-rules-vendors']) }),
        ...(values['keep-vendor-package'] !== undefined && { keepVendorPackage: keptRequirement(values['keep-vendor-package']) }),
      }),
  };
}

const vendorList = (value: string) => value.split(',').map((v) => v.trim()).filter(Boolean);
const keptRequirement = (value: string) => (value.trim() === 'false' ? undefined : value.trim() === 'true' ? PACKAGE_REQUIREMENT : value.trim());

export const operatorConfig = createOperatorConfig();
