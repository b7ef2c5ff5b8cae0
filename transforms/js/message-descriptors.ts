// react-intl message descriptors in JS/JSX/TS/TSX (a tree-sitter tree of any of the grammars): the text fields of
// `defineMessages({...})` entries and of `<FormattedMessage ... />` props (offsets only: callers emit minimal text edits).
import { parse } from '../../src/engine/languages.ts';
import type { SyntaxNode } from '../../src/engine/types.ts';
import { findAll } from '../python/nodes.ts';
import { memberKey, stringValue, unescaped } from './nodes.ts';

/** One string-valued field of a message descriptor. */
export interface DescriptorText {
  /** `defaultMessage` or `description`. */
  field: string;
  /** The message id of the descriptor, when it is a quoted string. */
  messageId: string | null;
  /** Offsets of the raw text between the quotes/backticks (escapes as written). */
  contentStart: number;
  contentEnd: number;
  /** Offsets of the whole value node (literal, template, or other expression). */
  start: number;
  end: number;
  /** False for template literals with `${…}` expressions or non-literal values: not plain text. */
  plain: boolean;
}

export const TEXT_FIELDS = ['defaultMessage', 'description'];

function located(field: string, messageId: string | null, value: SyntaxNode): DescriptorText {
  const { startIndex: start, endIndex: end } = value;
  if (value.type !== 'string' && value.type !== 'template_string') return { field, messageId, start, end, contentStart: start, contentEnd: end, plain: false };
  const plain = !value.namedChildren.some((part) => part.type === 'template_substitution');
  return { field, messageId, start, end, contentStart: start + 1, contentEnd: end - 1, plain };
}

/** A JSX attribute's value: its string, or the expression inside its `{…}` (null for none or `{}`). */
function attributeValue(attribute: SyntaxNode): SyntaxNode | null {
  const value = attribute.namedChildren[1];
  if (value?.type !== 'jsx_expression') return value ?? null;
  return value.namedChildren.find((child) => child.type !== 'comment') ?? null;
}

const jsxName = (attribute: SyntaxNode): string => attribute.namedChildren[0]?.text ?? '';

/** A message id: a quoted string, or a template literal without `${…}` (react-intl's extractor reads both). */
function idValue(node: SyntaxNode | null | undefined): string | null {
  if (node?.type !== 'template_string' || node.namedChildren.some((part) => part.type === 'template_substitution')) return stringValue(node);
  return node.namedChildren.map((part) => (part.type === 'escape_sequence' ? unescaped(part.text) : part.text)).join('');
}

function descriptorFields(object: SyntaxNode): DescriptorText[] {
  const pairs = object.namedChildren.filter((child) => child.type === 'pair');
  const messageId = idValue(pairs.find((pair) => memberKey(pair) === 'id')?.childForFieldName('value'));
  return pairs.flatMap((pair) => {
    const key = memberKey(pair);
    const value = pair.childForFieldName('value');
    return key && value && TEXT_FIELDS.includes(key) ? [located(key, messageId, value)] : [];
  });
}

function formattedMessageProps(element: SyntaxNode): DescriptorText[] {
  const attributes = element.namedChildren.filter((child) => child.type === 'jsx_attribute');
  const idAttribute = attributes.find((attribute) => jsxName(attribute) === 'id');
  const messageId = idAttribute ? idValue(attributeValue(idAttribute)) : null;
  return attributes.flatMap((attribute) => {
    const name = jsxName(attribute);
    const value = attributeValue(attribute);
    return value && TEXT_FIELDS.includes(name) ? [located(name, messageId, value)] : [];
  });
}

const isDefineMessages = (node: SyntaxNode) => node.type === 'call_expression' && node.childForFieldName('function')?.text === 'defineMessages';
const isFormattedMessage = (node: SyntaxNode) =>
  (node.type === 'jsx_opening_element' || node.type === 'jsx_self_closing_element') && node.childForFieldName('name')?.text === 'FormattedMessage';

/** Every `defaultMessage`/`description` value in `defineMessages(...)` objects and `<FormattedMessage>` props. */
export function messageDescriptors(root: SyntaxNode): DescriptorText[] {
  const objects = findAll(root, isDefineMessages).flatMap((call) => findAll(call, (node) => node.type === 'object'));
  return [...objects.flatMap(descriptorFields), ...findAll(root, isFormattedMessage).flatMap(formattedMessageProps)];
}

/** The same for JS/JSX source text (parsed here: for callers holding no tree). */
export const messageDescriptorTexts = (text: string): DescriptorText[] => messageDescriptors(parse('javascript', text)!.rootNode);
