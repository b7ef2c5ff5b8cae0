// Adding and removing `from module import name` imports, the way isort would leave them.
import type { Edit, SyntaxNode, Tree } from '../../src/engine/types.ts';
import { removeElement } from './collections.ts';
import { deleteStatement } from './lines.ts';
import { lineEnd, lineStart } from '../../src/engine/lines.ts';

export interface ImportedName {
  statement: SyntaxNode;
  /** The dotted_name or aliased_import node of this name inside the statement. */
  node: SyntaxNode;
  module: string;
  /** The local name it binds. */
  local: string;
}

function importedNodes(statement: SyntaxNode): SyntaxNode[] {
  const moduleNode = statement.childForFieldName('module_name');
  return statement.namedChildren.filter((c) => c.id !== moduleNode?.id && (c.type === 'dotted_name' || c.type === 'aliased_import'));
}

/** Every `from X import a, b as c` name at any level of the file. */
export function fromImports(tree: Tree): ImportedName[] {
  const out: ImportedName[] = [];
  for (const statement of tree.rootNode.descendantsOfType('import_from_statement')) {
    const module = statement.childForFieldName('module_name')?.text ?? '';
    for (const node of importedNodes(statement)) {
      const local = node.type === 'aliased_import' ? node.childForFieldName('alias')!.text : node.text;
      out.push({ statement, node, module, local });
    }
  }
  return out;
}

/**
 * Remove the import binding `local` (from any module, or from `module` when given). The whole statement goes when it
 * was its only name. Returns [] when there is no such import.
 */
export function removeImport(text: string, tree: Tree, local: string, module?: string): Edit[] {
  const found = fromImports(tree).find((i) => i.local === local && (module === undefined || i.module === module));
  if (!found) return [];
  if (importedNodes(found.statement).length === 1) {
    const edit = deleteStatement(text, found.statement);
    return edit ? [edit] : [];
  }
  const list = found.node.parent!;
  if (list.type === 'import_from_statement') {
    // `from x import a, b` has no list node: remove `a, ` or `, b` by hand.
    const names = importedNodes(found.statement);
    const index = names.findIndex((n) => n.id === found.node.id);
    if (index < names.length - 1) return [{ start: found.node.startIndex, end: names[index + 1].startIndex, text: '' }];
    return [{ start: names[index - 1].endIndex, end: found.node.endIndex, text: '' }];
  }
  return removeElement(text, found.node) ?? [];
}

const topSegment = (module: string) => module.split('.')[0];

/**
 * Ensure `from module import name`. Joins an existing import of that module (in sorted place when it is a one-line
 * list); otherwise adds a line in sorted position in the top-level import block holding the same top package
 * (e.g. `common.`), or after the last top-level import.
 */
export function addFromImport(text: string, tree: Tree, module: string, name: string): Edit[] {
  const existing = fromImports(tree).filter((i) => i.module === module && i.statement.parent?.type === 'module');
  if (existing.some((i) => i.local === name)) return [];
  if (existing.length) {
    const statement = existing[0].statement;
    const names = importedNodes(statement);
    const after = names.find((n) => n.text.localeCompare(name) > 0);
    const lastName = names[names.length - 1];
    if (!statement.text.includes('\n')) {
      return after ? [{ start: after.startIndex, end: after.startIndex, text: `${name}, ` }] : [{ start: lastName.endIndex, end: lastName.endIndex, text: `, ${name}` }];
    }
    // A parenthesised list, one name per line.
    const anchor = after ?? lastName;
    const indent = text.slice(lineStart(text, anchor.startIndex), anchor.startIndex);
    if (after) return [{ start: lineStart(text, after.startIndex), end: lineStart(text, after.startIndex), text: `${indent}${name},\n` }];
    const comma = lastName.nextSibling?.type === ',' ? lastName.nextSibling : null;
    if (comma) return [{ start: lineEnd(text, comma.endIndex), end: lineEnd(text, comma.endIndex), text: `${indent}${name},\n` }];
    return [{ start: lastName.endIndex, end: lastName.endIndex, text: `,\n${indent}${name}` }];
  }
  const line = `from ${module} import ${name}\n`;
  const topLevel = tree.rootNode.namedChildren.filter((c) => c.type === 'import_from_statement' || c.type === 'import_statement');
  if (!topLevel.length) return [importBlockWithoutImports(text, tree, line)];
  const moduleOf = (s: SyntaxNode) => (s.type === 'import_from_statement' ? s.childForFieldName('module_name')!.text : s.namedChildren[0]?.text ?? '');
  const sameFamily = topLevel.filter((s) => topSegment(moduleOf(s)) === topSegment(module));
  const candidates = sameFamily.length ? sameFamily : [];
  const before = candidates.find((s) => moduleOf(s).localeCompare(module) > 0);
  if (before) return [{ start: lineStart(text, before.startIndex), end: lineStart(text, before.startIndex), text: line }];
  const anchor = candidates.length ? candidates[candidates.length - 1] : topLevel[topLevel.length - 1];
  const at = lineEnd(text, anchor.endIndex);
  return [{ start: at, end: at, text: at === text.length && !text.endsWith('\n') ? `\n${line}` : line }];
}

/** The first import of a module: after the docstring, then the code after one blank line (two before a definition). */
function importBlockWithoutImports(text: string, tree: Tree, line: string): Edit {
  const at = insertionPointWithoutImports(text, tree);
  const following = text.slice(at);
  const blanks = /^\n*/.exec(following)![0].length;
  const code = following.slice(blanks);
  const needed = !code ? 0 : /^(def |class |async def |@)/.test(code) ? 2 : 1;
  const before = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
  return { start: at, end: at, text: `${before}${line}${'\n'.repeat(Math.max(0, needed - blanks))}` };
}

/** After a module docstring and `from __future__` lines, or at the top. */
function insertionPointWithoutImports(text: string, tree: Tree): number {
  const first = tree.rootNode.namedChildren[0];
  if (first?.type === 'expression_statement' && first.namedChildren[0]?.type === 'string') return lineEnd(text, first.endIndex);
  return 0;
}
