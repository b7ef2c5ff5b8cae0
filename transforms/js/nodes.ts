// Small queries over tree-sitter JS/JSX/TS/TSX nodes (the grammars share these shapes) shared by the JS and TS transforms.
import type { SyntaxNode } from '../../src/engine/types.ts';

const SINGLE_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', 0: '\0' };

/** What an escape sequence stands for: `\n`, `\x41`, `\u0041`, `\u{1F600}`, `\'`; a line continuation is nothing. */
export function unescaped(sequence: string): string {
  const code = /^\\(?:x|u\{?)([0-9a-fA-F]+)\}?$/.exec(sequence);
  if (code) return String.fromCodePoint(parseInt(code[1], 16));
  const escaped = sequence.slice(1);
  if (/^(\r\n?|[\n\u2028\u2029])$/.test(escaped)) return '';
  return SINGLE_ESCAPES[escaped] ?? escaped;
}

/** A quoted string literal's value (escapes decoded; a JSX attribute's text as written); null for anything else. */
export function stringValue(node: SyntaxNode | null | undefined): string | null {
  if (node?.type !== 'string') return null;
  return node.namedChildren.map((part) => (part.type === 'escape_sequence' ? unescaped(part.text) : part.text)).join('');
}

/**
 * The key of an object member (`pair`, method) or type member (property or method signature): an identifier's name or
 * a quoted key's value; null for computed and numeric keys, shorthand properties and spreads.
 */
export function memberKey(member: SyntaxNode): string | null {
  const key = member.type === 'pair' ? member.childForFieldName('key') : /^(method_definition|property_signature|method_signature)$/.test(member.type) ? member.childForFieldName('name') : null;
  if (key?.type === 'property_identifier') return key.text;
  return stringValue(key);
}

/**
 * Where TypeScript starts a member together with its doc comment (`getStart(true)`): at the first `/** … *\/` between
 * the previous token and the member, counting only comments after a line break (one on the previous token's line
 * belongs to that token).
 */
export function startWithJsDoc(member: SyntaxNode): number {
  const comments: SyntaxNode[] = [];
  let previous = member.previousSibling;
  for (; previous?.type === 'comment'; previous = previous.previousSibling) comments.unshift(previous);
  let row = previous ? previous.endPosition.row : -1;
  let afterLineBreak = false;
  for (const comment of comments) {
    afterLineBreak ||= comment.startPosition.row > row;
    if (afterLineBreak && /^\/\*\*(?!\/)/.test(comment.text)) return comment.startIndex;
    row = comment.endPosition.row;
  }
  return member.startIndex;
}

/** The members of an object, array, interface body or type literal: its named children other than comments. */
export const membersOf = (list: SyntaxNode): SyntaxNode[] => list.namedChildren.filter((child) => child.type !== 'comment');
