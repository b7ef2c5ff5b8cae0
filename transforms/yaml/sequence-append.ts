// Append an item to a YAML sequence, or add a top-level `key:` holding one, as minimal text edits (comments kept).
import type { Node, Pair, YAMLSeq } from 'yaml';
import { lineEnd, lineStart } from '../../src/engine/lines.ts';
import type { Edit } from '../../src/engine/types.ts';
import { hasEmptyValue, yamlLib } from './map-entries.ts';

/**
 * Edits appending `item` (YAML source of one value, e.g. `edx-foo==1.0` or `{name: x}`) to the sequence a pair
 * holds: after the last `- ` line of a block sequence, inside `[...]` of a flow one, or as a new block under `key:`.
 * Null when the value is something else (a scalar, a template string, a mapping): a human must decide.
 */
export function appendSequenceItem(text: string, pair: Pair, item: string): Edit[] | null {
  const key = pair.key as Node | null;
  if (!key?.range) return null;
  const keyIndent = key.range[0] - lineStart(text, key.range[0]);
  if (hasEmptyValue(pair)) {
    const at = lineEnd(text, key.range[1]);
    const end = text[at - 1] === '\n' ? at - 1 : at;
    return [{ start: end, end, text: `\n${' '.repeat(keyIndent)}- ${item}` }];
  }
  const seq = pair.value as YAMLSeq | null;
  if (!yamlLib().isSeq(seq) || !seq.range) return null;
  if (seq.flow) {
    const close = text.lastIndexOf(']', seq.range[1]);
    if (close < seq.range[0]) return null;
    return [{ start: close, end: close, text: seq.items.length ? `, ${item}` : item }];
  }
  const last = seq.items.at(-1) as Node | undefined;
  if (!last?.range) return null;
  const dash = text.lastIndexOf('-', last.range[0]);
  const indent = text.slice(lineStart(text, dash), dash);
  if (indent.trim() !== '') return null;
  const at = lineEnd(text, Math.max(last.range[1] - 1, dash));
  const newline = text[at - 1] === '\n' ? '' : '\n';
  return [{ start: at, end: at, text: `${newline}${indent}- ${item}\n` }];
}

/** An edit adding `key:` with one block item at the end of the text (a final newline is kept or added). */
export function appendTopLevelSequence(text: string, key: string, item: string): Edit {
  const newline = text === '' || text.endsWith('\n') ? '' : '\n';
  return { start: text.length, end: text.length, text: `${newline}${key}:\n- ${item}\n` };
}
