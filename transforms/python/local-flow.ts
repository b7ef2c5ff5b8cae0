// Local data flow in Python: where a function's local name gets its values, and where it is read.
import type { SyntaxNode } from '../../src/engine/types.ts';
import { findOfType } from './nodes.ts';

const SCOPES = new Set(['function_definition', 'lambda', 'module']);
const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);
/** Binders whose every identifier child is bound to a value this code does not show. */
const OPAQUE_PARENTS = new Set(['parameters', 'lambda_parameters', 'typed_parameter', 'list_splat_pattern', 'dictionary_splat_pattern', 'pattern_list', 'tuple_pattern', 'list_pattern', 'as_pattern_target', 'global_statement', 'nonlocal_statement', 'dotted_name', 'aliased_import']);
/** Binders of one field: `name` of a default parameter / `:=` / definition, `left` of a loop or `+=`. */
const OPAQUE_FIELDS: Record<string, string> = {
  default_parameter: 'name',
  typed_default_parameter: 'name',
  named_expression: 'name',
  function_definition: 'name',
  class_definition: 'name',
  for_statement: 'left',
  for_in_clause: 'left',
  augmented_assignment: 'left',
};

const isField = (node: SyntaxNode, field: string) => node.parent?.childForFieldName(field)?.id === node.id;

/** The function (or module) whose local names node refers to. */
export function scopeOf(node: SyntaxNode): SyntaxNode {
  let current = node.parent;
  while (current && !SCOPES.has(current.type)) current = current.parent;
  return current ?? node.tree.rootNode;
}

/** A comprehension binding this identifier's name between it and its function (its loop variable lives there). */
function comprehensionBinding(identifier: SyntaxNode): boolean {
  for (let current = identifier.parent; current && !SCOPES.has(current.type); current = current.parent) {
    if (!COMPREHENSIONS.has(current.type)) continue;
    const loops = current.namedChildren.filter((c) => c.type === 'for_in_clause');
    if (loops.some((loop) => findOfType(loop.childForFieldName('left')!, 'identifier', (n) => n.text === identifier.text).length)) return true;
  }
  return false;
}

/** The scope an identifier's name lives in (a definition's own name lives in the enclosing one). */
function ownerScope(identifier: SyntaxNode): SyntaxNode {
  const parent = identifier.parent!;
  const isDefinitionName = (parent.type === 'function_definition' || parent.type === 'class_definition') && isField(identifier, 'name');
  return isDefinitionName ? scopeOf(parent) : scopeOf(identifier);
}

/** Identifiers of the local `name` of scope: not an attribute or keyword name, not a nested function's or comprehension's own. */
function namesIn(scope: SyntaxNode, name: string): SyntaxNode[] {
  return findOfType(scope, 'identifier', (n) => n.text === name).filter((n) => {
    const parent = n.parent?.type;
    if ((parent === 'attribute' && isField(n, 'attribute')) || (parent === 'keyword_argument' && isField(n, 'name'))) return false;
    return ownerScope(n).id === scope.id && !comprehensionBinding(n);
  });
}

/** The plain assignment whose target is the identifier (`name = value`, `a = name = value`). */
function assignmentOf(identifier: SyntaxNode): SyntaxNode | null {
  return identifier.parent?.type === 'assignment' && isField(identifier, 'left') ? identifier.parent : null;
}

/** The value of an assignment, through chains (`a = b = value`). */
function assignedValue(assignment: SyntaxNode): SyntaxNode | null {
  let right = assignment.childForFieldName('right');
  while (right?.type === 'assignment') right = right.childForFieldName('right');
  return right;
}

/** An identifier bound other than by a plain assignment: parameter, loop, import, unpacking, `with ... as`, `+=`. */
function isOpaqueBinding(identifier: SyntaxNode): boolean {
  const parent = identifier.parent;
  if (!parent) return false;
  if (OPAQUE_PARENTS.has(parent.type)) return true;
  const field = OPAQUE_FIELDS[parent.type];
  return !!field && isField(identifier, field);
}

/**
 * The values assigned to a local name in its scope (plain assignments only); null when the name is also bound in a way
 * whose value is not shown (a parameter, a loop, an import, unpacking, `+=`) or never assigned there.
 */
export function assignedValues(scope: SyntaxNode, name: string): SyntaxNode[] | null {
  const values: SyntaxNode[] = [];
  for (const identifier of namesIn(scope, name)) {
    if (isOpaqueBinding(identifier)) return null;
    const assignment = assignmentOf(identifier);
    const value = assignment && assignedValue(assignment);
    if (value) values.push(value);
  }
  return values.length ? values : null;
}

/** Whether scope binds the name itself (assignment, parameter, loop...), hiding a module-level name of the same spelling. */
export function bindsName(scope: SyntaxNode, name: string): boolean {
  return namesIn(scope, name).some((n) => !!assignmentOf(n) || isOpaqueBinding(n));
}

/** Reads of a local name in its scope: its identifiers that bind nothing. */
export function readsOf(scope: SyntaxNode, name: string): SyntaxNode[] {
  return namesIn(scope, name).filter((n) => !assignmentOf(n) && !isOpaqueBinding(n));
}

const parameterName = (parameter: SyntaxNode) => (parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.namedChildren[0]))?.text;

/** A function defined directly in a class body and not a staticmethod: its callers `x.f(a)` pass the first parameter implicitly. */
function isMethod(fn: SyntaxNode): boolean {
  const holder = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
  const decorators = holder.type === 'decorated_definition' ? holder.namedChildren.filter((c) => c.type === 'decorator').map((d) => d.text) : [];
  return holder.parent?.parent?.type === 'class_definition' && !decorators.some((d) => /staticmethod/.test(d));
}

/** The calls of a function in its module: `f(...)` for a plain function, `<object>.f(...)` for a method. */
export function callsOf(fn: SyntaxNode): SyntaxNode[] {
  const name = fn.childForFieldName('name')?.text;
  const method = isMethod(fn);
  if (!name) return [];
  return findOfType(fn.tree.rootNode, 'call', (n) => {
    const callee = n.childForFieldName('function');
    if (!callee) return false;
    return method ? callee.type === 'attribute' && callee.childForFieldName('attribute')?.text === name : callee.type === 'identifier' && callee.text === name;
  });
}

/**
 * The function handed on as a value somewhere in its module (`map(f, xs)`, `{'key': self.f}`): whoever calls it then
 * passes arguments this module does not show.
 */
function isPassedAsValue(fn: SyntaxNode): boolean {
  const name = fn.childForFieldName('name')!;
  const method = isMethod(fn);
  const calls = new Set(callsOf(fn).map((call) => call.childForFieldName('function')!.id));
  return findOfType(fn.tree.rootNode, method ? 'attribute' : 'identifier', (n) => {
    if (n.id === name.id || calls.has(n.id)) return false;
    if (method) return n.childForFieldName('attribute')?.text === name.text;
    const plainRead = !(n.parent?.type === 'attribute' && isField(n, 'attribute')) && !(n.parent?.type === 'keyword_argument' && isField(n, 'name'));
    return n.text === name.text && plainRead;
  }).length > 0;
}

/**
 * What the calls of a function in the same module pass for one of its parameters (by position or keyword); null when
 * the function is never called here, is handed on as a value, or a call passes it in a way not shown (`*args`,
 * `**kwargs`, its default).
 */
export function argumentsFor(fn: SyntaxNode, name: string): SyntaxNode[] | null {
  const fnName = fn.type === 'function_definition' ? fn.childForFieldName('name')!.text : null;
  const parameters = fn.childForFieldName('parameters')?.namedChildren ?? [];
  const index = parameters.findIndex((p) => parameterName(p) === name);
  if (!fnName || index < 0 || isPassedAsValue(fn)) return null;
  const passed: SyntaxNode[] = [];
  for (const call of callsOf(fn)) {
    const args = call.childForFieldName('arguments')?.namedChildren.filter((a) => a.type !== 'comment') ?? [];
    if (args.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) return null;
    const keyword = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')!.text === name);
    const implicit = isMethod(fn) ? 1 : 0;
    const positional = args.filter((a) => a.type !== 'keyword_argument')[index - implicit];
    const value = keyword?.childForFieldName('value') ?? positional;
    if (!value) return null;
    passed.push(value);
  }
  return passed.length ? passed : null;
}
