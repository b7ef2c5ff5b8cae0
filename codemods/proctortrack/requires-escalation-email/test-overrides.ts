// Spec section 5: `PROCTORING_BACKENDS` overrides in tests (override_settings or `self.settings`, patch.dict,
// pytest-django's `settings` fixture; decorators, `with` or setUp; a dict literal or a module-level constant) and the
// tests each is in force for.
import type { SyntaxNode } from '../../../src/engine/types.ts';
import { enclosingDefinition, stringValue, usesOf } from '../../../transforms/python/nodes.ts';

export interface BackendOverride {
  /** The dict literal given as the backends (or merged into them); a module constant's value when `constant` is set. */
  dict: SyntaxNode;
  /** The override call (or the `settings.PROCTORING_BACKENDS = {...}` assignment). */
  call: SyntaxNode;
  /** The test method, test function or test class the override applies to. */
  scope: SyntaxNode;
  /** The module-level constant holding the dict, shared by every override that names it. */
  constant: string | null;
}

const SETUP = /^(setUp|setUpClass|setUpTestData|setup_method|setup_class)$/;

/** Module-level `NAME = {...}` dicts, by name. */
function moduleDicts(root: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const statement of root.namedChildren) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
    const right = assignment?.childForFieldName('right');
    if (left?.type === 'identifier' && right?.type === 'dictionary') out.set(left.text, right);
  }
  return out;
}

/** The backends argument of an override call or assignment: a dict literal, or an identifier naming a module dict. */
function backendsArgument(node: SyntaxNode): SyntaxNode | null {
  if (node.type === 'assignment') {
    return /(^|\.)PROCTORING_BACKENDS$/.test(node.childForFieldName('left')?.text ?? '') ? node.childForFieldName('right') : null;
  }
  const callee = node.childForFieldName('function')?.text ?? '';
  const args = node.childForFieldName('arguments')?.namedChildren ?? [];
  // Django's `SimpleTestCase.settings(...)` is override_settings as a method.
  if (/(^|\.)override_settings$|^(self|cls)\.settings$/.test(callee)) {
    const keyword = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'PROCTORING_BACKENDS');
    return keyword?.childForFieldName('value') ?? null;
  }
  return /(^|\.)patch\.dict$/.test(callee) && /PROCTORING_BACKENDS/.test(args[0]?.text ?? '') ? (args[1] ?? null) : null;
}

/** What an override applies to: the decorated class or function, else the function it is called in. */
function scopeOf(call: SyntaxNode): SyntaxNode | null {
  const decorator = call.parent?.type === 'decorator' ? call.parent : null;
  if (decorator) return decorator.parent?.childForFieldName('definition') ?? null;
  for (let node = call.parent; node; node = node.parent) if (node.type === 'function_definition') return node;
  return null;
}

export function backendOverrides(root: SyntaxNode): BackendOverride[] {
  const constants = moduleDicts(root);
  const out: BackendOverride[] = [];
  for (const call of [...root.descendantsOfType('call'), ...root.descendantsOfType('assignment')]) {
    const argument = backendsArgument(call);
    const constant = argument?.type === 'identifier' && constants.has(argument.text) ? argument.text : null;
    const dict = constant ? constants.get(constant)! : argument?.type === 'dictionary' ? argument : null;
    const scope = dict && scopeOf(call);
    if (dict && scope) out.push({ dict, call, scope, constant });
  }
  return out;
}

/** True when a module constant holding backends is read anywhere but in overrides (its keys may mean more there). */
export function constantEscapes(root: SyntaxNode, override: BackendOverride, overrides: BackendOverride[]): boolean {
  if (!override.constant) return false;
  const calls = overrides.filter((o) => o.constant === override.constant).map((o) => o.call);
  return usesOf(root, override.constant).some((use) => use.parent?.type !== 'assignment' && !calls.some((c) => isInside(use, c)));
}

const isTestFunction = (n: SyntaxNode) => n.type === 'function_definition' && /^test/.test(n.childForFieldName('name')!.text);
const definitionOf = (n: SyntaxNode) => (n.type === 'decorated_definition' ? n.childForFieldName('definition')! : n);

/** The class and the module's classes deriving from it, at any depth: a class override or setUp is in force for them too. */
function withSubclasses(cls: SyntaxNode): SyntaxNode[] {
  const classes = cls.tree.rootNode.descendantsOfType('class_definition');
  const found = [cls];
  for (let i = 0; i < found.length; i++) {
    const name = found[i].childForFieldName('name')!.text;
    const derived = classes.filter((c) => !found.includes(c) && (c.childForFieldName('superclasses')?.namedChildren ?? []).some((b) => b.type === 'identifier' && b.text === name));
    found.push(...derived);
  }
  return found;
}

/** The test functions of a class body (decorated or not), and of its subclasses in the module. */
function testsOfClass(cls: SyntaxNode): SyntaxNode[] {
  return withSubclasses(cls).flatMap((c) => c.childForFieldName('body')!.namedChildren.map(definitionOf).filter(isTestFunction));
}

/** The tests an override is in force for: a class's tests (decorator or setUp), else its own function. */
export function testsOf(override: BackendOverride): SyntaxNode[] {
  const scope = override.scope;
  if (scope.type === 'class_definition') return testsOfClass(scope);
  const owner = SETUP.test(scope.childForFieldName('name')!.text) ? enclosingDefinition(scope, 'class_definition') : null;
  if (owner) return testsOfClass(owner);
  return isPytestFixture(scope) ? testsRequesting(scope) : [scope];
}

const isPytestFixture = (fn: SyntaxNode) => withDecorators(fn).namedChildren.some((d) => d.type === 'decorator' && /^@\s*(pytest\.)?fixture\b/.test(d.text));

/** The module's tests that request a pytest fixture: as a parameter, or through `@pytest.mark.usefixtures(...)`. */
function testsRequesting(fixture: SyntaxNode): SyntaxNode[] {
  const name = fixture.childForFieldName('name')!.text;
  const requests = (test: SyntaxNode) =>
    test.childForFieldName('parameters')!.namedChildren.some((p) => p.text === name) ||
    withDecorators(test).namedChildren.some((d) => d.type === 'decorator' && /usefixtures\(/.test(d.text) && d.descendantsOfType('string').some((s) => stringValue(s) === name));
  return fixture.tree.rootNode.descendantsOfType('function_definition').filter((f) => isTestFunction(f) && requests(f));
}

/** True when the override applies to tests it names: a test class or function, a test class's setUp, a pytest fixture. */
export function isTestScope(override: BackendOverride): boolean {
  const { scope } = override;
  const name = scope.childForFieldName('name')!.text;
  return scope.type === 'class_definition' || /^test/.test(name) || isPytestFixture(scope) || (SETUP.test(name) && !!enclosingDefinition(scope, 'class_definition'));
}

/** The decorated definition (decorators included) of a function or class, for text and range checks. */
export function withDecorators(definition: SyntaxNode): SyntaxNode {
  return definition.parent?.type === 'decorated_definition' ? definition.parent : definition;
}

/** The name of the test (function, else class) around node, for review items. */
export function testName(node: SyntaxNode): string {
  for (let current: SyntaxNode | null = node; current; current = current.parent) {
    if (current.type === 'decorated_definition') current = current.childForFieldName('definition')!;
    if (current.type === 'function_definition' || current.type === 'class_definition') return current.childForFieldName('name')!.text;
  }
  return 'module level';
}

export const isInside = (node: SyntaxNode, outer: SyntaxNode) => outer.startIndex <= node.startIndex && node.endIndex <= outer.endIndex;

/** The overrides in force for node: those whose tests include the test around it, or whose scope holds it. */
export function overridesAt(node: SyntaxNode, overrides: BackendOverride[]): BackendOverride[] {
  return overrides.filter((o) => isInside(node, withDecorators(o.scope)) || testsOf(o).some((t) => isInside(node, withDecorators(t))));
}
