// Splitting one too-long line the way black does (right-hand split at the last bracket, trailers omitted while the
// head does not fit, optional parentheses, delimiter split one element per line), over language-neutral tokens.
export const COMMA = 18;

/** One token of the line, with the whitespace printed before it when it does not start a line. */
export interface Item {
  text: string;
  gap: string;
  /** Source offsets; an inserted item (optional parenthesis, trailing comma) has start === end, where it goes. */
  start: number;
  end: number;
  inserted?: boolean;
  /** The matching bracket, for brackets opened and closed on this line. */
  partner?: Item;
  opens?: boolean;
  /** Black's invisible parentheses: printed only when a split uses them. */
  optional?: boolean;
  /** Delimiter priority (higher splits first); commas split after themselves, operators before unless splitAfter. */
  priority?: number;
  splitAfter?: boolean;
  /** For an opening bracket: a trailing comma may follow the last element when its body is split. */
  trailingComma?: boolean;
  /** For an opening bracket: its body goes one element per line once split (black does so for imports). */
  explodeBody?: boolean;
}

export interface Style {
  limit: number;
  unit: string;
  /** Prettier and eslint's comma-dangle: a broken bracket puts each element on its own line, with a trailing comma. */
  explode: boolean;
  /** Prettier's hugging: a lone object or array argument is split inside its own braces, `f({` ... `})`. */
  hug?: boolean;
}

export interface Line {
  items: Item[];
  indent: string;
  inside: boolean;
  /** The bracket this line is the body of. */
  bracket?: Item;
  /** A magic trailing comma (or an import): split one element per line even when it would fit. */
  force?: boolean;
  /** Width of the comment that ends the line (it stays on the first line of a split). */
  comment?: number;
}

const shown = (item: Item) => (item.optional && !item.text ? '' : item.text);
export const widthOf = (line: Line) => line.indent.length + (line.comment ?? 0) + line.items.reduce((sum, item, i) => sum + (i ? item.gap.length : 0) + shown(item).length, 0);
export const fits = (line: Line, style: Style) => widthOf(line) <= style.limit;

/** Depth of each item relative to the line (brackets count at their outer depth). */
function depths(items: Item[]): number[] {
  let depth = 0;
  return items.map((item) => {
    if (item.partner && !item.opens && items.includes(item.partner)) depth--;
    const at = depth;
    if (item.partner && item.opens && items.includes(item.partner)) depth++;
    return at;
  });
}

function delimiterSplit(line: Line, style: Style): Line[] | null {
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

interface Split {
  head: Item[];
  body: Item[];
  tail: Item[];
  opening: Item;
}

/** Black's _first_right_hand_split: the last closing bracket not omitted, its body, and what comes before and after. */
function firstSplit(line: Line, omit: Set<Item>): Split | null {
  const inLine = new Set(line.items);
  for (let i = line.items.length - 1; i >= 0; i--) {
    const closing = line.items[i];
    if (!closing.partner || closing.opens || omit.has(closing) || !inLine.has(closing.partner)) continue;
    const open = line.items.indexOf(closing.partner);
    return { head: line.items.slice(0, open + 1), body: line.items.slice(open + 1, i), tail: line.items.slice(i), opening: closing.partner };
  }
  return null;
}

/** Black's generate_trailers_to_omit: closing brackets to skip so the split moves left while the tail fits. */
function* trailersToOmit(line: Line, style: Style): Generator<Set<Item>> {
  const omit = new Set<Item>();
  yield new Set(omit);
  let length = line.indent.length;
  let opening: Item | undefined;
  let closing: Item | undefined;
  const inner = new Set<Item>();
  for (let i = line.items.length - 1; i >= 0; i--) {
    const item = line.items[i];
    length += shown(item).length + item.gap.length;
    if (length > style.limit) return;
    if (opening) {
      if (item === opening) opening = undefined;
      else if (item.partner && !item.opens) inner.add(item);
    } else if (item.partner && !item.opens) {
      if (line.items[i - 1] === item.partner) {
        inner.add(item);
        continue;
      }
      if (closing) {
        omit.add(closing);
        inner.forEach((x) => omit.add(x));
        inner.clear();
        yield new Set(omit);
      }
      opening = item.partner;
      closing = item;
    }
  }
}

/** Black's can_omit_invisible_parens, for the cases a rewrite produces. */
function canOmitOptional(split: Split, line: Line, style: Style): boolean {
  const level = depths(split.body);
  const delimiters = split.body.filter((item, i) => level[i] === 0 && item.priority);
  if (!delimiters.length) return true;
  const top = Math.max(...delimiters.map((item) => item.priority!));
  if (delimiters.filter((item) => item.priority === top).length > 1) return false;
  const last = split.body[split.body.length - 1];
  if (!last.partner || last.opens || split.body[split.body.length - 2] === last.partner) return false;
  const upTo = split.body.slice(0, split.body.indexOf(last.partner) + 1);
  return widthOf({ items: upTo, indent: line.indent + style.unit, inside: true }) <= style.limit;
}

/** A printed copy of an optional parenthesis (the trial splits share the items, so they are never changed). */
const printed = (item: Item, text: string): Item => (item.optional ? { ...item, text } : item);

function build(split: Split, line: Line, style: Style): Line[] {
  const body = [...split.body];
  const last = body[body.length - 1];
  const explode = style.explode || Boolean(split.opening.explodeBody);
  if (explode && split.opening.trailingComma && last.text !== ',') {
    body.push({ text: ',', gap: '', start: last.end, end: last.end, inserted: true });
  }
  const head = [...split.head.slice(0, -1), printed(split.opening, '(')];
  const tail = [printed(split.tail[0], ')'), ...split.tail.slice(1)];
  const force = explode || (last.text === ',' && !split.opening.optional);
  return [
    { ...line, items: head, force: false },
    { items: body, indent: line.indent + style.unit, inside: true, bracket: split.opening, force, comment: split.head.length ? undefined : line.comment },
    { ...line, items: tail, force: false, comment: undefined },
  ].filter((piece) => piece.items.length);
}

function rightHandSplit(line: Line, style: Style, omit: Set<Item>, forceOptional: boolean): Line[] | null {
  const split = firstSplit(line, omit);
  if (!split || !split.body.length) return null;
  const only = split.body[0];
  const lone = only.partner === split.body[split.body.length - 1] && only.opens && (only.text === '{' || only.text === '[');
  if (style.hug && lone && split.opening.text === '(') {
    const inner = rightHandSplit(line, style, new Set([...omit, split.opening.partner!]), false);
    if (inner) return inner;
  }
  if (split.opening.optional && !forceOptional && canOmitOptional(split, line, style)) {
    const inner = rightHandSplit(line, style, new Set([...omit, split.opening.partner!]), false);
    if (inner) return inner;
  }
  return build(split, line, style);
}

function rhs(line: Line, style: Style, forceOptional: boolean): Line[] | null {
  for (const omit of trailersToOmit(line, style)) {
    const lines = rightHandSplit(line, style, omit, forceOptional);
    if (lines && fits(lines[0], style)) return lines;
  }
  return rightHandSplit(line, style, new Set(), forceOptional);
}

/** Black's transform_line: the line itself when it fits, else its split lines, each split again as needed. */
export function splitLine(line: Line, style: Style, depth = 0): Line[] {
  if ((!line.force && fits(line, style)) || depth > 40) return [line];
  if (line.inside) {
    const pieces = delimiterSplit(line, style);
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
