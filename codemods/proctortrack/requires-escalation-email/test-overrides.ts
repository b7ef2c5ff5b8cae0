// Spec section 5: `PROCTORING_BACKENDS` overrides in tests (override_settings, patch.dict; decorators or `with`) and their scope.
import type { SyntaxNode } from '../../../src/types.ts';

export interface BackendOverride {
  /** The dict literal given as the backends (or merged into them). */
  dict: SyntaxNode;
  /** The test method or test class the override applies to. */
  scope: SyntaxNode;
}

/** The dict argument of `override_settings(PROCTORING_BACKENDS={...})` or `patch.dict(<...PROCTORING_BACKENDS>, {...})`. */
function overrideDict(call: SyntaxNode): SyntaxNode | null {
  const callee = call.childForFieldName('function')?.text ?? '';
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  if (/(^|\.)override_settings$/.test(callee)) {
    const keyword = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'PROCTORING_BACKENDS');
    const value = keyword?.childForFieldName('value');
    return value?.type === 'dictionary' ? value : null;
  }
  if (/(^|\.)patch\.dict$/.test(callee) && args[0]?.text.includes('PROCTORING_BACKENDS') && args[1]?.type === 'dictionary') return args[1];
  return null;
}

/** What an override applies to: the decorated class or function, else the function it is called in. */
function scopeOf(call: SyntaxNode): SyntaxNode | null {
  const decorator = call.parent?.type === 'decorator' ? call.parent : null;
  if (decorator) return decorator.parent?.childForFieldName('definition') ?? null;
  for (let node = call.parent; node; node = node.parent) if (node.type === 'function_definition') return node;
  return null;
}

export function backendOverrides(root: SyntaxNode): BackendOverride[] {
  const out: BackendOverride[] = [];
  for (const call of root.descendantsOfType('call')) {
    const dict = overrideDict(call);
    const scope = dict && scopeOf(call);
    if (dict && scope) out.push({ dict, scope });
  }
  return out;
}

/** The decorated definition (decorators included) of a function or class, for text and range checks. */
export function withDecorators(definition: SyntaxNode): SyntaxNode {
  return definition.parent?.type === 'decorated_definition' ? definition.parent : definition;
}

/** The overrides in force for node: on its function, on the class around it, or called in its function. */
export function overridesAt(node: SyntaxNode, overrides: BackendOverride[]): BackendOverride[] {
  return overrides.filter((o) => {
    const range = withDecorators(o.scope);
    return range.startIndex <= node.startIndex && node.endIndex <= range.endIndex;
  });
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
