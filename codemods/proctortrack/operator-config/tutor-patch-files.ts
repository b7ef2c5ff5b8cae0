// Spec section 6 in a Tutor plugin's patch files (`<plugin>/patches/<patch name>`, no extension): OC-1 in the Python
// settings patches (`openedx-*-settings`), OC-2 in the YAML configuration patches (`lms-env`, `openedx-auth`, ...).
import type { CodemodPart } from '../../../src/engine/types.ts';
import { yamlSnippet, type BackendKeys } from './backend-keys.ts';
import { embeddedSettingsEdits } from './embedded-python.ts';
import { yamlSettingsPart } from './yaml-settings.ts';

const PATCH_FILE = /(^|\/)patches\/([^/.]+)$/;

export function tutorPatchFilesPart(table: BackendKeys): CodemodPart {
  const yamlPatch = yamlSettingsPart(table);
  return {
    kinds: ['other'],
    needles: ['PROCTORING_BACKENDS'],
    appliesTo: (relPath) => PATCH_FILE.test(relPath),
    transform(file, ctx) {
      if (!/settings$/.test(PATCH_FILE.exec(file.relPath)![2])) return yamlPatch.transform(file, ctx);
      const edits = embeddedSettingsEdits(file.text, (offset) => offset, table, ctx);
      const vendors = Object.keys(table).filter((vendor) => file.text.includes(vendor));
      if (!edits && vendors.length) {
        ctx.review({
          siteKind: 'dynamic-settings',
          at: file.text.indexOf('PROCTORING_BACKENDS'),
          reason: 'this settings patch does not parse as Python (a Jinja template?): its backends were not checked',
          suggestion: `Add to each vendor entry of PROCTORING_BACKENDS by hand:\n${vendors.map((v) => yamlSnippet(v, table[v])).join('\n')}`,
        });
      }
      return edits;
    },
  };
}
