// Spec site ZD-7: whole tests named for Zendesk, helper keyword parameters, ddt rows that only vary the Zendesk value.
import { applyEdits } from '../../../src/engine/edits.ts';
import type { Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { removeElement } from '../../../transforms/python/collections.ts';
import { removeElements } from '../../../transforms/python/element-runs.ts';
import { functionNames } from '../../../transforms/python/function-names.ts';
import { deleteStatement } from '../../../transforms/python/lines.ts';
import { enclosingDefinition, findAll, findOfType, usesOf } from '../../../transforms/python/nodes.ts';
import { deleteStatements } from '../../../transforms/python/statement-runs.ts';
import { FIELD, mentionsField, mentionsZendesk, within } from './python-common.ts';
import { keptTestEdits, testsSomethingElse } from './python-mixed-tests.ts';

const nameOf = (definition: SyntaxNode) => definition.childForFieldName('name')!.text;
/** The statement holding a function: its decorated_definition when it has decorators. */
const statementOf = (definition: SyntaxNode) => (definition.parent?.type === 'decorated_definition' ? definition.parent : definition);

/** Zendesk-named tests using the field go whole (only their Zendesk assertions when they test more); others are flagged. */
export function zendeskTestEdits(text: string, root: SyntaxNode, ctx: TransformContext): Edit[] {
  const tests = findOfType(root, 'function_definition', (n) => /^test.*zendesk/i.test(nameOf(n)));
  const usingField = tests.filter((test) => mentionsField(statementOf(test)));
  const kept = usingField.filter(testsSomethingElse);
  const doomed = usingField.filter((test) => !kept.includes(test));
  for (const test of tests.filter((t) => !usingField.includes(t))) {
    ctx.review({
      siteKind: 'ZD-7-test',
      at: test,
      siteText: nameOf(test),
      reason: `${nameOf(test)} is named for Zendesk but does not use ${FIELD}: it may test the removed support-notification tickets`,
      suggestion: 'Delete it if it tests Zendesk tickets for proctored exam reviews; keep it if it tests other Zendesk code.',
    });
  }
  const deletion = deleteStatements(text, doomed.map(statementOf), mentionsZendesk);
  doomed.forEach((test) => ctx.site('ZD-7', statementOf(test)));
  const classes = new Map(doomed.map((t) => enclosingDefinition(t, 'class_definition')).filter((c) => c !== null).map((c) => [c.id, c]));
  for (const owner of classes.values()) {
    const left = findOfType(owner.childForFieldName('body')!, 'function_definition', (n) => /^test/.test(nameOf(n)) && !doomed.some((d) => d.id === n.id));
    if (!left.length) ctx.warn(`${nameOf(owner)} has no test left after removing its Zendesk tests: delete the class if it is now pointless`);
  }
  const names = functionNames(root);
  return [...deletion.edits, ...kept.flatMap((test) => keptTestEdits(text, test, names, ctx))];
}

/** The parameter, and the bare `*` before it when it is the only keyword-only parameter (`def f(*, **kw)` is invalid). */
function withLoneSeparator(parameter: SyntaxNode): SyntaxNode[] {
  const separator = parameter.previousNamedSibling;
  const next = parameter.nextNamedSibling;
  const alone = separator?.type === 'keyword_separator' && (!next || next.type === 'dictionary_splat_pattern');
  return alone ? [separator, parameter] : [parameter];
}

/** Keyword parameters `create_zendesk_tickets=<default>` of helpers whose body no longer reads them (after `removed`). */
export function helperParameterEdits(text: string, root: SyntaxNode, removed: readonly Edit[], ctx: TransformContext): Edit[] {
  const edits: Edit[] = [];
  const parameters = findAll(
    root,
    (n) => (n.type === 'default_parameter' || n.type === 'typed_default_parameter') && n.childForFieldName('name')?.text === FIELD && n.parent?.type === 'parameters',
  );
  for (const parameter of parameters) {
    const definition = parameter.parent!.parent!;
    if (within(parameter, removed)) continue;
    const reads = usesOf(definition.childForFieldName('body')!, FIELD, removed);
    const removal = reads.length ? null : removeElements(text, parameter.parent!.namedChildren.filter((c) => c.type !== 'comment'), withLoneSeparator(parameter));
    if (!removal) {
      ctx.review({ siteKind: 'ZD-7-parameter', at: parameter, siteText: `${nameOf(definition)} ${parameter.text}`, reason: `${nameOf(definition)}() still reads ${FIELD}`, suggestion: `Remove the parameter and its uses by hand.` });
      continue;
    }
    ctx.site('ZD-7', parameter);
    edits.push(...removal);
  }
  return edits;
}

interface DataDecorators {
  data: SyntaxNode;
  rows: SyntaxNode[];
  unpack: SyntaxNode | null;
}

function ddtDecorators(definition: SyntaxNode): DataDecorators | null {
  const decorated = definition.parent?.type === 'decorated_definition' ? definition.parent : null;
  const decorators = decorated?.namedChildren.filter((c) => c.type === 'decorator') ?? [];
  const data = decorators.find((d) => /^(ddt\.)?data$/.test(d.namedChildren[0]?.childForFieldName('function')?.text ?? ''));
  const unpack = decorators.find((d) => /^(ddt\.)?unpack$/.test(d.namedChildren[0]?.text ?? '')) ?? null;
  const rows = data?.namedChildren[0].childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment');
  if (!data || !rows?.length || rows.some((r) => r.type === 'list_splat' || r.type === 'keyword_argument')) return null;
  return { data, rows, unpack };
}

/** Row text after edits inside it, whitespace-normalised, to find rows that became the same. */
function rowKey(text: string, row: SyntaxNode, edits: readonly Edit[]): string {
  const inside = edits.filter((e) => row.startIndex <= e.start && e.end <= row.endIndex).map((e) => ({ ...e, start: e.start - row.startIndex, end: e.end - row.startIndex }));
  return applyEdits(text.slice(row.startIndex, row.endIndex), inside).replace(/\s+/g, '').replace(/,([)\]}])/g, '$1');
}

/** Collapse the ddt rows of a test whose data parameter `create_zendesk_tickets` no longer has a reader. */
function collapseRows(text: string, definition: SyntaxNode, parameter: SyntaxNode, removed: readonly Edit[]): Edit[] | null {
  const ddt = ddtDecorators(definition);
  const params = definition.childForFieldName('parameters')!.namedChildren.filter((c) => c.type !== 'comment');
  const columns = params.filter((p, i) => !(i === 0 && (p.text === 'self' || p.text === 'cls')));
  const column = columns.findIndex((p) => p.id === parameter.id);
  if (!ddt || column === -1) return null;
  const edits: Edit[] = [...(removeElement(text, parameter) ?? [])];
  if (!ddt.unpack) {
    if (column !== 0 || ddt.rows.some((r) => r.type === 'dictionary')) return null;
    return [...edits, deleteStatement(text, ddt.data)!];
  }
  if (ddt.rows.every((r) => r.type === 'dictionary')) {
    edits.push(...removed.filter((e) => ddt.rows.some((r) => r.startIndex <= e.start && e.end <= r.endIndex)));
  } else {
    const width = ddt.rows[0].namedChildren.length;
    if (ddt.rows.some((r) => (r.type !== 'tuple' && r.type !== 'list') || r.namedChildren.length !== width || width <= column)) return null;
    if (width === 1) return [...edits, deleteStatement(text, ddt.data)!, deleteStatement(text, ddt.unpack)!];
    if (width === 2) {
      // One column left: plain rows, no unpacking.
      const kept = ddt.rows.map((r) => r.namedChildren[1 - column]);
      edits.push(deleteStatement(text, ddt.unpack)!, ...ddt.rows.map((r, i) => ({ start: r.startIndex, end: r.endIndex, text: kept[i].text })));
    } else {
      for (const row of ddt.rows) edits.push(...(removeElement(text, row.namedChildren[column]) ?? []));
    }
  }
  const seen = new Set<string>();
  const duplicates = ddt.rows.filter((row) => {
    const key = rowKey(text, row, edits);
    return seen.has(key) || !seen.add(key);
  });
  const rowRemoval = removeElements(text, ddt.rows, duplicates);
  if (!rowRemoval) return null;
  return [...edits.filter((e) => !duplicates.some((d) => d.startIndex <= e.start && e.end <= d.endIndex)), ...rowRemoval];
}

/** Tests taking `create_zendesk_tickets` from ddt rows: once nothing reads it, the column goes and equal rows merge. */
export function ddtEdits(text: string, root: SyntaxNode, removed: readonly Edit[], ctx: TransformContext): Edit[] {
  const edits: Edit[] = [];
  const parameters = findOfType(root, 'identifier', (n) => n.text === FIELD && n.parent?.type === 'parameters');
  for (const parameter of parameters) {
    const definition = parameter.parent!.parent!;
    if (within(parameter, removed)) continue;
    const reads = usesOf(definition.childForFieldName('body')!, FIELD, removed);
    const collapse = reads.length ? null : collapseRows(text, definition, parameter, removed);
    if (!collapse || collapse.some((e) => !e)) {
      ctx.review({
        siteKind: 'ZD-7-ddt',
        at: definition,
        siteText: nameOf(definition),
        reason: reads.length
          ? `${nameOf(definition)}() takes ${FIELD} as a parameter and still reads it`
          : `${nameOf(definition)}() takes ${FIELD} as a positional parameter${/^test/.test(nameOf(definition)) ? ' in a ddt shape this codemod does not rewrite' : ': its callers pass it by position'}`,
        suggestion: `Drop the parameter, its column of the @ddt.data rows and the rows that then repeat.`,
      });
      continue;
    }
    ctx.site('ZD-7', parameter);
    edits.push(...collapse);
  }
  return [...edits, ...mergedRowEdits(text, root, removed, edits, ctx)];
}

const touches = (node: SyntaxNode, edits: readonly Edit[]) => edits.some((e) => node.startIndex <= e.start && e.end <= node.endIndex);

/** ddt rows (dicts) that differed only by their Zendesk entry, removed by `removed`, merge: one of each goes. */
function mergedRowEdits(text: string, root: SyntaxNode, removed: readonly Edit[], done: readonly Edit[], ctx: TransformContext): Edit[] {
  const edits: Edit[] = [];
  for (const definition of findOfType(root, 'function_definition')) {
    const ddt = ddtDecorators(definition);
    if (!ddt || within(ddt.data, removed) || touches(ddt.data, done) || !ddt.rows.some((r) => touches(r, removed))) continue;
    const seen = new Set<string>();
    const duplicates = ddt.rows.filter((row) => {
      const key = rowKey(text, row, removed);
      return seen.has(key) || !seen.add(key);
    });
    const removal = duplicates.some((d) => touches(d, removed)) ? removeElements(text, ddt.rows, duplicates) : null;
    if (!removal) continue;
    ctx.site('ZD-7', ddt.data);
    edits.push(...removal);
  }
  return edits;
}
