// Adding `from module import name` in the isort section it belongs to (stdlib, third-party, first-party).
import { lineStart } from '../../src/engine/lines.ts';
import type { Edit, SyntaxNode, Tree } from '../../src/engine/types.ts';
import { addFromImport } from './imports.ts';

export type ImportSection = 'stdlib' | 'thirdparty' | 'firstparty';

const ORDER: ImportSection[] = ['stdlib', 'thirdparty', 'firstparty'];

const moduleOf = (s: SyntaxNode) => (s.type === 'import_from_statement' ? s.childForFieldName('module_name')?.text ?? '' : s.namedChildren[0]?.text ?? '');

/**
 * Ensure `from module import name` (a module of `section`; `sectionOf` classifies the file's other imports). Beside
 * imports of the same top package, else beside the same section's imports, else as a block of its own before the
 * first import of a later section; else where `addFromImport` puts it.
 */
export function addSectionedImport(text: string, tree: Tree, module: string, name: string, section: ImportSection, sectionOf: (module: string) => ImportSection): Edit[] {
  const topLevel = tree.rootNode.namedChildren.filter((c) => c.type === 'import_from_statement' || c.type === 'import_statement');
  const top = module.split('.')[0];
  if (topLevel.some((s) => moduleOf(s).split('.')[0] === top)) return addFromImport(text, tree, module, name);
  const line = `from ${module} import ${name}\n`;
  const same = topLevel.filter((s) => sectionOf(moduleOf(s)) === section);
  const after = same.find((s) => moduleOf(s).localeCompare(module) > 0);
  if (after) return [{ start: lineStart(text, after.startIndex), end: lineStart(text, after.startIndex), text: line }];
  if (same.length) return afterLast(text, same.at(-1)!, line);
  const later = topLevel.find((s) => ORDER.indexOf(sectionOf(moduleOf(s))) > ORDER.indexOf(section));
  if (later) return [{ start: lineStart(text, later.startIndex), end: lineStart(text, later.startIndex), text: `${line}\n` }];
  return addFromImport(text, tree, module, name);
}

function afterLast(text: string, statement: SyntaxNode, line: string): Edit[] {
  const end = text.indexOf('\n', statement.endIndex);
  const at = end === -1 ? text.length : end + 1;
  return [{ start: at, end: at, text: end === -1 ? `\n${line}` : line }];
}
