// The package this codemod removes (spec section 0, items 4 and 5), as each ecosystem spells it.
import type { TransformContext } from '../../../src/engine/types.ts';
import { normalizeName } from '../../../transforms/requirements/names.ts';

/** npm names are exact (lowercase, `_` and `.` are different names). */
export const NPM_PACKAGE = 'edx-proctoring-proctortrack';
/** PEP 503-normalised Python project name (`edx_proctoring_proctortrack`, `Edx.Proctoring-ProctorTrack` ... match). */
export const PYTHON_PACKAGE = normalizeName('edx-proctoring-proctortrack');
/** Literal prefilter: the vendor name in the casings seen in the wild (the parsers compare names case-insensitively). */
export const NEEDLES = ['roctortrack', 'roctorTrack', 'ROCTORTRACK'];

export const isPythonPackage = (name: string): boolean => normalizeName(name) === PYTHON_PACKAGE;

/** `edx_proctoring_proctortrack.po` (any path before it, any spelling of the name). */
export function isPackageCatalog(word: string): boolean {
  const catalog = /([^/]+)\.po$/.exec(word);
  return catalog !== null && isPythonPackage(catalog[1]);
}

/** The package's name in any spelling, as a whole name (`.po`/`.git` may follow; `-fork` may not). */
export const PACKAGE_MENTION = /(?<![A-Za-z0-9._-])edx[-_.]+proctoring[-_.]+proctortrack(?![A-Za-z0-9_-])/i;

export interface Leftover {
  siteKind: string;
  reason: string;
  suggestion: string;
}

export const MENTIONS_VENDOR: Omit<Leftover, 'siteKind'> = {
  reason: 'this line still mentions Proctortrack and the codemod cannot tell whether it belongs to the removed package',
  suggestion: `If it refers to ${NPM_PACKAGE} (the package this campaign removes), remove it by hand; if not, leave it.`,
};

/**
 * Review every line matching `pattern` that `handled` does not cover (spec section 7: never silent). `handled` gets
 * the line's offsets without its indentation.
 */
export function reviewLeftovers(text: string, pattern: RegExp, handled: (start: number, end: number) => boolean, ctx: TransformContext, leftover: Leftover): void {
  for (const line of text.matchAll(/^[ \t]*(\S[^\n]*)$/gm)) {
    const start = line.index + line[0].length - line[1].length;
    if (pattern.test(line[1]) && !handled(start, start + line[1].length)) ctx.review({ ...leftover, at: start });
  }
}
