// Spec section 5: a test override's `proctortrack` backend becomes `test_proctoring_provider` with
// `requires_escalation_email: True` when the tests use it, and goes when they do not; their vendor strings follow.
import type { CodemodPart, Edit, SyntaxNode, TransformContext, Tree } from '../../../src/engine/types.ts';
import { removeElement } from '../../../transforms/python/collections.ts';
import { appendDictEntries, keyQuoteAt, type DictEntry } from '../../../transforms/python/dict-append.ts';
import { findPair, pairKey, pairsOf } from '../../../transforms/python/dict-entries.ts';
import { removeImportsLeftUnused } from '../../../transforms/python/left-unused.ts';
import { functionNames } from '../../../transforms/python/function-names.ts';
import { deleteStatement } from '../../../transforms/python/lines.ts';
import { stringValue } from '../../../transforms/python/nodes.ts';
import { rewriteInner } from '../../../transforms/python/string-inner.ts';
import { isTestFile } from '../remove-create-zendesk-tickets/python-common.ts';
import { VENDOR } from '../vendor.ts';
import { neutralLabel } from '../wording.ts';
import { decideOverrides, FLAG, NEUTRAL_PROVIDER, type Decision } from './test-decisions.ts';
import { renameInTest } from './test-renames.ts';

const FLAG_ENTRY: DictEntry = { key: FLAG, value: 'True' };

const renamed = (text: string, node: SyntaxNode) => rewriteInner(text, node, () => NEUTRAL_PROVIDER);
const flagInline = (quote: string) => `{${quote}${FLAG}${quote}: True}`;
const vendorPair = (dict: SyntaxNode) => pairsOf(dict).find((p) => pairKey(p) === VENDOR) ?? null;

/** The entries a merged-into backend dict lacks: the vendor entry's own keys, then the flag. */
function missingEntries(text: string, from: SyntaxNode | null, into: SyntaxNode): DictEntry[] {
  const own = from ? pairsOf(from).filter((p) => pairKey(p) !== null && !findPair(into, pairKey(p)!)) : [];
  const entries = own.map((p) => ({ key: pairKey(p)!, value: text.slice(p.childForFieldName('value')!.startIndex, p.endIndex) }));
  return findPair(into, FLAG) || entries.some((e) => e.key === FLAG) ? entries : [...entries, FLAG_ENTRY];
}

/** The vendor entry becomes (or merges into) `test_proctoring_provider` with the flag; a vendor DEFAULT follows. */
function convertEdits(text: string, dict: SyntaxNode): Edit[] | null {
  const edits: Edit[] = [];
  const fallback = findPair(dict, 'DEFAULT')?.childForFieldName('value');
  if (fallback && stringValue(fallback) === VENDOR) edits.push(renamed(text, fallback)!);
  const pair = vendorPair(dict);
  const vendorValue = pair?.childForFieldName('value') ?? null;
  const neutral = findPair(dict, NEUTRAL_PROVIDER)?.childForFieldName('value');
  const quote = keyQuoteAt(dict);
  if (neutral) {
    const merge = appendDictEntries(text, neutral, missingEntries(text, vendorValue, neutral), quote);
    const removal = pair ? removeElement(text, pair) : [];
    return merge && removal ? [...edits, ...merge, ...removal] : null;
  }
  if (!pair) {
    const entry = appendDictEntries(text, dict, [{ key: NEUTRAL_PROVIDER, value: flagInline(quote) }], quote);
    return entry ? [...edits, ...entry] : null;
  }
  const flag = findPair(vendorValue!, FLAG) ? [] : appendDictEntries(text, vendorValue!, [FLAG_ENTRY], quote);
  return flag ? [...edits, renamed(text, pair.childForFieldName('key')!)!, ...flag] : null;
}

/**
 * An unused vendor entry goes; a `patch.dict` decorator left merging nothing goes too, with imports only it used (not
 * one given more arguments: `clear=True` empties the backends, which the test still needs).
 */
function removalEdits(text: string, tree: Tree, decision: Decision): Edit[] | null {
  const pair = vendorPair(decision.dict)!;
  const [override] = decision.overrides;
  const decorator = override.call.parent?.type === 'decorator' ? override.call.parent : null;
  const emptied = pairsOf(decision.dict).length === 1 && decision.dict.namedChildren.length === 1;
  const mergesOnly = override.call.childForFieldName('arguments')?.namedChildren.filter((a) => a.type !== 'comment').length === 2;
  if (emptied && decorator && mergesOnly && !override.constant && /patch\.dict$/.test(override.call.childForFieldName('function')!.text)) {
    const deletion = deleteStatement(text, decorator);
    return deletion ? [deletion, ...removeImportsLeftUnused(text, tree, [deletion])] : null;
  }
  return removeElement(text, pair);
}

/** Labels naming Proctortrack anywhere in the module (expected page texts) take the campaign's neutral wording. */
function labelEdits(text: string, root: SyntaxNode, taken: Edit[], ctx: TransformContext): Edit[] {
  const edits: Edit[] = [];
  for (const literal of root.descendantsOfType('string')) {
    const edit = /Proctortrack/.test(literal.text) && !literal.descendantsOfType('string').some((s) => s.id !== literal.id) ? rewriteInner(text, literal, neutralLabel) : null;
    if (edit && ![...taken, ...edits].some((e) => e.start < edit.end && edit.start < e.end)) {
      ctx.site('EE-tests', literal);
      edits.push(edit);
    }
  }
  return edits;
}

export const testBackendsPart: CodemodPart = {
  kinds: ['python'],
  needles: ['roctortrack'],
  appliesTo: isTestFile,
  transform(file, ctx) {
    const tree = file.tree!;
    const decisions = decideOverrides(tree.rootNode);
    const dicts = decisions.map((d) => d.dict);
    const edits = new Map<string, Edit>();
    const names = functionNames(tree.rootNode);
    for (const decision of decisions) {
      const own = decision.action === 'convert' ? convertEdits(file.text, decision.dict) : decision.action === 'remove' ? removalEdits(file.text, tree, decision) : null;
      if (!own) continue;
      ctx.site('EE-tests', decision.dict);
      const renames = decision.action === 'convert' ? decision.tests.flatMap((t) => renameInTest(file.text, t, dicts, names, ctx)) : [];
      for (const edit of [...own, ...renames]) edits.set(`${edit.start}:${edit.end}`, edit);
    }
    const all = [...edits.values()];
    all.push(...labelEdits(file.text, tree.rootNode, all, ctx));
    return all;
  },
};
