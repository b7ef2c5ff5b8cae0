// Component state in JS/JSX (babel AST from jscodeshift): what `useState`/`useReducer` and `this.state` hold, and
// whether an object literal becomes state (so its keys are the component's own names).
import type { ASTPath } from 'jscodeshift';
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

/** `useState(…)`, `useReducer(…)`, a state setter, `this.setState(…)`: calls whose argument becomes component state. */
function isStateCall(path: ASTPath, call: BabelNode, text: string): boolean {
  const callee = text.slice(call.callee.start, call.callee.end);
  if (STATE_HOOK.test(callee) || callee === 'this.setState') return true;
  return call.callee.type === 'Identifier' && hookStateOf(path, call.callee.name, text) === 'setter';
}

const INSIDE_VALUE = ['ObjectProperty', 'Property', 'ObjectExpression', 'ArrayExpression', 'SpreadElement', 'ConditionalExpression', 'LogicalExpression'];

/**
 * True when the object literal at `object` is component state: given to a state call (directly, nested, or returned
 * by an updater), `this.state`'s initial value, or a local variable only ever given to one or spread into state.
 */
export function isStateShaped(object: ASTPath, text: string): boolean {
  let top = object;
  while (top.parent && INSIDE_VALUE.includes(top.parent.node.type) && !(top.parent.node.type.endsWith('Property') && top.parent.node.key === top.node)) top = top.parent as ASTPath;
  const parent = top.parent?.node as BabelNode | undefined;
  if (!parent) return false;
  if (parent.type === 'CallExpression') return parent.arguments.includes(top.node) && isStateCall(top, parent, text);
  if (parent.type === 'ArrowFunctionExpression' && parent.body === top.node) {
    const call = top.parent.parent.node as BabelNode;
    return call.type === 'CallExpression' && call.arguments.includes(parent) && isStateCall(top, call, text);
  }
  if (parent.type === 'AssignmentExpression') return text.slice(parent.left.start, parent.left.end) === 'this.state';
  if (parent.type === 'ClassProperty') return parent.key.name === 'state';
  if (parent.type !== 'VariableDeclarator' || parent.id.type !== 'Identifier') return false;
  return referencesOf(top, parent.id.name).every((use) => {
    const holder = use.parent.node as BabelNode;
    if (holder.type === 'CallExpression' && holder.arguments.includes(use.node)) return isStateCall(use, holder, text);
    if (holder.type === 'SpreadElement') return isStateShaped(use.parent.parent as ASTPath, text);
    return /MemberExpression$/.test(holder.type) && holder.object === use.node && !holder.computed;
  });
}

/** The references (not the declaration, not property names) to the variable `name` declared where `at` can see it. */
function referencesOf(at: ASTPath, name: string): ASTPath[] {
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
