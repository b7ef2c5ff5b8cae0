// Spec site RR-3 in tests and section 5: `@override_waffle_flag(SHOW_REVIEW_RULES_FLAG, active=X)` on a test of the
// vendor's review rules becomes a backend with `show_review_rules: X`; other toggles go and their test is flagged.
import type { Edit, SyntaxNode, TransformContext, Tree } from '../../src/engine/types.ts';
import { addFromImport, fromImports } from '../../transforms/python/imports.ts';
import { deleteStatement } from '../../transforms/python/lines.ts';
import { stringValue } from '../../transforms/python/nodes.ts';
import { keyQuoteAt } from '../../transforms/python/dict-append.ts';
import { rewriteInner } from '../../transforms/python/string-inner.ts';
import { backendOverrides, overridesAt } from './requires-escalation-email/test-overrides.ts';
import { NEUTRAL_PROVIDER } from './requires-escalation-email/test-decisions.ts';
import { VENDOR } from './vendor.ts';

const FLAG = 'SHOW_REVIEW_RULES_FLAG';
const HELPER = 'show_review_rules';
/** The test's name after the rewrite: it now says what the backend setting does. */
const RENAMED_TEST = /_(?:for|with|using)_proctortrack(?=_|$)/;

/** `patch.dict` as this module can call it, with the imports it still needs (`settings` from django.conf too). */
function patchDictCall(text: string, tree: Tree): { callee: string; imports: Edit[] } {
  const imported = fromImports(tree);
  const has = (local: string, module: RegExp) => imported.some((i) => i.local === local && module.test(i.module) && i.statement.parent?.type === 'module');
  const settings = has('settings', /^django\.conf$/) ? [] : addFromImport(text, tree, 'django.conf', 'settings');
  if (has('patch', /^(unittest\.)?mock$/)) return { callee: 'patch.dict', imports: settings };
  const mockModule = has('mock', /^unittest$/) || tree.rootNode.namedChildren.some((s) => s.type === 'import_statement' && /^import mock$/.test(s.text));
  if (mockModule) return { callee: 'mock.patch.dict', imports: settings };
  return { callee: 'patch.dict', imports: [...addFromImport(text, tree, 'unittest.mock', 'patch'), ...settings] };
}

/**
 * The vendor's review rules followed the flag: the same test against a neutral backend whose `show_review_rules` is
 * the flag's value. Only for a test that passes the vendor, reads `show_review_rules` and has no backend override.
 */
function backendRewrite(text: string, decorator: SyntaxNode, call: SyntaxNode, callee: string, ctx: TransformContext): Edit[] | null {
  const test = decorator.parent?.childForFieldName('definition');
  const active = call.childForFieldName('arguments')?.namedChildren.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'active');
  const value = active?.childForFieldName('value')?.text;
  if (!test || (value !== 'True' && value !== 'False')) return null;
  const vendorLiterals = decorator.parent!.descendantsOfType('string').filter((s) => stringValue(s) === VENDOR);
  if (!vendorLiterals.length || !test.text.includes(HELPER) || overridesAt(test, backendOverrides(test.tree.rootNode)).length) return null;
  const name = test.childForFieldName('name')!;
  const renamed = RENAMED_TEST.test(name.text);
  // Every other mention of the vendor (messages, comments, names no rule covers) leaves the test to a review item.
  if ((decorator.parent!.text.match(/proctortrack/gi) ?? []).length !== vendorLiterals.length + (renamed ? 1 : 0)) return null;
  const quote = keyQuoteAt(vendorLiterals[0]);
  const backends = `{${quote}${NEUTRAL_PROVIDER}${quote}: {${quote}${HELPER}${quote}: ${value}}}`;
  const edits: Edit[] = [{ start: decorator.startIndex, end: decorator.endIndex, text: `@${callee}(settings.PROCTORING_BACKENDS, ${backends})` }];
  edits.push(...vendorLiterals.map((s) => rewriteInner(text, s, () => NEUTRAL_PROVIDER)!));
  if (renamed) edits.push({ start: name.startIndex, end: name.endIndex, text: name.text.replace(RENAMED_TEST, value === 'True' ? '_if_backend_shows_review_rules' : '_if_backend_hides_review_rules') });
  ctx.site('RR-3', decorator);
  return edits;
}

/** RR-3 in tests: each `@override_waffle_flag(SHOW_REVIEW_RULES_FLAG, ...)` decorator is rewritten, or goes with a review item. */
export function testOverrides(text: string, root: SyntaxNode, ctx: TransformContext): Edit[] {
  const edits: Edit[] = [];
  const patchDict = patchDictCall(text, root.tree);
  let rewritten = false;
  for (const decorator of root.descendantsOfType('decorator')) {
    const call = decorator.namedChildren[0];
    if (call?.type !== 'call' || call.childForFieldName('function')?.text !== 'override_waffle_flag') continue;
    if (call.childForFieldName('arguments')?.namedChildren[0]?.text !== FLAG) continue;
    const rewrite = backendRewrite(text, decorator, call, patchDict.callee, ctx);
    if (rewrite) {
      edits.push(...rewrite);
      rewritten = true;
      continue;
    }
    const edit = deleteStatement(text, decorator);
    if (!edit) continue;
    const target = decorator.parent?.childForFieldName('definition');
    const name = target?.childForFieldName('name')?.text ?? 'this test';
    ctx.site('RR-3', decorator);
    ctx.review({
      siteKind: 'RR-3-test',
      at: decorator,
      siteText: `${name} ${decorator.text}`,
      reason: `${name} toggled ${FLAG}, which is deleted; its override was removed and the test may no longer test what it says`,
      suggestion: `Drive it with override_settings(PROCTORING_BACKENDS={..., "<provider>": {"show_review_rules": False}}) and assert on ${HELPER}; keep at least one test of ${HELPER}.`,
    });
    edits.push(edit);
  }
  return rewritten ? [...edits, ...patchDict.imports] : edits;
}
