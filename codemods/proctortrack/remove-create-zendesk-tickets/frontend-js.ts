// Spec sites ZD-8, FE-6, FE-8: create_zendesk_tickets in JS/JSX pages, messages, test data and CommonJS mocks (whole tests: frontend-test-zendesk.ts).
import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import type { CodemodPart, Edit, TransformContext } from '../../../src/engine/types.ts';
import { isDeleted, mergeDeletions } from '../../../transforms/js/deletions.ts';
import { jscodeshift } from '../../../transforms/js/jscodeshift.ts';
import { removeJsxBlock } from '../../../transforms/js/jsx-blocks.ts';
import { removeListElements } from '../../../transforms/js/list-elements.ts';
import { removeStatements, type BabelNode } from '../../../transforms/js/statement-removal.ts';
import { FRONTEND_NEEDLES, isOptionBinding, isOptionKey, MESSAGE_ID_PREFIX } from './frontend-names.ts';
import { recordSites, reviewMentionsLeft } from './frontend-mentions.ts';
import { testsLeftForReview } from './frontend-test-zendesk.ts';

const nodeOf = (path: ASTPath) => path.node as unknown as BabelNode;
const mentionsZendesk = (text: string) => /zendesk/i.test(text);

function keyOf(node: BabelNode): string | null {
  if (node.computed) return node.key.type === 'StringLiteral' ? node.key.value : null;
  return node.key.type === 'Identifier' ? node.key.name : node.key.type === 'StringLiteral' ? node.key.value : null;
}

/** A string literal's value, or a template literal's without `${…}`; null otherwise. */
const plainString = (node: BabelNode): string | null =>
  node.type === 'StringLiteral' ? node.value : node.type === 'TemplateLiteral' && !node.expressions.length ? node.quasis[0].value.cooked : null;

/** `{ id: 'authoring.proctoring.createzendesk.label', … }`: the option's message descriptor under any key. */
const isOptionMessage = (value: BabelNode): boolean =>
  value.type === 'ObjectExpression' &&
  value.properties.some((p: BabelNode) => p.type === 'ObjectProperty' && keyOf(p) === 'id' && plainString(p.value)?.startsWith(MESSAGE_ID_PREFIX));

/** Group the members to remove by the list (object literal or array) holding them, and remove them per list. */
function listRemovals(text: string, members: ASTPath[], ctx: TransformContext): Edit[] {
  const byList = new Map<BabelNode, Set<number>>();
  for (const member of members) {
    const list = nodeOf(member.parent);
    byList.set(list, (byList.get(list) ?? new Set()).add(elementsOf(list).indexOf(nodeOf(member))));
  }
  return [...byList].flatMap(([list, remove]) => {
    const elements = elementsOf(list);
    if (list.type === 'ArrayExpression' && remove.size === elements.length) {
      ctx.review({
        siteKind: 'FE-6',
        at: list.start,
        reason: 'this list held only the Zendesk option and is now empty: code reading it may be dead',
        suggestion: 'Remove the code that tests membership in this empty list.',
      });
    }
    return removeListElements(text, { open: list.start + 1, close: list.end - 1, elements }, remove, { withCommentsAbove: mentionsZendesk });
  });
}

const elementsOf = (list: BabelNode): BabelNode[] => (list.type === 'ArrayExpression' ? list.elements : list.properties);

/** Object members that are the option (initial state, POST body, GET mapping, spread override, mock) or its message. */
function optionProperties(j: JSCodeshift, root: Collection): ASTPath[] {
  return root
    .find(j.ObjectProperty)
    .filter((p) => p.parent?.node.type === 'ObjectExpression' && (isOptionKey(keyOf(nodeOf(p))) || isOptionMessage(nodeOf(p).value)))
    .paths();
}

/** `'createZendeskTickets'` in an array literal (the boolean radio names). */
function optionElements(j: JSCodeshift, root: Collection): ASTPath[] {
  return root
    .find(j.StringLiteral)
    .filter((p) => p.parent?.node.type === 'ArrayExpression' && isOptionKey(nodeOf(p).value) && !(p.parent.node as any).elements.includes(null))
    .paths();
}

/** Statements that can go on their own: in a block, at top level, or as an `if` branch (not `export …`, not a loop head). */
const STATEMENT_HOLDERS = ['Program', 'BlockStatement', 'IfStatement'];

function isOptionStatement(path: ASTPath): boolean {
  const node = nodeOf(path);
  if (!STATEMENT_HOLDERS.includes(path.parent?.node.type)) return false;
  if (node.type === 'FunctionDeclaration') return isOptionBinding(node.id?.name);
  if (node.type === 'VariableDeclaration') return node.declarations.every((d: BabelNode) => bindsOnlyOption(d.id));
  if (node.type !== 'ExpressionStatement') return false;
  const expression = node.expression;
  if (expression.type === 'CallExpression' && expression.callee.type === 'Identifier') return isOptionBinding(expression.callee.name);
  return expression.type === 'AssignmentExpression' && expression.left.type === 'MemberExpression' && isOptionKey(keyOf({ ...expression.left, key: expression.left.property }));
}

const bindsOnlyOption = (id: BabelNode): boolean =>
  id.type === 'Identifier' ? isOptionBinding(id.name) : id.type === 'ArrayPattern' && id.elements.every((e: BabelNode | null) => !e || (e.type === 'Identifier' && isOptionBinding(e.name)));

const rendersNothing = (node: BabelNode) => ['NullLiteral', 'BooleanLiteral'].includes(node.type) || (node.type === 'Identifier' && node.name === 'undefined');

/** `{isStaff ? <ZendeskRadios /> : <p>…</p>}`: the other branch renders something of its own, which must not go blindly. */
const rendersSomethingElse = (node: BabelNode): boolean =>
  node.type === 'JSXExpressionContainer' && node.expression.type === 'ConditionalExpression' && !rendersNothing(node.expression.consequent) && !rendersNothing(node.expression.alternate);

function jsxRemovals(j: JSCodeshift, root: Collection, text: string, ctx: TransformContext): Array<{ edit: Edit }> {
  const edits: Array<{ edit: Edit }> = [];
  const removable = (node: BabelNode) =>
    !rendersSomethingElse(node) &&
    j(node as any)
      .find(j.JSXAttribute, { name: { name: 'name' } })
      .every((p) => (p.node.value as any)?.type === 'StringLiteral' && isOptionKey((p.node.value as any).value));
  root.find(j.JSXAttribute, { name: { name: 'name' } }).forEach((path) => {
    const value = path.node.value as unknown as BabelNode | null;
    if (value?.type !== 'StringLiteral' || !isOptionKey(value.value)) return;
    const edit = removeJsxBlock(text, path, { removable, comment: mentionsZendesk });
    if (edit) edits.push({ edit });
    else
      ctx.review({
        siteKind: 'FE-6',
        at: nodeOf(path).start,
        reason: 'the createZendeskTickets field is rendered together with other fields (or in a conditional that renders something else otherwise); no block of its own to remove',
        suggestion: 'Remove the Zendesk tickets radio set and its label by hand.',
      });
  });
  return edits;
}

export const frontendJs: CodemodPart = {
  kinds: ['javascript'],
  needles: FRONTEND_NEEDLES,
  transform(file, ctx) {
    const j = jscodeshift();
    const text = file.text;
    let root: Collection;
    try {
      root = j(text);
    } catch (error) {
      reviewMentionsLeft(text, [], ctx, `babel cannot parse this file (${(error as Error).message}), so nothing in it was removed`);
      return null;
    }
    const statements = root.find(j.Statement).paths().filter((p) => isOptionStatement(p as ASTPath)) as unknown as ASTPath[];
    const removal = removeStatements(text, statements, { withCommentsAbove: mentionsZendesk });
    for (const branch of removal.emptiedBranches) {
      ctx.review({
        siteKind: 'FE-6',
        at: branch.start,
        reason: 'removing the Zendesk option would empty a branch of this `if`, which cannot simply go',
        suggestion: 'Delete the Zendesk statements and restructure the `if` by hand.',
      });
    }
    const members = [...optionProperties(j, root), ...optionElements(j, root)];
    const jsx = jsxRemovals(j, root, text, ctx);
    const edits = mergeDeletions([...removal.edits, ...jsx.map((r) => r.edit), ...listRemovals(text, members, ctx)]);
    const removed = [...statements.map(nodeOf), ...jsx.map((r) => r.edit), ...members.map(nodeOf)];
    recordSites(removed.filter((node) => isDeleted(edits, node.start)), file.relPath, ctx);
    reviewMentionsLeft(text, edits, ctx, undefined, testsLeftForReview(file));
    return edits;
  },
};
