// Jest/vitest test structure in JS/TS (tree-sitter trees of either grammar): tests, suites and hooks with their
// title, callback body and statements, so transforms can decide per test.
import type { SyntaxNode } from '../../src/engine/types.ts';
import { findOfType } from '../python/nodes.ts';

export type TestBlockKind = 'test' | 'suite' | 'hook';

export interface TestBlock {
  kind: TestBlockKind;
  /** `it`, `test.each`, `describe.skip`, `beforeEach`, … as written (without the `.each(...)` table). */
  callee: string;
  /** The whole call (`it.each(table)(title, fn)` included). */
  call: SyntaxNode;
  /** The statement holding the call, or the call itself when it is not a statement of its own. */
  statement: SyntaxNode;
  /** The title argument when it is a string or template literal. */
  title: SyntaxNode | null;
  /** The callback's block body (null for expression-bodied or missing callbacks). */
  body: SyntaxNode | null;
  /** The callback's body when it is an expression (`() => expect(x).toBe(1)`). */
  expressionBody: SyntaxNode | null;
}

const TESTS = /^(it|test)(\.(only|skip|concurrent|failing|todo))*$/;
const SUITES = /^describe(\.(only|skip|concurrent))*$/;
const HOOKS = /^(beforeEach|afterEach|beforeAll|afterAll)$/;
const FUNCTIONS = new Set(['arrow_function', 'function_expression', 'function']);

function kindOf(callee: string): TestBlockKind | null {
  if (TESTS.test(callee)) return 'test';
  if (SUITES.test(callee)) return 'suite';
  return HOOKS.test(callee) ? 'hook' : null;
}

/** `it.each(table)` → `it.each`; `it.only` → `it.only`; anything else → its text. */
function calleeOf(call: SyntaxNode): string | null {
  const fn = call.childForFieldName('function');
  if (!fn) return null;
  if (fn.type === 'call_expression') {
    const inner = fn.childForFieldName('function')?.text ?? '';
    return /\.each$/.test(inner) ? inner : null;
  }
  return fn.type === 'identifier' || fn.type === 'member_expression' ? fn.text : null;
}

function blockOf(call: SyntaxNode): TestBlock | null {
  // `it.each(table)` is only the head of the `it.each(table)(title, fn)` call.
  if (call.parent?.type === 'call_expression' && call.parent.childForFieldName('function')?.id === call.id) return null;
  const callee = calleeOf(call);
  const kind = callee && kindOf(callee.replace(/\.each$/, ''));
  if (!callee || !kind) return null;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a) => a.type !== 'comment') ?? [];
  const first = args[0];
  const title = kind !== 'hook' && first && (first.type === 'string' || first.type === 'template_string') ? first : null;
  const callback = [...args].reverse().find((a) => FUNCTIONS.has(a.type));
  const body = callback?.childForFieldName('body');
  const holder = call.parent?.type === 'await_expression' ? call.parent : call;
  const statement = holder.parent?.type === 'expression_statement' ? holder.parent : call;
  const block = body?.type === 'statement_block';
  return { kind, callee, call, statement, title, body: block ? body : null, expressionBody: body && !block ? body : null };
}

/** Every test, suite and hook call in the tree, outermost first. */
export function findTestBlocks(root: SyntaxNode): TestBlock[] {
  return findOfType(root, 'call_expression')
    .map(blockOf)
    .filter((b): b is TestBlock => !!b);
}

/** The innermost test (else suite, else hook) whose call contains `offset`; null outside every block. */
export function blockAround(blocks: readonly TestBlock[], offset: number): TestBlock | null {
  const around = blocks.filter((b) => b.call.startIndex <= offset && offset < b.call.endIndex);
  const innermost = (kind: TestBlockKind) => around.filter((b) => b.kind === kind).at(-1);
  return innermost('test') ?? innermost('suite') ?? innermost('hook') ?? null;
}

/** The statements of a block body, comments left out. */
export const statementsOf = (body: SyntaxNode): SyntaxNode[] => body.namedChildren.filter((s) => s.type !== 'comment');

/** The title's text as written between its quotes. */
export const titleText = (title: SyntaxNode): string => title.text.slice(1, -1);

/** True when `node` contains a call to `expect(...)`: an assertion. */
export const asserts = (node: SyntaxNode): boolean =>
  findOfType(node, 'call_expression', (n) => n.childForFieldName('function')?.type === 'identifier' && n.childForFieldName('function')?.text === 'expect').length > 0;
