// Removing members from a TS interface body or type literal, whose member nodes include their own `;`/`,` separator.
import { lineStart } from '../../src/engine/lines.ts';
import type { Edit } from '../../src/engine/types.ts';
import { deleteSpan, mergeDeletions, standsAlone } from '../js/deletions.ts';
import type { Span } from '../js/list-elements.ts';

const withoutSeparator = (text: string, member: Span): number => (/[;,]/.test(text[member.end - 1]) ? member.end - 1 : member.end);

/** `  key: T; // about it`: a member starting its line owns the `//` comment that ends it. */
function withTrailingComment(text: string, member: Span): Span {
  const comment = /^[ \t]*\/\/[^\n]*/.exec(text.slice(member.end));
  return comment && !text.slice(lineStart(text, member.start), member.start).trim() ? { start: member.start, end: member.end + comment[0].length } : member;
}

/**
 * Edits removing `remove` (indices into `members`, source order, each span ending after its separator if it has one)
 * from a body spanning [open, close): a member on lines of its own goes with its lines; an inline one goes with the
 * space up to the next member, or, last, with the separator of the member before it. No members left: `{}`.
 */
export function removeTypeMembers(text: string, body: { open: number; close: number; members: Span[] }, remove: ReadonlySet<number>): Edit[] {
  const members = body.members.map((member) => withTrailingComment(text, member));
  if (members.every((_, i) => remove.has(i))) {
    return standsAlone(text, members[0].start, members[members.length - 1].end)
      ? members.map((m) => deleteSpan(text, m.start, m.end))
      : [{ start: body.open, end: body.close, text: '' }];
  }
  const edits: Edit[] = [];
  let lastKept = -1;
  for (let i = 0; i < members.length; i++) {
    const member = members[i];
    if (!remove.has(i)) lastKept = i;
    else if (standsAlone(text, member.start, member.end)) edits.push(deleteSpan(text, member.start, member.end));
    else if (i < members.length - 1) edits.push({ start: member.start, end: members[i + 1].start, text: '' });
    else edits.push({ start: withoutSeparator(text, members[lastKept]), end: withoutSeparator(text, member), text: '' });
  }
  return mergeDeletions(edits);
}
