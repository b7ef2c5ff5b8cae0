// Spec sites FE-1..FE-5's anchor: the page's available-providers state, the load effect that fills it from the GET, and where the response and state may be read.
import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import { enclosingFunction, functionName, isWithin } from '../../../transforms/js/enclosing-functions.ts';
import { isPlainReference, type LiteralComparison } from '../../../transforms/js/literal-comparisons.ts';
import type { BabelNode } from '../../../transforms/js/statement-removal.ts';
import { AVAILABLE_KEY, SETTER, SETTINGS_KEY, STATE } from './frontend-common.ts';

/** Where the page keeps and loads the provider lists: the anchor every FE site hangs on. */
export interface PageAnchor {
  /** Hooks (`useState` per field) or a class component (`this.state`). */
  style: 'hooks' | 'class';
  /** Hooks: the providers' `useState` statement, or the page's last one; class: where `this.state` is set. */
  stateStatement: BabelNode;
  useStateCallee: string;
  /** How handlers read the new list. */
  stateRead: string;
  component: ASTPath;
  /** Hooks: the statement after which the load effect sets the list; class: the `this.setState({…})` object there. */
  loadStatement: BabelNode;
  loadFunction: ASTPath;
  /** `<resp>.data` (or `data`, `settings`, …: whatever holds the GET's lists), as written. */
  responseData: string;
  /** The declaration of the name `responseData` starts with, as seen from the load call (FE-5 must see the same one). */
  responseBinding: ASTPath | null;
  hasState: boolean;
  hasSetterCall: boolean;
  /** Class: the object literal `this.state` starts as. */
  stateObject?: BabelNode;
}

export const rootName = (node: BabelNode): string => (node.type === 'Identifier' ? node.name : node.type === 'ThisExpression' ? 'this' : rootName(node.object));

/** The path of the identifier declaring `name` in the scope visible at `path`, or null (a global, or not found). */
export function bindingOf(path: ASTPath, name: string): ASTPath | null {
  const scope = path.scope?.lookup(name);
  return scope?.getBindings()[name]?.[0] ?? null;
}

const SCOPE_HOLDERS = ['BlockStatement', 'Program', 'CatchClause', 'FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod'];

/** Where a declared name is visible: its block (ast-types scopes are per function, `const` in `try {…}` is not). */
function visibilityOf(binding: ASTPath): ASTPath {
  let current = binding.parent as ASTPath;
  while (current.parent && !SCOPE_HOLDERS.includes(current.node.type)) current = current.parent as ASTPath;
  return current;
}

/** `<plain reference>.<key>` reads of the GET response: the reference is the response data. */
export function responseReads(j: JSCodeshift, root: Collection, key: string): ASTPath[] {
  return root.find(j.MemberExpression, { property: { name: key } }).filter((p) => {
    const node = p.node as unknown as BabelNode;
    return !node.computed && isPlainReference(node.object);
  }).paths();
}

/** The statement holding `path` that is a direct child of a block (where a new statement can go after it). */
export function statementOf(path: ASTPath): ASTPath | null {
  for (let current: ASTPath | null = path; current?.parent; current = current.parent as ASTPath) {
    if (current.parent.node.type === 'BlockStatement') return /Statement|Declaration/.test(current.node.type) ? current : null;
    if (/Function/.test(current.parent.node.type)) return null;
  }
  return null;
}

/** The anchor of a function component keeping one `useState` per field (2020–25 pages). */
const isThenCall = (node: BabelNode) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.name === 'then';

/** A `.then(…)` callback: given inline, or a named function of the page given by name (`.then(setFromResponse)`). */
function isThenCallback(j: JSCodeshift, fn: ASTPath): boolean {
  const parent = fn.parent.node as unknown as BabelNode;
  if (isThenCall(parent) && parent.arguments.includes(fn.node)) return true;
  const name = functionName(fn);
  const declared = (fn.node as unknown as BabelNode).id ?? (parent.type === 'VariableDeclarator' ? parent.id : null);
  let program = fn;
  while (program.parent) program = program.parent as ASTPath;
  return !!name && j(program).find(j.CallExpression).some((p) => {
    const call = p.node as unknown as BabelNode;
    return isThenCall(call) && call.arguments.some((a: BabelNode) => a.type === 'Identifier' && a.name === name) && !!declared && bindingOf(p, name)?.node === declared;
  });
}

/** True when the object `read` reads from is what a request resolved to: a `.then(…)` callback's parameter or an `await`ed value. */
export function comesFromRequest(j: JSCodeshift, read: ASTPath): boolean {
  const binding = bindingOf(read, rootName((read.node as unknown as BabelNode).object));
  for (let current = binding?.parent as ASTPath | null | undefined; current; current = current.parent as ASTPath | null) {
    const node = current.node as unknown as BabelNode;
    if (/Function/.test(node.type)) return isThenCallback(j, current);
    if (node.type === 'VariableDeclarator') return node.init?.type === 'AwaitExpression' || (node.init?.type === 'MemberExpression' && node.init.object.type === 'AwaitExpression');
    if (!/Pattern|Property/.test(node.type)) return false;
  }
  return false;
}

export function findHooksAnchor(j: JSCodeshift, root: Collection, text: string): PageAnchor | null {
  const declarators = root.find(j.VariableDeclarator).filter((p) => {
    const { id, init } = p.node as unknown as BabelNode;
    return id.type === 'ArrayPattern' && id.elements.length === 2 && init?.type === 'CallExpression' && /(^|\.)useState$/.test(text.slice(init.callee.start, init.callee.end));
  }).paths();
  const setters = new Map(declarators.map((d) => [(d.node as unknown as BabelNode).id.elements[1]?.name as string, d]));
  // The state the load effect fills from the GET's providers, whatever its name; else the statement reading the GET's settings.
  const fill = responseReads(j, root, AVAILABLE_KEY).find((p) => {
    const call = p.parent.node as unknown as BabelNode;
    return call.type === 'CallExpression' && call.arguments[0] === p.node && setters.has(call.callee.name) && p.parent.parent.node.type === 'ExpressionStatement';
  });
  const read = fill ?? responseReads(j, root, SETTINGS_KEY).find((p) => statementOf(p) && comesFromRequest(j, p));
  const component = read && declarators.map((d) => enclosingFunction(d)).find((fn) => fn && isWithin(read, fn));
  const loadFunction = read && enclosingFunction(read);
  if (!read || !component || !loadFunction || loadFunction.node === component.node) return null;
  const own = declarators.filter((d) => d.parent.parent.node === (component.node as unknown as BabelNode).body);
  const declarator = fill ? setters.get((fill.parent.node as unknown as BabelNode).callee.name)! : own[own.length - 1];
  const loadStatement = fill ? fill.parent.parent : statementOf(read);
  if (!declarator || !loadStatement) return null;
  const init = (declarator.node as unknown as BabelNode).init;
  const data = (read.node as unknown as BabelNode).object;
  return {
    style: 'hooks',
    stateStatement: declarator.parent.node as unknown as BabelNode,
    useStateCallee: text.slice(init.callee.start, init.callee.end),
    stateRead: STATE,
    component,
    loadStatement: loadStatement.node as unknown as BabelNode,
    loadFunction,
    responseData: text.slice(data.start, data.end),
    responseBinding: bindingOf(read, rootName(data)),
    hasState: root.find(j.Identifier, { name: STATE }).size() > 0,
    hasSetterCall: root.find(j.CallExpression, { callee: { name: SETTER } }).size() > 0,
  };
}

/** FE-5 reads the list from the response: the response's name must mean the same thing (and be declared) at the comparison. */
export function readsResponse(comparison: LiteralComparison, anchor: PageAnchor): boolean {
  const binding = bindingOf(comparison.path, anchor.responseData.split('.')[0]);
  if (!binding || binding.node !== anchor.responseBinding?.node) return false;
  return (binding.node as unknown as BabelNode).start < comparison.node.start && isWithin(comparison.path, visibilityOf(binding));
}

/** True inside a callback a hook keeps with a dependency list (`useCallback(() => …, [])`): the state list read there would be stale. */
export function inHookCallback(path: ASTPath, component: ASTPath): boolean {
  for (let fn = enclosingFunction(path); fn && fn.node !== component.node; fn = enclosingFunction(fn)) {
    const call = fn.parent?.node as unknown as BabelNode | undefined;
    if (call?.type === 'CallExpression' && call.arguments.length > 1 && /^use[A-Z]/.test(call.callee.name ?? call.callee.property?.name ?? '')) return true;
  }
  return false;
}
