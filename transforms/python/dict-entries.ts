// Dict literal entries: find a pair by its string key, insert a pair after another one in the same layout.
import { lineEnd, lineStart } from '../../src/engine/lines.ts';
import type { Edit, SyntaxNode } from '../../src/engine/types.ts';

import { stringValue } from './nodes.ts';

/** The `pair` children of a dictionary node. */
export function pairsOf(dict: SyntaxNode): SyntaxNode[] {
  return dict.namedChildren.filter((c) => c.type === 'pair');
}

/** The string value of a pair's key, or null when the key is not a plain string. */
export function pairKey(pair: SyntaxNode): string | null {
  return stringValue(pair.childForFieldName('key'));
}

export function findPair(dict: SyntaxNode, key: string): SyntaxNode | null {
  return pairsOf(dict).find((p) => pairKey(p) === key) ?? null;
}

/**
 * Insert `entry` (`key: value` text) right after pair: on a line of its own at the pair's indentation when the pair
 * owns its line (adding the comma the pair lacks), otherwise inline after `, `.
 */
export function insertPairAfter(text: string, pair: SyntaxNode, entry: string): Edit[] {
  const comma = pair.nextSibling?.type === ',' ? pair.nextSibling : null;
  const ownLine = text.slice(lineStart(text, pair.startIndex), pair.startIndex).trim() === '';
  const end = (comma ?? pair).endIndex;
  const restOfLine = text.slice(end, lineEnd(text, end)).trim();
  if (ownLine && (restOfLine === '' || restOfLine.startsWith('#'))) {
    const indent = text.slice(lineStart(text, pair.startIndex), pair.startIndex);
    const at = lineEnd(text, end);
    const edits: Edit[] = [{ start: at, end: at, text: `${indent}${entry}${comma ? ',' : ''}\n` }];
    if (!comma) edits.unshift({ start: pair.endIndex, end: pair.endIndex, text: ',' });
    return edits;
  }
  return [{ start: pair.endIndex, end: pair.endIndex, text: `, ${entry}` }];
}
