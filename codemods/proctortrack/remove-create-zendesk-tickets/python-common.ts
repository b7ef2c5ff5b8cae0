// Shared by the Python parts of remove-create-zendesk-tickets (ZD-1..ZD-7): the field, site ids by path, clean-up.
import type { Edit, SyntaxNode, TransformContext, Tree } from '../../../src/engine/types.ts';
import { outermostEdits } from '../../../transforms/python/edit-nesting.ts';
import { leftUnused, loggersLeftUnused, removeImportsLeftUnused } from '../../../transforms/python/left-unused.ts';
import { findAll, stringValue } from '../../../transforms/python/nodes.ts';
import { deleteStatements } from '../../../transforms/python/statement-runs.ts';

export const FIELD = 'create_zendesk_tickets';
/** The field as a whole word (not `create_zendesk_tickets_for_x`). */
export const FIELD_WORD = new RegExp(`\\b${FIELD}\\b`);

/** Zendesk code unrelated to proctoring (spec section 8): never read. */
export function isPythonTarget(relPath: string): boolean {
  return !/(^|\/)zendesk_proxy\//.test(relPath);
}

export function isTestFile(relPath: string): boolean {
  return /(^|\/)tests?\/|(^|\/)test_[^/]*\.py$|_tests?\.py$|(^|\/)conftest\.py$/.test(relPath);
}

const SITES_BY_PATH: [RegExp, string][] = [
  [/(^|\/)xmodule\/course_block\.py$/, 'ZD-1'],
  [/(^|\/)models\/settings\/course_metadata\.py$/, 'ZD-2'],
  [/\/serializers\/proctoring\.py$/, 'ZD-3'],
  [/\/views\/proctoring\.py$/, 'ZD-4'],
  [/(xblock_storage_handlers\/view_handlers|contentstore\/views\/item)\.py$/, 'ZD-5'],
  [/(^|\/)instructor\/services\.py$/, 'ZD-6'],
];

/** The spec id of a change in this file: ZD-7 in tests, the file's own id, else the id of the shape (`fallback`). */
export function siteIdFor(relPath: string, fallback: string): string {
  if (isTestFile(relPath)) return 'ZD-7';
  return SITES_BY_PATH.find(([pattern]) => pattern.test(relPath))?.[1] ?? fallback;
}

/** True when node reads or names the field: `x.create_zendesk_tickets`, a local of that name, or the string. */
export function mentionsField(node: SyntaxNode): boolean {
  return findAll(node, (n) => (n.type === 'identifier' && n.text === FIELD) || (n.type === 'string' && stringValue(n) === FIELD)).length > 0;
}

/** True when node lies inside a range one of the edits replaces. */
export function within(node: SyntaxNode, edits: readonly Edit[]): boolean {
  return edits.some((e) => e.start <= node.startIndex && node.endIndex <= e.end);
}

export const mentionsZendesk = (comments: string) => /zendesk/i.test(comments);

/**
 * The part's edits, plus what they leave unused: imports, module loggers. Helpers (functions) left with no caller are
 * reported, not deleted.
 */
export function withCleanUp(text: string, tree: Tree, found: Edit[], ctx: TransformContext): Edit[] {
  if (!found.length) return [];
  const edits = outermostEdits(found);
  const loggers = deleteStatements(text, loggersLeftUnused(tree, edits)).edits;
  const removed = [...edits, ...loggers];
  for (const definition of tree.rootNode.descendantsOfType('function_definition')) {
    const name = definition.childForFieldName('name')!;
    if (name.text.startsWith('test') || removed.some((e) => e.start <= definition.startIndex && definition.endIndex <= e.end)) continue;
    // A method is looked for in its class (other classes may define their own of the same name).
    const scope = definition.parent?.parent?.type === 'class_definition' ? definition.parent : tree.rootNode;
    if (leftUnused(scope, name.text, removed, name)) ctx.warn(`${name.text}() is no longer used after the Zendesk removals: delete it if nothing outside this file calls it`);
  }
  return outermostEdits([...removed, ...removeImportsLeftUnused(text, tree, removed)]);
}
