// Whether component state is handed whole to other code (an API call, a child's props, a payload it is spread into):
// then that code reads its keys by name, so renaming a key would change what it gets (a POST body, stored data).
import type { ASTPath } from 'jscodeshift';
import { isStateCall, isStateShaped, referencesOf, type StateHolder } from './component-state.ts';
import { jscodeshift } from './jscodeshift.ts';
import type { BabelNode } from './statement-removal.ts';

/** True when the state value at `use` (`values`, `this.state`) goes whole to something other than state or a member read. */
function handsOn(use: ASTPath, text: string): boolean {
  const parent = use.parent.node as BabelNode;
  switch (parent.type) {
    case 'CallExpression':
    case 'NewExpression':
      return parent.arguments.includes(use.node) && !isStateCall(use, parent, text);
    case 'SpreadElement':
    case 'ObjectProperty':
    case 'Property':
      return (parent.type === 'SpreadElement' || parent.value === use.node) && !isStateShaped(use.parent.parent as ASTPath, text);
    case 'ArrayExpression': {
      // A hook's dependency list only watches the value.
      const call = use.parent.parent?.node as BabelNode | undefined;
      return !(call?.type === 'CallExpression' && /^use[A-Z]/.test(call.callee.name ?? call.callee.property?.name ?? ''));
    }
    case 'VariableDeclarator':
      return parent.init === use.node && parent.id.type === 'Identifier';
    case 'AssignmentExpression':
      return parent.right === use.node;
    case 'ArrowFunctionExpression':
      return parent.body === use.node;
    case 'ReturnStatement':
    case 'JSXExpressionContainer':
    case 'JSXSpreadAttribute':
      return true;
    default:
      return false;
  }
}

/** The uses of a holder's state value: the hook variable's references, or every `this.state` of the class. */
function usesOf(holder: StateHolder): ASTPath[] {
  if (holder.name) return referencesOf(holder.at, holder.name);
  let component: ASTPath | null = holder.at;
  while (component && !/^Class(Declaration|Expression)$/.test(component.node.type)) component = component.parent as ASTPath | null;
  if (!component) return [];
  const j = jscodeshift();
  return j(component).find(j.MemberExpression, { object: { type: 'ThisExpression' }, property: { name: 'state' } }).paths();
}

/** Why keys of this state may be read elsewhere (it is handed on whole), or null. */
export function stateHandedOn(holder: StateHolder, text: string): string | null {
  const use = usesOf(holder).find((u) => handsOn(u, text));
  if (!use) return null;
  const node = use.parent.node as BabelNode;
  const where = text.slice(node.start, node.end).split('\n')[0];
  return `is a key of component state \`${holder.name ?? 'this.state'}\` that is handed on whole (\`${where.length > 60 ? `${where.slice(0, 57)}...` : where}\`): the code it goes to may read it by this name`;
}
