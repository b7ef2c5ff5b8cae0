// Spec sites ZD-8, FE-9: README.rst bullets about Zendesk ticket creation and the `ZENDESK_*` settings requirement.
import type { CodemodPart } from '../../../src/types.ts';
import { removeBulletItems, type BulletItem } from '../../../transforms/rst/bullet-items.ts';

/**
 * A bullet about the proctoring option: it names Zendesk and ticket creation for proctored attempts (or the
 * automatic creation the `ZENDESK_*` requirement is for). Other Zendesk mentions (support forms) stay.
 */
const isAboutTheOption = (item: BulletItem): boolean =>
  /zendesk/i.test(item.ownText) && /ticket/i.test(item.ownText) && /automatic|suspicious|proctor/i.test(item.ownText);

export const rstReadme: CodemodPart = {
  kinds: ['rst'],
  needles: ['Zendesk', 'ZenDesk', 'ZENDESK', 'zendesk'],
  appliesTo: (relPath) => /(^|\/)README\.rst$/i.test(relPath),
  transform(file, ctx) {
    const edits = removeBulletItems(file.text, isAboutTheOption);
    for (const edit of edits) ctx.site('FE-9', edit.start);
    return edits;
  },
};
