// Spec sites FE-1..FE-5 on a class component page: the state is a field of `this.state`, set by `this.setState({…})`
// where the page reads the settings GET response.
import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import type { Edit } from '../../../src/engine/types.ts';
import { enclosingFunction, isWithin } from '../../../transforms/js/enclosing-functions.ts';
import { propertyKey } from '../../../transforms/js/component-state.ts';
import { insertElementAfter } from '../../../transforms/js/list-insert.ts';
import type { BabelNode } from '../../../transforms/js/statement-removal.ts';
import { AVAILABLE_KEY, RESPONSE_KEY, SETTINGS_KEY, STATE } from './frontend-common.ts';
import { bindingOf, comesFromRequest, responseReads, rootName, type PageAnchor } from './frontend-page-anchor.ts';

const isThisMember = (node: BabelNode, name: string) => node?.type === 'MemberExpression' && node.object.type === 'ThisExpression' && node.property.name === name;

/** `this.state = {…}` in the constructor or a `state = {…}` class field: the statement and its object. */
function initialState(j: JSCodeshift, component: Collection): { statement: BabelNode; object: BabelNode } | null {
  const field = component.find(j.ClassProperty).filter((p) => (p.node as unknown as BabelNode).key.name === 'state').paths()[0];
  const value = field && (field.node as unknown as BabelNode).value;
  if (value?.type === 'ObjectExpression') return { statement: field.node as unknown as BabelNode, object: value };
  const assignment = component.find(j.AssignmentExpression).filter((p) => isThisMember((p.node as unknown as BabelNode).left, 'state')).paths()[0];
  const right = assignment && (assignment.node as unknown as BabelNode).right;
  return right?.type === 'ObjectExpression' ? { statement: assignment.parent.node as unknown as BabelNode, object: right } : null;
}

/** The `this.setState({…})` object literals of the function around `read`, after it. */
function setStateObjects(j: JSCodeshift, read: ASTPath): ASTPath[] {
  const fn = enclosingFunction(read);
  if (!fn) return [];
  return j(fn).find(j.CallExpression).filter((p) => {
    const call = p.node as unknown as BabelNode;
    return isThisMember(call.callee, 'setState') && call.arguments[0]?.type === 'ObjectExpression' && call.start >= (read.node as unknown as BabelNode).start;
  }).paths();
}

/** The anchor of a class component page; null when the page's state or the setState of the GET response cannot be followed. */
export function findClassAnchor(j: JSCodeshift, root: Collection, text: string): PageAnchor | null {
  const component = root.find(j.ClassMethod, { key: { name: 'render' } }).paths().map((m) => m.parent.parent as ASTPath)[0];
  const state = component && initialState(j, j(component));
  if (!component || !state) return null;
  // The setState that stores the GET's providers, else the first one after the statement reading the GET's settings.
  const reads = [...responseReads(j, j(component), AVAILABLE_KEY), ...responseReads(j, j(component), SETTINGS_KEY)].filter((p) => comesFromRequest(j, p));
  const fill = reads.find((p) => p.parent.node.type === 'ObjectProperty' && isThisMember(p.parent.parent.parent.node.callee, 'setState'));
  const read = fill ?? reads[0];
  const load = fill ? (fill.parent.parent.parent as ASTPath) : read && setStateObjects(j, read)[0];
  const loadFunction = load && enclosingFunction(load);
  if (!read || !load || !loadFunction || !isWithin(loadFunction, component)) return null;
  const loadObject = (load.node as unknown as BabelNode).arguments[0];
  const data = (read.node as unknown as BabelNode).object;
  return {
    style: 'class',
    stateStatement: state.statement,
    useStateCallee: '',
    stateRead: `this.state.${STATE}`,
    component,
    loadStatement: loadObject,
    loadFunction,
    responseData: text.slice(data.start, data.end),
    responseBinding: bindingOf(read, rootName(data)),
    hasState: state.object.properties.some((p: BabelNode) => propertyKey(p) === STATE),
    hasSetterCall: loadObject.properties.some((p: BabelNode) => propertyKey(p) === STATE),
    stateObject: state.object,
  };
}

const readsAvailable = (p: BabelNode) => p.value?.type === 'MemberExpression' && p.value.property.name === AVAILABLE_KEY;

/** FE-1 for a class: the field in the initial state and in the load's setState, each after the providers' entry (else last). */
export function classStateEdits(text: string, anchor: PageAnchor): Edit[] | null {
  const loaded: BabelNode[] = anchor.loadStatement.properties;
  const availableKey = propertyKey(loaded.find(readsAvailable) ?? {} as BabelNode);
  const edits: Edit[] = [];
  for (const [object, needed, entry] of [
    [anchor.stateObject!, !anchor.hasState, `${STATE}: []`],
    [anchor.loadStatement, !anchor.hasSetterCall, `${STATE}: ${anchor.responseData}.${RESPONSE_KEY}`],
  ] as const) {
    if (!needed) continue;
    const properties: BabelNode[] = object.properties;
    const after = properties.find((p) => availableKey !== null && propertyKey(p) === availableKey) ?? properties[properties.length - 1];
    if (!after || after.type === 'SpreadElement') return null;
    edits.push(insertElementAfter(text, after, entry));
  }
  return edits;
}
