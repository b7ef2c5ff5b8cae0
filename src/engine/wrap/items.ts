// The tokens a wrapper splits and how wide a line of them prints: language-neutral, filled in by python.ts and
// javascript.ts, split by split.ts and right-hand.ts.
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
  /** Black's invisible parentheses: empty text, printed as `(` `)` only when a split uses them. */
  optional?: boolean;
  /** Delimiter priority (higher splits first); commas split after themselves, operators before unless splitAfter. */
  priority?: number;
  splitAfter?: boolean;
  /** For an opening bracket: a trailing comma may follow the last element when its body is split. */
  trailingComma?: boolean;
  /** For an opening bracket: its body goes one element per line once split (black does so for imports). */
  explodeBody?: boolean;
  /** For optional parentheses: used before any split inside them (prettier's layout for poorly breakable chains). */
  preferred?: boolean;
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

export const widthOf = (line: Line) => line.indent.length + (line.comment ?? 0) + line.items.reduce((sum, item, i) => sum + (i ? item.gap.length : 0) + item.text.length, 0);
export const fits = (line: Line, style: Style) => widthOf(line) <= style.limit;

/** Depth of each item relative to the line (brackets count at their outer depth). */
export function depths(items: Item[]): number[] {
  let depth = 0;
  return items.map((item) => {
    if (item.partner && !item.opens && items.includes(item.partner)) depth--;
    const at = depth;
    if (item.partner && item.opens && items.includes(item.partner)) depth++;
    return at;
  });
}

