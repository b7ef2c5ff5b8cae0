// Word occurrences in a TS/TSX file through ts-morph (symbols resolved by the type checker), for the files whose
// constructs transforms/ts/scopes.ts does not model; transforms/ts/word-occurrences.ts reads all others the same way.
import { createRequire } from 'node:module';
import type { Node as MorphNode, SourceFile as MorphSourceFile } from 'ts-morph';
import type { Occurrence } from '../js/word-renames.ts';
import { BOUNDARY } from './boundary-reasons.ts';
import { literalIdOccurrences } from './string-id-occurrences.ts';

const require = createRequire(import.meta.url);
const morph = () => require('ts-morph') as typeof import('ts-morph');

/** Why a variable's declaration makes it visible to other files: imported, exported, global (undeclared here). */
function crossesAsVariable(node: MorphNode): string | null {
  const { Node } = morph();
  const declarations = node.getSymbol()?.getDeclarations() ?? [];
  if (!declarations.length || declarations.some((d) => d.getSourceFile() !== node.getSourceFile())) return BOUNDARY.global;
  for (const declaration of declarations) {
    if (Node.isImportSpecifier(declaration) || Node.isImportClause(declaration) || Node.isNamespaceImport(declaration)) return BOUNDARY.imported;
    const statement = Node.isVariableDeclaration(declaration) ? declaration.getVariableStatement() : declaration;
    if (statement && Node.isExportable(statement) && statement.isExported()) return BOUNDARY.exported;
    if (statement && [statement, ...statement.getAncestors()].some((n) => Node.isAmbientable(n) && n.hasDeclareKeyword())) return BOUNDARY.ambient;
    if (Node.isBindingElement(declaration) && declaration.getFirstAncestor((a) => Node.isParameterDeclaration(a))) return BOUNDARY.parameter;
  }
  return null;
}

const crossesAsProperty = () => BOUNDARY.property;

function identifierOccurrence(node: MorphNode): Occurrence | null {
  const { Node } = morph();
  const parent = node.getParent()!;
  const at = { word: node.getText(), start: node.getStart() };
  if (Node.isShorthandPropertyAssignment(parent)) return { ...at, position: 'variable', namespaces: ['variable', 'key'], boundary: () => crossesAsVariable(node) ?? crossesAsProperty() };
  const isName = (Node.isPropertyAccessExpression(parent) || Node.isPropertyAssignment(parent) || Node.isPropertySignature(parent) || Node.isPropertyDeclaration(parent) || Node.isMethodDeclaration(parent) || Node.isMethodSignature(parent)) && parent.getNameNode() === node;
  if (isName) return { ...at, position: 'property', namespaces: ['key'], boundary: crossesAsProperty };
  if (Node.isBindingElement(parent) && parent.getPropertyNameNode() === node) return { ...at, position: 'property', namespaces: ['key'], boundary: crossesAsProperty };
  if (Node.isJsxAttribute(parent)) return { ...at, position: 'property', namespaces: ['key'], boundary: () => BOUNDARY.prop };
  if (Node.isImportSpecifier(parent) || Node.isImportClause(parent) || Node.isExportSpecifier(parent)) return { ...at, position: 'variable', namespaces: ['variable'], boundary: () => (Node.isExportSpecifier(parent) ? BOUNDARY.exported : BOUNDARY.imported) };
  const shorthand = Node.isBindingElement(parent) && !parent.getPropertyNameNode();
  return { ...at, position: 'variable', namespaces: shorthand ? ['variable', 'key'] : ['variable'], boundary: () => crossesAsVariable(node) ?? (shorthand ? crossesAsProperty() : null) };
}

/** `id` of a descriptor or of `<FormattedMessage>`, and module specifiers: strings that are not a page's own ids. */
function isExternalString(node: MorphNode): boolean {
  const { Node } = morph();
  const parent = node.getParent()!;
  if (Node.isImportDeclaration(parent) || Node.isExportDeclaration(parent) || Node.isExternalModuleReference(parent)) return true;
  if (Node.isCallExpression(parent) && /^(require|jest\.mock|vi\.mock|import)$/.test(parent.getExpression().getText())) return true;
  if (Node.isPropertyAssignment(parent) && parent.getName() === 'id') return !!parent.getParentIfKind(morph().SyntaxKind.ObjectLiteralExpression)?.getProperty('defaultMessage');
  const attribute = Node.isJsxAttribute(parent) ? parent : null;
  return attribute?.getNameNode().getText() === 'id' && /Message$/.test(attribute.getFirstAncestorByKind(morph().SyntaxKind.JsxSelfClosingElement)?.getTagNameNode().getText() ?? attribute.getFirstAncestorByKind(morph().SyntaxKind.JsxOpeningElement)?.getTagNameNode().getText() ?? '');
}

function stringOccurrences(node: MorphNode, text: string): Occurrence[] {
  const { Node } = morph();
  if (!(Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) || isExternalString(node)) return [];
  const parent = node.getParent()!;
  const inCall = Node.isCallExpression(parent);
  const inAttribute = Node.isJsxAttribute(parent);
  const context = inAttribute ? parent.getNameNode().getText() : inCall ? parent.getExpression().getText() : '';
  const data = inCall || inAttribute || Node.isNewExpression(parent) || Node.isPropertyAssignment(parent);
  return literalIdOccurrences({ span: { start: node.getStart(), end: node.getEnd() }, value: node.getLiteralText(), context, inCall, inAttribute, data }, text);
}

/** Every identifier and string-id occurrence of the file. */
export function wordOccurrencesMorph(file: MorphSourceFile): Occurrence[] {
  const { SyntaxKind } = morph();
  const text = file.getFullText();
  const occurrences: Occurrence[] = [];
  file.forEachDescendant((node) => {
    if (node.getKind() === SyntaxKind.Identifier) {
      const occurrence = identifierOccurrence(node);
      if (occurrence) occurrences.push(occurrence);
    } else occurrences.push(...stringOccurrences(node, text));
  });
  return occurrences;
}
