// Spec section 5 (JS tests): the zendesk part of a test title that names Zendesk beside another subject.

// "A and zendesk tickets B", "zendesk tickets and A", "A, zendesk tickets and B", "A (and zendesk tickets)".
const ZENDESK_PARTS = [
  /\s*\([^()]*zendesk[^()]*\)/gi,
  /,?\s+and\s+(?:the\s+)?(?:create\s+)?zendesk\s+tickets?(?:\s+(?:option|setting|radios?))?\b/gi,
  /\b(?:the\s+)?(?:create\s+)?zendesk\s+tickets?(?:\s+(?:option|setting|radios?))?(?:\s+and|\s*,)\s+/gi,
  /,\s*(?:the\s+)?(?:create\s+)?zendesk\s+tickets?\b/gi,
];

/** The title without its zendesk part; null when Zendesk is still named (no rule applies, or it was the whole subject). */
export function withoutZendesk(title: string): string | null {
  let out = title;
  for (const part of ZENDESK_PARTS) out = out.replace(part, '');
  return /zendesk/i.test(out) || !out.trim() ? null : out;
}
