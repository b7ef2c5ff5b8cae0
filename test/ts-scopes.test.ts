// The lexical scopes over tree-sitter TS/TSX trees, and the word occurrences read with them, against ts-morph.
import { describe, expect, it } from 'vitest';
import type { SyntaxNode } from '../src/engine/types.ts';
import { parse } from '../src/engine/languages.ts';
import { findAll } from '../transforms/python/nodes.ts';
import { lexicalScopes, type Meaning } from '../transforms/ts/scopes.ts';
import { rewriteWithTsMorph } from '../transforms/ts/ts-morph.ts';
import { UNMODELLED, wordOccurrencesTree } from '../transforms/ts/word-occurrences.ts';
import { wordOccurrencesMorph } from '../transforms/ts/word-occurrences-morph.ts';
import type { Occurrence } from '../transforms/js/word-renames.ts';

const rootOf = (text: string) => parse('tsx', text)!.rootNode;

/** The line of the declaration the `nth` name `name` binds to ('global' when none), and whether it is exported. */
function bindingOf(text: string, name: string, nth: number, meaning: Meaning = 'value') {
  const root = rootOf(text);
  const scopes = lexicalScopes(root)!;
  const reference: SyntaxNode = findAll(root, (n) => n.isNamed && n.text === name && /identifier$/.test(n.type))[nth];
  const declaration = scopes.declarationAt(reference) ?? scopes.resolve(reference, meaning);
  return declaration ? { line: declaration.name.startPosition.row + 1, kind: declaration.kind, exported: scopes.isExported(declaration) } : 'global';
}

describe('lexicalScopes', () => {
  it('binds a name to the innermost declaration, hoisting var to the function', () => {
    const text = ['const a = 1;', 'function f() {', '  { var a = 2; }', '  return a;', '}', 'function g() { return a; }'].join('\n');
    expect(bindingOf(text, 'a', 2)).toMatchObject({ line: 3, kind: 'variable' });
    expect(bindingOf(text, 'a', 3)).toMatchObject({ line: 1, kind: 'variable' });
  });

  it('keeps type names apart from value names', () => {
    const text = ['type Mode = string;', 'function f() {', '  const Mode = 1;', '  let m: Mode = String(Mode);', '}'].join('\n');
    expect(bindingOf(text, 'Mode', 2, 'type')).toMatchObject({ line: 1, kind: 'type' });
    expect(bindingOf(text, 'Mode', 3)).toMatchObject({ line: 3, kind: 'variable' });
  });

  it('scopes parameters, catch clauses, for heads and function expression names', () => {
    const text = ['const p = 0, e = 0, i = 0;', 'const h = function p(p) { return p; };', 'try {} catch (e) { e; }', 'for (let i = 0; ; ) { i; }', 'p; e; i;'].join('\n');
    expect(bindingOf(text, 'p', 3)).toMatchObject({ line: 2, kind: 'other' });
    expect(bindingOf(text, 'e', 2)).toMatchObject({ line: 3 });
    expect(bindingOf(text, 'i', 2)).toMatchObject({ line: 4 });
    expect([bindingOf(text, 'p', 4), bindingOf(text, 'e', 3), bindingOf(text, 'i', 3)]).toMatchObject([{ line: 1 }, { line: 1 }, { line: 1 }]);
  });

  it('tells imports, exports (keyword, list, default) and globals', () => {
    const text = ["import { a } from 'm';", 'export const b = 1;', 'function c() {}', 'class D {}', 'const e = 1;', 'export { c };', 'export default D;', 'a; b; c; D; e; f;'].join('\n');
    expect(bindingOf(text, 'a', 1)).toMatchObject({ kind: 'import' });
    expect(['b', 'c', 'D'].map((name) => bindingOf(text, name, name === 'b' ? 1 : 2))).toMatchObject([{ exported: true }, { exported: true }, { exported: true }]);
    expect(bindingOf(text, 'e', 1)).toMatchObject({ exported: false });
    expect(bindingOf(text, 'f', 0)).toBe('global');
  });

  it.each([
    ['a dotted namespace', 'namespace A.B { export const x = 1; }'],
    ['two blocks of one namespace', 'namespace N { export const x = 1; }\nnamespace N { export const y = 2; }'],
    ['an ambient declaration', 'declare global { const x: number; }'],
    ['export =', 'const x = 1;\nexport = x;'],
    ['import = require', "import x = require('x');"],
    ['a function declared in a block', 'if (a) { function f() {} }'],
    ['declaration merging', 'interface A { x: number }\ninterface A { y: number }'],
    ['an import type', "let x: typeof import('m');"],
    ['a syntax error', 'const = ;'],
  ])('does not model %s', (_, text) => {
    expect(lexicalScopes(rootOf(text))).toBeNull();
  });
});

const SAMPLE = `import React, { useState as useS } from 'react';
import * as Paragon from '@openedx/paragon';
jest.mock('../api', () => ({ fetchThing: jest.fn() }));
export const messages = { title: { id: 'page.title', defaultMessage: 'Title' }, other: { id: 'plain-id' } };
type Shape = { alpha: string; 'delta-key': string; gamma(): void };
interface Props extends Shape, Paragon.Base { onSave?: (value: string) => void; [key: string]: unknown }
enum Mode { Off, On = 2, Both = On | 1 }
function helper(first: number, { second, third: renamed, fourth = first }: Shape, [fifth, sixth = fifth]: number[], ...rest: string[]) {
  var hoisted = second;
  { let shadow = 2; const { inner } = rest as any; var deep = inner + shadow; }
  return hoisted + renamed + fifth + sixth + deep;
}
export default function Page({ settings, onSave }: Props) {
  const [value, setValue] = useS<string>('');
  const { alpha, ...others } = settings as Shape;
  let y: Paragon.Props, z: GlobalThing.Inner;
  ({ alpha: y, beta = value } = others as any);
  const local = function named() { return named; };
  const obj = { alpha, value, get g() { return 1; }, 'str': 1, [value]: 2, id: 'not-a-message' };
  try { missing(); } catch ({ message }) { label: for (const k in obj) { if (k) break label; } }
  document.querySelector('#page-root [data-testid="save-button"]');
  localStorage.setItem('storageKey', \`tpl\\u0041\`);
  return (
    <Paragon.Form onSubmit={onSave}>
      <input id="field-id" aria-describedby="help-text other" data-testid="field-input" onChange={(e) => setValue(e.target.value)} />
      <FormattedMessage id="msg.id" defaultMessage="x" />
      <my-element some-attr="v\\q" {...others} />
    </Paragon.Form>
  );
}
export { helper };
const meta = import.meta.url, fixed = ['a'] as const;
`;

const plain = (occurrences: Occurrence[]) => occurrences.map((o) => ({ ...o, boundary: o.boundary() }));

/** The occurrences of `text` read from the tree (they must be modelled) and through ts-morph, boundaries decided. */
function bothReadings(relPath: string, text: string): { fromTree: unknown[]; fromMorph: unknown[] } {
  const fromTree = wordOccurrencesTree(rootOf(text), text);
  expect(fromTree).not.toBe(UNMODELLED);
  let fromMorph: unknown[] = [];
  rewriteWithTsMorph(relPath, text, (source) => {
    fromMorph = plain(wordOccurrencesMorph(source));
    return false;
  });
  return { fromTree: plain(fromTree as Occurrence[]), fromMorph };
}

describe('wordOccurrencesTree', () => {
  it('reads what ts-morph reads: words, positions, namespaces, data strings and boundaries', () => {
    const { fromTree, fromMorph } = bothReadings('src/Page.tsx', SAMPLE);
    expect(fromTree).toEqual(fromMorph);
    expect(fromMorph.length).toBeGreaterThan(100);
  });

  it('leaves a file with a construct the scopes do not model to ts-morph', () => {
    expect(wordOccurrencesTree(rootOf('declare global { const x: number; }'), '')).toBe(UNMODELLED);
  });

  it('reads a namespace as ts-morph does: its exported members cross out of it, its locals and var stay in', () => {
    const text = [
      'namespace Limits {',
      '  export const timeout = 30;',
      '  const retries = 3;',
      '  var hoisted = 1;',
      '  export function delay(): number { return timeout / retries + hoisted; }',
      '  function local() { return delay(); }',
      '  export namespace Inner { export const depth = local(); }',
      '}',
      'export namespace Shared { const x = 1; }',
      'const backoff = Limits.delay() * Limits.timeout + Limits.Inner.depth;',
    ].join('\n');
    const { fromTree, fromMorph } = bothReadings('src/limits.ts', text);
    expect(fromTree).toEqual(fromMorph);
    expect(bindingOf(text, 'timeout', 1)).toMatchObject({ line: 2, exported: true });
    expect(bindingOf(text, 'retries', 1)).toMatchObject({ line: 3, exported: false });
    expect(bindingOf(text, 'Limits', 1)).toMatchObject({ line: 1, kind: 'namespace', exported: false });
    expect(bindingOf(text, 'Shared', 0)).toMatchObject({ kind: 'namespace', exported: true });
  });
});
