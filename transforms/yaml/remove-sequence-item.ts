// Remove block-sequence items (`- value` lines) from YAML text, keeping every comment and all other bytes.
import type { Scalar } from 'yaml';
import { yamlLib } from '../../src/engine/languages.ts';
import type { Edit } from '../../src/engine/types.ts';

export interface SequenceItemMatch {
  /** Offset of the item's value. */
  at: number;
  value: string;
  /** The edit deleting the item's line, or null with the reason it cannot be removed exactly. */
  edit: Edit | null;
  reason?: string;
}

/** Offset just after the newline ending the line that holds `offset` (or the end of text). */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/**
 * Every scalar item of a sequence whose string value passes `matches`, with the edit deleting its line: the item
 * must be a `- value` line of a block sequence (a trailing comment on that line goes with it; comment lines around
 * it stay). Items of flow sequences, multi-line items and items that would leave their sequence empty (the key
 * would turn null) come back without an edit, with the reason.
 */
export function sequenceItemsToRemove(text: string, matches: (value: string) => boolean): SequenceItemMatch[] {
  const found: SequenceItemMatch[] = [];
  const { isScalar, isSeq, parseDocument, visit } = yamlLib();
  visit(parseDocument(text), {
    Seq(_key, seq) {
      if (!isSeq(seq)) return;
      const hits = seq.items.filter((item): item is Scalar => isScalar(item) && item.range != null && matches(String(item.value)));
      for (const item of hits) {
        const [start, valueEnd] = item.range!;
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const match: SequenceItemMatch = { at: start, value: String(item.value), edit: null };
        if (seq.flow || !/^\s*-\s+$/.test(text.slice(lineStart, start))) match.reason = 'the item is not a `- value` line of a block sequence';
        else if (text.slice(start, valueEnd).includes('\n')) match.reason = 'the item spans several lines';
        else if (hits.length === seq.items.length) match.reason = 'removing it would leave the sequence empty (the key would turn null)';
        else match.edit = { start: lineStart, end: endOfLine(text, valueEnd), text: '' };
        found.push(match);
      }
    },
  });
  return found;
}
