// Spec sites ZD-8, FE-8 (FE-6 in TS pages): create_zendesk_tickets in TS/TSX interface members, mocks and data mappings.
import type { CodemodPart, Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { mergeDeletions } from '../../../transforms/js/deletions.ts';
import { removeListElements, type Span } from '../../../transforms/js/list-elements.ts';
import { memberKey, membersOf, startWithJsDoc, stringValue } from '../../../transforms/js/nodes.ts';
import { findAll } from '../../../transforms/python/nodes.ts';
import { removeTypeMembers } from '../../../transforms/ts/type-members.ts';
import { recordSites, reviewMentionsLeft } from './frontend-mentions.ts';
import { testsLeftForReview } from './frontend-test-zendesk.ts';
import { FRONTEND_NEEDLES, isOptionKey, MESSAGE_ID_PREFIX } from './frontend-names.ts';

/** `{ id: 'authoring.proctoring.createzendesk.…', … }` under any key. */
function isOptionMessage(member: SyntaxNode): boolean {
  const value = member.type === 'pair' ? member.childForFieldName('value') : null;
  if (value?.type !== 'object') return false;
  const id = membersOf(value).find((m) => memberKey(m) === 'id');
  return id?.type === 'pair' && !!stringValue(id.childForFieldName('value'))?.startsWith(MESSAGE_ID_PREFIX);
}

/** A type member's span: from its JSDoc (it documents the member and goes with it) through its `;`/`,` if it has one. */
function typeMemberSpan(member: SyntaxNode): Span {
  let next = member.nextSibling;
  while (next?.type === 'comment') next = next.nextSibling;
  return { start: startWithJsDoc(member), end: next?.type === ';' || next?.type === ',' ? next.endIndex : member.endIndex };
}

/** `[a, , b]`: an array with holes, whose elements are not simply its members. */
function hasHoles(array: SyntaxNode): boolean {
  let afterComma = true;
  for (const child of array.children.slice(1, -1)) {
    if (child.type === 'comment') continue;
    if (child.type === ',' && afterComma) return true;
    afterComma = child.type === ',';
  }
  return false;
}

/** `['provider', 'createZendeskTickets']`: a list of option keys; in `['createZendeskTickets', true]` (a Map entry) the key is not an element to drop. */
const isKeyList = (array: SyntaxNode): boolean => membersOf(array).every((element) => element.type === 'string');

const indicesWhere = (nodes: SyntaxNode[], test: (node: SyntaxNode) => boolean) => new Set(nodes.flatMap((node, i) => (test(node) ? [i] : [])));

interface Found {
  edits: Edit[];
  removed: Array<Span & { siteId?: string }>;
}

function typeMembers(root: SyntaxNode, text: string, found: Found): void {
  for (const body of findAll(root, (n) => n.type === 'interface_body' || n.type === 'object_type')) {
    const members = membersOf(body);
    const remove = indicesWhere(members, (m) => m.type === 'property_signature' && isOptionKey(memberKey(m)));
    if (!remove.size) continue;
    const spans = members.map(typeMemberSpan);
    found.edits.push(...removeTypeMembers(text, { open: body.firstChild!.endIndex, close: body.lastChild!.startIndex, members: spans }, remove));
    found.removed.push(...[...remove].map((i) => ({ ...spans[i], siteId: 'FE-8' })));
  }
}

function listMembers(root: SyntaxNode, text: string, found: Found): void {
  for (const list of findAll(root, (n) => n.type === 'object' || (n.type === 'array' && !hasHoles(n) && isKeyList(n)))) {
    const elements = membersOf(list);
    const remove = indicesWhere(elements, (e) => isOptionKey(e.type === 'string' ? stringValue(e) : memberKey(e)) || isOptionMessage(e));
    if (!remove.size) continue;
    // Object members carry their JSDoc, array elements none.
    const spans = elements.map((e) => ({ start: list.type === 'object' ? startWithJsDoc(e) : e.startIndex, end: e.endIndex }));
    found.edits.push(...removeListElements(text, { open: list.startIndex + 1, close: list.endIndex - 1, elements: spans }, remove, { withCommentsAbove: (comment) => /zendesk/i.test(comment) }));
    found.removed.push(...[...remove].map((i) => spans[i]));
  }
}

export const frontendTs: CodemodPart = {
  kinds: ['typescript', 'tsx'],
  needles: FRONTEND_NEEDLES,
  transform(file, ctx: TransformContext) {
    const found: Found = { edits: [], removed: [] };
    typeMembers(file.tree!.rootNode, file.text, found);
    listMembers(file.tree!.rootNode, file.text, found);
    const edits = mergeDeletions(found.edits);
    recordSites(found.removed, file.relPath, ctx);
    reviewMentionsLeft(file.text, edits, ctx, undefined, testsLeftForReview(file));
    return edits;
  },
};
