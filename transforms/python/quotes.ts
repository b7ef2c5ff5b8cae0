// Python string quoting: read a literal's quote character, pick a file's dominant one, write a literal in it.
import type { SyntaxNode } from '../../src/engine/types.ts';

export type Quote = "'" | '"';

/** The quote character of a string literal (`'` or `"`), ignoring prefixes and triple quotes. */
export function quoteOf(node: SyntaxNode): Quote {
  const start = node.children.find((c) => c.type === 'string_start')?.text ?? "'";
  return start.endsWith('"') ? '"' : "'";
}

/** The quote most plain string literals below root use (`'` on a tie or when there are none). */
export function dominantQuote(root: SyntaxNode): Quote {
  let single = 0;
  let double = 0;
  for (const start of root.descendantsOfType('string_start')) {
    if (start.text.endsWith('"""') || start.text.endsWith("'''")) continue;
    if (start.text.endsWith('"')) double++;
    else single++;
  }
  return double > single ? '"' : "'";
}

/** A plain literal for value (no escapes needed in the values this toolkit writes; backslashes and the quote are escaped anyway). */
export function pyString(value: string, quote: Quote): string {
  return `${quote}${value.replace(/\\/g, '\\\\').replaceAll(quote, `\\${quote}`)}${quote}`;
}
