// Spec section 6, site OC-1 inside Tutor patches: Python settings code held in another file (a YAML block, a Python string).
import { parse } from '../../../src/engine/languages.ts';
import type { Edit, TransformContext } from '../../../src/engine/types.ts';
import type { BackendKeys } from './backend-keys.ts';
import { pythonSettingsEdits } from './python-settings.ts';

/** An assignment or update of the setting: code a patch carries, not prose that names it. */
export const SETS_BACKENDS = /PROCTORING_BACKENDS\s*(=|\||\[|\.update\b)/;

/**
 * Edits (offsets of `code`) adding the table's keys to the backends defined in embedded settings code; sites and
 * review items are reported at `sourceOffset(offset)` of the enclosing file. Null when the code does not parse.
 */
export function embeddedSettingsEdits(code: string, sourceOffset: (offset: number) => number, table: BackendKeys, ctx: TransformContext): Edit[] | null {
  const tree = parse('python', code);
  if (!tree || tree.rootNode.hasError) return null;
  const where = (at: { startIndex: number } | number) => sourceOffset(typeof at === 'number' ? at : at.startIndex);
  const shifted: TransformContext = {
    codemod: ctx.codemod,
    campaign: ctx.campaign,
    site: (id, at) => ctx.site(id, where(at)),
    review: (item) => ctx.review({ ...item, at: where(item.at), siteText: item.siteText ?? (typeof item.at === 'number' ? undefined : item.at.text) }),
    warn: (message) => ctx.warn(message),
    followUp: (message) => ctx.followUp(message),
  };
  return pythonSettingsEdits(code, tree.rootNode, table, shifted);
}
