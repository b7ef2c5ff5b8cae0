// Spec site EE-4: `get_requires_escalation_email_providers()` beside `get_available_providers()`; the field's wording.
import { lineEnd, lineStart } from '../../../src/engine/lines.ts';
import type { CodemodPart, Edit, SyntaxNode, TransformContext, Tree } from '../../../src/engine/types.ts';

import { stringValue } from '../../../transforms/python/nodes.ts';
import { dominantQuote, pyString, quoteOf } from '../../../transforms/python/quotes.ts';
import { rewriteInner } from '../../../transforms/python/string-inner.ts';
import { isTestFile } from '../remove-create-zendesk-tickets/python-common.ts';
import { addHelperImport } from '../helper-import.ts';
import { HELPER, PROVIDERS_FUNCTION } from './names.ts';
import { HELP_REWORDINGS, neutralLabel, reword } from '../wording.ts';
import { VENDOR_MENTION } from '../vendor.ts';

const FIELD = 'proctoring_escalation_email';
const MAX_LINE = 120;

function moduleFunctions(tree: Tree): Map<string, SyntaxNode> {
  const functions = new Map<string, SyntaxNode>();
  for (const child of tree.rootNode.namedChildren) {
    const definition = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (definition?.type === 'function_definition') functions.set(definition.childForFieldName('name')!.text, child);
  }
  return functions;
}

function providersFunction(text: string, available: SyntaxNode): string {
  const body = available.type === 'decorated_definition' ? available.childForFieldName('definition')!.childForFieldName('body')! : available.childForFieldName('body')!;
  const unit = text.slice(text.lastIndexOf('\n', body.startIndex) + 1, body.startIndex) || '    ';
  const literal = available.descendantsOfType('string').find((s) => stringValue(s) === 'DEFAULT');
  const lti = pyString('lti_external', literal ? quoteOf(literal) : dominantQuote(available.tree.rootNode));
  return [
    `def ${PROVIDERS_FUNCTION}():`,
    '"""',
    'Returns the sorted names of the proctoring providers that require a proctoring escalation email: those',
    'whose ``PROCTORING_BACKENDS`` entry sets ``"requires_escalation_email": True``, and LTI',
    '(``lti_external``), which always does.',
    '"""',
    `providers = {provider for provider in get_available_providers() if ${HELPER}(provider)}`,
    `providers.add(${lti})`,
    'return sorted(providers)',
  ]
    .map((line, index) => (index === 0 ? line : `${unit}${line}`))
    .join('\n');
}

/**
 * A reworded piece of an implicitly concatenated help text that no longer fits on its line is split after its first
 * sentence into two pieces, the second on a line of its own at the same indentation.
 */
function splitLongPiece(text: string, piece: SyntaxNode, edit: Edit): Edit {
  const line = text.slice(lineStart(text, piece.startIndex), lineEnd(text, piece.endIndex)).replace(/\n$/, '');
  const fits = line.length - (edit.end - edit.start) + edit.text.length <= MAX_LINE;
  const split = /^(.*?\.\s)(\S.*)$/s.exec(edit.text);
  const parent = piece.parent?.type;
  if (fits || !split || (parent !== 'concatenated_string' && parent !== 'argument_list') || piece.text.includes('\n')) return edit;
  const quote = piece.children.find((c) => c.type === 'string_start')!.text;
  // Under the piece itself: its line's indentation, or aligned with it after `help=_(` (visual indent).
  const indent = line.slice(0, piece.startPosition.column).replace(/[^\t]/g, ' ');
  return { ...edit, text: `${split[1]}${quote.slice(-1)}\n${indent}${quote}${split[2]}` };
}

/** The escalation-email field's display name and help text: vendor wording rewritten where the table covers it. */
function fieldWordingEdits(text: string, tree: Tree): { field: SyntaxNode; edits: Edit[] } | null {
  const isXBlockField = (call: SyntaxNode | null) =>
    call?.type === 'call' && !!call.childForFieldName('arguments')?.namedChildren.some((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'scope');
  const field = tree.rootNode.descendantsOfType('assignment').find((a) => a.childForFieldName('left')?.text === FIELD && isXBlockField(a.childForFieldName('right')));
  if (!field) return null;
  const edits: Edit[] = [];
  for (const argument of field.childForFieldName('right')!.childForFieldName('arguments')!.namedChildren) {
    const name = argument.type === 'keyword_argument' ? argument.childForFieldName('name')!.text : '';
    const rewrite = name === 'display_name' ? neutralLabel : name === 'help' ? (raw: string) => reword(raw, HELP_REWORDINGS) : null;
    if (!rewrite) continue;
    for (const piece of argument.descendantsOfType('string')) {
      const edit = VENDOR_MENTION.test(piece.text) ? rewriteInner(text, piece, rewrite) : null;
      if (edit) edits.push(splitLongPiece(text, piece, edit));
    }
  }
  return { field, edits };
}

export const courseBlockPart: CodemodPart = {
  kinds: ['python'],
  needles: ['get_available_providers', FIELD],
  appliesTo: (relPath) => !isTestFile(relPath),
  transform(file, ctx: TransformContext) {
    const tree = file.tree!;
    const functions = moduleFunctions(tree);
    const available = functions.get('get_available_providers');
    const wording = fieldWordingEdits(file.text, tree);
    const edits: Edit[] = [...(wording?.edits ?? [])];
    if (wording?.edits.length) ctx.site('EE-4', wording.field);
    if (available && !functions.has(PROVIDERS_FUNCTION)) {
      const at = lineEnd(file.text, available.endIndex);
      edits.push({ start: at, end: at, text: `\n\n${providersFunction(file.text, available)}\n` });
      edits.push(...addHelperImport(file.text, tree, HELPER));
      ctx.site('EE-4', available);
    }
    return edits;
  },
};

/** EE-4 left undone: the module defines the field but has no `get_available_providers()` to add the new function beside. */
export function reviewMissingProvidersFunction(tree: Tree, ctx: TransformContext): void {
  const functions = moduleFunctions(tree);
  const field = fieldWordingEdits('', tree)?.field;
  if (!field || functions.has('get_available_providers') || functions.has(PROVIDERS_FUNCTION)) return;
  ctx.review({
    siteKind: 'EE-4',
    at: field,
    siteText: `${FIELD} field without get_available_providers`,
    reason: `this module defines the ${FIELD} field but no module-level get_available_providers() to put ${PROVIDERS_FUNCTION}() beside`,
    suggestion: `Add ${PROVIDERS_FUNCTION}() next to the function listing the proctoring backends: the backends (never DEFAULT) whose entry sets "requires_escalation_email", plus "lti_external", sorted.`,
  });
}
