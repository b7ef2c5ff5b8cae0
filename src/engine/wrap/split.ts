// Splitting one too-long line the way black does: the line itself when it fits, else a delimiter split (one element
// per line) inside brackets, else a right-hand split, each piece split again as needed.
import { COMMA, depths, fits, type Item, type Line, type Style } from './items.ts';
import { rhs } from './right-hand.ts';

/** Black's delimiter_split: at the line's strongest delimiter, one piece per line (a trailing comma where allowed). */
function delimiterSplit(line: Line): Line[] | null {
  const level = depths(line.items);
  const delimiters = line.items.filter((item, i) => level[i] === 0 && item.priority);
  if (!delimiters.length) return null;
  const top = Math.max(...delimiters.map((item) => item.priority!));
  const pieces: Item[][] = [[]];
  line.items.forEach((item, i) => {
    const cut = level[i] === 0 && item.priority === top;
    const after = top === COMMA || item.splitAfter;
    if (cut && !after && pieces[pieces.length - 1].length) pieces.push([]);
    pieces[pieces.length - 1].push(item);
    if (cut && after && i < line.items.length - 1) pieces.push([]);
  });
  const last = pieces[pieces.length - 1];
  if (top === COMMA && line.bracket?.trailingComma && last[last.length - 1].text !== ',') {
    last.push({ text: ',', gap: '', start: last[last.length - 1].end, end: last[last.length - 1].end, inserted: true });
  }
  if (pieces.length === 1 && last.length === line.items.length) return null;
  return pieces.map((items, i) => ({ items, indent: line.indent, inside: true, comment: i ? undefined : line.comment }));
}

/** Black's transform_line: the line itself when it fits, else its split lines, each split again as needed. */
export function splitLine(line: Line, style: Style, depth = 0): Line[] {
  if ((!line.force && fits(line, style)) || depth > 40) return [line];
  if (line.inside) {
    const pieces = delimiterSplit(line);
    if (pieces) return pieces.flatMap((piece) => splitLine(piece, style, depth + 1));
    if (fits(line, style)) return [line];
  }
  const again = (pieces: Line[] | null) => pieces?.flatMap((piece) => splitLine(piece, style, depth + 1));
  const result = again(rhs(line, style, false));
  if (!result) return [line];
  if (!line.items.some((item) => item.optional) || fits(result[0], style)) return result;
  // Black's second opinion: when the first line is still too long, the optional parentheses may do better.
  const second = again(rhs(line, style, true));
  return second && second.every((piece) => fits(piece, style)) ? second : result;
}
