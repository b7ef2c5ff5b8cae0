// Spec site EE-2: an error message in a rewritten check's body that names the vendor gets the provider as a format argument.
import type { Edit, SyntaxNode } from '../../../src/engine/types.ts';
import { innerRange } from '../../../transforms/python/string-inner.ts';
import { VENDOR } from '../vendor.ts';

const QUOTED_VENDOR = /(\\?['"])proctortrack\1/;
const TRANSLATIONS = /^(?:_|gettext|ugettext|gettext_lazy|ugettext_lazy|gettext_noop)$/;

/** The expression `.format(...)` can follow: the `_()` call wrapping the literal, or the literal itself. */
function formatTarget(literal: SyntaxNode): SyntaxNode | null {
  const args = literal.parent;
  if (args?.type !== 'argument_list') return literal.parent?.type === 'attribute' ? null : literal;
  const call = args.parent;
  const translated = call?.type === 'call' && TRANSLATIONS.test(call.childForFieldName('function')?.text ?? '') && args.namedChildren.length === 1;
  return translated && call.parent?.type !== 'attribute' ? call : null;
}

/** `"Provider 'proctortrack' requires …"` → `"Provider '{provider}' requires …".format(provider=<subject>)`, in the if's body. */
export function errorMessageEdits(text: string, statement: SyntaxNode, subject: string): Edit[] {
  const body = statement.childForFieldName('consequence');
  if (!body) return [];
  const edits: Edit[] = [];
  for (const literal of body.descendantsOfType('string')) {
    const range = innerRange(literal);
    const raw = range ? text.slice(range.start, range.end) : '';
    const quoted = QUOTED_VENDOR.exec(raw);
    const target = formatTarget(literal);
    if (!range || !quoted || !target || /[{}]/.test(raw) || literal.descendantsOfType('interpolation').length) continue;
    const at = range.start + quoted.index + quoted[1].length;
    edits.push({ start: at, end: at + VENDOR.length, text: '{provider}' });
    edits.push({ start: target.endIndex, end: target.endIndex, text: `.format(provider=${subject})` });
  }
  return edits;
}
