// Spec site RR-3 in tests and section 5: `@override_waffle_flag(SHOW_REVIEW_RULES_FLAG, active=X)` on a test of the
// vendor's review rules becomes a backend with `show_review_rules: X`; other toggles go and their test is flagged.
import type { Edit, SyntaxNode, TransformContext, Tree } from '../../src/engine/types.ts';
import { addSectionedImport, type ImportSection } from '../../transforms/python/import-sections.ts';
import { functionNames } from '../../transforms/python/function-names.ts';
import { fromImports } from '../../transforms/python/imports.ts';
import { deleteStatement } from '../../transforms/python/lines.ts';
import { keyQuoteAt } from '../../transforms/python/dict-append.ts';
import { rewriteInner } from '../../transforms/python/string-inner.ts';
import { NEUTRAL_PROVIDER } from './requires-escalation-email/test-decisions.ts';
import { FLAG, HELPER, isFlagToggle, rewritableToggle, vendorMentions, type FlagToggle } from './review-rules-toggles.ts';

const STDLIB = new Set(['unittest', 'collections', 'contextlib', 'copy', 'datetime', 'functools', 'itertools', 'json', 'logging', 'os', 're', 'sys', 'types', 'typing', 'uuid']);
const FIRST_PARTY = /^(cms|common|lms|openedx|xmodule)(\.|$)|^\./;
const sectionOf = (module: string): ImportSection => (STDLIB.has(module.split('.')[0]) ? 'stdlib' : FIRST_PARTY.test(module) ? 'firstparty' : 'thirdparty');

/** `patch.dict` as this module can call it, with the imports it still needs (`settings` from django.conf too). */
function patchDictCall(text: string, tree: Tree): { callee: string; imports: Edit[] } {
  const imported = fromImports(tree);
  const has = (local: string, module: RegExp) => imported.some((i) => i.local === local && module.test(i.module) && i.statement.parent?.type === 'module');
  const settings = has('settings', /^django\.conf$/) ? [] : addSectionedImport(text, tree, 'django.conf', 'settings', 'thirdparty', sectionOf);
  if (has('patch', /^(unittest\.)?mock$/)) return { callee: 'patch.dict', imports: settings };
  const mockModule = has('mock', /^unittest$/) || tree.rootNode.namedChildren.some((s) => s.type === 'import_statement' && /^import mock$/.test(s.text));
  if (mockModule) return { callee: 'mock.patch.dict', imports: settings };
  return { callee: 'patch.dict', imports: [...addSectionedImport(text, tree, 'unittest.mock', 'patch', 'stdlib', sectionOf), ...settings] };
}

/** The vendor's review rules followed the flag: the same test against a neutral backend whose `show_review_rules` is the flag's value. */
function backendRewrite(text: string, toggle: FlagToggle, callee: string, ctx: TransformContext): Edit[] {
  const quote = keyQuoteAt(toggle.vendorLiterals[0]);
  const backends = `{${quote}${NEUTRAL_PROVIDER}${quote}: {${quote}${HELPER}${quote}: ${toggle.value}}}`;
  const { decorator } = toggle;
  const edits: Edit[] = [{ start: decorator.startIndex, end: decorator.endIndex, text: `@${callee}(settings.PROCTORING_BACKENDS, ${backends})` }];
  edits.push(...toggle.vendorLiterals.map((s) => rewriteInner(text, s, () => NEUTRAL_PROVIDER)!));
  const name = toggle.test.childForFieldName('name')!;
  if (toggle.renamed) edits.push({ start: name.startIndex, end: name.endIndex, text: toggle.renamed });
  ctx.site('RR-3', decorator);
  return edits;
}

/** RR-3 in tests: each `@override_waffle_flag(SHOW_REVIEW_RULES_FLAG, ...)` decorator is rewritten, or goes with a review item. */
export function testOverrides(text: string, root: SyntaxNode, ctx: TransformContext): Edit[] {
  const edits: Edit[] = [];
  const patchDict = patchDictCall(text, root.tree);
  const names = functionNames(root);
  let rewritten = false;
  for (const decorator of root.descendantsOfType('decorator').filter(isFlagToggle)) {
    const toggle = rewritableToggle(decorator);
    // A taken name would define the test twice, hiding one: such a test is left to a review item.
    if (toggle && !(toggle.renamed && names.has(toggle.renamed))) {
      if (toggle.renamed) names.add(toggle.renamed);
      edits.push(...backendRewrite(text, toggle, patchDict.callee, ctx));
      rewritten = true;
      continue;
    }
    const edit = deleteStatement(text, decorator);
    if (!edit) continue;
    const target = decorator.parent?.childForFieldName('definition');
    const name = target?.childForFieldName('name')?.text ?? 'this test';
    const vendor = target ? vendorMentions(target) : 0;
    ctx.site('RR-3', decorator);
    ctx.review({
      siteKind: 'RR-3-test',
      at: decorator,
      ...(target ? { end: target } : {}),
      siteText: `${name} ${decorator.text}`,
      reason: `${name} toggled ${FLAG}, which is deleted; its override was removed and the test may no longer test what it says${vendor ? ` (it names Proctortrack ${vendor}×)` : ''}`,
      suggestion: `Drive it with override_settings(PROCTORING_BACKENDS={..., "<provider>": {"show_review_rules": False}}) and assert on ${HELPER}; keep at least one test of ${HELPER}.`,
    });
    edits.push(edit);
  }
  return rewritten ? [...edits, ...patchDict.imports] : edits;
}
