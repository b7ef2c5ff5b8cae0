// Code embedded in a YAML scalar (a literal block `key: |`, or a one-line quoted string): its text, and edits to it mapped back into the YAML source.
import type { Scalar } from 'yaml';
import type { Edit } from '../../src/engine/types.ts';

export interface EmbeddedText {
  /** The block's content with its indentation removed, as the program reading the YAML sees it. */
  text: string;
  /** A string offset of `text` as an offset of the YAML source. */
  sourceOffset(offset: number): number;
  /** Edits of `text` as edits of the YAML source, their new lines indented like the block. */
  toSource(edits: readonly Edit[]): Edit[];
}

/**
 * The content of a literal block scalar (`|`, `|-`, `|+`; not `>` folding nor an explicit indentation digit, whose
 * text differs from the source), or null for any other scalar.
 */
export function literalBlockText(source: string, scalar: Scalar): EmbeddedText | null {
  if (scalar.type !== 'BLOCK_LITERAL' || !scalar.range) return null;
  const [start, end] = scalar.range;
  const headerEnd = source.indexOf('\n', start);
  if (headerEnd === -1 || headerEnd >= end || !/^\|[-+]?[ \t]*(#.*)?$/.test(source.slice(start, headerEnd))) return null;
  const body = source.slice(headerEnd + 1, end);
  const lines = body.split('\n');
  const indentWidth = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length));
  if (!Number.isFinite(indentWidth)) return null;
  const indent = ' '.repeat(indentWidth);
  const lineStarts: number[] = [];
  let at = headerEnd + 1;
  for (const line of lines) {
    lineStarts.push(at);
    at += line.length + 1;
  }
  const text = lines.map((line) => line.slice(Math.min(indentWidth, /^ */.exec(line)![0].length))).join('\n');
  const sourceOffset = (offset: number): number => {
    const line = text.slice(0, offset).split('\n').length - 1;
    const column = offset - (text.lastIndexOf('\n', offset - 1) + 1);
    return column === 0 ? lineStarts[line] : lineStarts[line] + indentWidth + column;
  };
  const reindent = (edit: Edit): Edit => {
    const atLineStart = edit.start === 0 || text[edit.start - 1] === '\n';
    const indented = edit.text.replace(/\n(?=[^\n])/g, `\n${indent}`);
    const replacement = atLineStart && edit.text && !edit.text.startsWith('\n') ? `${indent}${indented}` : indented;
    return { start: sourceOffset(edit.start), end: sourceOffset(edit.end), text: replacement };
  };
  return { text, sourceOffset, toSource: (edits) => edits.map(reindent) };
}

/**
 * The content of a one-line quoted scalar (`'...'` or `"..."`) without escapes or doubled quotes, so that its text is
 * its source; `fits` tells whether a replacement can be written inside the quotes as is. Null for any other scalar.
 */
export function quotedScalarText(source: string, scalar: Scalar): (EmbeddedText & { fits(text: string): boolean }) | null {
  const quote = scalar.type === 'QUOTE_DOUBLE' ? '"' : scalar.type === 'QUOTE_SINGLE' ? "'" : null;
  if (!quote || !scalar.range) return null;
  const [start, end] = scalar.range;
  const raw = source.slice(start, end).trimEnd();
  const text = raw.slice(1, -1);
  if (!raw.startsWith(quote) || !raw.endsWith(quote) || text !== String(scalar.value) || /[\n\\]/.test(text) || text.includes(quote)) return null;
  const sourceOffset = (offset: number): number => start + 1 + offset;
  const toSource = (edits: readonly Edit[]): Edit[] => edits.map((e) => ({ start: sourceOffset(e.start), end: sourceOffset(e.end), text: e.text }));
  return { text, sourceOffset, toSource, fits: (replacement) => !/[\n\\]/.test(replacement) && !replacement.includes(quote) };
}
