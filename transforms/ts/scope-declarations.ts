// The declarations of a TS/TSX tree-sitter tree with the scope each is visible in (for transforms/ts/scopes.ts).
import type { SyntaxNode } from '../../src/engine/types.ts';
import { findAll } from '../python/nodes.ts';
import type { Declaration, DeclarationKind, Meaning } from './scopes.ts';

/** Nodes holding parameters and locals of their own: `var` and function declarations in their body hoist to them. */
export const FUNCTION_SCOPES = new Set([
  'function_declaration', 'generator_function_declaration', 'function_expression', 'function', 'generator_function', 'arrow_function', 'method_definition',
  'function_signature', 'method_signature', 'abstract_method_signature', 'call_signature', 'construct_signature', 'function_type', 'constructor_type', 'class_static_block',
  // A namespace's body is compiled into a function: its declarations (var and functions hoisted) are its own.
  'internal_module',
]);
const HEAD_SCOPES = new Set(['program', 'for_statement', 'for_in_statement', 'switch_body', 'catch_clause']);

const VALUE: Meaning[] = ['value'];
const TYPE: Meaning[] = ['type'];
const VALUE_AND_TYPE: Meaning[] = ['value', 'type'];
const ANY: Meaning[] = ['value', 'type', 'namespace'];

function hoistScope(node: SyntaxNode): SyntaxNode {
  let scope = node.parent!;
  while (scope.type !== 'program' && !FUNCTION_SCOPES.has(scope.type)) scope = scope.parent!;
  return scope;
}

/** The block a `let`, `const`, class or type declaration belongs to; a function's body block is the function's. */
function blockScope(node: SyntaxNode): SyntaxNode {
  for (let scope = node.parent!; ; scope = scope.parent!) {
    if (HEAD_SCOPES.has(scope.type) || FUNCTION_SCOPES.has(scope.type)) return scope;
    if (scope.type === 'statement_block' && !FUNCTION_SCOPES.has(scope.parent!.type)) return scope;
  }
}

/** The names a binding pattern declares (`{ a, b: [c], ...d }`). */
function patternNames(node: SyntaxNode): SyntaxNode[] {
  switch (node.type) {
    case 'identifier':
    case 'shorthand_property_identifier_pattern':
      return [node];
    case 'object_pattern':
    case 'array_pattern':
    case 'rest_pattern':
      return node.namedChildren.flatMap(patternNames);
    case 'pair_pattern':
      return patternNames(node.childForFieldName('value')!);
    case 'assignment_pattern':
    case 'object_assignment_pattern':
      return patternNames(node.childForFieldName('left')!);
    default:
      return [];
  }
}

type Add = (name: SyntaxNode | null, kind: DeclarationKind, meanings: Meaning[], scope: SyntaxNode, ownName?: boolean) => void;

/** A declared name or pattern: a plain name is `kind`, each name of a pattern a binding. */
function addTarget(add: Add, target: SyntaxNode | null, kind: DeclarationKind, scope: SyntaxNode): void {
  if (!target) return;
  if (target.type === 'identifier' || target.type === 'this') return add(target, kind, VALUE, scope);
  if (target.type === 'rest_pattern' && kind === 'other') return add(target.namedChildren[0] ?? null, kind, VALUE, scope);
  for (const name of patternNames(target)) add(name, 'binding', VALUE, scope);
}

function functionScope(node: SyntaxNode): SyntaxNode | null {
  const parent = node.parent?.type === 'export_statement' ? node.parent.parent! : node.parent!;
  if (parent.type === 'program') return parent;
  return parent.type === 'statement_block' && FUNCTION_SCOPES.has(parent.parent!.type) ? parent.parent! : null;
}

/**
 * Every declaration of the tree with its scope, or null when a function is declared in a nested block (whether it
 * hoists to the function depends on strict mode).
 */
export function declarationsOf(root: SyntaxNode): Declaration[] | null {
  const declarations: Declaration[] = [];
  let modelled = true;
  const add: Add = (name, kind, meanings, scope, ownName) => void (name && declarations.push({ name, kind, meanings, scope, ...(ownName ? { ownName } : {}) }));
  for (const node of findAll(root, (n) => n.isNamed)) {
    const name = node.childForFieldName('name');
    switch (node.type) {
      case 'variable_declarator': {
        const statement = node.parent!;
        addTarget(add, name, 'variable', statement.type === 'variable_declaration' ? hoistScope(statement) : blockScope(statement));
        break;
      }
      case 'for_in_statement': {
        const kind = node.childForFieldName('kind');
        if (kind) addTarget(add, node.childForFieldName('left'), 'variable', kind.type === 'var' ? hoistScope(node) : node);
        break;
      }
      case 'required_parameter':
      case 'optional_parameter':
        addTarget(add, node.childForFieldName('pattern'), 'other', node.parent!.parent!);
        break;
      case 'arrow_function':
        addTarget(add, node.childForFieldName('parameter'), 'other', node);
        break;
      case 'catch_clause':
        addTarget(add, node.childForFieldName('parameter'), 'other', node);
        break;
      case 'function_declaration':
      case 'generator_function_declaration':
      case 'function_signature': {
        const scope = functionScope(node);
        if (!scope) modelled = false;
        else add(name, 'function', VALUE, scope);
        break;
      }
      case 'class_declaration':
      case 'abstract_class_declaration':
        add(name, 'class', VALUE_AND_TYPE, blockScope(node));
        break;
      case 'class':
        add(name, 'other', VALUE_AND_TYPE, node, true);
        break;
      case 'function_expression':
      case 'function':
      case 'generator_function':
        add(name, 'other', VALUE, node, true);
        break;
      case 'interface_declaration':
        add(name, 'interface', TYPE, blockScope(node));
        break;
      case 'type_alias_declaration':
        add(name, 'type', TYPE, blockScope(node));
        break;
      case 'internal_module':
        add(name, 'namespace', ['value', 'namespace'], blockScope(node));
        break;
      case 'enum_declaration':
        add(name, 'enum', ANY, blockScope(node));
        break;
      case 'enum_body':
        for (const member of node.namedChildren) add(member.type === 'enum_assignment' ? member.childForFieldName('name') : member, 'other', VALUE, node);
        break;
      case 'type_parameter':
        add(name, 'other', TYPE, node.parent!.parent!);
        break;
      case 'mapped_type_clause':
        add(name, 'other', TYPE, node.parent!);
        break;
      case 'index_signature':
        if (name?.type === 'identifier') add(name, 'other', VALUE, node);
        break;
      case 'import_specifier':
        add(node.childForFieldName('alias') ?? name, 'import', ANY, root);
        break;
      case 'import_clause':
      case 'namespace_import':
        add(node.namedChildren.find((c) => c.type === 'identifier') ?? null, 'import', ANY, root);
        break;
    }
  }
  return modelled ? declarations.filter((d) => d.name.type !== 'string' && d.name.type !== 'comment') : null;
}
