// Spec section 5 (JS tests): the zendesk part of a test title that names Zendesk beside another subject.

const TICKETS = String.raw`(?:the\s+)?(?:create\s+)?zendesk\s+tickets?`;

/** Applied in order: each pattern with what it leaves in place of the zendesk part. */
const ZENDESK_PARTS: Array<[RegExp, string]> = [
  [/\s*\([^()]*zendesk[^()]*\)/gi, ''], // "A (with zendesk tickets)"
  [new RegExp(String.raw`,\s*${TICKETS}\s+and\s+`, 'gi'), ' and '], // "A, zendesk tickets and B" → "A and B"
  [new RegExp(String.raw`,?\s+(?:and|&)\s+${TICKETS}(?:\s+(?:option|setting|radios?))?\b`, 'gi'), ''], // "A and (&) zendesk tickets for B"
  [new RegExp(String.raw`\b${TICKETS}(?:\s+(?:option|setting|radios?))?(?:\s+and|\s*,)\s+`, 'gi'), ''], // "zendesk tickets and A"
  [new RegExp(String.raw`,\s*${TICKETS}\b`, 'gi'), ''], // "A, zendesk tickets"
];

/** The title without its zendesk part; null when Zendesk is still named (no rule applies, or it was the whole subject). */
export function withoutZendesk(title: string): string | null {
  const out = ZENDESK_PARTS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), title);
  if (/zendesk/i.test(out) || !out.trim()) return null;
  // "Zendesk tickets, opting out and …": the title still starts with a capital.
  return /^[A-Z]/.test(title) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}
