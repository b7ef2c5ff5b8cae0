// Spec sites PK-1 (requirements `.in` files) and PK-2 (pip-compile output, `pip freeze` style and hashed `.txt` files).
import type { CodemodPart, Edit } from '../../../src/engine/types.ts';
import { removeRequirements } from '../../../transforms/requirements/remove-requirements.ts';
import { MENTIONS_VENDOR, NEEDLES, PYTHON_PACKAGE, reviewLeftovers } from './package-name.ts';
import { VENDOR_MENTION } from '../vendor.ts';

/**
 * `.in` files anywhere; `.txt` files that are requirements by their path. `private.*` is the operator's own list of
 * packages installed on top of the platform: someone who keeps Proctortrack installs it there.
 */
export function isRequirementsFile(relPath: string): boolean {
  const base = relPath.slice(relPath.lastIndexOf('/') + 1);
  if (/^private\./.test(base)) return false;
  if (base.endsWith('.in')) return true;
  return base.endsWith('.txt') && (/(^|\/)requirements\//.test(relPath) || /requirements|constraints/i.test(base));
}

/** The requirement itself, as pip takes it: no comment, no `--hash` options, one space between words. */
const requirementSpec = (text: string): string =>
  text.replace(/(^|\s)#.*$/, '').replace(/\s--hash[=\s]\S+/g, '').replace(/\s+/g, ' ').trim();

/** Operators who keep Proctortrack must install what the platform no longer does: the exact line (once per run), and how. */
function keepVendorFollowUp(spec: string): string {
  return (
    `operators who keep Proctortrack: install \`${spec}\` yourselves (the platform's requirements no longer do); ` +
    `\`--option operator-config.keep-vendor-package='${spec}'\` on your Tutor or ansible settings writes it there`
  );
}

export const requirementsPart: CodemodPart = {
  kinds: ['requirements'],
  needles: NEEDLES,
  appliesTo: isRequirementsFile,
  transform(file, ctx) {
    const removal = removeRequirements(file.text, new Set([PYTHON_PACKAGE]));
    const { lines, requirements } = removal.file;
    const siteId = file.relPath.endsWith('.in') ? 'PK-1' : 'PK-2';
    const sites: [string, number][] = [
      ...removal.removed.map((entry): [string, number] => [siteId, lines[entry.first].start]),
      ...removal.orphaned.map((entry): [string, number] => ['PK-2', lines[entry.first].start]),
      ...removal.reannotated.map((entry): [string, number] => ['PK-2', entry.annotation!.start]),
    ];
    sites.sort((a, b) => a[1] - b[1]).forEach(([id, at]) => ctx.site(id, at));
    for (const entry of removal.removed) ctx.followUp(keepVendorFollowUp(requirementSpec(entry.text)));
    if (siteId === 'PK-2' && removal.removed.length && !requirements.some((r) => r.annotation)) {
      ctx.warn('no `# via` annotations here: packages only edx-proctoring-proctortrack required may stay until `make upgrade` (or a fresh `pip freeze`)');
    }
    for (const entry of removal.orphaned) {
      ctx.warn(`removed ${entry.text.split(/\s/)[0]}: only packages this codemod removed required it, so pip-compile drops it too`);
    }
    for (const entry of requirements.filter((r) => r.name === null && VENDOR_MENTION.test(r.text))) {
      ctx.review({
        siteKind: siteId,
        at: lines[entry.first].start,
        reason: 'this requirement line mentions Proctortrack but names no project (no `#egg=`), so the codemod cannot tell whether it installs the package',
        suggestion: `If it installs ${PYTHON_PACKAGE}, delete it (and any comment above it that only describes it).`,
      });
    }
    const covered: Edit[] = [...removal.edits, ...requirements.map((r) => ({ start: lines[r.first].start, end: lines[r.last].end, text: '' }))];
    const isCovered = (start: number, end: number) => covered.some((e) => e.start <= start && end <= e.end);
    reviewLeftovers(file.text, VENDOR_MENTION, isCovered, ctx, { siteKind: `${siteId}-leftover`, ...MENTIONS_VENDOR });
    return removal.edits;
  },
};
