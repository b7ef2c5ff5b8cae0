// Spec sites ZD-1..ZD-7: the Python parts of remove-create-zendesk-tickets, run in this order on each file.
import type { CodemodPart } from '../../../src/engine/types.ts';
import { docstringEdits, entryEdits, fieldStatementEdits, listCallEdits } from './python-entries.ts';
import { FIELD, FIELD_WORD, isPythonTarget, isTestFile, withCleanUp } from './python-common.ts';
import { reviewRemaining } from './python-remaining.ts';
import { supportNotificationEdits } from './python-support-notification.ts';
import { ddtEdits, helperParameterEdits, zendeskTestEdits } from './python-tests.ts';
import { validationEdits } from './python-validation.ts';

const isValidationModule = (relPath: string) => /(^|\/)models\/settings\/course_metadata\.py$/.test(relPath);
const isInstructorService = (relPath: string) => /(^|\/)instructor\/services\.py$/.test(relPath);

export const pythonParts: CodemodPart[] = [
  {
    // ZD-1, ZD-3, ZD-4, ZD-5, ZD-7 and the key lists of ZD-2.
    kinds: ['python'],
    needles: [FIELD],
    appliesTo: isPythonTarget,
    transform(file, ctx) {
      const root = file.tree!.rootNode;
      // The needle also matches look-alikes (`create_zendesk_tickets_for_feedback`): nothing to do without the field itself.
      if (!FIELD_WORD.test(file.text)) return null;
      // Whole tests first, so that what they hold is not reported again as entries.
      const tests = isTestFile(file.relPath) ? zendeskTestEdits(file.text, root, ctx) : [];
      // Statements adding the field to a list go whole, before their list's element would be removed alone.
      const whole = [...tests, ...listCallEdits(file.text, root, file.relPath, ctx, tests)];
      const found = [
        ...whole,
        ...entryEdits(file.text, root, file.relPath, ctx, whole),
        ...fieldStatementEdits(file.text, root, file.relPath, ctx, whole),
        ...docstringEdits(file.text, root, file.relPath, ctx, whole),
      ];
      found.push(...helperParameterEdits(file.text, root, found, ctx));
      if (isTestFile(file.relPath)) found.push(...ddtEdits(file.text, root, found, ctx));
      return withCleanUp(file.text, file.tree!, found, ctx);
    },
  },
  {
    // ZD-2: the read of the field and the log about it in validate_proctoring_settings.
    kinds: ['python'],
    needles: [FIELD],
    appliesTo: isValidationModule,
    transform: (file, ctx) => withCleanUp(file.text, file.tree!, validationEdits(file.text, file.tree!.rootNode, ctx), ctx),
  },
  {
    // ZD-6: send_support_notification becomes a documented no-op.
    kinds: ['python'],
    needles: [FIELD],
    appliesTo: isInstructorService,
    transform: (file, ctx) => withCleanUp(file.text, file.tree!, supportNotificationEdits(file.text, file.tree!.rootNode, ctx), ctx),
  },
  {
    // Whatever is left is a review item, never silent.
    kinds: ['python'],
    needles: [FIELD, 'create_zendesk_ticket'],
    appliesTo: isPythonTarget,
    transform(file, ctx) {
      reviewRemaining(file.text, file.relPath, ctx);
    },
  },
];
