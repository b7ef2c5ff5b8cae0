// Spec site EE-8: the `PROCTORING_BACKENDS` setting annotation documents the two per-backend keys and their defaults.
import { lineEnd } from '../../../src/engine/lines.ts';
import type { CodemodPart, Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { wrapCommentLines } from '../../../transforms/python/comment-wrap.ts';


const SETTING = 'PROCTORING_BACKENDS';
const WIDTH = 120;
/** The per-backend keys and the sentence documenting each (maintainers adjust the wording here). */
const KEY_DOCS: [string, string][] = [
  ['requires_escalation_email', 'A backend\'s options may set "requires_escalation_email" (default False): when True, courses using that backend must set a proctoring escalation email.'],
  ['show_review_rules', 'A backend\'s options may set "show_review_rules" (default True): when False, Studio hides the "Review Rules" field of proctored exams using that backend.'],
];

/** Line start offsets of the comment lines of the annotation block holding `.. setting_name: PROCTORING_BACKENDS`. */
function annotationLines(text: string): number[] {
  const name = new RegExp(`^[ \\t]*#[ \\t]*\\.\\. setting_name:[ \\t]*${SETTING}[ \\t]*$`, 'm').exec(text);
  if (!name) return [];
  const lines = [name.index];
  for (let at = lineEnd(text, name.index); at < text.length && /^[ \t]*#/.test(text.slice(at, lineEnd(text, at))); at = lineEnd(text, at)) lines.push(at);
  return lines;
}

function definition(root: SyntaxNode): SyntaxNode | undefined {
  return root.namedChildren.find((s) => s.type === 'expression_statement' && s.namedChildren[0]?.type === 'assignment' && s.namedChildren[0].childForFieldName('left')?.text === SETTING);
}

export function settingsDocEdits(text: string, root: SyntaxNode, ctx: TransformContext): Edit[] {
  const statement = definition(root);
  if (!statement) return [];
  const lines = annotationLines(text);
  const lineText = (at: number) => text.slice(at, lineEnd(text, at)).replace(/\n$/, '');
  const description = lines.findIndex((at) => /#\s*\.\. setting_description:/.test(lineText(at)));
  if (description === -1) {
    ctx.review({
      siteKind: 'EE-8',
      at: statement,
      siteText: `${SETTING} definition`,
      reason: `${SETTING} has no \`.. setting_description:\` annotation to document the per-backend keys in`,
      suggestion: KEY_DOCS.map(([, doc]) => doc).join(' '),
    });
    return [];
  }
  const block = lines.map(lineText).join('\n');
  const missing = KEY_DOCS.filter(([key]) => !block.includes(key));
  if (!missing.length) return [];
  let last = description;
  while (last + 1 < lines.length && !/#\s*\.\. /.test(lineText(lines[last + 1]))) last++;
  const continuation = lines.slice(description + 1, last + 1).map((at) => /^[ \t]*#[ \t]+/.exec(lineText(at))![0])[0];
  const prefix = continuation ?? `${/^[ \t]*/.exec(lineText(lines[description]))![0]}#   `;
  const added = missing.flatMap(([, doc]) => wrapCommentLines(doc, prefix, WIDTH));
  const at = lineEnd(text, lines[last]);
  ctx.site('EE-8', lines[0]);
  return [{ start: at, end: at, text: `${added.join('\n')}\n` }];
}

export const settingsDocsPart: CodemodPart = {
  kinds: ['python'],
  needles: [SETTING],
  appliesTo: (relPath) => /(^|\/)(lms|cms|openedx)\/envs\/common\.py$/.test(relPath),
  transform: (file, ctx) => settingsDocEdits(file.text, file.tree!.rootNode, ctx),
};

