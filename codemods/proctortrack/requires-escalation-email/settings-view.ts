// Spec site EE-5: the proctored-exam-settings GET returns `requires_escalation_email_providers`; its serializer lists it.
import type { CodemodPart, Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { insertPairAfter } from '../../../transforms/python/dict-entries.ts';
import { addFromImport, fromImports } from '../../../transforms/python/imports.ts';
import { insertLinesAfter } from '../../../transforms/python/insert-lines.ts';
import { enclosingDefinition, findOfType, stringValue } from '../../../transforms/python/nodes.ts';
import { quoteOf } from '../../../transforms/python/quotes.ts';
import { isTestFile } from '../remove-create-zendesk-tickets/python-common.ts';
import { assignmentOf, AVAILABLE_KEY, serializerEdits } from './settings-serializer.ts';
import { docstringExampleEdits } from './settings-view-docstring.ts';
import { PROVIDERS_FUNCTION, PROVIDERS_KEY } from './names.ts';

const AVAILABLE_FUNCTION = 'get_available_providers';

/** `x = [mod.]get_available_providers()` statements inside functions that answer with `available_proctoring_providers`. */
function availableAssignments(root: SyntaxNode): SyntaxNode[] {
  return findOfType(root, 'expression_statement').filter((statement) => {
    const right = assignmentOf(statement)?.childForFieldName('right');
    const callee = right?.type === 'call' ? right.childForFieldName('function')!.text : '';
    const fn = enclosingDefinition(statement, 'function_definition');
    return /(^|\.)get_available_providers$/.test(callee) && assignmentOf(statement)!.childForFieldName('left')!.type === 'identifier' && !!fn?.text.includes(AVAILABLE_KEY);
  });
}

/** Where the view puts the list in its answer: `data['available_proctoring_providers'] = x`, a dict pair or a keyword. */
function answerEdits(text: string, fn: SyntaxNode, local: string): Edit[] | null {
  for (const statement of findOfType(fn, 'expression_statement')) {
    const left = assignmentOf(statement)?.childForFieldName('left');
    if (left?.type !== 'subscript' || stringValue(left.childForFieldName('subscript')) !== AVAILABLE_KEY) continue;
    const key = left.childForFieldName('subscript')!;
    const target = `${left.childForFieldName('value')!.text}[${quoteOf(key)}${PROVIDERS_KEY}${quoteOf(key)}]`;
    return [insertLinesAfter(text, statement, [`${target} = ${PROVIDERS_KEY}`])];
  }
  const pair = findOfType(fn, 'pair', (n) => stringValue(n.childForFieldName('key')) === AVAILABLE_KEY && n.childForFieldName('value')?.text === local)[0];
  if (pair) {
    const q = quoteOf(pair.childForFieldName('key')!);
    return insertPairAfter(text, pair, `${q}${PROVIDERS_KEY}${q}: ${PROVIDERS_KEY}`);
  }
  const keyword = findOfType(fn, 'keyword_argument', (n) => n.childForFieldName('name')?.text === AVAILABLE_KEY)[0];
  return keyword ? insertPairAfter(text, keyword, `${PROVIDERS_KEY}=${PROVIDERS_KEY}`) : null;
}

/** Mirror every `x.remove('lti_external')`; null (review) when the list is changed in any other way. */
function removalEdits(text: string, fn: SyntaxNode, statement: SyntaxNode, local: string): Edit[] | null {
  const edits: Edit[] = [];
  for (const use of findOfType(fn, 'identifier', (n) => n.text === local)) {
    if (use.startIndex >= statement.startIndex && use.endIndex <= statement.endIndex) continue;
    const parent = use.parent!;
    const isObject = parent.type === 'attribute' && parent.childForFieldName('object')?.id === use.id;
    const call = isObject && parent.parent?.type === 'call' ? parent.parent : null;
    const method = isObject ? parent.childForFieldName('attribute')!.text : '';
    if (call && method === 'remove') {
      const args = call.childForFieldName('arguments')!.namedChildren;
      if (args.length !== 1 || stringValue(args[0]) !== 'lti_external' || call.parent?.type !== 'expression_statement') return null;
      edits.push(insertLinesAfter(text, call.parent, [`${PROVIDERS_KEY}.remove(${args[0].text})`]));
      continue;
    }
    const mutated = call && !['copy', 'index', 'count'].includes(method);
    const rebound = ['assignment', 'augmented_assignment'].includes(parent.type) && parent.childForFieldName('left')?.id === use.id;
    if (mutated || rebound || parent.type === 'delete_statement' || (parent.type === 'subscript' && parent.parent?.type === 'assignment')) return null;
  }
  return edits;
}

function viewEdits(text: string, statement: SyntaxNode, ctx: TransformContext): Edit[] {
  const fn = enclosingDefinition(statement, 'function_definition')!;
  const assignment = assignmentOf(statement)!;
  const local = assignment.childForFieldName('left')!.text;
  const callee = assignment.childForFieldName('right')!.childForFieldName('function')!.text;
  if (fn.text.includes(PROVIDERS_FUNCTION)) return [];
  const answer = answerEdits(text, fn, local);
  const removals = removalEdits(text, fn, statement, local);
  if (!answer || !removals) return [];
  ctx.site('EE-5', statement);
  const call = callee.replace(/get_available_providers$/, PROVIDERS_FUNCTION);
  return [insertLinesAfter(text, statement, [`${PROVIDERS_KEY} = ${call}()`]), ...removals, ...answer];
}

const isAvailableCall = (n: SyntaxNode) => n.type === 'call' && /(^|\.)get_available_providers$/.test(n.childForFieldName('function')!.text);

/** Calls of get_available_providers() in functions that answer with `available_proctoring_providers`, not yet followed. */
function unfollowedCalls(root: SyntaxNode): SyntaxNode[] {
  return findOfType(root, 'call', isAvailableCall).filter((call) => {
    const fn = enclosingDefinition(call, 'function_definition');
    return !!fn && fn.text.includes(AVAILABLE_KEY) && !fn.text.includes(PROVIDERS_FUNCTION);
  });
}

/** Older views answer with the call itself: `data['available_proctoring_providers'] = get_available_providers()`, a pair or a keyword. */
function directAnswerEdits(text: string, call: SyntaxNode, ctx: TransformContext): Edit[] {
  const parent = call.parent!;
  if (call.childForFieldName('arguments')?.namedChildren.length) return [];
  const value = `${call.childForFieldName('function')!.text.replace(/get_available_providers$/, PROVIDERS_FUNCTION)}()`;
  const left = parent.type === 'assignment' && parent.childForFieldName('right')?.id === call.id ? parent.childForFieldName('left') : null;
  const key = left?.type === 'subscript' ? left.childForFieldName('subscript') : parent.type === 'pair' ? parent.childForFieldName('key') : null;
  let edits: Edit[] = [];
  if (left && stringValue(key) === AVAILABLE_KEY && parent.parent?.type === 'expression_statement') {
    edits = [insertLinesAfter(text, parent.parent, [`${left.childForFieldName('value')!.text}[${quoteOf(key!)}${PROVIDERS_KEY}${quoteOf(key!)}] = ${value}`])];
  } else if (parent.type === 'pair' && parent.childForFieldName('value')?.id === call.id && stringValue(key) === AVAILABLE_KEY) {
    edits = insertPairAfter(text, parent, `${quoteOf(key!)}${PROVIDERS_KEY}${quoteOf(key!)}: ${value}`);
  } else if (parent.type === 'keyword_argument' && parent.childForFieldName('name')?.text === AVAILABLE_KEY) {
    edits = insertPairAfter(text, parent, `${PROVIDERS_KEY}=${value}`);
  }
  if (edits.length) ctx.site('EE-5', call);
  return edits;
}

export const settingsViewPart: CodemodPart = {
  kinds: ['python'],
  needles: [AVAILABLE_KEY],
  appliesTo: (relPath) => !isTestFile(relPath),
  transform(file, ctx) {
    const tree = file.tree!;
    const assigned = availableAssignments(tree.rootNode);
    const direct = unfollowedCalls(tree.rootNode).filter((call) => !assigned.some((s) => s.namedChildren[0].childForFieldName('right')?.id === call.id));
    const views = [...assigned.flatMap((s) => viewEdits(file.text, s, ctx)), ...direct.flatMap((call) => directAnswerEdits(file.text, call, ctx))];
    const code = [...views, ...serializerEdits(file.text, tree.rootNode, ctx)];
    const imported = fromImports(tree).find((i) => i.local === AVAILABLE_FUNCTION);
    if (views.length && imported) code.push(...addFromImport(file.text, tree, imported.module, PROVIDERS_FUNCTION));
    // The docstring is replaced whole: its lines are not checked (an old long line would be reported as new).
    return [...code, ...docstringExampleEdits(file.text, tree.rootNode, ctx)];
  },
};

/** EE-5 left undone (run after the edits): a view listing the available providers but not the new list. */
export function reviewUnfollowedViews(text: string, root: SyntaxNode, ctx: TransformContext): void {
  for (const call of unfollowedCalls(root)) {
    const fn = enclosingDefinition(call, 'function_definition')!;
    const statement = availableAssignments(fn).find((s) => s.namedChildren[0].childForFieldName('right')?.id === call.id);
    if (!statement) {
      ctx.review({
        siteKind: 'EE-5',
        at: call,
        reason: `cannot follow how the available providers are put in the response in ${fn.childForFieldName('name')!.text}()`,
        suggestion: `Return \`${PROVIDERS_FUNCTION}()\` under "${PROVIDERS_KEY}" next to "${AVAILABLE_KEY}", without "lti_external" wherever it is removed from the available list.`,
      });
      continue;
    }
    const local = assignmentOf(statement)!.childForFieldName('left')!.text;
    ctx.review({
      siteKind: 'EE-5',
      at: statement,
      reason: `cannot follow how \`${local}\` is ${answerEdits(text, fn, local) ? 'changed' : 'put in the response'} in ${fn.childForFieldName('name')!.text}()`,
      suggestion: `Compute \`${PROVIDERS_KEY} = ${PROVIDERS_FUNCTION}()\`, remove "lti_external" from it wherever it is removed from \`${local}\`, and return it under "${PROVIDERS_KEY}".`,
    });
  }
}
