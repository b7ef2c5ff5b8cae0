// react-intl message descriptors in TS/TSX: the text fields of `defineMessages({...})` entries and of
// `<FormattedMessage ... />` props, located with ts-morph (offsets only: callers emit minimal text edits).
import type { Node as MorphNode, SourceFile as MorphSourceFile } from 'ts-morph';
import { createRequire } from 'node:module';
import { TEXT_FIELDS, type DescriptorText } from '../js/message-descriptors.ts';
import { rewriteWithTsMorph } from './ts-morph.ts';

const require = createRequire(import.meta.url);

function located(field: string, messageId: string | null, value: MorphNode): DescriptorText {
  const { Node } = require('ts-morph') as typeof import('ts-morph');
  const start = value.getStart();
  const end = value.getEnd();
  const plain = Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value);
  return plain ? { field, messageId, start, end, contentStart: start + 1, contentEnd: end - 1, plain } : { field, messageId, start, end, contentStart: start, contentEnd: end, plain };
}

function stringValue(node: MorphNode | undefined): string | null {
  const { Node } = require('ts-morph') as typeof import('ts-morph');
  if (!node) return null;
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralText();
  if (Node.isJsxExpression(node)) return stringValue(node.getExpression());
  return null;
}

function collect(file: MorphSourceFile): DescriptorText[] {
  const { Node, SyntaxKind } = require('ts-morph') as typeof import('ts-morph');
  const found: DescriptorText[] = [];
  for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    if (call.getExpression().getText() !== 'defineMessages') continue;
    for (const object of call.getDescendantsOfKind(SyntaxKind.ObjectLiteralExpression)) {
      const assignments = object.getProperties().filter(Node.isPropertyAssignment);
      const messageId = stringValue(assignments.find((p) => p.getName() === 'id')?.getInitializer());
      for (const property of assignments) {
        const name = property.getNameNode();
        const key = Node.isStringLiteral(name) ? name.getLiteralText() : Node.isIdentifier(name) ? name.getText() : null;
        const value = property.getInitializer();
        if (key && value && TEXT_FIELDS.includes(key)) found.push(located(key, messageId, value));
      }
    }
  }
  const elements = [...file.getDescendantsOfKind(SyntaxKind.JsxSelfClosingElement), ...file.getDescendantsOfKind(SyntaxKind.JsxOpeningElement)];
  for (const element of elements) {
    if (element.getTagNameNode().getText() !== 'FormattedMessage') continue;
    const attributes = element.getAttributes().filter(Node.isJsxAttribute);
    const messageId = stringValue(attributes.find((a) => a.getNameNode().getText() === 'id')?.getInitializer());
    for (const attribute of attributes) {
      const name = attribute.getNameNode().getText();
      let value: MorphNode | undefined = attribute.getInitializer();
      if (Node.isJsxExpression(value)) value = value.getExpression();
      if (value && TEXT_FIELDS.includes(name)) found.push(located(name, messageId, value));
    }
  }
  return found;
}

/** Every `defaultMessage`/`description` value in `defineMessages(...)` objects and `<FormattedMessage>` props. */
export function messageDescriptorTextsTs(relPath: string, text: string): DescriptorText[] {
  let found: DescriptorText[] = [];
  rewriteWithTsMorph(relPath, text, (file) => {
    found = collect(file);
    return false;
  });
  return found;
}
