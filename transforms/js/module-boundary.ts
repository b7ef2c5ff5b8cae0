// Whether a name used in a JS/JSX file (babel AST from jscodeshift) may be used by other files too: imported,
// exported, global, a prop, a parameter's property, or a key of data that is not component state. Renaming such a
// name in one file alone would break the others.
import type { ASTPath } from 'jscodeshift';
import { hookStateOf, stateHoldersOf } from './component-state.ts';
import { stateHandedOn } from './state-handoff.ts';
import type { BabelNode } from './statement-removal.ts';

/** Where a variable comes from, seen from `path`: what decides whether renaming it can break another file. */
type Origin = 'global' | 'import' | 'export' | 'parameter' | 'local';

export function originOf(path: ASTPath, name: string): Origin {
  const binding: ASTPath | undefined = path.scope?.lookup(name)?.getBindings()[name]?.[0];
  if (!binding) return 'global';
  let current = binding.parent as ASTPath | null;
  if (current && /^Import/.test(current.node.type)) return 'import';
  // `export function f` / `export class C`: the declaration's name is exported, not what its body declares.
  if (current && /Declaration$/.test(current.node.type) && (current.node as BabelNode).id === binding.node) current = current.parent as ASTPath;
  for (let child = binding; current; child = current, current = current.parent as ASTPath | null) {
    const node = current.node as BabelNode;
    if (/^Export/.test(node.type)) return 'export';
    if (/Function|Method/.test(node.type) && node.params?.includes(child.node)) return 'parameter';
    if (/Function|Method|Class|BlockStatement|CatchClause/.test(node.type)) return 'local';
  }
  return 'local';
}

export const CROSSING: Partial<Record<Origin, string>> = {
  global: 'is not declared in this file (a global)',
  import: 'is imported from another module',
  export: 'is exported: other modules may import it',
};

/** The bottom of a member chain (`a` in `a.b.c`, `this` in `this.state.x`, the call in `f().x`). */
function chainBottom(node: BabelNode): BabelNode {
  let current = node;
  while (/MemberExpression$/.test(current.type)) current = current.object;
  return current;
}

/** `this.state` or a member chain on it (`this.state.errors`). */
const isThisState = (node: BabelNode): boolean =>
  node.type === 'MemberExpression' && (node.object.type === 'ThisExpression' ? node.property.name === 'state' : isThisState(node.object));

/** The variable a member chain starts from (`a` in `a.b.c`, `<A.B>`), or null (`this`, calls). */
function chainRoot(node: BabelNode): BabelNode | null {
  const bottom = chainBottom(node);
  return bottom.type === 'Identifier' || bottom.type === 'JSXIdentifier' ? bottom : null;
}

/**
 * Why a property of `object` may be read or written by another file: props, parameters, imported or global objects,
 * and values this file did not build (call results, context): only component state and local literals are its own.
 */
export function crossesAsMember(path: ASTPath, object: BabelNode, text: string): string | null {
  if (object.type === 'MemberExpression' && object.object.type === 'ThisExpression' && object.property.name === 'props') return 'is a prop: the parent component passes it by this name';
  if (chainBottom(object).type === 'ThisExpression') return isThisState(object) ? stateHandedOn({ at: path, name: null }, text) : null;
  const root = chainRoot(object);
  if (!root) return 'is a property of a value this file does not build (a call result): other code may read it by this name';
  const origin = originOf(path, root.name);
  if (origin === 'parameter') return `is a property of the parameter \`${root.name}\`: callers (maybe in other files) pass it by this name`;
  if (CROSSING[origin]) return `is a property of \`${root.name}\`, which ${CROSSING[origin]}`;
  if (hookStateOf(path, root.name, text) === 'value') return stateHandedOn({ at: path, name: root.name }, text);
  const binding: ASTPath | undefined = path.scope?.lookup(root.name)?.getBindings()[root.name]?.[0];
  const declarator = binding?.parent?.node as BabelNode | undefined;
  const literal = declarator?.type === 'VariableDeclarator' && declarator.id === binding!.node && ['ObjectExpression', 'ArrayExpression'].includes(declarator.init?.type);
  if (literal) return null;
  // `const { errors } = this.state`: a part of something the file owns is its own too.
  const pattern = binding?.parent?.parent;
  const destructuring = pattern?.node.type === 'ObjectPattern' ? (pattern.parent?.node as BabelNode) : null;
  if (destructuring?.type === 'VariableDeclarator' && destructuring.id === pattern!.node && destructuring.init) {
    return crossesAsMember(path, destructuring.init, text) && `is a property of \`${root.name}\`, taken from a value this file does not build: other code may read it by this name`;
  }
  return `is a property of \`${root.name}\`, whose value this file does not build (a call result, context or another value): other code may read it by this name`;
}

/** Why a key of the object literal or pattern holding `path` may be used by another file. */
export function crossesAsKey(path: ASTPath, text: string): string | null {
  const object = path.parent.parent as ASTPath;
  const holder = object.parent.node as BabelNode;
  if (object.node.type === 'ObjectPattern') {
    if (holder.type === 'VariableDeclarator' && holder.id === object.node) return holder.init ? crossesAsMember(path, holder.init, text) : null;
    return /Function|Method/.test(holder.type) ? 'destructures a parameter: callers (maybe in other files) pass it by this name' : null;
  }
  if (holder.type === 'CallExpression' && /(^|\.)defineMessages$/.test(text.slice(holder.callee.start, holder.callee.end))) return 'is a message key: message maps are imported by other files';
  for (let current: ASTPath | null = object; current; current = current.parent as ASTPath | null) {
    const node = current.node as BabelNode;
    if (/^Export/.test(node.type) || (node.type === 'AssignmentExpression' && /^(module\.)?exports\b/.test(text.slice(node.left.start, node.left.end)))) return 'is a key of an exported object';
    if (/Function|Method/.test(node.type)) break;
  }
  // A request payload or any object handed on may be read elsewhere (an API client, a snake-casing helper) by this key.
  const holders = stateHoldersOf(object, text);
  if (!holders) return 'is a key of an object that is not component state: the code it is handed to may read it by this name';
  return holders.map((holder) => holder && stateHandedOn(holder, text)).find(Boolean) ?? null;
}

export function crossesAsAttribute(path: ASTPath): string | null {
  const name = (path.parent.parent.node as BabelNode).name as BabelNode;
  if (name.type === 'JSXIdentifier' && /^[a-z]/.test(name.name)) return 'is an attribute of a DOM element';
  const root = chainRoot(name);
  const origin = root ? originOf(path, root.name) : 'global';
  return origin === 'local' ? null : `is a prop of \`${root?.name ?? 'a component'}\`, which comes from outside this file`;
}
