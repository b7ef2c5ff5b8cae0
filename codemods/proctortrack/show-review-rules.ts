// Spec sites RR-1, RR-2, RR-3 (RR-4: consumers of the `show_review_rules` key are never matched) and section 1.
import type { Codemod, Edit, SyntaxNode, TransformContext } from '../../src/engine/types.ts';
import { ensureHelperFunctions } from '../../transforms/python/helper-module.ts';
import { insertionsBeforeReplaced } from '../../transforms/python/edit-nesting.ts';
import { removeImport } from '../../transforms/python/imports.ts';
import { addHelperImport } from './helper-import.ts';
import { leftUnused } from '../../transforms/python/left-unused.ts';
import { enclosingDefinition, findOfType, usesOf } from '../../transforms/python/nodes.ts';
import { flagDeclarations } from './review-rules-flag.ts';
import { providerBlock, reviewUnhandledChecks, rewriteBlock, type ProviderBlock } from './review-rules-blocks.ts';
import { testOverrides } from './review-rules-tests.ts';
import { HELPER_IMPORT, HELPER_MODULE, helperModuleFor, isHelperModule, PROCTORING_HELPERS } from './proctoring-helpers.ts';

const FLAG = 'SHOW_REVIEW_RULES_FLAG';
const HELPER = 'show_review_rules';

function reviewRemainingUse(use: SyntaxNode, ctx: TransformContext): void {
  const test = enclosingDefinition(use, 'function_definition');
  const call = use.parent?.parent?.type === 'call' ? use.parent.parent : use;
  ctx.review({
    siteKind: 'RR-3',
    at: call,
    reason: `${FLAG} is deleted; this use${test ? ` in ${test.childForFieldName('name')!.text}()` : ''} has no mechanical rewrite`,
    suggestion: `Use \`${HELPER}(<course>.proctoring_provider)\` from ${HELPER_MODULE}; in tests, set "show_review_rules" on a backend with override_settings(PROCTORING_BACKENDS=...).`,
  });
}

const sites = {
  'RR-1': 'delete the SHOW_REVIEW_RULES_FLAG declaration and its toggle annotations (waffle.py)',
  'RR-2': 'xblock-info builder: the vendor/flag block becomes show_review_rules(course.proctoring_provider)',
  'RR-3': 'other flag uses: drop override_waffle_flag from tests (review item per test), review the rest',
  'RR-4': 'left alone: consumers of the show_review_rules key (templates, MFE props)',
};

export const showReviewRules: Codemod = {
  name: 'show-review-rules',
  description: 'Replace the studio.show_review_rules waffle flag with the per-backend `show_review_rules` setting',
  sites,
  siteIds: Object.keys(sites),
  kinds: ['python'],
  needles: [FLAG, 'show_review_rules'],
  companionFile: helperModuleFor,
  companionNeedle: HELPER_IMPORT,
  transform(file, ctx) {
    const tree = file.tree!;
    if (isHelperModule(file.relPath)) return ensureHelperFunctions(file.text, tree, PROCTORING_HELPERS);
    const edits: Edit[] = [...flagDeclarations(file.text, tree, ctx)];
    const blocks = findOfType(tree.rootNode, ['if_statement', 'expression_statement'])
      .map(providerBlock)
      .filter((b): b is ProviderBlock => b !== null);
    let needsHelper = false;
    for (const block of blocks) {
      const rewrite = rewriteBlock(file.text, block, ctx);
      if (rewrite) {
        edits.push(...rewrite);
        needsHelper = true;
      }
    }
    const reviewed = reviewUnhandledChecks(tree.rootNode, blocks.flatMap((b) => b.statements), ctx);
    edits.push(...testOverrides(file.text, tree.rootNode, ctx));
    const remaining = usesOf(tree.rootNode, FLAG, edits);
    const inReviewed = (use: SyntaxNode) => reviewed.some((s) => use.startIndex >= s.startIndex && use.endIndex <= s.endIndex);
    remaining.filter((use) => !inReviewed(use)).forEach((use) => reviewRemainingUse(use, ctx));
    if (!edits.length) return null;
    // `waffle.SHOW_REVIEW_RULES_FLAG` reads the module's attribute, not the imported name.
    const isAttribute = (use: SyntaxNode) => use.parent?.type === 'attribute' && use.parent.childForFieldName('attribute')?.id === use.id;
    if (remaining.every(isAttribute)) edits.push(...removeImport(file.text, tree, FLAG));
    // Only imports these edits leave unused (an import unused before may be a re-export), `waffle` of `waffle.FLAG` too.
    const qualifiers = findOfType(tree.rootNode, 'attribute', (n) => n.childForFieldName('attribute')?.text === FLAG && n.childForFieldName('object')?.type === 'identifier');
    const names = new Set(['override_waffle_flag', 'CourseWaffleFlag', 'LegacyWaffleFlag', 'WaffleFlag', ...qualifiers.map((q) => q.childForFieldName('object')!.text)]);
    for (const name of names) {
      if (leftUnused(tree.rootNode, name, edits)) edits.push(...removeImport(file.text, tree, name));
    }
    if (needsHelper) edits.push(...addHelperImport(file.text, tree, HELPER));
    // Imports added and removed were each placed on the original text: code between imports can make them meet.
    return insertionsBeforeReplaced(edits);
  },
};
