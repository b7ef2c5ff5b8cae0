// Parsing YAML with node ranges, and adding entries to a mapping as minimal text edits (comments, order, quoting kept).
import { lineEnd, lineStart } from '../../src/engine/lines.ts';
import { yamlLib } from '../../src/engine/languages.ts';
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { Edit } from '../../src/engine/types.ts';

export { yamlLib };

export interface YamlEntry {
  key: string;
  /** YAML source of the value, e.g. `true`. */
  value: string;
}

/** Every document of text, with source ranges on every node. */
export function parseYamlDocuments(text: string): Document.Parsed[] {
  return yamlLib().parseAllDocuments(text, { keepSourceTokens: true }) as Document.Parsed[];
}

/** The scalar value of a pair's key, as a string (null for complex keys). */
export function keyName(pair: Pair): string | null {
  const key = pair.key as Node | null;
  return yamlLib().isScalar(key) && key.value !== null ? String(key.value) : null;
}

/** Every pair, at any depth, whose key name passes the test. */
export function pairsNamed(doc: Document.Parsed, test: (name: string) => boolean): Pair[] {
  const found: Pair[] = [];
  yamlLib().visit(doc, {
    Pair(_, pair) {
      const name = keyName(pair as Pair);
      if (name !== null && test(name)) found.push(pair as Pair);
    },
  });
  return found;
}

export function mapPair(map: YAMLMap, name: string): Pair | undefined {
  return (map.items as Pair[]).find((pair) => keyName(pair) === name);
}

/** A pair with nothing after its colon (`key:` or `key:  # comment`): a null whose source is empty. */
export function hasEmptyValue(pair: Pair): boolean {
  const value = pair.value as Node | null;
  return value === null || (yamlLib().isScalar(value) && value.value === null && (value as Scalar).source === '');
}

/** A new key written the way the mapping's last key is written (plain, 'single' or "double" quoted). */
function keyText(key: string, like: Node | null): string {
  const type = (like as Scalar | null)?.type;
  if (type === 'QUOTE_DOUBLE') return JSON.stringify(key);
  if (type === 'QUOTE_SINGLE') return `'${key.replace(/'/g, "''")}'`;
  return key;
}

/**
 * Edits adding entries at the end of a non-empty mapping. Block style: one line per entry at the last key's column,
 * right after the last entry's value. Flow style (`{a: 1}`): `, k: v` after the last value, or one entry per line when
 * the last entry starts its own line. Null when the mapping is empty or a key sits after other text on its line.
 */
export function appendMapEntries(text: string, map: YAMLMap, entries: YamlEntry[]): Edit[] | null {
  const last = (map.items as Pair[]).at(-1);
  const lastKey = last?.key as Node | null;
  if (!last || !lastKey?.range) return null;
  const column = lastKey.range[0] - lineStart(text, lastKey.range[0]);
  const before = text.slice(lineStart(text, lastKey.range[0]), lastKey.range[0]);
  // The last key's own indentation when it starts its line (tabs stay tabs in JSON-style flow maps).
  const indent = before.trim() === '' ? before : ' '.repeat(column);
  const items = entries.map((entry) => `${keyText(entry.key, lastKey)}: ${entry.value}`);
  const valueEnd = ((last.value as Node | null)?.range ?? lastKey.range)[1];
  if (map.flow) {
    if (before.trim() !== '') return [{ start: valueEnd, end: valueEnd, text: items.map((item) => `, ${item}`).join('') }];
    return [{ start: valueEnd, end: valueEnd, text: items.map((item) => `,\n${indent}${item}`).join('') }];
  }
  if (before.trim() !== '' && before.trim() !== '-') return null;
  const at = lineEnd(text, Math.max(valueEnd - 1, lastKey.range[1]));
  const newline = at === text.length && !text.endsWith('\n') ? '\n' : '';
  return [{ start: at, end: at, text: newline + items.map((item) => `${indent}${item}\n`).join('') }];
}

/** Edits giving an empty pair (`key:`) or an empty flow map (`key: {}`) these entries, as a block or a flow map. */
export function fillEmptyValue(text: string, pair: Pair, entries: YamlEntry[], indentStep = 2): Edit[] | null {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  if (!key?.range) return null;
  if (yamlLib().isMap(value) && value.items.length === 0 && value.range) {
    const flow = entries.map((entry) => `${keyText(entry.key, key)}: ${entry.value}`).join(', ');
    return [{ start: value.range[0], end: value.range[1], text: `{${flow}}` }];
  }
  if (!hasEmptyValue(pair)) return null;
  const keyLineStart = lineStart(text, key.range[0]);
  const before = text.slice(keyLineStart, key.range[0]);
  const indent = ' '.repeat(before.length + indentStep);
  const end = lineEnd(text, key.range[1]);
  const at = text[end - 1] === '\n' ? end - 1 : end;
  return [{ start: at, end: at, text: entries.map((entry) => `\n${indent}${keyText(entry.key, key)}: ${entry.value}`).join('') }];
}
