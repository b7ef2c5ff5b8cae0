// Names a rename may not take: in Python a second `def` of a name silently replaces the first.
import type { SyntaxNode } from '../../src/engine/types.ts';

/** Every function name defined anywhere in the module. */
export function functionNames(root: SyntaxNode): Set<string> {
  return new Set(root.descendantsOfType('function_definition').map((f) => f.childForFieldName('name')!.text));
}
