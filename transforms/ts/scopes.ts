// Lexical scopes of a TS/TSX tree-sitter tree: which declaration of this file a name binds to, as TypeScript's binder
// scopes it (the program, blocks, functions with their parameters, class and type parameter lists, for heads, catch
// clauses; `var` and function declarations hoisted to the function; type names apart from value names).
import type { SyntaxNode } from '../../src/engine/types.ts';
import { findAll } from '../python/nodes.ts';
import { declarationsOf } from './scope-declarations.ts';

export type Meaning = 'value' | 'type' | 'namespace';
export type DeclarationKind = 'import' | 'variable' | 'binding' | 'function' | 'class' | 'interface' | 'type' | 'enum' | 'namespace' | 'other';

export interface Declaration {
  name: SyntaxNode;
  kind: DeclarationKind;
  meanings: readonly Meaning[];
  /** Where the name is visible: the node whose subtree resolves it (a block, a function, a class ...). */
  scope: SyntaxNode;
  /** A function or class expression's own name: looked up after that function's parameters and locals. */
  ownName?: boolean;
}

export interface Scopes {
  /** The declaration a declaration's own name node introduces. */
  declarationAt(name: SyntaxNode): Declaration | undefined;
  /** The declaration `reference` binds to with this meaning, or null when this file declares none (a global). */
  resolve(reference: SyntaxNode, meaning: Meaning): Declaration | null;
  /** True when the declaration's statement is exported (export keyword, `export { name }`, `export default name`). */
  isExported(declaration: Declaration): boolean;
}

/**
 * Constructs whose scoping this resolver does not model: ambient declarations (`declare global`, `declare module`)
 * and `module` blocks merge into scopes of their own, `export =` / `import x = require()` / `export * as ns` bind
 * names through module aliases, `with` makes names dynamic, `infer` and named tuple members declare type names of
 * their own kind. A file holding one is left to the TypeScript compiler. A `namespace N { … }` is modelled as a
 * function scope (its `export`ed members cross out of it); a dotted `namespace A.B` or two blocks of one namespace
 * (declared twice in one scope) are not.
 */
const UNMODELLED = new Set(['module', 'ambient_declaration', 'import_require_clause', 'import_alias', 'namespace_export', 'with_statement', 'infer_type']);

/** `import('x')` in a type (`typeof import('x')`, `import('x').T`): TypeScript's import type, no call. */
function isImportType(node: SyntaxNode): boolean {
  if (node.type !== 'call_expression' || node.childForFieldName('function')?.type !== 'import') return false;
  let holder = node.parent;
  while (holder && (holder.type === 'member_expression' || holder.type === 'call_expression')) holder = holder.parent;
  return !!holder && /type/.test(holder.type);
}

function unmodelled(node: SyntaxNode): boolean {
  if (UNMODELLED.has(node.type) || isImportType(node)) return true;
  if (node.type === 'internal_module') return node.childForFieldName('name')?.type !== 'identifier';
  if (node.type === 'export_statement') return node.children.some((c) => c.type === '=' || c.type === 'namespace');
  return (node.type === 'required_parameter' || node.type === 'optional_parameter') && node.parent?.type === 'tuple_type';
}

const meansAs = (declaration: Declaration, meaning: Meaning) => declaration.meanings.includes(meaning);

/** The scopes of `root`, or null when the file holds a construct they do not model (see UNMODELLED) or a name is declared twice in one scope (declaration merging, overloads). */
export function lexicalScopes(root: SyntaxNode): Scopes | null {
  if (root.hasError || findAll(root, unmodelled).length) return null;
  const declarations = declarationsOf(root);
  if (!declarations) return null;
  const byName = new Map<number, Declaration>();
  const tables = new Map<string, Declaration>();
  for (const declaration of declarations) {
    const key = `${declaration.scope.id}${declaration.ownName ? '#' : ':'}${declaration.name.text}`;
    if (tables.has(key)) return null;
    tables.set(key, declaration);
    byName.set(declaration.name.id, declaration);
  }
  const lookup = (scope: SyntaxNode, name: string, meaning: Meaning, ownName: boolean) => {
    const found = tables.get(`${scope.id}${ownName ? '#' : ':'}${name}`);
    return found && meansAs(found, meaning) ? found : null;
  };
  const resolve = (reference: SyntaxNode, meaning: Meaning) => {
    for (let scope = reference.parent; scope; scope = scope.parent) {
      const found = lookup(scope, reference.text, meaning, false) ?? lookup(scope, reference.text, meaning, true);
      if (found) return found;
    }
    return null;
  };
  const exportedNames = moduleExportedNames(root);
  return {
    declarationAt: (name) => byName.get(name.id),
    resolve,
    isExported(declaration) {
      if (declaration.kind === 'binding' || declaration.kind === 'other' || declaration.kind === 'import') return false;
      const statement = declaration.kind === 'variable' ? declaration.name.parent?.parent : declaration.name.parent;
      if (statement?.parent?.type === 'export_statement') return true;
      // A variable statement is exported by its keyword only: an `export { x }` list names `x` itself (and is
      // reported there), `export default x` exports the value, not the name.
      return declaration.kind !== 'variable' && declaration.scope.type === 'program' && exportedNames.has(declaration.name.text);
    },
  };
}

/** Local names exported by `export { a, b as c }` (no `from`) and `export default name;`. */
function moduleExportedNames(root: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const statement of root.namedChildren) {
    if (statement.type !== 'export_statement' || statement.childForFieldName('source')) continue;
    const value = statement.childForFieldName('value');
    if (value?.type === 'identifier') names.add(value.text);
    const clause = statement.namedChildren.find((c) => c.type === 'export_clause');
    for (const specifier of clause?.namedChildren ?? []) {
      const name = specifier.childForFieldName('name');
      if (specifier.type === 'export_specifier' && name?.type === 'identifier') names.add(name.text);
    }
  }
  return names;
}
