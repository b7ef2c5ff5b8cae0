// Spec section 5: inside a test whose vendor backend became `test_proctoring_provider`, the vendor's strings,
// expected error texts, docstrings, comments and the test's name follow.
import type { Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { rewriteInner } from '../../../transforms/python/string-inner.ts';
import { VENDOR_MENTION } from '../vendor.ts';
import { COMMENT_REWORDINGS, neutralLabel, reword } from '../wording.ts';
import { NEUTRAL_PROVIDER } from './test-decisions.ts';
import { isInside, withDecorators } from './test-overrides.ts';
import { isDictKey } from './vendor-leftovers.ts';

/** The provider name as a word of a text (not part of a package name such as edx-proctoring-proctortrack). */
const VENDOR_WORD = /(?<![\w.-])proctortrack(?![\w-])/g;
const VENDOR_WORD_ANY_CASE = /(?<![\w.-])proctortrack(?![\w-])/gi;

/** Test-name rewrites, first match wins; a vendor test name no rule covers is a review item. */
const TEST_NAMES: [RegExp, string][] = [
  [/_(?:for|with|using|on)_proctortrack(?=_|$)/, '_if_requires_escalation_email'],
  [/_(?:without|not)_proctortrack(?=_|$)/, '_unless_requires_escalation_email'],
  [/(?<=_)proctortrack_provider(?=_|$)/, 'requires_escalation_email_set'],
  [/_proctortrack$/, '_if_requires_escalation_email'],
  // Any other vendor word goes: the test now says what it does without it.
  [/(?<=_)proctortrack_/, ''],
];

/** A backend entry the test sets itself: a `'name': {...}` pair, or `PROCTORING_BACKENDS['name'] = ...`. */
function isBackendEntryKey(s: SyntaxNode): boolean {
  if (isDictKey(s)) return s.parent!.childForFieldName('value')?.type === 'dictionary';
  const subscript = s.parent?.type === 'subscript' && s.parent.childForFieldName('subscript')?.id === s.id ? s.parent : null;
  const assigned = subscript?.parent?.type === 'assignment' && subscript.parent.childForFieldName('left')?.id === subscript.id;
  return assigned && /PROCTORING_BACKENDS$/.test(subscript!.childForFieldName('value')?.text ?? '');
}

const isDocstring = (s: SyntaxNode) => s.parent?.type === 'expression_statement' && s.parent.parent?.type === 'block' && s.parent.parent.namedChildren[0]?.id === s.parent.id;

/** A string's inside with the vendor renamed: a provider value or message becomes the neutral provider's name. */
function renamedText(raw: string, docstring: boolean): string | null {
  if (!docstring) return neutralLabel(raw.replace(VENDOR_WORD, NEUTRAL_PROVIDER));
  const labelled = neutralLabel(raw) ?? raw;
  return (reword(labelled, COMMENT_REWORDINGS) ?? labelled).replace(VENDOR_WORD_ANY_CASE, NEUTRAL_PROVIDER);
}

/** A vendor test name's neutral form, or null when no rule covers it. */
export function neutralTestName(name: string): string | null {
  const rule = TEST_NAMES.find(([pattern]) => pattern.test(name));
  const renamed = rule ? name.replace(rule[0], rule[1]) : null;
  return renamed && /^test\w/.test(renamed) ? renamed : null;
}

function nameEdit(test: SyntaxNode, taken: Set<string>, ctx: TransformContext): Edit | null {
  const name = test.childForFieldName('name')!;
  const renamed = neutralTestName(name.text);
  if (!renamed || taken.has(renamed)) return null;
  taken.add(renamed);
  ctx.site('EE-tests', name);
  return { start: name.startIndex, end: name.endIndex, text: renamed };
}

/** Edits renaming the vendor inside one test (outside the override dicts, which the caller rewrites); `taken` names grow. */
export function renameInTest(text: string, test: SyntaxNode, dicts: SyntaxNode[], taken: Set<string>, ctx: TransformContext): Edit[] {
  const range = withDecorators(test);
  const edits: Edit[] = [];
  for (const literal of range.descendantsOfType('string')) {
    // A backend entry no override reads (`dict(...)`, a helper's, one set by subscript) would lose what the backend does: reviewed.
    if (dicts.some((d) => isInside(literal, d)) || !VENDOR_MENTION.test(literal.text) || isBackendEntryKey(literal)) continue;
    const edit = rewriteInner(text, literal, (raw) => renamedText(raw, isDocstring(literal)));
    if (edit) edits.push(edit);
  }
  // Comments read like docstrings: the campaign's rewordings first, then the vendor becomes the test's provider.
  for (const comment of range.descendantsOfType('comment')) {
    const reworded = (reword(comment.text, COMMENT_REWORDINGS) ?? comment.text).replace(VENDOR_WORD_ANY_CASE, NEUTRAL_PROVIDER);
    if (reworded !== comment.text) edits.push({ start: comment.startIndex, end: comment.endIndex, text: reworded });
  }
  const name = nameEdit(test, taken, ctx);
  return name ? [...edits, name] : edits;
}
