// Spec section 7 for frontends: vendor names the FE sites did not cover (identifiers, DOM ids, test ids, comments).

import { lineTextAt } from '../../../src/engine/lines.ts';
import type { TransformContext } from '../../../src/engine/types.ts';
import { VENDOR, VENDOR_MENTION } from '../vendor.ts';

export interface Span {
  start: number;
  end: number;
}

const VENDOR_WORD = /[A-Za-z0-9_$]*proctortrack[A-Za-z0-9_$]*/gi;

/** `showProctortrackEscalationEmail` → `showEscalationEmail`; a word that ends with the vendor has no neutral form. */
export function neutralName(word: string): string | null {
  const at = word.search(VENDOR_MENTION);
  const rest = word.slice(at + VENDOR.length);
  if (!rest) return null;
  if (at > 0) return word.slice(0, at) + rest;
  return /^[a-z]/.test(word) ? rest[0].toLowerCase() + rest.slice(1) : rest;
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
    if (spans.some((s) => s.start <= at && at < s.end)) continue;
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
        ? `\`${word}\` names the vendor (${count} use${count > 1 ? 's' : ''} in ${relPath}); identifiers, DOM ids and test ids are not renamed automatically because tests and styles may query them`
        : `the vendor is named in a comment, text or identifier the campaign did not rewrite (${count} use${count > 1 ? 's' : ''} of \`${word}\` in ${relPath})`,
      suggestion: neutral
        ? `Rename \`${word}\` to \`${neutral}\` here and in the tests that use it.`
        : 'Reword or rename without the vendor name, or keep it if it names the Proctortrack backend on purpose.',
    });
  }
}
