// Spec section 5 for JS/TS tests (FE-tests): the vendor is only "a provider that requires an escalation email", so it
// becomes one neutral provider name through the whole test file; expected texts follow the campaign wording first.
// What no rule decides is one review item per test.
import type { CodemodPart, Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { blockAround, findTestBlocks, titleText, type TestBlock } from '../../../transforms/js/test-blocks.ts';
import { findAll } from '../../../transforms/python/nodes.ts';
import { VENDOR, VENDOR_MENTION } from '../vendor.ts';
import { neutralWording } from '../wording.ts';
import { isTestPath, RESPONSE_KEY, snapshotFollowUp, VENDOR_NEEDLES } from './frontend-common.ts';
import { vendorWordAt } from './frontend-vendor-names.ts';

/**
 * The neutral provider names, in order of preference: the first one the file does not use yet. Its tests then mean
 * what they meant (the mocks list it in `requires_escalation_email_providers`), and no existing provider is merged in.
 */
export const NEUTRAL_TEST_PROVIDERS = ['test_proctoring_provider', 'escalation_provider', 'provider_requiring_escalation_email'];

/** Text tokens the vendor can stand in as a provider value or a word: strings, template text, regexes, JSX text, comments. */
const TEXT_TOKENS = new Set(['string_fragment', 'regex_pattern', 'jsx_text', 'comment']);
/**
 * The vendor as a whole token (`'proctortrack'`, `proctortrack@example.com`, `proctortrack.support`), not inside an
 * identifier and not the package name `edx-proctoring-proctortrack`.
 */
const VENDOR_TOKEN = new RegExp(`(?<![A-Za-z0-9])(?<!proctoring[-_.])${VENDOR}(?![A-Za-z0-9])`, 'g');
/** Calls whose first argument names a module: a path or package, never a provider. */
const MODULE_CALLS = /^(require|import|(jest|vi)\.(mock|doMock|unmock|requireActual|importActual))$/;

/** A string that is a module specifier (`import … from '…'`, `require('…')`, `jest.mock('…')`). */
function isModuleSpecifier(token: SyntaxNode): boolean {
  const string = token.parent;
  const holder = string?.parent;
  if (!string || !holder) return false;
  if (['import_statement', 'export_statement'].includes(holder.type)) return holder.childForFieldName('source')?.id === string.id;
  const call = holder.type === 'arguments' ? holder.parent : null;
  return !!call && call.type === 'call_expression' && holder.namedChildren[0]?.id === string.id && MODULE_CALLS.test(call.childForFieldName('function')?.text ?? '');
}
const VENDOR_TOKEN_ANY_CASE = new RegExp(VENDOR_TOKEN.source, 'gi');
const VENDOR_WORD = /[A-Za-z0-9_$]*proctortrack[A-Za-z0-9_$]*/gi;
/**
 * Right after `@` or `://` and the host's other labels: a host name, where `_` is not allowed (e-mail validators reject
 * `support@test_proctoring_provider.com`), so the provider name is written with `-` there.
 */
const IN_HOST_NAME = /(@|:\/\/)[A-Za-z0-9.-]*$/;

/**
 * A token's neutral text: the wording table first (the page's reworded messages), then the vendor as a provider.
 * Titles and comments are prose about the provider, so any spelling goes; in data only the backend name itself
 * (lower case) is the provider value: `'ProctorTrack'` in a string may be text a page shows, left for review.
 */
function neutralText(token: string, prose: boolean, provider: string): string {
  const named = (offset: number, whole: string) => (IN_HOST_NAME.test(whole.slice(0, offset)) ? provider.replaceAll('_', '-') : provider);
  return neutralWording(token).text.replace(prose ? VENDOR_TOKEN_ANY_CASE : VENDOR_TOKEN, (_match, offset: number, whole: string) => named(offset, whole));
}

function reviewLeftovers(text: string, edits: Edit[], blocks: TestBlock[], root: SyntaxNode, ctx: TransformContext): void {
  const groups = new Map<number, { at: number; end?: number; name: string; words: Set<string> }>();
  // Mentions outside the edits, and those an edit kept (a capitalised name in data), at the edit's place.
  const mentions = [
    ...[...text.matchAll(VENDOR_WORD)].filter((m) => !edits.some((e) => e.start <= m.index! && m.index! < e.end)).map((m) => ({ at: m.index!, word: m[0] })),
    ...edits.flatMap((e) => [...e.text.matchAll(VENDOR_WORD)].map((m) => ({ at: e.start, word: m[0] }))),
  ];
  for (const { at, word } of mentions.filter((m) => vendorWordAt(m.word) >= 0)) {
    const block = blockAround(blocks, at);
    const holder = block?.call ?? root.namedChildren.find((s) => s.startIndex <= at && at < s.endIndex) ?? root;
    const name = block ? `${block.callee} '${block.title ? titleText(block.title) : ''}'` : `the statement at line ${holder.startPosition.row + 1}`;
    // The item covers its whole test (or statement), so the audit counts every vendor line there as this one item.
    const end = holder === root ? undefined : holder.endIndex - 1;
    const group = groups.get(holder.startIndex) ?? { at: holder.startIndex, end, name, words: new Set<string>() };
    group.words.add(word);
    groups.set(holder.startIndex, group);
  }
  for (const { at, end, name, words } of groups.values()) {
    const list = [...words].map((w) => `\`${w}\``).join(', ');
    ctx.review({
      siteKind: 'FE-tests',
      at,
      end,
      siteText: `${name} ${[...words].sort().join(' ')}`,
      reason: `${name} still names the vendor (${list}) where no rule of the campaign decides: identifiers, or text a page may show`,
      suggestion: `Use the neutral test provider listed in the mocks' \`${RESPONSE_KEY}\`, match the reworded message texts, or keep the name on purpose.`,
    });
  }
}

/**
 * The name is per file: when the first choice is taken here, test data this file imports may have been given the first
 * choice, or use it for another provider. Also the review when every neutral name is taken.
 */
function reviewName(relPath: string, provider: string | undefined, root: SyntaxNode, ctx: TransformContext): void {
  if (provider === NEUTRAL_TEST_PROVIDERS[0]) return;
  // A data module (`__mocks__/x.js`, `mockSettings.ts`) is read by tests that were given the first choice.
  const dataModule = !/\.(test|spec)\.[cm]?[jt]sx?$/.test(relPath);
  const importedData = (statement: SyntaxNode) => {
    const source = statement.type === 'import_statement' ? statement.childForFieldName('source')?.text.slice(1, -1) ?? '' : '';
    return source.startsWith('.') && isTestPath(/\.[cm]?[jt]sx?$/.test(source) ? source : `${source}.js`);
  };
  const imports = root.namedChildren.filter(importedData);
  if (provider && !imports.length && !dataModule) return;
  const others = dataModule ? 'the tests that import it are renamed on their own' : `test data it imports (${imports.map((s) => s.childForFieldName('source')!.text).join(', ')}) is renamed on its own`;
  ctx.review({
    siteKind: 'FE-tests',
    at: provider && imports.length ? imports[0].startIndex : 0,
    reason: provider
      ? `this file already uses '${NEUTRAL_TEST_PROVIDERS[0]}', so the vendor became '${provider}' here; ${others} and may use '${NEUTRAL_TEST_PROVIDERS[0]}' for it`
      : `every neutral provider name (${NEUTRAL_TEST_PROVIDERS.join(', ')}) is already used in this test file, so the vendor was not renamed`,
    suggestion: `Make this file and its test data agree on one provider that is listed in \`${RESPONSE_KEY}\`.`,
  });
}

export const frontendTestProviders: CodemodPart = {
  kinds: ['javascript', 'typescript', 'tsx'],
  needles: VENDOR_NEEDLES,
  appliesTo: isTestPath,
  transform(file, ctx) {
    if (!file.tree) return null;
    const text = file.text;
    const root = file.tree.rootNode;
    const blocks = findTestBlocks(root);
    const provider = NEUTRAL_TEST_PROVIDERS.find((name) => !text.toLowerCase().includes(name));
    const edits: Edit[] = [];
    if (provider) {
      const titles = blocks.flatMap((b) => (b.title ? [b.title] : []));
      const isProse = (token: SyntaxNode) => token.type === 'comment' || titles.some((t) => t.startIndex <= token.startIndex && token.endIndex <= t.endIndex);
      // Also `{ proctortrack: … }` and `labels.proctortrack`: the provider as a key.
      const isToken = (n: SyntaxNode) => (TEXT_TOKENS.has(n.type) && VENDOR_MENTION.test(n.text) && !isModuleSpecifier(n)) || (n.type === 'property_identifier' && n.text === VENDOR);
      for (const token of findAll(root, isToken)) {
        const neutral = neutralText(token.text, isProse(token), provider);
        if (neutral !== token.text) edits.push({ start: token.startIndex, end: token.endIndex, text: neutral });
      }
    }
    const changed = new Set(edits.map((e) => blockAround(blocks, e.start)?.call.startIndex ?? root.namedChildren.find((s) => s.startIndex <= e.start && e.start < s.endIndex)?.startIndex ?? 0));
    [...changed].sort((a, b) => a - b).forEach((at) => ctx.site('FE-tests', at));
    if (edits.length || !provider) reviewName(file.relPath, provider, root, ctx);
    reviewLeftovers(text, edits, blocks, root, ctx);
    snapshotFollowUp(text, edits.length > 0, ctx);
    return edits;
  },
};
