// The generic removal helpers behind the frontend half of remove-create-zendesk-tickets, on the edge shapes fixtures
// do not each cover: comma styles, emptied lists, `else` clauses, reST nesting.
import { describe, expect, it } from 'vitest';
import type { ASTPath } from 'jscodeshift';
import { applyEdits } from '../src/engine/edits.ts';
import { jscodeshift } from '../transforms/js/jscodeshift.ts';
import { removeListElements, type Span } from '../transforms/js/list-elements.ts';
import { removeStatements } from '../transforms/js/statement-removal.ts';
import { removeBulletItems } from '../transforms/rst/bullet-items.ts';
import { removeTypeMembers } from '../transforms/ts/type-members.ts';

/** Remove the elements named in `names` from the first object or array literal of `text` (babel offsets). */
function withoutElements(text: string, names: string[]): string {
  const j = jscodeshift();
  const list = j(text).find(j.Expression, (n: any) => n.type === 'ObjectExpression' || n.type === 'ArrayExpression').nodes()[0] as any;
  const elements: Array<Span & { name: string }> = (list.properties ?? list.elements).map((e: any) => ({
    start: e.start,
    end: e.end,
    name: e.key?.name ?? e.value ?? e.argument?.name,
  }));
  const remove = new Set(elements.flatMap((e, i) => (names.includes(e.name) ? [i] : [])));
  return applyEdits(text, removeListElements(text, { open: list.start + 1, close: list.end - 1, elements }, remove));
}

describe('removeListElements', () => {
  it.each([
    ['x = { ...o, a: 1 };', ['a'], 'x = { ...o };'],
    ['x = { a: 1, b: 2, c: 3 };', ['a'], 'x = { b: 2, c: 3 };'],
    ['x = { a: 1, b: 2, c: 3 };', ['b', 'c'], 'x = { a: 1 };'],
    ['x = { a: 1, b: 2, };', ['b'], 'x = { a: 1, };'],
    ['x = { a: 1 };', ['a'], 'x = {};'],
    ["x = ['a', 'b'];", ['a', 'b'], 'x = [];'],
    ['x = {\n  a: 1,\n  b: 2,\n};', ['b'], 'x = {\n  a: 1,\n};'],
    ['x = {\n  a: 1,\n  b: 2\n};', ['b'], 'x = {\n  a: 1\n};'],
    ['x = {\n  a: 1,\n  b: 2,\n  c: 3\n};', ['b', 'c'], 'x = {\n  a: 1\n};'],
    ['x = {\n  a: 1,\n\n  b: 2,\n};', ['b'], 'x = {\n  a: 1,\n};'],
    ['x = {\n  a: 1,\n};', ['a'], 'x = {};'],
  ])('%s without %j', (text, names, expected) => {
    expect(withoutElements(text, names)).toBe(expected);
  });
});

describe('removeTypeMembers', () => {
  const members = (text: string, names: string[]) => {
    const spans = [...text.matchAll(/\w+: \w+[;,]?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[0].split(':')[0] }));
    const open = text.indexOf('{') + 1;
    const close = text.lastIndexOf('}');
    const remove = new Set(spans.flatMap((s, i) => (names.includes(s.name) ? [i] : [])));
    return applyEdits(text, removeTypeMembers(text, { open, close, members: spans }, remove));
  };
  it.each([
    ['type T = { a: boolean; b: string };', ['b'], 'type T = { a: boolean };'],
    ['type T = { a: boolean; b: string; };', ['b'], 'type T = { a: boolean; };'],
    ['type T = { a: boolean, b: string };', ['a'], 'type T = { b: string };'],
    ['type T = { a: boolean };', ['a'], 'type T = {};'],
    ['interface T {\n  a: boolean;\n  b: string;\n}', ['a'], 'interface T {\n  b: string;\n}'],
    ['interface T {\n  a: boolean;\n}', ['a'], 'interface T {\n}'],
  ])('%s without %j', (text, names, expected) => {
    expect(members(text, names)).toBe(expected);
  });
});

describe('removeStatements', () => {
  const without = (text: string, callee: string) => {
    const j = jscodeshift();
    const paths = j(text)
      .find(j.ExpressionStatement)
      .filter((p: ASTPath) => (p.node as any).expression.callee?.name === callee)
      .paths() as ASTPath[];
    const removal = removeStatements(text, paths);
    return { text: applyEdits(text, removal.edits), emptied: removal.emptiedBranches.length };
  };
  it('drops an `if` whose only statement goes', () => {
    expect(without('if (a === 1) {\n  zap();\n}\nkeep();\n', 'zap')).toEqual({ text: 'keep();\n', emptied: 0 });
  });
  it('drops an emptied `else if` and an emptied `else`', () => {
    const text = 'if (a) {\n  keep();\n} else if (b) {\n  zap();\n} else {\n  zap();\n}\n';
    expect(without(text, 'zap')).toEqual({ text: 'if (a) {\n  keep();\n}\n', emptied: 0 });
  });
  it('keeps an `if` whose test has effects, and reports it', () => {
    const text = 'if (check()) {\n  zap();\n}\n';
    expect(without(text, 'zap')).toEqual({ text, emptied: 1 });
  });
  it('keeps a branch that has an `else`, and reports it', () => {
    const text = 'if (a) {\n  zap();\n} else {\n  keep();\n}\n';
    expect(without(text, 'zap')).toEqual({ text, emptied: 1 });
  });
});

describe('removeBulletItems', () => {
  const without = (text: string, word: string) => applyEdits(text, removeBulletItems(text, (item) => item.ownText.includes(word)));
  it('takes nested bullets with their item, and keeps blank lines single', () => {
    const text = 'Intro:\n\n* keep\n\n* drop this:\n\n  * child one\n  * child two\n\n* keep too\n';
    expect(without(text, 'drop')).toBe('Intro:\n\n* keep\n\n* keep too\n');
  });
  it('takes a continuation line with its item', () => {
    expect(without('* a\n* drop me, which\n  goes on here\n* b\n', 'drop')).toBe('* a\n* b\n');
  });
  it('drops an introducing item whose nested list empties', () => {
    const text = '* Settings:\n\n  * drop\n\n* Flags:\n\n  * keep\n';
    expect(without(text, 'drop')).toBe('* Flags:\n\n  * keep\n');
  });
  it('leaves section adornments and paragraphs alone', () => {
    const text = '****\ndrop\n****\n\ndrop the paragraph\n';
    expect(without(text, 'drop')).toBe(text);
  });
});
