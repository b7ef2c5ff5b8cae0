// Spec section 5 for JS/TS test data (FE-tests): a settings GET mock gains `requires_escalation_email_providers`,
// listing the vendor when the mock offers it (the old page required the email for exactly that provider), so every
// test keeps its meaning; the provider part then renames the vendor.
import { lineStart } from '../../../src/engine/lines.ts';
import type { CodemodPart, Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { findOfType } from '../../../transforms/python/nodes.ts';
import { VENDOR } from '../vendor.ts';
import { AVAILABLE_KEY, isTestPath, RESPONSE_KEY, VENDOR_NEEDLES } from './frontend-common.ts';

const keyOf = (pair: SyntaxNode): string | null => {
  const key = pair.childForFieldName('key');
  return !key ? null : key.type === 'string' ? key.text.slice(1, -1) : key.type === 'property_identifier' ? key.text : null;
};
const pairOf = (object: SyntaxNode, key: string) => object.namedChildren.find((p) => p.type === 'pair' && keyOf(p) === key) ?? null;
const stringValue = (node: SyntaxNode): string | null => (node.type === 'string' ? node.text.slice(1, -1) : null);

/** A list of string literals, directly or through a `const NAME = [...]` of the file; null for anything else. */
function stringList(value: SyntaxNode, root: SyntaxNode): SyntaxNode[] | null {
  // `[...] as const`, `[...] satisfies string[]`, `([...])`
  if (['as_expression', 'satisfies_expression', 'parenthesized_expression'].includes(value.type)) return stringList(value.namedChildren[0], root);
  if (value.type === 'identifier') {
    const declarators = findOfType(root, 'variable_declarator', (n) => n.childForFieldName('name')?.text === value.text);
    const init = declarators.length === 1 ? declarators[0].childForFieldName('value') : null;
    return init ? stringList(init, root) : null;
  }
  if (value.type !== 'array') return null;
  const elements = value.namedChildren.filter((e) => e.type !== 'comment');
  return elements.every((e) => stringValue(e) !== null) ? elements : null;
}

/** The providers an object literal's mock requires the email for, as the file will have it (written or to be added). */
function requiredProviders(object: SyntaxNode, root: SyntaxNode): string[] | null {
  const written = pairOf(object, RESPONSE_KEY);
  if (written) return stringList(written.childForFieldName('value')!, root)?.map((e) => stringValue(e)!) ?? null;
  const available = pairOf(object, AVAILABLE_KEY);
  const list = available && stringList(available.childForFieldName('value')!, root);
  return list ? list.map((e) => stringValue(e)!).filter((p) => p === VENDOR) : null;
}

/** `{ ...base, available_proctoring_providers: [...] }` where `base` (an object of the file) already requires as much. */
function baseCovers(object: SyntaxNode, needed: string[], root: SyntaxNode): boolean {
  return object.namedChildren.some((member) => {
    const name = member.type === 'spread_element' ? member.namedChildren[0] : null;
    if (name?.type !== 'identifier') return false;
    const declarators = findOfType(root, 'variable_declarator', (n) => n.childForFieldName('name')?.text === name.text);
    const base = declarators.length === 1 ? declarators[0].childForFieldName('value') : null;
    const required = base?.type === 'object' ? requiredProviders(base, root) : null;
    return !!required && needed.every((p) => required.includes(p));
  });
}

/** The new entry right after `available_proctoring_providers`, in the mock's own layout and quotes. */
function entryEdit(text: string, object: SyntaxNode, available: SyntaxNode, list: SyntaxNode[]): Edit {
  const vendor = list.find((e) => stringValue(e) === VENDOR);
  const key = available.childForFieldName('key')!;
  const name = key.type === 'string' ? `${key.text[0]}${RESPONSE_KEY}${key.text[0]}` : RESPONSE_KEY;
  const entry = `${name}: [${vendor ? vendor.text : ''}]`;
  const multiline = text.slice(object.startIndex, available.startIndex).includes('\n');
  const indent = /^[ \t]*/.exec(text.slice(lineStart(text, available.startIndex)))![0];
  const comma = /^\s*,/.exec(text.slice(available.endIndex));
  if (!comma) return { start: available.endIndex, end: available.endIndex, text: multiline ? `,\n${indent}${entry}` : `, ${entry}` };
  const at = available.endIndex + comma[0].length;
  return { start: at, end: at, text: multiline ? `\n${indent}${entry},` : ` ${entry},` };
}

function mockEdit(text: string, object: SyntaxNode, root: SyntaxNode, ctx: TransformContext): Edit | null {
  const available = pairOf(object, AVAILABLE_KEY);
  if (!available || pairOf(object, RESPONSE_KEY)) return null;
  const list = stringList(available.childForFieldName('value')!, root);
  if (!list) {
    ctx.review({
      siteKind: 'FE-tests',
      at: available.startIndex,
      reason: `\`${AVAILABLE_KEY}\` in this mock is not a list of string literals, so \`${RESPONSE_KEY}\` was not added: the page reads it from the settings GET`,
      suggestion: `Add \`${RESPONSE_KEY}: [...]\` beside it, listing the providers that must show the escalation email.`,
    });
    return null;
  }
  const needed = list.some((e) => stringValue(e) === VENDOR) ? [VENDOR] : [];
  if (baseCovers(object, needed, root)) return null;
  ctx.site('FE-tests', available.startIndex);
  return entryEdit(text, object, available, list);
}

export const frontendTests: CodemodPart = {
  kinds: ['javascript', 'typescript', 'tsx'],
  needles: [...VENDOR_NEEDLES, AVAILABLE_KEY],
  appliesTo: isTestPath,
  transform(file, ctx) {
    if (!file.tree) return null;
    const root = file.tree.rootNode;
    return findOfType(root, 'object')
      .map((object) => mockEdit(file.text, object, root, ctx))
      .filter((edit): edit is Edit => !!edit);
  },
};
