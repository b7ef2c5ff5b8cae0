// Section 1: `from common.djangoapps.util.proctoring import <helper>`, placed as isort places first-party imports.
import { lineEnd, lineStart } from '../../src/engine/lines.ts';
import type { Edit, Tree } from '../../src/engine/types.ts';
import { addFromImport } from '../../transforms/python/imports.ts';
import { HELPER_MODULE } from './proctoring-helpers.ts';

/** edx-platform's first-party packages that isort sorts after `common` (they share its import block). */
const AFTER_COMMON = new Set(['lms', 'openedx', 'xmodule']);

/**
 * Import the helper: beside other `common.` imports, else before the first later first-party import, else after the
 * last `cms.` import; with no first-party import, in a block of its own between third-party and relative imports.
 */
export function addHelperImport(text: string, tree: Tree, helper: string): Edit[] {
  const imports = tree.rootNode.namedChildren.filter((c) => c.type === 'import_from_statement' || c.type === 'import_statement');
  const top = imports.filter((c) => c.type === 'import_from_statement');
  const moduleOf = (s: (typeof top)[number]) => s.childForFieldName('module_name')?.text ?? '';
  const line = `from ${HELPER_MODULE} import ${helper}\n`;
  if (!imports.length || top.some((s) => moduleOf(s).startsWith('common.'))) return addFromImport(text, tree, HELPER_MODULE, helper);
  const later = top.find((s) => AFTER_COMMON.has(moduleOf(s).split('.')[0]));
  if (later) return [{ start: lineStart(text, later.startIndex), end: lineStart(text, later.startIndex), text: line }];
  const cms = top.filter((s) => moduleOf(s).split('.')[0] === 'cms').at(-1);
  if (cms) return [{ start: lineEnd(text, cms.endIndex), end: lineEnd(text, cms.endIndex), text: line }];
  const relative = top.find((s) => moduleOf(s).startsWith('.'));
  if (relative) return [{ start: lineStart(text, relative.startIndex), end: lineStart(text, relative.startIndex), text: `${line}\n` }];
  const at = lineEnd(text, imports.at(-1)!.endIndex);
  return [{ start: at, end: at, text: `${at === text.length && !text.endsWith('\n') ? '\n' : ''}\n${line}` }];
}
