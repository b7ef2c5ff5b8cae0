// The raw text between a Python string literal's quotes (escapes kept as written), for in-place wording edits.
import type { Edit, SyntaxNode } from '../../src/engine/types.ts';

/** Offsets of the raw inside of a string literal (after its prefix and opening quotes, before its closing quotes). */
export function innerRange(node: SyntaxNode): { start: number; end: number } | null {
  const open = node.children.find((c) => c.type === 'string_start');
  const close = node.children.find((c) => c.type === 'string_end');
  return open && close ? { start: open.endIndex, end: close.startIndex } : null;
}

/** Edit replacing the raw inside of a literal by `rewrite(raw)`; null when the rewrite returns null or changes nothing. */
export function rewriteInner(text: string, node: SyntaxNode, rewrite: (raw: string) => string | null): Edit | null {
  const range = innerRange(node);
  if (!range) return null;
  const raw = text.slice(range.start, range.end);
  const next = rewrite(raw);
  return next === null || next === raw ? null : { ...range, text: next };
}
