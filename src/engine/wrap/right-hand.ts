// Black's right-hand split: at the last bracket of the line, moving left over trailers while the head does not fit,
// through optional parentheses only when splitting inside them reads worse (can_omit_invisible_parens).
import { depths, fits, widthOf, type Item, type Line, type Style } from './items.ts';

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
    length += item.text.length + item.gap.length;
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

/** Head (up to the opening bracket, with the line's comment), body one level in, tail from the closing bracket. */
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
    { items: body, indent: line.indent + style.unit, inside: true, bracket: split.opening, force },
    { ...line, items: tail, force: false, comment: undefined },
  ].filter((piece) => piece.items.length);
}

/** Black's right_hand_split with _maybe_split_omitting_optional_parens, and prettier's hugging of a lone literal argument. */
function rightHandSplit(line: Line, style: Style, omit: Set<Item>, forceOptional: boolean): Line[] | null {
  const split = firstSplit(line, omit);
  if (!split || !split.body.length) return null;
  const only = split.body[0];
  const lone = only.partner === split.body[split.body.length - 1] && only.opens && (only.text === '{' || only.text === '[');
  if (style.hug && lone && split.opening.text === '(') {
    const inner = rightHandSplit(line, style, new Set([...omit, split.opening.partner!]), false);
    if (inner) return inner;
  }
  if (split.opening.optional && !split.opening.preferred && !forceOptional && canOmitOptional(split, line, style)) {
    const inner = rightHandSplit(line, style, new Set([...omit, split.opening.partner!]), false);
    if (inner) return inner;
  }
  // Black: parentheses around one token (a long string) that would still not fit are not worth it.
  const body: Line = { items: split.body, indent: line.indent + style.unit, inside: true };
  if (split.opening.optional && split.body.length < 2 && !fits(body, style)) return null;
  return build(split, line, style);
}

/** Black's rhs transform: the first trailer split whose head fits, else the split at the last bracket. */
export function rhs(line: Line, style: Style, forceOptional: boolean): Line[] | null {
  for (const omit of trailersToOmit(line, style)) {
    const lines = rightHandSplit(line, style, omit, forceOptional);
    if (lines && fits(lines[0], style)) return lines;
  }
  return rightHandSplit(line, style, new Set(), forceOptional);
}

