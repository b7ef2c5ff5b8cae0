// Names that a set of removals leaves unused: imports to drop, module loggers to drop, helpers to report.
import type { Edit, SyntaxNode, Tree } from '../../src/engine/types.ts';
import { removeElements } from './element-runs.ts';
import { fromImports } from './imports.ts';
import { deleteStatements } from './statement-runs.ts';
import { usesOf } from './nodes.ts';

/** True when `name` was used (outside imports and its own definition) and no use survives the removed ranges. */
export function leftUnused(root: SyntaxNode, name: string, removed: readonly Edit[], definition?: SyntaxNode): boolean {
  const uses = usesOf(root, name).filter((n) => n.id !== definition?.id);
  return uses.length > 0 && uses.every((n) => removed.some((e) => e.start <= n.startIndex && n.endIndex <= e.end));
}

interface Binding {
  statement: SyntaxNode;
  node: SyntaxNode;
  local: string;
}

/** `import a` / `import a as b` names (dotted `import a.b` binds `a` but is left alone). */
function plainImports(tree: Tree): Binding[] {
  const out: Binding[] = [];
  for (const statement of tree.rootNode.descendantsOfType('import_statement')) {
    for (const node of statement.namedChildren) {
      if (node.type === 'dotted_name' && !node.text.includes('.')) out.push({ statement, node, local: node.text });
      if (node.type === 'aliased_import') out.push({ statement, node, local: node.childForFieldName('alias')!.text });
    }
  }
  return out;
}

/** Edits removing every import whose name `removed` leaves unused; a statement whose names all go is deleted. */
export function removeImportsLeftUnused(text: string, tree: Tree, removed: readonly Edit[]): Edit[] {
  const bindings: Binding[] = [...fromImports(tree), ...plainImports(tree)];
  const unused = bindings.filter((b) => leftUnused(tree.rootNode, b.local, removed));
  const byStatement = new Map<number, Binding[]>();
  unused.forEach((b) => byStatement.set(b.statement.id, [...(byStatement.get(b.statement.id) ?? []), b]));
  const edits: Edit[] = [];
  const wholeStatements: SyntaxNode[] = [];
  for (const group of byStatement.values()) {
    const statement = group[0].statement;
    const moduleNode = statement.childForFieldName('module_name');
    const names = statement.type === 'import_from_statement'
      ? bindings.filter((b) => b.statement.id === statement.id).map((b) => b.node)
      : statement.namedChildren.filter((c) => c.id !== moduleNode?.id);
    const partial = removeElements(text, names, group.map((b) => b.node));
    if (partial) edits.push(...partial);
    else wholeStatements.push(statement);
  }
  return [...edits, ...deleteStatements(text, wholeStatements).edits];
}

/** Module-level `NAME = logging.getLogger(...)` statements whose NAME `removed` leaves unused. */
export function loggersLeftUnused(tree: Tree, removed: readonly Edit[]): SyntaxNode[] {
  return tree.rootNode.namedChildren.filter((statement) => {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
    const right = assignment?.childForFieldName('right');
    if (left?.type !== 'identifier' || right?.type !== 'call') return false;
    if (!/(^|\.)getLogger$/.test(right.childForFieldName('function')?.text ?? '')) return false;
    return leftUnused(tree.rootNode, left.text, removed, left);
  });
}
