// Section 1: `from common.djangoapps.util.proctoring import requires_escalation_email`, placed as isort places first-party imports.
import { lineStart } from '../../../src/lines.ts';
import type { Edit, Tree } from '../../../src/types.ts';
import { addFromImport } from '../../../transforms/python/imports.ts';

import { HELPER_MODULE } from '../proctoring-helpers.ts';
import { HELPER } from './wording.ts';

/** edx-platform's first-party packages that isort sorts after `common` (they share its import block). */
const AFTER_COMMON = new Set(['lms', 'openedx', 'xmodule']);

/** Import the helper: beside other `common.` imports, else before the first later first-party import, else after the last import. */
export function addHelperImport(text: string, tree: Tree): Edit[] {
  const top = tree.rootNode.namedChildren.filter((c) => c.type === 'import_from_statement');
  const moduleOf = (s: (typeof top)[number]) => s.childForFieldName('module_name')?.text ?? '';
  if (top.some((s) => moduleOf(s).startsWith('common.'))) return addFromImport(text, tree, HELPER_MODULE, HELPER);
  const later = top.find((s) => AFTER_COMMON.has(moduleOf(s).split('.')[0]));
  if (!later) return addFromImport(text, tree, HELPER_MODULE, HELPER);
  const at = lineStart(text, later.startIndex);
  return [{ start: at, end: at, text: `from ${HELPER_MODULE} import ${HELPER}\n` }];
}
