// Spec section 7 for frontends: vendor names the FE sites did not cover (identifiers, DOM ids, test ids, comments).

import { lineTextAt } from '../../../src/engine/lines.ts';
import type { TransformContext } from '../../../src/engine/types.ts';
import { VENDOR, VENDOR_MENTION, VENDOR_WORD_PATTERN } from '../vendor.ts';

export interface Span {
  start: number;
  end: number;
}

const VENDOR_WORD = /[A-Za-z0-9_$]*proctortrack[A-Za-z0-9_$]*/gi;

const RESERVED = new Set(['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static', 'await']);
/** Where the vendor stands as a word of `word` (camelCase, PascalCase or snake_case part), or -1 (`notproctortrackish`). */
export function vendorWordAt(word: string): number {
  return word.search(VENDOR_WORD_PATTERN);
}

/**
 * The neutral form of a vendor-named word, the same in every file of a run: the vendor word dropped, the next
 * letter's case fixed (`showProctortrackEscalationEmail` → `showEscalationEmail`, `proctorTrackErrorLink` →
 * `errorLink`, `PROCTORTRACK_LABEL` → `LABEL`). Null when nothing meaningful is left (`isProctortrack`), when the
 * letters are only part of a longer word, or when the result is not a usable identifier.
 */
export function neutralName(word: string): string | null {
  const at = vendorWordAt(word);
  if (at < 0) return null;
  const head = word.slice(0, at);
  let rest = word.slice(at + VENDOR.length);
  if (!rest || rest === '_' || (head && /[_$]$/.test(head) && !rest.replace(/^[_$]/, ''))) return null;
  if (!head || /[_$]$/.test(head)) rest = rest.replace(/^_/, '');
  const neutral = head ? head + rest : /^[a-z]/.test(word) ? rest[0].toLowerCase() + rest.slice(1) : rest;
  if (!/^[A-Za-z_$][\w$]*$/.test(neutral) || RESERVED.has(neutral) || VENDOR_MENTION.test(neutral)) return null;
  return neutral;
}

const QUOTES = ['"', "'", '`'];
const isWholeStringLiteral = (text: string, at: number, word: string) =>
  word.toLowerCase() === VENDOR && QUOTES.includes(text[at - 1]) && text[at - 1] === text[at + word.length];

/** A `'proctortrack'` literal nobody rewrote: a provider check or value of a shape the campaign does not know. */
function reviewLiteral(relPath: string, text: string, at: number, ctx: TransformContext): void {
  ctx.review({
    siteKind: 'vendor-literal',
    at,
    siteText: lineTextAt(text, at),
    reason: `the provider name '${text.slice(at, at + VENDOR.length)}' is used in a shape the campaign does not rewrite (${relPath})`,
    suggestion: "Test the provider against the settings GET's `requires_escalation_email_providers` (or the backend's flags) instead of its name, or keep it if it names the backend on purpose.",
  });
}

/**
 * Review items for vendor names outside the `handled` spans (sites and message texts reported elsewhere): one per
 * string literal that is just the vendor's name, one per distinct other word (identifier, DOM id, comment word).
 */
export function reviewVendorNames(relPath: string, text: string, spans: Span[], ctx: TransformContext): void {
  const seen = new Map<string, { at: number; count: number }>();
  for (const match of text.matchAll(VENDOR_WORD)) {
    const at = match.index!;
    if (spans.some((s) => s.start <= at && at < s.end) || vendorWordAt(match[0]) < 0) continue; // `notproctortrackish` does not name it
    if (isWholeStringLiteral(text, at, match[0])) {
      reviewLiteral(relPath, text, at, ctx);
      continue;
    }
    const entry = seen.get(match[0]);
    if (entry) entry.count++;
    else seen.set(match[0], { at, count: 1 });
  }
  for (const [word, { at, count }] of seen) {
    const neutral = neutralName(word);
    ctx.review({
      siteKind: 'vendor-name',
      at,
      siteText: word,
      reason: neutral
        ? `\`${word}\` names the vendor (${count} use${count > 1 ? 's' : ''} in ${relPath}) and was not renamed: only JS/JSX names and ids are, and never snake_case fields (the server reads them by name)`
        : `the vendor is named in a comment, text or identifier the campaign did not rewrite (${count} use${count > 1 ? 's' : ''} of \`${word}\` in ${relPath})`,
      suggestion: neutral
        ? `Rename \`${word}\` to \`${neutral}\` here and in the tests that use it.`
        : 'Reword or rename without the vendor name, or keep it if it names the Proctortrack backend on purpose.',
    });
  }
}
