// The string ids of a TS/TSX tree-sitter tree (`'x'`, `'#x'`, `'[data-testid="x"]'`, selectors, id lists) as word
// occurrences, read as TypeScript reads its string literals: message ids and module specifiers are not a page's own.
import type { SyntaxNode } from '../../src/engine/types.ts';
import { idListOccurrences, idNamespace, selectorOccurrences, SELECTOR_CALLS, STRING_ID } from '../js/string-ids.ts';
import type { Occurrence } from '../js/word-renames.ts';
import { stringValue, unescaped } from '../js/nodes.ts';

const MODULE_CALLS = /^(require|jest\.mock|vi\.mock|import)$/;

/** A string or template literal without substitutions (TypeScript's StringLiteral, NoSubstitutionTemplateLiteral). */
export function isStringLiteral(node: SyntaxNode): boolean {
  if (!node.isNamed) return false;
  if (node.type === 'string') return true;
  return (node.type === 'template_string' || node.type === 'template_literal_type') && !node.namedChildren.some((c) => c.type === 'template_substitution' || c.type === 'template_type');
}

/** The call whose argument list holds `node` directly (not a tagged template). */
const callOf = (node: SyntaxNode) => (node.parent?.type === 'arguments' && node.parent.parent?.type === 'call_expression' ? node.parent.parent : null);
const calleeText = (call: SyntaxNode) => call.childForFieldName('function')?.text ?? '';
const attributeName = (attribute: SyntaxNode) => attribute.namedChildren[0]?.text ?? '';

/** An object member's name as TypeScript spells it (`getName()`): an identifier's text, a quoted key with its quotes. */
function memberName(member: SyntaxNode): string | undefined {
  if (member.type === 'shorthand_property_identifier') return member.text;
  return (member.childForFieldName('key') ?? member.childForFieldName('name'))?.text;
}

/** `id` of a descriptor or of `<FormattedMessage>`, and module specifiers: strings that are not a page's own ids. */
function isExternalString(node: SyntaxNode): boolean {
  const parent = node.parent!;
  if ((parent.type === 'import_statement' || parent.type === 'export_statement') && parent.childForFieldName('source')?.id === node.id) return true;
  const call = callOf(node);
  if (call && MODULE_CALLS.test(calleeText(call))) return true;
  if (parent.type === 'pair' && parent.childForFieldName('key')?.text === 'id') return parent.parent!.namedChildren.some((m) => memberName(m) === 'defaultMessage');
  if (parent.type !== 'jsx_attribute' || attributeName(parent) !== 'id') return false;
  const element = ancestor(parent, 'jsx_self_closing_element') ?? ancestor(parent, 'jsx_opening_element');
  return /Message$/.test(element?.childForFieldName('name')?.text ?? '');
}

function ancestor(node: SyntaxNode, type: string): SyntaxNode | null {
  for (let current = node.parent; current; current = current.parent) if (current.type === type) return current;
  return null;
}

/** The literal's text: escapes decoded, except in a JSX attribute (whose text TypeScript takes as written). */
function literalText(node: SyntaxNode, text: string): string {
  if (node.parent?.type === 'jsx_attribute') return text.slice(node.startIndex + 1, node.endIndex - 1);
  if (node.type === 'string') return stringValue(node) ?? '';
  return node.namedChildren.map((part) => (part.type === 'escape_sequence' ? unescaped(part.text) : part.text)).join('');
}

/** Where the string is data handed on: a call's or `new`'s argument, an object member, an attribute's value. */
function isData(node: SyntaxNode): boolean {
  const parent = node.parent!;
  if (parent.type === 'arguments') return parent.parent?.type === 'call_expression' || parent.parent?.type === 'new_expression';
  return parent.type === 'pair' || parent.type === 'jsx_attribute' || (parent.type === 'pair_pattern' && !isBindingPattern(parent));
}

/** A destructuring pattern of a declaration (not of an assignment `({ a } = b)`). */
export function isBindingPattern(pattern: SyntaxNode): boolean {
  let top = pattern;
  while (top.parent && /^(object_pattern|array_pattern|pair_pattern|object_assignment_pattern|assignment_pattern|rest_pattern)$/.test(top.parent.type)) top = top.parent;
  const holder = top.parent;
  if (!holder) return false;
  if (holder.type === 'for_in_statement') return !!holder.childForFieldName('kind') && holder.childForFieldName('left')?.id === top.id;
  return /^(variable_declarator|required_parameter|optional_parameter|catch_clause)$/.test(holder.type) && holder.childForFieldName('value')?.id !== top.id;
}

/** A string literal as both readers see it: where it is, its value, and what it is given to. */
export interface LiteralSite {
  span: { start: number; end: number };
  value: string;
  /** The attribute name or the callee's text it is given to ('' for anything else). */
  context: string;
  inCall: boolean;
  inAttribute: boolean;
  /** Handed on as data (an argument, an object member, an attribute's value). */
  data: boolean;
}

/** The ids a string literal spells: a selector's parts, an id list's ids, or the one id or key it is. */
export function literalIdOccurrences(literal: LiteralSite, text: string): Occurrence[] {
  const { span, value, context } = literal;
  if (literal.inCall && SELECTOR_CALLS.test(context)) return selectorOccurrences(span, value, text);
  const list = literal.inAttribute && idListOccurrences(span, value, text, context);
  if (list) return list;
  const match = STRING_ID.exec(value);
  const word = match && (match[2] ?? match[5]);
  const offset = word ? text.slice(span.start, span.end).indexOf(word, 1) : -1;
  if (!match || !word || offset < 0) return [];
  const namespace = idNamespace(context, match[1] === '#', match[3]);
  return [{ word, start: span.start + offset, position: 'string', namespaces: [namespace], follows: namespace === 'key' && literal.data, boundary: () => null }];
}

/** The id occurrences of a string literal node (none for message ids, module specifiers and other strings). */
export function stringIdOccurrences(node: SyntaxNode, text: string): Occurrence[] {
  if (isExternalString(node)) return [];
  const parent = node.parent!;
  const call = callOf(node);
  const inAttribute = parent.type === 'jsx_attribute';
  const context = inAttribute ? attributeName(parent) : call ? calleeText(call) : '';
  const span = { start: node.startIndex, end: node.endIndex };
  return literalIdOccurrences({ span, value: literalText(node, text), context, inCall: !!call, inAttribute, data: isData(node) }, text);
}
