// Spec sites FE-6, FE-8 and section 5 in JS/TS test files: a test whose every assertion is about the Zendesk field
// goes; in the others only the Zendesk statements and the zendesk part of the title go (the option's keys in mocks and
// expected payloads are removed by the frontend-js/-ts parts that run next).
import type { CodemodPart, Edit, SourceFile, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { deleteSpan, mergeDeletions } from '../../../transforms/js/deletions.ts';
import { asserts, findTestBlocks, statementsOf, titleText, type TestBlock } from '../../../transforms/js/test-blocks.ts';
import { findAll, findOfType } from '../../../transforms/python/nodes.ts';
import { isTestPath, snapshotFollowUp } from '../requires-escalation-email/frontend-common.ts';
import { FRONTEND_NEEDLES, isOptionKey, siteIdFor } from './frontend-names.ts';
import { withoutZendesk } from './zendesk-titles.ts';

/** What names the field in a test: the option and its test ids (`createZendeskTicketsYes`), message id, label text. */
const FIELD_MENTION = /create_?zendesk_?tickets|createzendesk|zendesk tickets?/i;

const keyText = (key: SyntaxNode | null): string | null =>
  !key ? null : key.type === 'string' ? key.text.slice(1, -1) : key.type === 'property_identifier' ? key.text : null;

/** The statement's text with the option's own object members blanked out: those are not statements about the field. */
function textWithoutOptionMembers(statement: SyntaxNode): string {
  const offset = statement.startIndex;
  let text = statement.text;
  for (const pair of findOfType(statement, 'pair', (n) => isOptionKey(keyText(n.childForFieldName('key'))))) {
    const from = pair.startIndex - offset;
    text = text.slice(0, from) + ' '.repeat(pair.endIndex - pair.startIndex) + text.slice(pair.endIndex - offset);
  }
  return text;
}

const declaredNames = (statement: SyntaxNode): string[] =>
  ['lexical_declaration', 'variable_declaration'].includes(statement.type)
    ? statement.namedChildren.flatMap((d) => (d.childForFieldName('name') ? findAll(d.childForFieldName('name')!, (n) => /identifier/.test(n.type)).map((n) => n.text) : []))
    : [];

/** The callback bodies right inside a statement (`waitFor(() => { … })`), not those nested deeper. */
const innerBlocks = (statement: SyntaxNode): SyntaxNode[] =>
  findOfType(statement, 'statement_block', (n) => n.id !== statement.id).filter((block) => {
    for (let up = block.parent; up && up.id !== statement.id; up = up.parent) if (up.type === 'statement_block') return false;
    return true;
  });

/**
 * Statements about the field: naming it, or using a name declared by such a statement (`const yes =
 * getByTestId('createZendeskTicketsYes')`). A statement whose callback also asserts something else stays, and only
 * its own Zendesk statements go.
 */
function zendeskStatements(statements: SyntaxNode[], names = new Set<string>()): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (const statement of statements) {
    const usesName = findOfType(statement, 'identifier', (n) => names.has(n.text)).length > 0;
    if (!usesName && !FIELD_MENTION.test(textWithoutOptionMembers(statement))) continue;
    const nested = innerBlocks(statement).map((block) => ({ statements: statementsOf(block), remove: zendeskStatements(statementsOf(block), new Set(names)) }));
    if (nested.some((block) => block.statements.some((n) => asserts(n) && !block.remove.includes(n)))) {
      found.push(...nested.flatMap((block) => block.remove));
      continue;
    }
    found.push(statement);
    declaredNames(statement).forEach((name) => names.add(name));
  }
  return found;
}

/** Testing Library queries and DOM lookups: what a test looks at. */
const QUERY = /^(get|query|find)(All)?By[A-Z]\w*$|^querySelector(All)?$/;
const queries = (node: SyntaxNode): SyntaxNode[] =>
  findOfType(node, 'call_expression', (n) => QUERY.test(n.childForFieldName('function')?.text.split('.').pop() ?? ''));
const queriesOtherField = (node: SyntaxNode) => queries(node).some((call) => !FIELD_MENTION.test(call.childForFieldName('arguments')?.text ?? ''));

/**
 * A Zendesk assertion that also checks another field (`expect(optOut.checked && zendeskYes.checked)`, an array of both
 * radios): deleting it would lose that check, and no edit keeps only its other half.
 */
function mixedAssertions(zendesk: SyntaxNode[], block: TestBlock): SyntaxNode[] {
  const body = block.body ?? block.expressionBody;
  if (!body) return [];
  const otherNames = new Set(
    findOfType(body, 'variable_declarator', (n) => !!n.childForFieldName('value') && queriesOtherField(n.childForFieldName('value')!))
      .flatMap((d) => findAll(d.childForFieldName('name')!, (n) => /identifier/.test(n.type)).map((n) => n.text)),
  );
  const usesOther = (s: SyntaxNode) => queriesOtherField(s) || findOfType(s, 'identifier', (n) => otherNames.has(n.text)).length > 0;
  return zendesk.filter((s) => asserts(s) && usesOther(s));
}

// `it('…', () => expect(…))`: its one expression is the whole test.
const testStatements = (block: TestBlock): SyntaxNode[] => (block.body ? statementsOf(block.body) : block.expressionBody ? [block.expressionBody] : []);

/** The tests this part leaves whole for review (mixed assertions): their Zendesk mentions are covered by that one item. */
export function testsLeftForReview(file: SourceFile): Array<{ start: number; end: number }> {
  if (!file.tree || !isTestPath(file.relPath)) return [];
  return findTestBlocks(file.tree.rootNode)
    .filter((b) => b.kind !== 'suite' && mixedAssertions(zendeskStatements(testStatements(b)), b).length > 0)
    .map((b) => ({ start: b.call.startIndex, end: b.call.endIndex }));
}

/** A statement's deletion, with the comments right above it that mention Zendesk. */
function deletion(text: string, statement: SyntaxNode): Edit {
  let start = statement;
  while (start.previousNamedSibling?.type === 'comment' && /zendesk/i.test(start.previousNamedSibling.text) && start.previousNamedSibling.endPosition.row === start.startPosition.row - 1) start = start.previousNamedSibling;
  return deleteSpan(text, start.startIndex, statement.endIndex);
}

function rewordTitle(block: TestBlock, ctx: TransformContext): Edit[] {
  if (!block.title || !FIELD_MENTION.test(block.title.text)) return [];
  const title = titleText(block.title);
  const neutral = withoutZendesk(title);
  if (neutral === null) {
    ctx.review({
      siteKind: 'FE-6',
      at: block.call.startIndex,
      siteText: `${block.callee} ${title}`,
      reason: `the title of ${block.callee} '${title}' names Zendesk beside what it still tests, in words the campaign cannot take out`,
      suggestion: 'Reword the title without the Zendesk tickets option.',
    });
    return [];
  }
  return [{ start: block.title.startIndex + 1, end: block.title.endIndex - 1, text: neutral }];
}

const inside = (node: SyntaxNode, spans: readonly SyntaxNode[]) => spans.some((s) => s.startIndex <= node.startIndex && node.endIndex <= s.endIndex);

export const frontendTestZendesk: CodemodPart = {
  kinds: ['javascript', 'typescript', 'tsx'],
  needles: FRONTEND_NEEDLES,
  appliesTo: isTestPath,
  transform(file, ctx) {
    if (!file.tree) return null;
    const text = file.text;
    const blocks = findTestBlocks(file.tree.rootNode);
    const removed: SyntaxNode[] = [];
    const edits: Edit[] = [];
    const changedTests: SyntaxNode[] = [];
    for (const block of blocks.filter((b) => b.kind !== 'suite')) {
      const statements = testStatements(block);
      const zendesk = zendeskStatements(statements);
      const assertions = statements.filter(asserts);
      const mixed = mixedAssertions(zendesk, block);
      if (mixed.length) {
        ctx.review({
          siteKind: 'FE-6',
          at: block.call.startIndex,
          end: block.call.endIndex,
          siteText: `${block.callee} ${block.title ? titleText(block.title) : ''} mixed`,
          reason: `${block.callee} '${block.title ? titleText(block.title) : ''}' asserts the Zendesk tickets option and another field in one statement (line ${mixed[0].startPosition.row + 1}), so the test was left as it is: deleting the statement would lose the other check`,
          suggestion: 'Split the assertion, keep the part about the other field and delete the Zendesk part.',
        });
        continue;
      }
      if (block.kind === 'test' && zendesk.length && assertions.every((s) => zendesk.includes(s))) {
        if (block.statement === block.call) {
          ctx.review({ siteKind: 'FE-6', at: block.call.startIndex, reason: `${block.callee} '${block.title ? titleText(block.title) : ''}' only tests the Zendesk tickets option but is not a statement of its own`, suggestion: 'Remove this test by hand.' });
          continue;
        }
        if (!assertions.length) ctx.warn(`${file.relPath}:${block.call.startPosition.row + 1}: ${block.callee} '${block.title ? titleText(block.title) : ''}' had no assertion once its Zendesk statements were removed, so it was deleted`);
        removed.push(block.statement);
        continue;
      }
      if (!block.body && zendesk.length) continue; // a hook's expression body: left to the mentions review
      if (zendesk.length) changedTests.push(block.call);
      edits.push(...zendesk.map((s) => deletion(text, s)), ...rewordTitle(block, ctx));
    }
    // Inner suites first: a suite whose tests all went goes too (its hooks and helpers only served them).
    for (const suite of blocks.filter((b) => b.kind === 'suite').reverse()) {
      const tests = blocks.filter((b) => b.kind === 'test' && inside(b.call, [suite.call]));
      const allGone = tests.length > 0 && tests.every((t) => inside(t.statement, removed));
      if (allGone) removed.push(suite.statement);
      else if (!inside(suite.call, removed)) edits.push(...rewordTitle(suite, ctx));
    }
    const outermost = removed.filter((node) => !inside(node, removed.filter((other) => other !== node)));
    for (const node of [...outermost, ...changedTests.filter((t) => !inside(t, outermost))].sort((a, b) => a.startIndex - b.startIndex)) ctx.site(siteIdFor(file.relPath), node.startIndex);
    const kept = edits.filter((edit) => !outermost.some((node) => node.startIndex <= edit.start && edit.end <= node.endIndex));
    const result = mergeDeletions([...kept, ...outermost.map((node) => deletion(text, node))]);
    snapshotFollowUp(text, result.length > 0, ctx);
    return result;
  },
};
