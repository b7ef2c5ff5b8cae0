// Spec site ZD-6: InstructorService.send_support_notification keeps its signature; its Zendesk body becomes a documented no-op.
import { lineStart } from '../../../src/engine/lines.ts';
import type { Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';

import { findOfType } from '../../../transforms/python/nodes.ts';
import { FIELD, mentionsField } from './python-common.ts';

const METHOD = 'send_support_notification';

const DOCSTRING = [
  'Do nothing: support notifications by Zendesk ticket were removed with the course',
  'setting "Create Zendesk Tickets For Suspicious Proctored Exam Attempts" (DEPR #36329).',
  'The method stays because edx-proctoring calls it.',
];

/** Body statements are a docstring, plain assignments, and one `if <...create_zendesk_tickets...>:` without else. */
function zendeskBody(body: SyntaxNode): boolean {
  const statements = body.namedChildren.filter((c) => c.type !== 'comment');
  const checks = statements.filter((s) => s.type === 'if_statement');
  if (checks.length !== 1 || checks[0].childrenForFieldName('alternative').length) return false;
  if (!mentionsField(checks[0].childForFieldName('condition')!)) return false;
  return statements.every((s, i) => {
    if (s.type === 'if_statement') return true;
    const expression = s.type === 'expression_statement' ? s.namedChildren[0] : null;
    return expression?.type === 'assignment' || (i === 0 && expression?.type === 'string');
  });
}

export function supportNotificationEdits(text: string, root: SyntaxNode, ctx: TransformContext): Edit[] {
  // A method: in a class body, directly or under decorators.
  const inClassBody = (n: SyntaxNode) => (n.parent?.type === 'decorated_definition' ? n.parent : n).parent?.parent?.type === 'class_definition';
  const methods = findOfType(root, 'function_definition', (n) => n.childForFieldName('name')?.text === METHOD && inClassBody(n));
  const edits: Edit[] = [];
  for (const method of methods) {
    const body = method.childForFieldName('body')!;
    if (!mentionsField(body)) continue;
    const indent = text.slice(lineStart(text, body.startIndex), body.startIndex);
    const review = {
      siteKind: 'ZD-6',
      at: method,
      siteText: `${METHOD} ${FIELD}`,
      reason: `${METHOD}() no longer creates Zendesk tickets for suspicious proctored exam reviews: a behaviour change for operators`,
      suggestion: 'Tell operators who relied on these tickets; remove the tests of the old behaviour.',
    };
    if (!zendeskBody(body) || indent.trim() !== '') {
      ctx.review({ ...review, reason: `${METHOD}() mixes the Zendesk ticket with other logic: make the Zendesk part a no-op by hand` });
      continue;
    }
    ctx.site('ZD-6', method);
    ctx.review(review);
    const docstring = `"""\n${DOCSTRING.map((line) => `${indent}${line}\n`).join('')}${indent}"""`;
    edits.push({ start: body.startIndex, end: body.endIndex, text: docstring });
  }
  return edits;
}
