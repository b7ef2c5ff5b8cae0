// Spec site EE-7: the instructor dashboard's Mako label `${_('Proctortrack Escalation Email:')}` (and review items in templates).
import type { CodemodPart, Edit } from '../../../src/engine/types.ts';
import { neutralLabel } from '../wording.ts';
import { VENDOR_MENTION } from '../vendor.ts';

/** `_('…')` / `_("…")` translation calls holding the vendor name (no escaped quotes inside: such labels are flagged). */
const TRANSLATED = /\b_\(\s*(['"])((?:(?!\1)[^\\\n])*roctortrack(?:(?!\1)[^\\\n])*)\1/g;
const VENDOR_LINE = /^.*proctortrack.*$/gim;

export const makoLabelPart: CodemodPart = {
  kinds: ['template'],
  needles: ['roctortrack', 'PROCTORTRACK'],
  transform(file, ctx) {
    const edits: Edit[] = [];
    for (const match of file.text.matchAll(TRANSLATED)) {
      const label = neutralLabel(match[2]);
      if (label === null) continue;
      const start = match.index + match[0].length - 1 - match[2].length;
      ctx.site('EE-7', start);
      edits.push({ start, end: start + match[2].length, text: label });
    }
    for (const line of file.text.matchAll(VENDOR_LINE)) {
      const end = line.index + line[0].length;
      if (edits.some((e) => e.start >= line.index && e.end <= end && !VENDOR_MENTION.test(line[0].replace(file.text.slice(e.start, e.end), '')))) continue;
      ctx.review({
        siteKind: 'vendor-literal',
        at: line.index + line[0].search(VENDOR_MENTION),
        reason: 'template text names Proctortrack',
        suggestion: 'Use provider-neutral wording (e.g. "Proctoring"), or drive it from the backend settings.',
      });
    }
    return edits;
  },
};
