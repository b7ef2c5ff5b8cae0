// Spec sites FE-1..FE-5's anchor: the page's available-providers state, the load effect that fills it from the GET, and where the response and state may be read.
import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import { enclosingFunction, isWithin } from '../../../transforms/js/enclosing-functions.ts';
import { isPlainReference, type LiteralComparison } from '../../../transforms/js/literal-comparisons.ts';
import type { BabelNode } from '../../../transforms/js/statement-removal.ts';
import { AVAILABLE_KEY, AVAILABLE_STATE, SETTER, STATE } from './frontend-common.ts';

/** Where the page keeps and loads the provider lists: the anchor every FE site hangs on. */
export interface PageAnchor {
  /** `const [availableProctoringProviders, set…] = useState([]);` */
  stateStatement: BabelNode;
  useStateCallee: string;
  component: ASTPath;
  /** `set…(<resp>.data.available_proctoring_providers);` and the function (load effect) it runs in. */
  loadStatement: BabelNode;
  loadFunction: ASTPath;
  /** `<resp>.data` (or `data`, `settings`, …: whatever holds the GET's lists), as written. */
  responseData: string;
  /** The declaration of the name `responseData` starts with, as seen from the load call (FE-5 must see the same one). */
  responseBinding: ASTPath | null;
  hasState: boolean;
  hasSetterCall: boolean;
}

const rootName = (node: BabelNode): string => (node.type === 'Identifier' ? node.name : rootName(node.object));

/** The path of the identifier declaring `name` in the scope visible at `path`, or null (a global, or not found). */
function bindingOf(path: ASTPath, name: string): ASTPath | null {
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

export function findAnchor(j: JSCodeshift, root: Collection, text: string): PageAnchor | null {
  const declarator = root.find(j.VariableDeclarator).filter((p) => {
    const { id, init } = p.node as unknown as BabelNode;
    return id.type === 'ArrayPattern' && id.elements[0]?.name === AVAILABLE_STATE && init?.type === 'CallExpression' && /(^|\.)useState$/.test(text.slice(init.callee.start, init.callee.end));
  }).paths()[0];
  const component = declarator && enclosingFunction(declarator);
  if (!declarator || !component) return null;
  const setterName = (declarator.node as unknown as BabelNode).id.elements[1]?.name;
  const loadCall = root.find(j.CallExpression, { callee: { name: setterName } }).filter((p) => {
    const argument = (p.node as unknown as BabelNode).arguments[0];
    // `<resp>.data.available_proctoring_providers`, or the data destructured first (`const { data } = resp; data.…`).
    return argument?.type === 'MemberExpression' && !argument.computed && argument.property.name === AVAILABLE_KEY && isPlainReference(argument.object);
  }).paths()[0];
  const loadFunction = loadCall && enclosingFunction(loadCall);
  if (!loadCall || !loadFunction || loadCall.parent.node.type !== 'ExpressionStatement') return null;
  const init = (declarator.node as unknown as BabelNode).init;
  const data = (loadCall.node as unknown as BabelNode).arguments[0].object;
  return {
    stateStatement: declarator.parent.node as unknown as BabelNode,
    useStateCallee: text.slice(init.callee.start, init.callee.end),
    component,
    loadStatement: loadCall.parent.node as unknown as BabelNode,
    loadFunction,
    responseData: text.slice(data.start, data.end),
    responseBinding: bindingOf(loadCall, rootName(data)),
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
