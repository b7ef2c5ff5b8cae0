// Spec section 6, site OC-1 in Tutor plugins written in Python: settings patches held in string literals
// (`hooks.Filters.ENV_PATCHES.add_item(("openedx-common-settings", """...""")))`, or a v0 plugin's `patches` dict).
import type { CodemodPart, Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { findOfType, stringValue } from '../../../transforms/python/nodes.ts';
import { yamlSnippet, type BackendKeys } from './backend-keys.ts';
import { embeddedSettingsEdits, SETS_BACKENDS } from './embedded-python.ts';
import { isPythonSettingsModule, isTestModule } from './python-settings.ts';

export function tutorPythonPluginPart(table: BackendKeys): CodemodPart {
  return {
    kinds: ['python'],
    needles: ['PROCTORING_BACKENDS'],
    // Settings modules are edited as code by the settings part; tests belong to spec section 5.
    appliesTo: (relPath) => !isPythonSettingsModule(relPath) && !isTestModule(relPath),
    transform(file, ctx) {
      const edits: Edit[] = [];
      const patches = findOfType(file.tree!.rootNode, 'string', (n) => SETS_BACKENDS.test(n.text));
      for (const patch of patches) {
        const content = patch.namedChildren.find((c) => c.type === 'string_content');
        const code = stringValue(patch);
        const embedded = code !== null && content ? embeddedSettingsEdits(code, (offset) => content.startIndex + offset, table, ctx) : null;
        if (embedded && content) edits.push(...embedded.map((e) => ({ ...e, start: e.start + content.startIndex, end: e.end + content.startIndex })));
        else reviewUnreadable(patch, table, ctx);
      }
      return edits;
    },
  };
}

function reviewUnreadable(patch: SyntaxNode, table: BackendKeys, ctx: TransformContext): void {
  const vendors = Object.keys(table).filter((vendor) => patch.text.includes(vendor));
  if (!vendors.length) return;
  ctx.review({
    siteKind: 'dynamic-settings',
    at: patch,
    reason: 'this string carries PROCTORING_BACKENDS settings code the codemod cannot read (an f-string, escapes, indented or templated code): its backends were not checked',
    suggestion: `Add to each vendor entry of PROCTORING_BACKENDS in this patch:\n${vendors.map((v) => yamlSnippet(v, table[v])).join('\n')}`,
  });
}
