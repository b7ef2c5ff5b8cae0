// Spec sites ZD-8, FE-9: README.rst bullets about Zendesk ticket creation and the `ZENDESK_*` settings requirement.
import type { CodemodPart, Edit, TransformContext } from '../../../src/engine/types.ts';
import { bulletItems, removeBulletItems, type BulletItem } from '../../../transforms/rst/bullet-items.ts';

/** Text about the proctoring option: it names Zendesk and ticket creation for proctored attempts (or the automatic creation the `ZENDESK_*` requirement is for). */
const isAboutOption = (text: string): boolean => /zendesk/i.test(text) && /ticket/i.test(text) && /automatic|suspicious|proctor/i.test(text);

/** `* - cell` rows of a `list-table`: a cell cannot go alone (every row needs the same number of cells). */
const isTableCell = (item: BulletItem): boolean => /^[-*+]\s/.test(item.ownText) || /^[-*+]\s/.test(item.parent?.ownText ?? '');

/** A bullet about the option. Other Zendesk mentions (support forms) stay. */
const isAboutTheOption = (item: BulletItem): boolean => !isTableCell(item) && isAboutOption(item.ownText);

const NAMES_OPTION = /create_?zendesk_?tickets/i;

/**
 * Text still about the option after its bullets went: a prose paragraph (not deleted blindly), or a kept bullet (a
 * table cell, or one naming the option's key).
 */
function reviewTextLeft(text: string, edits: Edit[], ctx: TransformContext): void {
  const lines = text.split('\n');
  const offsets: number[] = [];
  lines.reduce((offset, line) => (offsets.push(offset), offset + line.length + 1), 0);
  const items = bulletItems(lines);
  const inBullet = new Set(items.flatMap((item) => Array.from({ length: item.lastLine - item.firstLine + 1 }, (_, k) => item.firstLine + k)));
  const blocks: Array<{ line: number; text: string }> = items.map((item) => ({ line: item.firstLine, text: NAMES_OPTION.test(item.ownText) || isAboutOption(item.ownText) ? item.ownText : '' }));
  for (let i = 0; i < lines.length; i++) {
    if (inBullet.has(i) || !lines[i].trim() || (i > 0 && lines[i - 1].trim() && !inBullet.has(i - 1))) continue;
    let end = i;
    while (end + 1 < lines.length && lines[end + 1].trim() && !inBullet.has(end + 1)) end++;
    const paragraph = lines.slice(i, end + 1).join(' ');
    if (NAMES_OPTION.test(paragraph) || isAboutOption(paragraph)) blocks.push({ line: i, text: paragraph });
  }
  for (const { line, text: siteText } of blocks) {
    if (!siteText || edits.some((e) => e.start <= offsets[line] && offsets[line] < e.end)) continue;
    ctx.review({
      siteKind: 'FE-9',
      at: offsets[line],
      siteText,
      reason: 'this text is about the removed create_zendesk_tickets option (Zendesk tickets for proctored attempts) but is not a README bullet the campaign removes',
      suggestion: 'Delete or reword it: the course option and its automatic Zendesk tickets no longer exist.',
    });
  }
}

export const rstReadme: CodemodPart = {
  kinds: ['rst'],
  needles: ['Zendesk', 'ZenDesk', 'ZENDESK', 'zendesk'],
  transform(file, ctx) {
    // Other reST docs are not rewritten (FE-9 is the README's requirement and feature bullets), only reviewed.
    const edits = /(^|\/)README\.rst$/i.test(file.relPath) ? removeBulletItems(file.text, isAboutTheOption) : [];
    for (const edit of edits) ctx.site('FE-9', edit.start);
    reviewTextLeft(file.text, edits, ctx);
    return edits;
  },
};
