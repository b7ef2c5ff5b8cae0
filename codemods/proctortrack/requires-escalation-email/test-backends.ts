// Spec section 5: tests that made escalation required with a `proctortrack` backend use `test_proctoring_provider` instead.
import type { CodemodPart, Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { removeElement } from '../../../transforms/python/collections.ts';
import { appendDictEntries } from '../../../transforms/python/dict-append.ts';
import { findPair, pairsOf } from '../../../transforms/python/dict-entries.ts';
import { longLinesAfter, longLinesNote } from '../../../transforms/python/line-length.ts';
import { stringValue } from '../../../transforms/python/nodes.ts';
import { quoteOf } from '../../../transforms/python/quotes.ts';
import { rewriteInner } from '../../../transforms/python/string-inner.ts';
import { isTestFile } from '../remove-create-zendesk-tickets/python-common.ts';
import { neutralLabel } from '../wording.ts';
import { backendOverrides, isInside, withDecorators, type BackendOverride } from './test-overrides.ts';
import { VENDOR } from '../vendor.ts';

const MAX_LINE = 120;
const PROVIDER = 'test_proctoring_provider';
const FLAG = 'requires_escalation_email';
/** The provider name as a word of a text (not part of a package name such as edx-proctoring-proctortrack). */
const VENDOR_WORD = /(?<![\w.-])proctortrack(?![\w-])/g;
/** Test-name rewrites; a vendor test name no rule covers is a review item. */
const TEST_NAMES: [RegExp, string][] = [[/_(?:for|with|using)_proctortrack(?=_|$)/, '_if_requires_escalation_email']];

const renamedString = (node: SyntaxNode, value: string) => `${node.text.slice(0, node.text.length - stringValue(node)!.length - 1)}${value}${node.text.slice(-1)}`;

/**
 * The vendor entry (and DEFAULT) of one override dict; null when its shape is not the plain one, or when merging into an
 * existing `test_proctoring_provider` entry would change what that provider means to the test (`providerInUse`).
 */
function overrideEdits(text: string, dict: SyntaxNode, providerInUse: boolean): Edit[] | null {
  const edits: Edit[] = [];
  const entry = pairsOf(dict).find((p) => stringValue(p.childForFieldName('key')) === VENDOR);
  const fallback = findPair(dict, 'DEFAULT');
  const defaultValue = fallback?.childForFieldName('value');
  if (defaultValue && stringValue(defaultValue) === VENDOR) edits.push({ start: defaultValue.startIndex, end: defaultValue.endIndex, text: renamedString(defaultValue, PROVIDER) });
  if (!entry) return edits.length ? edits : null;
  const key = entry.childForFieldName('key')!;
  const value = entry.childForFieldName('value')!;
  const existing = findPair(dict, PROVIDER)?.childForFieldName('value');
  const target = existing ?? value;
  if (target.type !== 'dictionary') return null;
  const flag = findPair(target, FLAG);
  if (flag && flag.childForFieldName('value')?.text !== 'True') return null;
  if (existing && !flag && (providerInUse || stringValue(defaultValue) === PROVIDER)) return null;
  if (!flag) edits.push(...(appendDictEntries(text, target, [{ key: FLAG, value: 'True' }], quoteOf(key)) ?? []));
  if (existing) edits.push(...(removeElement(text, entry) ?? []));
  else edits.push({ start: key.startIndex, end: key.endIndex, text: renamedString(key, PROVIDER) });
  return edits;
}

/** Provider strings, error texts naming it, and test names inside an override's scope. */
function scopeEdits(text: string, override: BackendOverride, dicts: SyntaxNode[], ctx: TransformContext): Edit[] {
  const edits: Edit[] = [];
  const range = withDecorators(override.scope);
  for (const literal of range.descendantsOfType('string')) {
    if (dicts.some((d) => isInside(literal, d)) || !literal.text.includes(VENDOR)) continue;
    const edit = rewriteInner(text, literal, (raw) => neutralLabel(raw.replace(VENDOR_WORD, PROVIDER)));
    if (edit) edits.push(edit);
  }
  const definitions = override.scope.type === 'class_definition' ? override.scope.descendantsOfType('function_definition') : [override.scope];
  for (const definition of definitions) {
    const name = definition.childForFieldName('name')!;
    const rule = TEST_NAMES.find(([pattern]) => pattern.test(name.text));
    if (!rule) continue;
    const renamed = name.text.replace(rule[0], rule[1]);
    const siblings = definition.parent?.parent?.descendantsOfType('function_definition') ?? [];
    if (siblings.some((s) => s.childForFieldName('name')!.text === renamed)) continue;
    ctx.site('EE-tests', name);
    edits.push({ start: name.startIndex, end: name.endIndex, text: renamed });
  }
  return edits;
}

export const testBackendsPart: CodemodPart = {
  kinds: ['python'],
  needles: ['roctortrack'],
  appliesTo: isTestFile,
  transform(file, ctx) {
    const edits = new Map<string, Edit>();
    const overrides = backendOverrides(file.tree!.rootNode);
    for (const override of overrides) {
      const inUse = withDecorators(override.scope).descendantsOfType('string').some((s) => stringValue(s) === PROVIDER && !isInside(s, override.dict));
      const own = overrideEdits(file.text, override.dict, inUse);
      if (!own) continue;
      // Only an override that makes the escalation email required is rewritten; the others are reviewed with the test.
      if (!/escalation/i.test(withDecorators(override.scope).text)) continue;
      ctx.site('EE-tests', override.dict);
      for (const edit of [...own, ...scopeEdits(file.text, override, overrides.map((o) => o.dict), ctx)]) edits.set(`${edit.start}:${edit.end}`, edit);
    }
    for (const literal of file.tree!.rootNode.descendantsOfType('string')) {
      const edit = /Proctortrack/.test(literal.text) && !literal.descendantsOfType('string').some((s) => s.id !== literal.id) ? rewriteInner(file.text, literal, neutralLabel) : null;
      if (edit && ![...edits.values()].some((e) => e.start < edit.end && edit.start < e.end)) {
        ctx.site('EE-tests', literal);
        edits.set(`${edit.start}:${edit.end}`, edit);
      }
    }
    const all = [...edits.values()];
    const note = longLinesNote(longLinesAfter(file.text, all, MAX_LINE), MAX_LINE);
    if (note) ctx.warn(note);
    return all;
  },
};
