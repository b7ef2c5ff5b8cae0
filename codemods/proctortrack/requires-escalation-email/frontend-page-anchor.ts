// Spec site FE-1's anchor: the page's available-providers state and the load effect that fills it from the GET.
import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import { enclosingFunction } from '../../../transforms/js/enclosing-functions.ts';
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
  /** `<resp>.data`, as written. */
  responseData: string;
  hasState: boolean;
  hasSetterCall: boolean;
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
    return argument?.type === 'MemberExpression' && argument.property.name === AVAILABLE_KEY && argument.object.type === 'MemberExpression' && argument.object.property.name === 'data';
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
    hasState: root.find(j.Identifier, { name: STATE }).size() > 0,
    hasSetterCall: root.find(j.CallExpression, { callee: { name: SETTER } }).size() > 0,
  };
}
