// Spec section 4 (older page shapes) and 7 (FE-names): vendor-named identifiers, property names, DOM/control/test ids
// and comments in pages and their tests, renamed by dropping the vendor word (JS/JSX with jscodeshift, TS/TSX over
// tree-sitter scopes, comments in JS/JSX only); what cannot be renamed safely is a review item.
import type { JSCodeshift } from 'jscodeshift';
import type { CodemodPart, Edit, TransformContext } from '../../../src/engine/types.ts';
import { jscodeshift } from '../../../transforms/js/jscodeshift.ts';
import { literalComparisons } from '../../../transforms/js/literal-comparisons.ts';
import { messageDescriptorTexts } from '../../../transforms/js/message-descriptors.ts';
import { decideRenames, type Occurrence, renameWords, type SkippedWord, type WordPosition, type WordRenames } from '../../../transforms/js/word-renames.ts';
import { decideWithWordOccurrences } from '../../../transforms/ts/word-occurrences.ts';
import { VENDOR, VENDOR_MENTION } from '../vendor.ts';
import { FRONTEND_COMMENT_REWORDINGS, reword } from '../wording.ts';
import { isTestPath, parsedOrNull, VENDOR_NEEDLES } from './frontend-common.ts';
import { neutralName, reviewVendorNames, type Span } from './frontend-vendor-names.ts';

/**
 * The one rename rule of the run, the same in pages and tests. Snake_case property names and strings are left: in
 * these apps they are REST and settings fields (or provider names) that the server reads by name.
 */
function neutralFor(word: string, position: WordPosition): string | null {
  if (position !== 'variable' && word.includes('_')) return null;
  return neutralName(word);
}

interface CommentToken {
  type: string;
  value: string;
  start: number;
  end: number;
}

/** Comments naming the vendor: renamed words follow, then the campaign wording; a comment still naming it is left. */
function commentEdits(root: ReturnType<JSCodeshift>, renamed: Map<string, string>): Edit[] {
  const tokens: CommentToken[] = (root.get().node.tokens ?? []).filter((t: { type: unknown }) => t.type === 'CommentLine' || t.type === 'CommentBlock');
  const edits: Edit[] = [];
  for (const token of tokens) {
    if (!VENDOR_MENTION.test(token.value)) continue;
    const words = token.value.replace(/[A-Za-z_$][\w$]*/g, (word) => renamed.get(word) ?? word);
    const value = reword(words, FRONTEND_COMMENT_REWORDINGS);
    if (value === null) continue;
    // `//` and `/*` are both two characters before the comment's value.
    edits.push({ start: token.start + 2, end: token.start + 2 + token.value.length, text: value.replace(/(\S) {2,}/g, '$1 ') });
  }
  return edits;
}

function reviewSkipped(relPath: string, skipped: SkippedWord[], ctx: TransformContext): void {
  for (const { word, at, reason } of skipped) {
    ctx.review({
      siteKind: 'vendor-name',
      at,
      siteText: word,
      reason: `\`${word}\` names the vendor but was not renamed: it ${reason} (${relPath})`,
      suggestion: `Rename \`${word}\` to \`${neutralName(word)}\` together with every file that uses it (pages, tests, styles), or keep it on purpose.`,
    });
  }
}

const STYLESHEET_IMPORT = /^[ \t]*import\s+(?:[\w$\s{},*]+\s+from\s+)?['"]([^'"]+\.(?:css|scss|sass|less))['"]/gm;

/** Stylesheets are not rewritten: when the page imports one, a note names the DOM ids its selectors may still use. */
function noteStylesheets(relPath: string, text: string, ids: Map<string, string>, ctx: TransformContext): void {
  const sheets = [...text.matchAll(STYLESHEET_IMPORT)].map((m) => m[1]);
  if (!ids.size || !sheets.length) return;
  const renames = [...ids].map(([word, target]) => `#${word} → #${target}`).join(', ');
  ctx.warn(`${relPath}: DOM ids renamed (${renames}); the stylesheets it imports (${sheets.join(', ')}) are not rewritten: update any selector of those ids there`);
}

export const frontendVendorRenames: CodemodPart = {
  kinds: ['javascript'],
  needles: VENDOR_NEEDLES,
  transform(file, ctx) {
    const j = jscodeshift();
    const text = file.text;
    const test = isTestPath(file.relPath);
    // A file babel cannot parse was reported by the page or test part already.
    const root = parsedOrNull(file.relPath, { ...ctx, warn: () => {} }, () => j(text));
    if (!root) return test ? null : reviewVendorNames(file.relPath, text, [], ctx);
    const { edits, renamed, renamedDomIds, skipped, messageIds } = renameWords(j, root, text, neutralFor, { stringsAlone: test });
    const comments = commentEdits(root, renamed);
    for (const word of renamed.keys()) ctx.site('FE-names', edits.find((e) => text.slice(e.start, e.end) === word)!.start);
    for (const comment of comments) ctx.site('FE-names', comment.start);
    edits.push(...comments);
    if (test) return edits; // the test part reviews what is left, one item per test
    reviewSkipped(file.relPath, skipped, ctx);
    noteStylesheets(file.relPath, text, renamedDomIds, ctx);
    // Vendor comparisons are the page part's (rewritten or reviewed), message texts the messages part's; message ids never change.
    const handled: Span[] = [...edits, ...literalComparisons(j, root, VENDOR).map((c) => c.node), ...messageDescriptorTexts(text), ...messageIds];
    reviewVendorNames(file.relPath, text, handled, ctx);
    return edits;
  },
};

/**
 * TS/TSX: the same rule over the tree-sitter tree and its lexical scopes (ts-morph's symbols for files the scopes do
 * not model); what is left is reviewed by the messages and test parts after it.
 */
export const frontendVendorRenamesTs: CodemodPart = {
  kinds: ['typescript', 'tsx'],
  needles: VENDOR_NEEDLES,
  transform(file, ctx) {
    const decide = (occurrences: Occurrence[]) => decideRenames(occurrences, neutralFor, { stringsAlone: isTestPath(file.relPath) });
    const result: Omit<WordRenames, 'messageIds'> | null = parsedOrNull(file.relPath, { ...ctx, warn: () => {} }, () => decideWithWordOccurrences(file, decide));
    if (!result) return null;
    for (const word of result.renamed.keys()) ctx.site('FE-names', result.edits.find((e) => file.text.slice(e.start, e.end) === word)!.start);
    if (isTestPath(file.relPath)) return result.edits;
    reviewSkipped(file.relPath, result.skipped, ctx);
    noteStylesheets(file.relPath, file.text, result.renamedDomIds, ctx);
    return result.edits;
  },
};
