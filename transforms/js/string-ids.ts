// String ids in JS/JSX (babel AST from jscodeshift): the words a string literal spells as an id (`'x'`, `'#x'`,
// `'label[for="x"]'`), the namespace it belongs to (DOM id, test id, key), and strings that are not ids (message ids,
// module specifiers).
import type { ASTPath } from 'jscodeshift';
import { isKeyOf, propertyKey } from './component-state.ts';
import { crossesAsKey, crossesAsMember } from './module-boundary.ts';
import type { BabelNode } from './statement-removal.ts';
import type { Namespace, Occurrence } from './word-renames.ts';

export const STRING_ID = /^(#?)([A-Za-z_$][\w$]*)$|^\[([\w-]+)=(["']?)([\w$]+)\4\]$/;
const MODULE_CALLS = /^(require|jest\.mock|vi\.mock|jest\.requireActual|vi\.importActual|import)$/;
export const TEST_ID_ATTRIBUTES = /^(data-testid|data-test-id|testId)$/;
export const DOM_ID_ATTRIBUTES = /^(id|htmlFor|for|controlId|href|form|list|aria-(describedby|labelledby|controls|owns|activedescendant|errormessage))$/;

export const isModuleSpecifier = (path: ASTPath, text: string) => {
  const parent = path.parent.node as BabelNode;
  return /^(Import|Export)/.test(parent.type) || (parent.type === 'CallExpression' && MODULE_CALLS.test(text.slice(parent.callee.start, parent.callee.end)));
};

/** The `id` of a message descriptor or of `<FormattedMessage>`: translations key on it. */
export function isMessageId(path: ASTPath): boolean {
  const parent = path.parent.node as BabelNode;
  if (['ObjectProperty', 'Property'].includes(parent.type) && parent.value === path.node && propertyKey(parent) === 'id') {
    return (path.parent.parent.node as BabelNode).properties.some((p: BabelNode) => propertyKey(p) === 'defaultMessage');
  }
  if (parent.type === 'JSXAttribute' && parent.name.name === 'id') {
    const element = path.parent.parent.node as BabelNode;
    return element.attributes.some((a: BabelNode) => a.name?.name === 'defaultMessage') || /Message$/.test(element.name.name ?? '');
  }
  return false;
}

/**
 * The namespace of a string id, from what it is given to: `context` is the attribute name or the callee's text
 * (`data-testid`, `getByTestId`, `htmlFor`); `#x` and `[id=x]` are DOM ids.
 */
export function idNamespace(context: string, hash: boolean, attribute: string | undefined): Namespace {
  if (hash || attribute === 'id') return 'dom-id';
  if (attribute) return TEST_ID_ATTRIBUTES.test(attribute) ? 'test-id' : 'key';
  if (TEST_ID_ATTRIBUTES.test(context) || /ByTestId$/.test(context)) return 'test-id';
  return DOM_ID_ATTRIBUTES.test(context) || /getElementById$/.test(context) ? 'dom-id' : 'key';
}

function stringNamespace(path: ASTPath, text: string, hash: boolean, attribute: string | undefined): Namespace {
  const parent = path.parent.node as BabelNode;
  const context = parent.type === 'JSXAttribute' ? String(parent.name.name) : parent.type === 'CallExpression' ? text.slice(parent.callee.start, parent.callee.end) : '';
  return idNamespace(context, hash, attribute);
}

/** Where a string that is no id is data handed on (an argument, an object's value, an attribute). */
const DATA_HOLDERS = ['CallExpression', 'NewExpression', 'ObjectProperty', 'Property', 'JSXAttribute'];

export const SELECTOR_CALLS = /(querySelector|querySelectorAll|closest|matches)$/;
const SELECTOR_PARTS = /#([A-Za-z_$][\w$]*)|\[([\w-]+)=(["']?)([\w$]+)\3\]/g;

/** `'#a'`, `'[data-testid="b"]'`, `'label[for="c"] input'` given to a query: each id in the selector. */
export function selectorOccurrences(node: { start: number; end: number }, value: string, text: string): Occurrence[] {
  const raw = text.slice(node.start, node.end);
  if (raw.slice(1, -1) !== value) return []; // escapes: offsets in the source would not match
  return [...value.matchAll(SELECTOR_PARTS)].map((m) => {
    const word = m[1] ?? m[4];
    const namespace: Namespace = m[1] || m[2] === 'id' || m[2] === 'for' ? 'dom-id' : TEST_ID_ATTRIBUTES.test(m[2]) ? 'test-id' : 'key';
    return { word, start: node.start + 1 + m.index! + m[0].lastIndexOf(word), position: 'string', namespaces: [namespace], boundary: () => null };
  });
}

/** Attributes whose value is a space-separated list of DOM ids (`aria-describedby="help error"`). */
const ID_LIST_ATTRIBUTES = /^(aria-(describedby|labelledby|controls|owns|flowto|details)|headers)$/;

/** Each plain id (`help`, not `help-text`) of an id-list attribute's value; null when `attribute` takes no list. */
export function idListOccurrences(node: { start: number; end: number }, value: string, text: string, attribute: string): Occurrence[] | null {
  if (!ID_LIST_ATTRIBUTES.test(attribute) || text.slice(node.start + 1, node.end - 1) !== value) return null;
  const tokens = [...value.matchAll(/\S+/g)].filter((t) => /^[A-Za-z_$][\w$]*$/.test(t[0]));
  return tokens.map((t) => ({ word: t[0], start: node.start + 1 + t.index!, position: 'string', namespaces: ['dom-id'], boundary: () => null }));
}

export function stringOccurrences(path: ASTPath, text: string): Occurrence[] {
  const node = path.node as BabelNode;
  const parent = path.parent.node as BabelNode;
  const value: string = node.type === 'TemplateLiteral' ? (node.expressions.length ? '' : node.quasis[0].value.cooked) : node.value;
  if (parent.type === 'CallExpression' && SELECTOR_CALLS.test(text.slice(parent.callee.start, parent.callee.end))) return selectorOccurrences(node, value, text);
  const list = parent.type === 'JSXAttribute' && idListOccurrences(node, value, text, String(parent.name.name));
  if (list) return list;
  const match = STRING_ID.exec(value);
  if (!match) return [];
  const word = match[2] ?? match[5];
  const offset = text.slice(node.start, node.end).indexOf(word, 1);
  if (offset < 0) return [];
  const at = { word, start: node.start + offset };
  if (isKeyOf(parent, node)) return [{ ...at, position: 'property', namespaces: ['key'], boundary: () => crossesAsKey(path, text) }];
  if (/MemberExpression$/.test(parent.type) && parent.property === node) return [{ ...at, position: 'property', namespaces: ['key'], boundary: () => crossesAsMember(path, parent.object, text) }];
  const namespace = stringNamespace(path, text, match[1] === '#', match[3]);
  return [{ ...at, position: 'string', namespaces: [namespace], follows: namespace === 'key' && DATA_HOLDERS.includes(parent.type), boundary: () => null }];
}

