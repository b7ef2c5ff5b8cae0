// Spec sites ZD-8, FE-8 (FE-6 in TS pages): create_zendesk_tickets in TS/TSX interface members, mocks and data mappings.
import { createRequire } from 'node:module';
import type { Node as MorphNode, SourceFile as MorphSourceFile } from 'ts-morph';
import type { CodemodPart, Edit, TransformContext } from '../../../src/engine/types.ts';
import { mergeDeletions } from '../../../transforms/js/deletions.ts';
import { removeListElements, type Span } from '../../../transforms/js/list-elements.ts';
import { removeTypeMembers } from '../../../transforms/ts/type-members.ts';
import { rewriteWithTsMorph } from '../../../transforms/ts/ts-morph.ts';
import { recordSites, reviewMentionsLeft } from './frontend-mentions.ts';
import { testsLeftForReview } from './frontend-test-zendesk.ts';
import { FRONTEND_NEEDLES, isOptionKey, MESSAGE_ID_PREFIX } from './frontend-names.ts';

const require = createRequire(import.meta.url);
const morph = () => require('ts-morph') as typeof import('ts-morph');
/** A node's span, from its JSDoc (`/** … *\/` above a member documents that member and goes with it). */
const spanOf = (node: MorphNode): Span => ({ start: node.getStart(true), end: node.getEnd() });

/** A member's key as written: `createZendeskTickets`, `'create_zendesk_tickets'`; null for computed keys. */
function keyOf(node: MorphNode): string | null {
  const { Node } = morph();
  const name = Node.isPropertyNamed(node) || Node.isPropertySignature(node) ? node.getNameNode() : null;
  if (!name) return null;
  if (Node.isIdentifier(name)) return name.getText();
  return Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name) ? name.getLiteralText() : null;
}

/** `{ id: 'authoring.proctoring.createzendesk.…', … }` under any key. */
function isOptionMessage(property: MorphNode): boolean {
  const { Node } = morph();
  const value = Node.isPropertyAssignment(property) ? property.getInitializer() : undefined;
  if (!value || !Node.isObjectLiteralExpression(value)) return false;
  const id = value.getProperty('id');
  const idValue = id && Node.isPropertyAssignment(id) ? id.getInitializer() : undefined;
  return !!idValue && Node.isStringLiteral(idValue) && idValue.getLiteralText().startsWith(MESSAGE_ID_PREFIX);
}

interface Found {
  edits: Edit[];
  removed: Array<Span & { siteId?: string }>;
}

function typeMembers(file: MorphSourceFile, text: string, found: Found): void {
  const { SyntaxKind } = morph();
  const bodies = [...file.getDescendantsOfKind(SyntaxKind.InterfaceDeclaration), ...file.getDescendantsOfKind(SyntaxKind.TypeLiteral)];
  for (const body of bodies) {
    const members = body.getMembers();
    const remove = new Set(members.flatMap((m, i) => (m.getKind() === SyntaxKind.PropertySignature && isOptionKey(keyOf(m)) ? [i] : [])));
    if (!remove.size) continue;
    const open = body.getFirstChildByKindOrThrow(SyntaxKind.OpenBraceToken).getEnd();
    const close = body.getLastChildByKindOrThrow(SyntaxKind.CloseBraceToken).getStart();
    found.edits.push(...removeTypeMembers(text, { open, close, members: members.map(spanOf) }, remove));
    found.removed.push(...[...remove].map((i) => ({ ...spanOf(members[i]), siteId: 'FE-8' })));
  }
}

function listMembers(file: MorphSourceFile, text: string, found: Found): void {
  const { Node, SyntaxKind } = morph();
  const lists = [
    ...file.getDescendantsOfKind(SyntaxKind.ObjectLiteralExpression).map((o) => ({ node: o as MorphNode, elements: o.getProperties() as MorphNode[] })),
    ...file.getDescendantsOfKind(SyntaxKind.ArrayLiteralExpression).map((a) => ({ node: a as MorphNode, elements: a.getElements() as MorphNode[] })),
  ];
  for (const { node, elements } of lists) {
    if (elements.some((e) => Node.isOmittedExpression(e))) continue;
    const remove = new Set(
      elements.flatMap((e, i) => (isOptionKey(Node.isStringLiteral(e) ? e.getLiteralText() : keyOf(e)) || isOptionMessage(e) ? [i] : [])),
    );
    if (!remove.size) continue;
    const list = { open: node.getStart() + 1, close: node.getEnd() - 1, elements: elements.map(spanOf) };
    found.edits.push(...removeListElements(text, list, remove, { withCommentsAbove: (comment) => /zendesk/i.test(comment) }));
    found.removed.push(...[...remove].map((i) => spanOf(elements[i])));
  }
}

function collect(relPath: string, text: string): Found {
  const found: Found = { edits: [], removed: [] };
  rewriteWithTsMorph(relPath, text, (file) => {
    typeMembers(file, text, found);
    listMembers(file, text, found);
    return false;
  });
  return found;
}

export const frontendTs: CodemodPart = {
  kinds: ['typescript', 'tsx'],
  needles: FRONTEND_NEEDLES,
  transform(file, ctx: TransformContext) {
    const found = collect(file.relPath, file.text);
    const edits = mergeDeletions(found.edits);
    recordSites(found.removed, file.relPath, ctx);
    reviewMentionsLeft(file.text, edits, ctx, undefined, testsLeftForReview(file));
    return edits;
  },
};
