// Spec sites ZD-1..ZD-7, section 7: what the Python parts left of the field (and tests of the ZD-6 ticket) become review items.
import { lineEnd, lineStart } from '../../../src/engine/lines.ts';
import type { TransformContext } from '../../../src/engine/types.ts';

import { FIELD, FIELD_WORD } from './python-common.ts';

const TICKET_PATCH = /instructor\.services\.create_zendesk_ticket\b/;

export function reviewRemaining(text: string, relPath: string, ctx: TransformContext): void {
  const lines = new Set<number>();
  for (const match of text.matchAll(new RegExp(FIELD_WORD, 'g'))) {
    const at = match.index!;
    const start = lineStart(text, at);
    if (lines.has(start)) continue;
    lines.add(start);
    ctx.review({
      siteKind: 'ZD-remaining',
      at,
      reason: `${FIELD} is still used here in a shape this codemod does not rewrite`,
      suggestion: `The course field is gone: remove this use (or the test asserting on it) by hand.`,
    });
  }
  for (const match of text.matchAll(new RegExp(TICKET_PATCH, 'g'))) {
    ctx.review({
      siteKind: 'ZD-6-test',
      at: match.index!,
      siteText: text.slice(lineStart(text, match.index!), lineEnd(text, match.index!)),
      reason: `${relPath.split('/').pop()} mocks the Zendesk ticket that send_support_notification no longer creates`,
      suggestion: 'Assert that no ticket is created, or delete the test of the old behaviour.',
    });
  }
}
