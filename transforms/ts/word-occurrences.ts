// Word occurrences in a TS/TSX file for the rename decision of transforms/js/word-renames.ts: variables and the string
// ids that spell a word (property names are always kept), read from the file's tree-sitter tree with the lexical
// scopes of transforms/ts/scopes.ts; a file holding a construct those scopes do not model goes through ts-morph.
import type { SourceFile, SyntaxNode } from '../../src/engine/types.ts';
import { findAll, hasAncestor } from '../python/nodes.ts';
import type { Occurrence } from '../js/word-renames.ts';
import { BOUNDARY } from './boundary-reasons.ts';
import { type Declaration, lexicalScopes, type Meaning, type Scopes } from './scopes.ts';
import { isBindingPattern, isStringLiteral, stringIdOccurrences } from './string-id-occurrences.ts';
import { rewriteWithTsMorph } from './ts-morph.ts';
import { wordOccurrencesMorph } from './word-occurrences-morph.ts';
import { qualifiedPart } from './qualified-names.ts';

const NAMES = new Set(['identifier', 'type_identifier', 'property_identifier', 'shorthand_property_identifier', 'shorthand_property_identifier_pattern', 'statement_identifier', 'undefined', 'this']);
const PROPERTY = () => BOUNDARY.property;
/** The file does not fit the model: its occurrences come from ts-morph. */
export const UNMODELLED = Symbol('unmodelled');

const isField = (node: SyntaxNode, field: string) => node.parent?.childForFieldName(field)?.id === node.id;
const accessorName = (node: SyntaxNode) => /^(method_definition|method_signature)$/.test(node.parent!.type) && node.parent!.children.some((c) => c.type === 'get' || c.type === 'set');
/** TypeScript's intrinsic JSX elements (`<div>`, `<my-element>`) resolve to no symbol of the file. */
const isIntrinsicTag = (node: SyntaxNode) => /^[a-z]|-/.test(node.text) && /^jsx_(opening|closing|self_closing)_element$/.test(node.parent!.type) && isField(node, 'name');

function reasonOf(declaration: Declaration | null, scopes: Scopes): string | null {
  if (!declaration) return BOUNDARY.global;
  if (declaration.kind === 'import') return BOUNDARY.imported;
  if (scopes.isExported(declaration)) return BOUNDARY.exported;
  const inParameter = declaration.kind === 'binding' && hasAncestor(declaration.name, (a) => a.type === 'required_parameter' || a.type === 'optional_parameter');
  return inParameter ? BOUNDARY.parameter : null;
}

/** What a name that is no property stands for: its own declaration, or the one it refers to. */
function variableReason(node: SyntaxNode, scopes: Scopes, meaning: Meaning): string | null {
  return reasonOf(scopes.declarationAt(node) ?? scopes.resolve(node, meaning), scopes);
}

/**
 * How TypeScript's syntax treats a name of a destructuring: a binding element without a property name (`{ a }`,
 * `[a]`, `...a`, and the default value of such an element) is one word in two namespaces, like a shorthand property.
 */
function isShorthandBinding(node: SyntaxNode): boolean {
  const parent = node.parent!;
  if (parent.type === 'array_pattern') return isBindingPattern(parent);
  if (parent.type === 'rest_pattern') return /^(object|array)_pattern$/.test(parent.parent!.type) && isBindingPattern(parent);
  if (parent.type === 'assignment_pattern') return parent.parent!.type === 'array_pattern' && isBindingPattern(parent);
  return parent.type === 'object_assignment_pattern' && isField(node, 'right') && isBindingPattern(parent);
}

/** Keywords TypeScript reads as names: `import.meta`, `new.target`, `as const`. */
const isKeywordName = (node: SyntaxNode) => !node.isNamed && ((node.parent?.type === 'meta_property' && /^(meta|target)$/.test(node.type)) || (node.parent?.type === 'as_expression' && node.type === 'const'));

type Found = Occurrence | null | typeof UNMODELLED;

function nameOccurrence(node: SyntaxNode, scopes: Scopes): Found {
  const parent = node.parent!;
  const at = { word: node.text, start: node.startIndex };
  const variable = (boundary: () => string | null): Occurrence => ({ ...at, position: 'variable', namespaces: ['variable'], boundary });
  const property = (boundary = PROPERTY): Occurrence => ({ ...at, position: 'property', namespaces: ['key'], boundary });
  const twoNamespaces = (boundary: () => string | null): Occurrence => ({ ...at, position: 'variable', namespaces: ['variable', 'key'], boundary });
  const qualified = qualifiedPart(node, scopes, UNMODELLED);
  if (qualified === 'property') return property();
  if (typeof qualified === 'symbol') return UNMODELLED;
  if (qualified) return variable(() => qualified.boundary);
  switch (node.type) {
    case 'shorthand_property_identifier':
      return twoNamespaces(PROPERTY);
    case 'shorthand_property_identifier_pattern':
      return twoNamespaces(() => (isBindingPattern(parent) ? variableReason(node, scopes, 'value') : null) ?? BOUNDARY.property);
    case 'statement_identifier':
      return variable(() => BOUNDARY.global);
    case 'property_identifier':
      if (parent.type === 'jsx_attribute') return property(() => BOUNDARY.prop);
      if (accessorName(node) || parent.type === 'enum_body' || parent.type === 'enum_assignment') return variable(() => null);
      if (node.text === 'constructor' && parent.parent?.type === 'class_body') return null; // TypeScript's constructor has no name
      return property();
    case 'undefined':
      return parent.type === 'literal_type' ? null : variable(() => variableReason(node, scopes, 'value'));
    case 'this':
      return parent.type === 'required_parameter' ? variable(() => null) : null;
  }
  if (node.type === 'type_identifier' && node.text === 'bigint' && !scopes.declarationAt(node)) return null; // TypeScript's keyword type
  if (parent.type === 'import_clause' || parent.type === 'import_specifier') return variable(() => BOUNDARY.imported);
  if (parent.type === 'export_specifier') return variable(() => BOUNDARY.exported);
  if (parent.type === 'jsx_namespace_name' || isIntrinsicTag(node)) return variable(() => BOUNDARY.global);
  const meaning: Meaning = node.type === 'type_identifier' ? 'type' : 'value';
  if (parent.type === 'object_assignment_pattern' && !isBindingPattern(parent)) return twoNamespaces(() => variableReason(node, scopes, meaning) ?? BOUNDARY.property);
  if (isShorthandBinding(node)) return twoNamespaces(() => variableReason(node, scopes, meaning) ?? BOUNDARY.property);
  return variable(() => variableReason(node, scopes, meaning));
}

/** Every identifier and string-id occurrence of the tree, in source order; UNMODELLED when the scopes do not model the file. */
export function wordOccurrencesTree(root: SyntaxNode, text: string): Occurrence[] | typeof UNMODELLED {
  const scopes = lexicalScopes(root);
  if (!scopes) return UNMODELLED;
  const occurrences: Occurrence[] = [];
  for (const node of findAll(root, (n) => (n.isNamed && NAMES.has(n.type)) || isStringLiteral(n) || isKeywordName(n))) {
    if (isStringLiteral(node)) {
      occurrences.push(...stringIdOccurrences(node, text));
      continue;
    }
    if (!node.isNamed) {
      // TypeScript binds `new.target` to the function it is in, `import.meta` and `as const` to nothing of the file.
      const boundary = node.type === 'target' ? null : BOUNDARY.global;
      occurrences.push({ word: node.type, start: node.startIndex, position: 'variable', namespaces: ['variable'], boundary: () => boundary });
      continue;
    }
    const occurrence = nameOccurrence(node, scopes);
    if (occurrence === UNMODELLED) return UNMODELLED;
    if (occurrence) occurrences.push(occurrence);
  }
  return occurrences;
}

/**
 * Give `decide` the file's occurrences while their boundaries can still be asked: from the tree-sitter tree, or
 * through ts-morph (a source file that lives only for the call) when the tree holds what the scopes do not model.
 */
export function decideWithWordOccurrences<T>(file: SourceFile, decide: (occurrences: Occurrence[]) => T): T | null {
  const fromTree = file.tree ? wordOccurrencesTree(file.tree.rootNode, file.text) : UNMODELLED;
  if (fromTree !== UNMODELLED) return decide(fromTree);
  let decided: T | null = null;
  rewriteWithTsMorph(file.relPath, file.text, (source) => {
    decided = decide(wordOccurrencesMorph(source));
    return false;
  });
  return decided;
}
