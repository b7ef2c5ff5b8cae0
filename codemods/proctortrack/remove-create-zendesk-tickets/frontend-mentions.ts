// Spec sites ZD-8, FE-6, FE-8: what the frontend parts report: the sites they removed, and every mention they left.
import type { Edit, TransformContext } from '../../../src/engine/types.ts';
import { isDeleted } from '../../../transforms/js/deletions.ts';
import { MENTION, siteIdFor } from './frontend-names.ts';

/** One site (its own id, or the file's) per removed thing that is not inside another removed thing (a property inside a deleted test counts once). */
export function recordSites(removed: Array<{ start: number; end: number; siteId?: string }>, relPath: string, ctx: TransformContext): void {
  const distinct = removed.filter((node, i) => removed.findIndex((o) => o.start === node.start && o.end === node.end) === i);
  const outermost = distinct.filter((node) => !distinct.some((other) => other !== node && other.start <= node.start && node.end <= other.end));
  for (const node of outermost.sort((a, b) => a.start - b.start)) ctx.site(node.siteId ?? siteIdFor(relPath), node.start);
}

/**
 * Every mention of the option outside the deletions: the code uses it in a way the parts do not remove. Mentions inside
 * `reviewed` spans (a test already left whole with its own review item) are covered by that item.
 */
export function reviewMentionsLeft(text: string, edits: readonly Edit[], ctx: TransformContext, why?: string, reviewed: ReadonlyArray<{ start: number; end: number }> = []): void {
  for (const match of text.matchAll(MENTION)) {
    if (isDeleted(edits, match.index) || reviewed.some((r) => r.start <= match.index && match.index < r.end)) continue;
    ctx.review({
      siteKind: 'ZD-8',
      at: match.index,
      reason: `\`${match[0]}\` is still used here${why ? `: ${why}` : ' after the create_zendesk_tickets option was removed'}`,
      suggestion: 'Remove this use of the option (or the code that only exists for it) by hand.',
    });
  }
}
