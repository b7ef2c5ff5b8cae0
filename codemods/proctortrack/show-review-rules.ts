// Spec sites RR-1, RR-2, RR-3 (RR-4: consumers of the `show_review_rules` key are never matched) and section 1.
import { lineEnd, lineStart } from '../../src/engine/lines.ts';
import type { Codemod, Edit, SyntaxNode, TransformContext } from '../../src/engine/types.ts';
import { literalComparison, unwrapParentheses } from '../../transforms/python/comparisons.ts';
import { ensureHelperFunctions } from '../../transforms/python/helper-module.ts';
import { removeImport } from '../../transforms/python/imports.ts';
import { addHelperImport } from './helper-import.ts';
import { leftUnused } from '../../transforms/python/left-unused.ts';
import { longLinesAfter, longLinesNote } from '../../transforms/python/line-length.ts';
import { deleteStatement } from '../../transforms/python/lines.ts';
import { enclosingDefinition, findAll, usesOf } from '../../transforms/python/nodes.ts';
import { flagDeclarations } from './review-rules-flag.ts';
import { testOverrides } from './review-rules-tests.ts';
import { HELPER_IMPORT, HELPER_MODULE, helperModuleFor, isHelperModule, PROCTORING_HELPERS } from './proctoring-helpers.ts';

const FLAG = 'SHOW_REVIEW_RULES_FLAG';
const HELPER = 'show_review_rules';
const MAX_LINE = 120;

interface ProviderBlock {
  /** The statement computing the local (an `if` or a conditional-expression assignment). */
  statement: SyntaxNode;
  local: string;
  provider: string;
}

/** `<v> = FLAG.is_enabled(...)` → v, for a block or statement holding exactly that assignment. */
function assignedFrom(node: SyntaxNode | null | undefined, test: (value: SyntaxNode) => boolean): string | null {
  const statements = node?.type === 'block' ? node.namedChildren.filter((c) => c.type !== 'comment') : node ? [node] : [];
  if (statements.length !== 1 || statements[0].type !== 'expression_statement') return null;
  const assignment = statements[0].namedChildren[0];
  const left = assignment?.childForFieldName('left');
  const right = assignment?.childForFieldName('right');
  return assignment?.type === 'assignment' && left?.type === 'identifier' && right && test(right) ? left.text : null;
}

const isFlagCheck = (n: SyntaxNode) => n.type === 'call' && /^(\w+\s*\.\s*)?SHOW_REVIEW_RULES_FLAG\s*\.\s*is_enabled$/.test(n.childForFieldName('function')?.text ?? '');
const isTrue = (n: SyntaxNode) => n.type === 'true';

/** RR-2: `if <provider> == 'proctortrack': v = FLAG.is_enabled(..) else: v = True` (either polarity, or as `x if c else y`). */
function providerBlock(statement: SyntaxNode): ProviderBlock | null {
  companionNeedle: HELPER_IMPORT,
  let condition: SyntaxNode | null;
  let whenTrue: SyntaxNode | null | undefined;
  let whenFalse: SyntaxNode | null | undefined;
  if (statement.type === 'if_statement') {
    const alternatives = statement.childrenForFieldName('alternative');
    if (alternatives.length !== 1 || alternatives[0].type !== 'else_clause') return null;
    condition = statement.childForFieldName('condition');
    whenTrue = statement.childForFieldName('consequence');
    whenFalse = alternatives[0].childForFieldName('body');
  } else {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
    const value = assignment?.type === 'assignment' ? unwrapParentheses(assignment.childForFieldName('right')!) : null;
    if (value?.type !== 'conditional_expression') return null;
    const [yes, test, no] = value.namedChildren;
    const local = assignment!.childForFieldName('left')!;
    const check = test && literalComparison(test, VENDOR);
    if (!check || local.type !== 'identifier') return null;
    const [flagSide, trueSide] = check.negated ? [no, yes] : [yes, no];
    if (!isFlagCheck(unwrapParentheses(flagSide)) || !isTrue(unwrapParentheses(trueSide))) return null;
    return { statement, local: local.text, provider: check.subject.text };
  }
  const check = condition && literalComparison(condition, VENDOR);
  if (!check) return null;
  const [flagBranch, trueBranch] = check.negated ? [whenFalse, whenTrue] : [whenTrue, whenFalse];
  const local = assignedFrom(flagBranch, isFlagCheck);
  if (!local || assignedFrom(trueBranch, isTrue) !== local) return null;
  return { statement, local, provider: check.subject.text };
}

/** Rewrite one provider block: drop it, and read the helper wherever the local was read. Null when unsafe. */
function rewriteBlock(text: string, block: ProviderBlock, ctx: TransformContext): Edit[] | null {
  const scope = enclosingDefinition(block.statement, 'function_definition') ?? block.statement.tree.rootNode;
  const inBlock = (n: SyntaxNode) => n.startIndex >= block.statement.startIndex && n.endIndex <= block.statement.endIndex;
  const reads = usesOf(scope, block.local).filter((n) => !inBlock(n));
  const rebinds = [...reads, ...usesOf(scope, HELPER).filter((n) => !inBlock(n))].filter((n) => {
    const parent = n.parent;
    return parent?.type === 'assignment' || parent?.type === 'parameters' || parent?.type === 'default_parameter' || parent?.type === 'for_statement';
  });
  const removal = deleteStatement(text, block.statement, { withCommentsAbove: (c) => /review.rules|proctortrack/i.test(c) });
  if (rebinds.length || !removal || !reads.length) {
    ctx.review({
      siteKind: 'RR-2',
      at: block.statement,
      reason: `\`${block.local}\` is rebound or read in ways this codemod cannot follow`,
      suggestion: `Delete this block and read \`${HELPER}(${block.provider})\` where \`${block.local}\` was read.`,
    });
    return null;
  }
  ctx.site('RR-2', block.statement);
  const call = `${HELPER}(${block.provider})`;
  // A local read more than once keeps its name (one lookup); the spec's own local shares the helper's name, so it goes.
  if (block.local !== HELPER && reads.length > 1) {
    const start = lineStart(text, block.statement.startIndex);
    const indent = text.slice(start, block.statement.startIndex);
    return [{ start, end: lineEnd(text, block.statement.endIndex), text: `${indent}${block.local} = ${call}\n` }];
  }
  return [removal, ...reads.map((n) => ({ start: n.startIndex, end: n.endIndex, text: call }))];
}

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
  transform(file, ctx) {
    const tree = file.tree!;
    if (isHelperModule(file.relPath)) return ensureHelperFunctions(file.text, tree, PROCTORING_HELPERS);
    const edits: Edit[] = [...flagDeclarations(file.text, tree, ctx)];
    const blocks = findAll(tree.rootNode, (n) => n.type === 'if_statement' || n.type === 'expression_statement')
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
    edits.push(...testOverrides(file.text, tree.rootNode, ctx));
    const remaining = usesOf(tree.rootNode, FLAG, edits);
    remaining.forEach((use) => reviewRemainingUse(use, ctx));
    if (!edits.length) return null;
    // `waffle.SHOW_REVIEW_RULES_FLAG` reads the module's attribute, not the imported name.
    const isAttribute = (use: SyntaxNode) => use.parent?.type === 'attribute' && use.parent.childForFieldName('attribute')?.id === use.id;
    if (remaining.every(isAttribute)) edits.push(...removeImport(file.text, tree, FLAG));
    // Only imports these edits leave unused (an import unused before may be a re-export), `waffle` of `waffle.FLAG` too.
    const qualifiers = findAll(tree.rootNode, (n) => n.type === 'attribute' && n.childForFieldName('attribute')?.text === FLAG && n.childForFieldName('object')?.type === 'identifier');
    const names = new Set(['override_waffle_flag', 'CourseWaffleFlag', 'LegacyWaffleFlag', 'WaffleFlag', ...qualifiers.map((q) => q.childForFieldName('object')!.text)]);
    for (const name of names) {
      if (leftUnused(tree.rootNode, name, edits)) edits.push(...removeImport(file.text, tree, name));
    }
    if (needsHelper) edits.push(...addHelperImport(file.text, tree, HELPER));
    const note = longLinesNote(longLinesAfter(file.text, edits, MAX_LINE), MAX_LINE);
    if (note) ctx.warn(note);
    return edits;
  },
};
