// Walking up a babel AST path (jscodeshift) to the functions around a node, and the names they are known by.
import type { ASTPath } from 'jscodeshift';

const FUNCTION_TYPES = ['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod'];

/** The innermost function path around `path` (not `path` itself), or null at top level. */
export function enclosingFunction(path: ASTPath): ASTPath | null {
  for (let current = path.parent as ASTPath | null; current; current = current.parent as ASTPath | null) {
    if (FUNCTION_TYPES.includes(current.node.type)) return current;
  }
  return null;
}

/** The name a function is declared or assigned under (`function f`, `const f = () =>`, `f() {}`), or null. */
export function functionName(path: ASTPath): string | null {
  const node = path.node as any;
  if (node.id?.name) return node.id.name;
  if (node.key?.name) return node.key.name;
  const parent = path.parent?.node as any;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  if ((parent?.type === 'ObjectProperty' || parent?.type === 'ClassProperty') && parent.key?.name) return parent.key.name;
  return null;
}

/** True when `inner` is `outer` or lies inside it. */
export function isWithin(inner: ASTPath, outer: ASTPath): boolean {
  for (let current: ASTPath | null = inner; current; current = current.parent as ASTPath | null) {
    if (current.node === outer.node) return true;
  }
  return false;
}
