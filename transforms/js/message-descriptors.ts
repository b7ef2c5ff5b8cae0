// react-intl message descriptors in JS/JSX: the text fields of `defineMessages({...})` entries and of
// `<FormattedMessage ... />` props, located with jscodeshift (offsets only: callers emit minimal text edits).
import type { ASTNode, JSCodeshift } from 'jscodeshift';
import { jscodeshift } from './jscodeshift.ts';

/** One string-valued field of a message descriptor. */
export interface DescriptorText {
  /** `defaultMessage` or `description`. */
  field: string;
  /** The message id of the descriptor, when it is a plain string. */
  messageId: string | null;
  /** Offsets of the raw text between the quotes/backticks (escapes as written). */
  contentStart: number;
  contentEnd: number;
  /** Offsets of the whole value node (literal, template, or JSX expression container). */
  start: number;
  end: number;
  /** False for template literals with `${…}` expressions or non-literal values: not plain text. */
  plain: boolean;
}

export const TEXT_FIELDS = ['defaultMessage', 'description'];

type Located = ASTNode & { start: number; end: number };

function keyName(node: { key?: unknown; computed?: boolean }): string | null {
  const key = node.key as { type: string; name?: string; value?: unknown } | undefined;
  if (!key || node.computed) return null;
  if (key.type === 'Identifier') return key.name ?? null;
  return typeof key.value === 'string' ? key.value : null;
}

/** Text offsets of a string literal or template literal value; null for other expressions. */
function textOf(j: JSCodeshift, value: Located): Pick<DescriptorText, 'contentStart' | 'contentEnd' | 'plain'> | null {
  if (j.StringLiteral.check(value) || (j.Literal.check(value) && typeof value.value === 'string')) {
    return { contentStart: value.start + 1, contentEnd: value.end - 1, plain: true };
  }
  if (j.TemplateLiteral.check(value)) {
    return { contentStart: value.start + 1, contentEnd: value.end - 1, plain: value.expressions.length === 0 };
  }
  return null;
}

function stringValue(j: JSCodeshift, node: unknown): string | null {
  if (j.StringLiteral.check(node) || j.Literal.check(node)) return typeof node.value === 'string' ? node.value : null;
  if (j.JSXExpressionContainer.check(node)) return stringValue(j, node.expression);
  return null;
}

/** Every `defaultMessage`/`description` value in `defineMessages(...)` objects and `<FormattedMessage>` props. */
export function messageDescriptorTexts(text: string): DescriptorText[] {
  const j = jscodeshift();
  const root = j(text);
  const found: DescriptorText[] = [];
  const add = (field: string, messageId: string | null, value: Located) => {
    const located = textOf(j, value);
    if (located) found.push({ field, messageId, start: value.start, end: value.end, ...located });
    else found.push({ field, messageId, start: value.start, end: value.end, contentStart: value.start, contentEnd: value.end, plain: false });
  };
  root
    .find(j.CallExpression, { callee: { name: 'defineMessages' } })
    .find(j.ObjectExpression)
    .forEach((path) => {
      const properties = path.node.properties.filter((p) => j.ObjectProperty.check(p) || j.Property.check(p)) as unknown as Array<{ key: unknown; value: Located; computed?: boolean }>;
      const idProperty = properties.find((p) => keyName(p) === 'id');
      const messageId = idProperty ? stringValue(j, idProperty.value) : null;
      for (const property of properties) {
        const name = keyName(property);
        if (name && TEXT_FIELDS.includes(name)) add(name, messageId, property.value);
      }
    });
  root.find(j.JSXOpeningElement, { name: { name: 'FormattedMessage' } }).forEach((path) => {
    const attributes = path.node.attributes?.filter((a) => j.JSXAttribute.check(a)) ?? [];
    const idAttribute = attributes.find((a) => a.name.name === 'id');
    const messageId = idAttribute ? stringValue(j, idAttribute.value) : null;
    for (const attribute of attributes) {
      const name = String(attribute.name.name);
      const value = attribute.value as Located | null;
      if (!TEXT_FIELDS.includes(name) || !value) continue;
      add(name, messageId, j.JSXExpressionContainer.check(value) ? (value.expression as Located) : value);
    }
  });
  return found;
}
