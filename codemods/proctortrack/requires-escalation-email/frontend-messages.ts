// Spec site FE-7: provider-neutral `defaultMessage`/`description` text in message descriptors (ids never change);
// in TS/TSX also section 7's review of other vendor names (the JS page part does that for .js/.jsx).
import type { CodemodPart, Edit, SourceFile, TransformContext } from '../../../src/engine/types.ts';
import { messageDescriptors, type DescriptorText } from '../../../transforms/js/message-descriptors.ts';
import { neutralWording } from '../wording.ts';
import { VENDOR_MENTION } from '../vendor.ts';
import { isTestPath, VENDOR_NEEDLES } from './frontend-common.ts';
import { reviewVendorNames } from './frontend-vendor-names.ts';

function rewordDescriptors(file: SourceFile, descriptors: DescriptorText[], ctx: TransformContext): Edit[] {
  const edits: Edit[] = [];
  for (const descriptor of descriptors) {
    const raw = file.text.slice(descriptor.contentStart, descriptor.contentEnd);
    if (!VENDOR_MENTION.test(raw)) continue;
    const reworded = neutralWording(raw);
    const message = descriptor.messageId ? `message '${descriptor.messageId}'` : 'a message';
    if (!descriptor.plain || !reworded.complete) {
      ctx.review({
        siteKind: 'FE-7',
        at: descriptor.start,
        siteText: `${descriptor.messageId ?? ''} ${descriptor.field} ${raw}`,
        reason: `the ${descriptor.field} of ${message} names Proctortrack ${descriptor.plain ? 'in words the campaign wording table does not cover' : 'in text built from expressions'}`,
        suggestion: `Reword it provider-neutrally (e.g. "the selected proctoring provider"), keep the id, and add the phrase to codemods/proctortrack/wording.ts${descriptor.plain ? `; the table gives: ${JSON.stringify(reworded.text.trim())}` : ''}.`,
      });
      continue;
    }
    ctx.site('FE-7', descriptor.start);
    edits.push({ start: descriptor.contentStart, end: descriptor.contentEnd, text: reworded.text });
  }
  return edits;
}

export const frontendMessagesJs: CodemodPart = {
  kinds: ['javascript'],
  needles: VENDOR_NEEDLES,
  appliesTo: (relPath) => !isTestPath(relPath),
  transform(file, ctx) {
    if (!/defineMessages|FormattedMessage/.test(file.text)) return null;
    return rewordDescriptors(file, messageDescriptors(file.tree!.rootNode), ctx);
  },
};

export const frontendMessagesTs: CodemodPart = {
  kinds: ['typescript', 'tsx'],
  needles: VENDOR_NEEDLES,
  appliesTo: (relPath) => !isTestPath(relPath),
  transform(file, ctx) {
    const descriptors = messageDescriptors(file.tree!.rootNode);
    reviewVendorNames(file.relPath, file.text, descriptors, ctx);
    return rewordDescriptors(file, descriptors, ctx);
  },
};
