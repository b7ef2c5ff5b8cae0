// Spec sites EE-2, EE-3, EE-6, RR-2: a "provider is Proctortrack" check in any spelling, on a value traced to a provider.
import type { SyntaxNode, Tree } from '../../src/engine/types.ts';
import { unwrapParentheses, valueTest, withoutCaseFold, type ValueTest } from '../../transforms/python/comparisons.ts';
import { argumentsFor, assignedValues, bindsName, scopeOf } from '../../transforms/python/local-flow.ts';
import { findOfType, stringValue } from '../../transforms/python/nodes.ts';
import { VENDOR } from './vendor.ts';

/** The course field (and settings key) holding a course's proctoring provider. */
const PROVIDER_FIELD = 'proctoring_provider';
/** The key of a posted setting's value (`settings_dict['proctoring_provider']['value']`). */
const SETTING_VALUE = 'value';
const MAX_DEPTH = 4;

const isBackends = (node: SyntaxNode | null) => !!node && /(^|\.)PROCTORING_BACKENDS$/.test(node.text);
const firstArgument = (call: SyntaxNode) => call.childForFieldName('arguments')?.namedChildren[0] ?? null;

/** `x.get('key', ...)` → ['key', x]; `x['key']` → the same; anything else null. */
function keyedRead(node: SyntaxNode): [string | null, SyntaxNode] | null {
  if (node.type === 'subscript') return [stringValue(node.childForFieldName('subscript')), node.childForFieldName('value')!];
  const callee = node.type === 'call' ? node.childForFieldName('function') : null;
  if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'get') return null;
  return [stringValue(firstArgument(node)), callee.childForFieldName('object')!];
}

/** Either branch's value is a provider (or a literal fallback), and at least one is a provider. */
function providerAlternatives(branches: SyntaxNode[], depth: number): boolean {
  const providers = branches.filter((b) => isProviderExpression(b, depth));
  const literals = branches.filter((b) => ['string', 'none'].includes(unwrapParentheses(b).type));
  return providers.length > 0 && providers.length + literals.length === branches.length;
}

/**
 * Whether an expression holds a proctoring provider's name: the course's `proctoring_provider` (attribute, `getattr`, a
 * settings dict's key and its `'value'`), the default backend `PROCTORING_BACKENDS['DEFAULT']`, a case-folded or `str()`
 * one, `p := <one>`, or a local (parameter) every assignment (argument) of which is one. Never decided by a name.
 */
export function isProviderExpression(node: SyntaxNode, depth = 0): boolean {
  const expression = withoutCaseFold(unwrapParentheses(node));
  if (depth > MAX_DEPTH) return false;
  if (expression.type === 'attribute') return expression.childForFieldName('attribute')?.text === PROVIDER_FIELD;
  if (expression.type === 'identifier') {
    // A local's assignments, or for a parameter what this module's calls pass for it.
    const scope = scopeOf(expression);
    const values = assignedValues(scope, expression.text) ?? argumentsFor(scope, expression.text);
    return !!values && values.every((value) => isProviderExpression(value, depth + 1));
  }
  if (expression.type === 'boolean_operator') {
    return providerAlternatives([expression.childForFieldName('left')!, expression.childForFieldName('right')!], depth + 1);
  }
  if (expression.type === 'conditional_expression') {
    const [whenTrue, , whenFalse] = expression.namedChildren;
    return providerAlternatives([whenTrue, whenFalse], depth + 1);
  }
  if (expression.type === 'named_expression') return isProviderExpression(expression.childForFieldName('value')!, depth + 1);
  const callee = expression.type === 'call' ? expression.childForFieldName('function')?.text : null;
  const args = expression.childForFieldName('arguments')?.namedChildren ?? [];
  if (callee === 'str' && args.length === 1) return isProviderExpression(args[0], depth + 1);
  if (callee === 'getattr') {
    return stringValue(args[1]) === PROVIDER_FIELD;
  }
  const read = keyedRead(expression);
  if (!read) return false;
  const [key, container] = read;
  if (key === PROVIDER_FIELD) return true;
  if (key === 'DEFAULT') return isBackends(unwrapParentheses(container));
  return key === SETTING_VALUE && isProviderExpression(container, depth + 1);
}

const vendorConstantsByTree = new WeakMap<Tree, Set<string>>();

/** Module-level constants holding the vendor's name (`PROCTORTRACK = 'proctortrack'`, never reassigned). */
function vendorConstants(tree: Tree): Set<string> {
  let names = vendorConstantsByTree.get(tree);
  if (names) return names;
  const root = tree.rootNode;
  const assignments = root.namedChildren.map((c) => (c.type === 'expression_statement' ? c.namedChildren[0] : null));
  const candidates = assignments.filter((a) => a?.type === 'assignment' && a.childForFieldName('left')?.type === 'identifier').map((a) => a!.childForFieldName('left')!.text);
  names = new Set(candidates.filter((name) => assignedValues(root, name)?.every((v) => stringValue(v) === VENDOR)));
  vendorConstantsByTree.set(tree, names);
  return names;
}

/** A plain string's value, or the vendor's name for a read of a module constant holding it (not hidden by a local). */
function vendorValue(node: SyntaxNode): string | null {
  const literal = stringValue(node);
  if (literal !== null || node.type !== 'identifier' || !vendorConstants(node.tree).has(node.text)) return literal;
  const scope = scopeOf(node);
  return scope.type === 'module' || !bindsName(scope, node.text) ? VENDOR : null;
}

/** Where the vendor is named: its literals and reads of constants holding it. */
export function vendorOperands(root: SyntaxNode): SyntaxNode[] {
  return findOfType(root, ['string', 'identifier'], (n) => vendorValue(n) === VENDOR);
}

/** `PROCTORTRACK = 'proctortrack'`: the literal of a module constant holding the vendor's name. */
export function isVendorConstantValue(literal: SyntaxNode): boolean {
  const assignment = literal.parent;
  const name = assignment?.type === 'assignment' && assignment.childForFieldName('right')?.id === literal.id ? assignment.childForFieldName('left')?.text : null;
  return !!name && assignment!.parent?.parent?.type === 'module' && vendorConstants(literal.tree).has(name);
}

/** The test of the vendor an operand (literal or constant) is part of: `==`, `!=`, either order, membership, `or` chain. */
export function vendorTest(operand: SyntaxNode): ValueTest | null {
  if (vendorValue(operand) !== VENDOR) return null;
  const parent = operand.parent;
  if (parent?.type === 'comparison_operator') return valueTest(parent, VENDOR, vendorValue);
  const isMember = parent && ['tuple', 'list', 'set'].includes(parent.type) && parent.parent?.type === 'comparison_operator';
  return isMember ? valueTest(parent.parent!, VENDOR, vendorValue) : null;
}

/** The vendor test an operand is part of, when its subject is a provider expression. */
export function providerCheck(operand: SyntaxNode): ValueTest | null {
  const test = vendorTest(operand);
  return test && isProviderExpression(test.subject) ? test : null;
}
