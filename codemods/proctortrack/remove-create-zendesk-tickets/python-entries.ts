// Spec sites ZD-1, ZD-3 (field statements), ZD-2/ZD-4 (key lists, docstring example), ZD-5 and ZD-7 (dict entries, keyword arguments).
import { lineEnd, lineStart } from '../../../src/engine/lines.ts';
import type { Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { removeElement } from '../../../transforms/python/collections.ts';
import { removeElements } from '../../../transforms/python/element-runs.ts';

import { findOfType, hasAncestor, stringValue, usesOf } from '../../../transforms/python/nodes.ts';
import { deleteStatements } from '../../../transforms/python/statement-runs.ts';
import { FIELD, mentionsZendesk, siteIdFor, within } from './python-common.ts';

const SEQUENCES = new Set(['list', 'tuple', 'set']);

function removal(text: string, element: SyntaxNode, relPath: string, fallback: string, ctx: TransformContext): Edit[] {
  const siblings = element.parent!.namedChildren.filter((c) => c.type !== 'comment');
  const edits = siblings.length > 1 ? removeElements(text, siblings, [element]) : removeElement(text, element);
  if (!edits) {
    ctx.review({ siteKind: 'ZD-entry', at: element, reason: `this ${FIELD} entry cannot be removed mechanically`, suggestion: 'Remove it by hand.' });
    return [];
  }
  ctx.site(siteIdFor(relPath, fallback), element);
  return edits;
}

/** `X.update({...})` as a statement of its own: emptied, the whole statement goes. */
function updateStatementOf(dict: SyntaxNode): SyntaxNode | null {
  const args = dict.parent;
  const call = args?.type === 'argument_list' && args.namedChildren.length === 1 ? args.parent : null;
  const isUpdate = call?.type === 'call' && /\.\s*update$/.test(call.childForFieldName('function')?.text ?? '');
  return isUpdate && call!.parent?.type === 'expression_statement' ? call!.parent : null;
}

/** Functions of this file taking the field as a parameter and reading it other than to pass it on as an entry. */
function helpersKeepingTheParameter(root: SyntaxNode): Set<string> {
  const passedOn = (n: SyntaxNode) =>
    hasAncestor(n, (a) => (a.type === 'pair' && stringValue(a.childForFieldName('key')) === FIELD) || (a.type === 'keyword_argument' && a.childForFieldName('name')?.text === FIELD));
  const names = new Set<string>();
  for (const definition of findOfType(root, 'function_definition')) {
    const parameters = definition.childForFieldName('parameters')!.namedChildren;
    if (!parameters.some((p) => (p.childForFieldName('name') ?? p).text === FIELD)) continue;
    if (usesOf(definition.childForFieldName('body')!, FIELD).some((n) => !passedOn(n))) names.add(definition.childForFieldName('name')!.text);
  }
  return names;
}

/** Dict pairs keyed by the field, sequence items naming it, keyword arguments passing it. */
export function entryEdits(text: string, root: SyntaxNode, relPath: string, ctx: TransformContext, skip: readonly Edit[] = []): Edit[] {
  const edits: Edit[] = [];
  const emptiedUpdates: SyntaxNode[] = [];
  for (const pair of findOfType(root, 'pair', (n) => stringValue(n.childForFieldName('key')) === FIELD && !within(n, skip))) {
    const dict = pair.parent!;
    const statement = dict.namedChildren.filter((c) => c.type !== 'comment').length === 1 ? updateStatementOf(dict) : null;
    if (statement) {
      emptiedUpdates.push(statement);
      ctx.site(siteIdFor(relPath, 'ZD-5'), pair);
    } else edits.push(...removal(text, pair, relPath, 'ZD-5', ctx));
  }
  const updates = deleteStatements(text, emptiedUpdates);
  for (const block of updates.emptied) ctx.warn(`line ${(block.parent ?? block).startPosition.row + 1}: a branch is left with only \`pass\` after removing its ${FIELD} update: simplify it by hand`);
  edits.push(...updates.edits);
  for (const item of findOfType(root, 'string', (n) => stringValue(n) === FIELD && SEQUENCES.has(n.parent?.type ?? '') && !within(n, skip))) {
    edits.push(...removal(text, item, relPath, 'ZD-4', ctx));
  }
  const keptBy = helpersKeepingTheParameter(root);
  for (const argument of findOfType(root, 'keyword_argument', (n) => n.childForFieldName('name')?.text === FIELD && !within(n, skip))) {
    // A helper of this file that keeps reading the value would silently get its default instead.
    const callee = argument.parent?.parent?.childForFieldName('function')?.text.split('.').pop() ?? '';
    if (!keptBy.has(callee)) edits.push(...removal(text, argument, relPath, 'ZD-7', ctx));
  }
  return edits;
}

/** ZD-1, ZD-3: `create_zendesk_tickets = Boolean(...)` / `serializers.BooleanField(...)` in a class body, with its comments. */
export function fieldStatementEdits(text: string, root: SyntaxNode, relPath: string, ctx: TransformContext, skip: readonly Edit[] = []): Edit[] {
  const statements = findOfType(root, 'expression_statement', (n) => {
    const assignment = n.namedChildren[0];
    return assignment?.type === 'assignment' && assignment.childForFieldName('left')?.text === FIELD && n.parent?.parent?.type === 'class_definition' && !within(n, skip);
  });
  const deletion = deleteStatements(text, statements, mentionsZendesk);
  for (const statement of statements) {
    if (deletion.refused.some((r) => r.id === statement.id)) {
      ctx.review({ siteKind: 'ZD-field', at: statement, reason: 'the field shares its line with other code', suggestion: 'Delete the field by hand.' });
    } else ctx.site(siteIdFor(relPath, statement.namedChildren[0].childForFieldName('right')?.text.includes('serializers') ? 'ZD-3' : 'ZD-1'), statement);
  }
  for (const block of deletion.emptied) ctx.warn(`line ${block.startPosition.row + 1}: a class body is left without fields after removing ${FIELD}`);
  return deletion.edits;
}

/** `[FIELD]`, `(FIELD,)`, `{FIELD}`: a collection holding only the field. */
const onlyTheField = (node: SyntaxNode | undefined) =>
  !!node && SEQUENCES.has(node.type) && node.namedChildren.filter((c) => c.type !== 'comment').length === 1 && stringValue(node.namedChildren.find((c) => c.type !== 'comment')) === FIELD;

/** A value read without side effects: `xblock.create_zendesk_tickets`, a name, a literal. */
const isPlainRead = (node: SyntaxNode | null) => !!node && ['attribute', 'identifier', 'true', 'false', 'none', 'string', 'integer'].includes(node.type) && !node.descendantsOfType('call').length;

/**
 * `x.append(FIELD)` (`.remove`, `.add`, `.discard`), `x.extend([FIELD])` (`.update`), `x += [FIELD]` (`|=`, `-=`), and
 * `info[FIELD] = <plain read>` (ZD-5 written key by key).
 */
function addsOrRemovesTheField(expression: SyntaxNode | undefined): boolean {
  const target = expression?.type === 'assignment' ? expression.childForFieldName('left') : null;
  if (target?.type === 'subscript') return stringValue(target.childForFieldName('subscript')) === FIELD && isPlainRead(expression!.childForFieldName('right'));
  if (expression?.type === 'augmented_assignment') return /^[-+|]=$/.test(expression.childForFieldName('operator')?.text ?? '') && onlyTheField(expression.childForFieldName('right')!);
  const args = expression?.type === 'call' ? expression.childForFieldName('arguments')?.namedChildren : undefined;
  const method = /\.\s*(\w+)$/.exec(expression?.childForFieldName('function')?.text ?? '')?.[1] ?? '';
  if (args?.length !== 1) return false;
  return ['append', 'remove', 'add', 'discard'].includes(method) ? stringValue(args[0]) === FIELD : ['extend', 'update'].includes(method) && onlyTheField(args[0]);
}

/** A statement adding the field to (or removing it from) a list: the statement, or its `if` when it was the only statement. */
export function listCallEdits(text: string, root: SyntaxNode, relPath: string, ctx: TransformContext, skip: readonly Edit[] = []): Edit[] {
  const calls = findOfType(root, 'expression_statement', (n) => addsOrRemovesTheField(n.namedChildren[0]) && !within(n, skip));
  const statements = calls.map((call) => {
    const ifStatement = call.parent?.parent;
    const alone = call.parent!.namedChildren.filter((c) => c.type !== 'comment').length === 1;
    return alone && ifStatement?.type === 'if_statement' && !ifStatement.childForFieldName('alternative') ? ifStatement : call;
  });
  calls.forEach((call) => ctx.site(siteIdFor(relPath, call.namedChildren[0].type === 'assignment' ? 'ZD-5' : 'ZD-2'), call));
  const deletion = deleteStatements(text, statements, mentionsZendesk);
  for (const block of deletion.emptied) ctx.warn(`line ${(block.parent ?? block).startPosition.row + 1}: a branch is left with only \`pass\` after removing its ${FIELD} statement: simplify it by hand`);
  return deletion.edits;
}

/** ZD-4: the `"create_zendesk_tickets": true,` line of a JSON example in a docstring (and a comma it leaves dangling). */
export function docstringEdits(text: string, root: SyntaxNode, relPath: string, ctx: TransformContext, skip: readonly Edit[] = []): Edit[] {
  const edits: Edit[] = [];
  const docstrings = findOfType(root, 'string', (n) => n.parent?.type === 'expression_statement' && n.text.includes(FIELD) && !within(n, skip));
  const entry = new RegExp(`^\\s*(["'])${FIELD}\\1\\s*:\\s*[^,\\s]+\\s*(,?)\\s*$`);
  for (const docstring of docstrings) {
    for (let at = docstring.text.indexOf(FIELD); at !== -1; at = docstring.text.indexOf(FIELD, at + 1)) {
      const offset = docstring.startIndex + at;
      const start = lineStart(text, offset);
      const end = lineEnd(text, offset);
      const match = entry.exec(text.slice(start, end).replace(/\n$/, ''));
      if (!match || start <= docstring.startIndex || end >= docstring.endIndex) continue;
      edits.push({ start, end, text: '' });
      ctx.site(siteIdFor(relPath, 'ZD-4'), offset);
      const previous = text.slice(lineStart(text, start - 1), start - 1);
      if (!match[2] && previous.trimEnd().endsWith(',')) {
        const comma = lineStart(text, start - 1) + previous.trimEnd().length - 1;
        edits.push({ start: comma, end: comma + 1, text: '' });
      }
    }
  }
  return edits;
}
