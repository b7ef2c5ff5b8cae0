// Component state in JS/JSX (babel AST from jscodeshift): what `useState`/`useReducer` and `this.state` hold, and
// whether an object literal becomes state (so its keys are the component's own names).
import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import { jscodeshift } from './jscodeshift.ts';
import type { BabelNode } from './statement-removal.ts';

/** The name of a non-computed object member's key (`a:`, `'a':`), or null. */
export const propertyKey = (member: BabelNode): string | null =>
  member.computed ? null : member.key?.type === 'Identifier' ? member.key.name : typeof member.key?.value === 'string' ? member.key.value : null;

export const isKeyOf = (parent: BabelNode, node: BabelNode) => ['ObjectProperty', 'Property', 'ObjectMethod'].includes(parent.type) && parent.key === node && !parent.computed;

const STATE_HOOK = /(^|\.)use(State|Reducer)$/;

/** The `const [value, setter] = useState(…)` declarator a name is bound by, and which of the two it is. */
export function hookStateOf(path: ASTPath, name: string, text: string): 'value' | 'setter' | null {
  const binding: ASTPath | undefined = path.scope?.lookup(name)?.getBindings()[name]?.[0];
  const pattern = binding?.parent?.node as BabelNode | undefined;
  const declarator = binding?.parent?.parent?.node as BabelNode | undefined;
  if (pattern?.type !== 'ArrayPattern' || declarator?.type !== 'VariableDeclarator' || declarator.init?.type !== 'CallExpression') return null;
  if (!STATE_HOOK.test(text.slice(declarator.init.callee.start, declarator.init.callee.end))) return null;
  return pattern.elements[0] === binding!.node ? 'value' : pattern.elements[1] === binding!.node ? 'setter' : null;
}

/** Where component state lives: a hook's value variable (`name`, visible from `at`) or the class's `this.state` (`name` null). */
export interface StateHolder {
  at: ASTPath;
  name: string | null;
}

/**
 * The state a call's argument becomes: `this.setState(…)` → `this.state`; `const [v, setV] = useState(…)` or
 * `setV(…)` → `v`; undefined when the call is not a state call, null when it is one whose value variable is unknown.
 */
function holderOfCall(path: ASTPath, call: BabelNode, text: string): StateHolder | null | undefined {
  const callee = text.slice(call.callee.start, call.callee.end);
  if (callee === 'this.setState') return { at: path, name: null };
  if (STATE_HOOK.test(callee)) {
    const declarator = path.parent?.node.type === 'CallExpression' ? (path.parent.parent?.node as BabelNode) : null;
    const value = declarator?.type === 'VariableDeclarator' && declarator.id.type === 'ArrayPattern' ? declarator.id.elements[0] : null;
    return value?.type === 'Identifier' ? { at: path, name: value.name } : null;
  }
  if (call.callee.type !== 'Identifier' || hookStateOf(path, call.callee.name, text) !== 'setter') return undefined;
  const pattern = path.scope?.lookup(call.callee.name)?.getBindings()[call.callee.name]?.[0]?.parent?.node as BabelNode;
  return pattern.elements[0]?.type === 'Identifier' ? { at: path, name: pattern.elements[0].name } : null;
}

const INSIDE_VALUE = ['ObjectProperty', 'Property', 'ObjectExpression', 'ArrayExpression', 'SpreadElement', 'ConditionalExpression', 'LogicalExpression'];

/**
 * The state the object literal at `object` becomes, when it is component state (given to a state call directly,
 * nested, or returned by an updater; `this.state`'s initial value; a local variable only ever given to one or spread
 * into state): null when it is not state; a null entry for state whose variable is unknown.
 */
export function stateHoldersOf(object: ASTPath, text: string): Array<StateHolder | null> | null {
  let top = object;
  while (top.parent && INSIDE_VALUE.includes(top.parent.node.type) && !(top.parent.node.type.endsWith('Property') && top.parent.node.key === top.node)) top = top.parent as ASTPath;
  const parent = top.parent?.node as BabelNode | undefined;
  if (!parent) return null;
  const fromCall = (at: ASTPath, call: BabelNode) => {
    const holder = holderOfCall(at, call, text);
    return holder === undefined ? null : [holder];
  };
  if (parent.type === 'CallExpression') return parent.arguments.includes(top.node) ? fromCall(top, parent) : null;
  if (parent.type === 'ArrowFunctionExpression' && parent.body === top.node) {
    const call = top.parent.parent.node as BabelNode;
    return call.type === 'CallExpression' && call.arguments.includes(parent) ? fromCall(top.parent as ASTPath, call) : null;
  }
  const isThisState = (parent.type === 'AssignmentExpression' && text.slice(parent.left.start, parent.left.end) === 'this.state') || (parent.type === 'ClassProperty' && parent.key.name === 'state');
  if (isThisState) return [{ at: top, name: null }];
  if (parent.type !== 'VariableDeclarator' || parent.id.type !== 'Identifier') return null;
  const holders: Array<StateHolder | null> = [];
  for (const use of referencesOf(top, parent.id.name)) {
    const holder = use.parent.node as BabelNode;
    const found = holder.type === 'CallExpression' && holder.arguments.includes(use.node) ? fromCall(use, holder)
      : holder.type === 'SpreadElement' ? stateHoldersOf(use.parent.parent as ASTPath, text)
      : /MemberExpression$/.test(holder.type) && holder.object === use.node && !holder.computed ? [] : null;
    if (!found) return null;
    holders.push(...found);
  }
  return holders;
}

export const isStateShaped = (object: ASTPath, text: string): boolean => stateHoldersOf(object, text) !== null;

/** `useState(…)`, `useReducer(…)`, a state setter, `this.setState(…)`: calls whose argument becomes component state. */
export const isStateCall = (path: ASTPath, call: BabelNode, text: string): boolean => holderOfCall(path, call, text) !== undefined;

/** The references (not the declaration, not property names) to the variable `name` declared where `at` can see it. */
export function referencesOf(at: ASTPath, name: string): ASTPath[] {
  const scope = at.scope?.lookup(name);
  if (!scope) return [];
  const j = jscodeshift();
  return j(scope.path as ASTPath).find(j.Identifier, { name }).filter((p) => {
    const parent = p.parent.node as BabelNode;
    if (parent.type === 'VariableDeclarator' && parent.id === p.node) return false;
    if (/MemberExpression$/.test(parent.type) && parent.property === p.node && !parent.computed) return false;
    if (isKeyOf(parent, p.node as unknown as BabelNode) && !parent.shorthand) return false;
    return p.scope?.lookup(name) === scope;
  }).paths();
}

/** `const [value, setValue] = useState(…)` pairs: a value keeping its name keeps its setter's too. */
export function hookStatePairs(j: JSCodeshift, root: Collection, text: string): Array<[string, string]> {
  return root.find(j.VariableDeclarator).paths().flatMap((p) => {
    const { id, init } = p.node as unknown as BabelNode;
    const [value, setter] = id.type === 'ArrayPattern' ? id.elements : [];
    const isHook = init?.type === 'CallExpression' && STATE_HOOK.test(text.slice(init.callee.start, init.callee.end));
    return isHook && value?.type === 'Identifier' && setter?.type === 'Identifier' ? [[value.name, setter.name] as [string, string]] : [];
  });
}
