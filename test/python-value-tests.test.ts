// Unit tests of the generic Python helpers behind semantic provider checks: value tests, local data flow, negation.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../src/engine/edits.ts';
import { parse } from '../src/engine/languages.ts';
import type { SyntaxNode } from '../src/engine/types.ts';
import { valueTest } from '../transforms/python/comparisons.ts';
import { argumentsFor, assignedValues, readsOf, scopeOf } from '../transforms/python/local-flow.ts';
import { findAll, stringValue } from '../transforms/python/nodes.ts';
import { comparisonToCall } from '../transforms/python/replace-comparison.ts';

const root = (text: string) => parse('python', text)!.rootNode;
const literal = (node: SyntaxNode) => findAll(node, (n) => stringValue(n) === 'v')[0];
const testOf = (text: string) => {
  const found = literal(root(text));
  const comparison = found.parent!.type === 'comparison_operator' ? found.parent! : found.parent!.parent!;
  return valueTest(comparison, 'v');
};
const summary = (text: string) => {
  const test = testOf(text);
  return test && { node: test.node.text, subject: test.subject.text, negated: test.negated, others: test.others };
};

describe('valueTest', () => {
  it('reads equality in either order and quote style, case folds and negation', () => {
    expect(summary('"v" == p\n')).toEqual({ node: '"v" == p', subject: 'p', negated: false, others: [] });
    expect(summary("x.y.lower() != 'v'\n")).toEqual({ node: "x.y.lower() != 'v'", subject: 'x.y', negated: true, others: [] });
  });
  it('reads membership in tuples, lists and sets of plain strings only', () => {
    expect(summary("p in ('a', 'v')\n")?.others).toEqual(['a']);
    expect(summary("p not in {'v'}\n")).toMatchObject({ negated: true, others: [] });
    expect(summary("p in ['v', OTHER]\n")).toBeNull();
  });
  it('takes a whole `or` chain of equalities on one subject (or `and` of !=) as one test', () => {
    expect(summary("if a and (p == 'v' or p == 'w'):\n    pass\n")).toMatchObject({ node: "p == 'v' or p == 'w'", others: ['w'] });
    expect(summary("p != 'v' and p != 'w'\n")).toMatchObject({ negated: true, others: ['w'] });
    expect(summary("p == 'v' or q == 'w'\n")).toMatchObject({ node: "p == 'v'", others: [] });
  });
});

describe('local flow', () => {
  const text = [
    'def f(course, other):',
    '    p = course.provider',
    '    p = course.fallback',
    '    for q in items:',
    '        pass',
    '    r = [p for p in items]',
    '    return g(p, x.p, p=p)',
    '',
    'f(c1, 1)',
    'f(c2, other=2)',
    'obj.f(c3, 3)',
    '',
  ].join('\n');
  const tree = root(text);
  const fn = tree.descendantsOfType('function_definition')[0];
  it('lists the plain assignments of a local, none for names bound otherwise', () => {
    expect(assignedValues(fn, 'p')?.map((v) => v.text)).toEqual(['course.provider', 'course.fallback']);
    expect(assignedValues(fn, 'q')).toBeNull();
    expect(assignedValues(fn, 'course')).toBeNull();
  });
  it('reads skip attributes, keyword names and comprehension variables', () => {
    expect(readsOf(fn, 'p').map((n) => n.parent!.type)).toEqual(['argument_list', 'keyword_argument']);
    expect(scopeOf(readsOf(fn, 'p')[0]).id).toBe(fn.id);
  });
  it('follows a parameter to what the module passes for it (a method of the same name is another function)', () => {
    expect(argumentsFor(fn, 'course')?.map((a) => a.text)).toEqual(['c1', 'c2']);
    expect(argumentsFor(fn, 'other')?.map((a) => a.text)).toEqual(['1', '2']);
  });
});

describe('comparisonToCall under a negation', () => {
  it('cancels `not (x != v)` into the call', () => {
    const text = "k = not ('v' != x)\n";
    const test = testOf(text)!;
    expect(applyEdits(text, [comparisonToCall(test, (s) => `f(${s})`)])).toBe('k = f(x)\n');
  });
});
