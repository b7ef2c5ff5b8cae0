// Appending entries at the end of a Python dict literal, in the dict's own layout and quote style.
import { lineEnd, lineStart } from '../../src/engine/lines.ts';
import type { Edit, SyntaxNode } from '../../src/engine/types.ts';

import { pairKey, pairsOf } from './dict-entries.ts';
import { dominantQuote, pyString, quoteOf, type Quote } from './quotes.ts';

export interface DictEntry {
  key: string;
  /** Python source of the value, e.g. `True`. */
  value: string;
}

/** The `key: value` pairs of a dict literal whose key is a plain string literal, by key. */
export function stringKeyedPairs(dict: SyntaxNode): Map<string, SyntaxNode> {
  const pairs = new Map<string, SyntaxNode>();
  for (const pair of pairsOf(dict)) {
    const key = pairKey(pair);
    if (key !== null && !pairs.has(key)) pairs.set(key, pair);
  }
  return pairs;
}

export function hasSplat(dict: SyntaxNode): boolean {
  return dict.namedChildren.some((child) => child.type === 'dictionary_splat');
}

/**
 * The quote style new keys at `node` should use: that of the string keys of the innermost dict around it that has
 * some, else the file's dominant one.
 */
export function keyQuoteAt(node: SyntaxNode): Quote {
  for (let current: SyntaxNode | null = node; current; current = current.parent) {
    if (current.type !== 'dictionary') continue;
    const key = pairsOf(current).find((pair) => pairKey(pair) !== null)?.childForFieldName('key');
    if (key) return quoteOf(key);
  }
  return dominantQuote(node.tree.rootNode);
}

function entryText(entry: DictEntry, quote: Quote): string {
  return `${pyString(entry.key, quote)}: ${entry.value}`;
}

/**
 * Edits appending entries to a dict literal, following its layout: `{}` becomes an inline dict; a dict whose last
 * element starts its own line gets one line per entry at that indentation (keeping whether the last element had a
 * trailing comma, and staying before comments and the closing brace); any other dict gets `, k: v` after its last element.
 * Null when the layout is not one of these (a dict holding only a comment that shares the brace's line).
 */
export function appendDictEntries(text: string, dict: SyntaxNode, entries: DictEntry[], quote = keyQuoteAt(dict)): Edit[] | null {
  if (!entries.length) return [];
  const items = entries.map((entry) => entryText(entry, quote));
  const open = dict.firstChild!;
  const close = dict.lastChild!;
  const children = dict.namedChildren;
  const elements = children.filter((child) => child.type !== 'comment');
  const last = elements.at(-1);
  if (!last) {
    const comment = children.at(-1);
    if (!comment) return [{ start: open.endIndex, end: close.startIndex, text: items.join(', ') }];
    // Only comments inside: the entries go on lines of their own below them, black-style with trailing commas.
    const indent = text.slice(lineStart(text, comment.startIndex), comment.startIndex);
    if (indent.trim() !== '') return null;
    return [{ start: lineEnd(text, comment.endIndex), end: lineEnd(text, comment.endIndex), text: items.map((item) => `${indent}${item},\n`).join('') }];
  }
  const comma = last.nextSibling?.type === ',' ? last.nextSibling : null;
  const indent = text.slice(lineStart(text, last.startIndex), last.startIndex);
  if (indent.trim() !== '') return [{ start: last.endIndex, end: last.endIndex, text: items.map((item) => `, ${item}`).join('') }];
  const anchor = comma ?? last;
  const restOfLine = text.slice(anchor.endIndex, lineEnd(text, anchor.endIndex)).trim();
  if (restOfLine === '' || restOfLine.startsWith('#')) {
    const at = lineEnd(text, anchor.endIndex);
    const lines = items.map((item, i) => `${indent}${item}${comma || i < items.length - 1 ? ',' : ''}\n`).join('');
    const needsNewline = at === text.length && !text.endsWith('\n');
    const edits: Edit[] = [{ start: at, end: at, text: `${needsNewline ? '\n' : ''}${lines}` }];
    if (!comma) edits.push({ start: last.endIndex, end: last.endIndex, text: ',' });
    return edits;
  }
  // The closing bracket follows the last element on its line (hanging-indent style): keep it there.
  const added = items.map((item) => `\n${indent}${item}`).join(',');
  return comma
    ? [{ start: comma.endIndex, end: comma.endIndex, text: `${added},` }]
    : [{ start: last.endIndex, end: last.endIndex, text: `,${added}` }];
}
