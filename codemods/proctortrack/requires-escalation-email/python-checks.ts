// Spec sites EE-1, EE-2, EE-3, EE-6 in edx-platform Python outside tests (what is left is reviewed by python-reviews.ts).
import type { CodemodPart, Edit, SyntaxNode } from '../../../src/engine/types.ts';
import { findOfType, usesOf } from '../../../transforms/python/nodes.ts';
import { isHelperModule } from '../proctoring-helpers.ts';
import { isTestFile } from '../remove-create-zendesk-tickets/python-common.ts';
import { addHelperImport } from '../helper-import.ts';
import { backendPresenceEdits } from './backend-presence.ts';
import { rewordComments } from './comments.ts';
import { providerCheckEdits } from './provider-checks.ts';
import { HELPER } from './names.ts';

/** A binding of the helper's name other than its import would be shadowed by (or shadow) the import. */
function bindsHelperName(root: SyntaxNode): SyntaxNode | undefined {
  return usesOf(root, HELPER).find((n) => {
    const parent = n.parent;
    if (!parent) return false;
    if (parent.type === 'function_definition' || parent.type === 'class_definition') return parent.childForFieldName('name')?.id === n.id;
    return ['assignment', 'parameters', 'default_parameter', 'for_statement', 'keyword_argument'].includes(parent.type) && parent.firstNamedChild?.id === n.id;
  });
}

export const pythonChecksPart: CodemodPart = {
  kinds: ['python'],
  needles: ['roctortrack', 'PROCTORTRACK'],
  appliesTo: (relPath) => !isTestFile(relPath) && !isHelperModule(relPath),
  transform(file, ctx) {
    const tree = file.tree!;
    const root = tree.rootNode;
    const clash = bindsHelperName(root);
    if (clash) {
      ctx.warn(`${file.relPath} binds \`${HELPER}\` itself: escalation-email checks left for review`);
      return null;
    }
    const presence = findOfType(root, ['if_statement', 'elif_clause']).map((s) => ({ s, edits: backendPresenceEdits(file.text, s, ctx) }));
    const checks = providerCheckEdits(file.text, root, ctx);
    const rewritten = [...presence.filter((p) => p.edits.length).map((p) => p.s), ...checks.rewritten];
    const edits: Edit[] = [...presence.flatMap((p) => p.edits), ...checks.edits];
    edits.push(...rewordComments(file.text, rewritten));
    if (!rewritten.length) return edits;
    const all = [...edits, ...addHelperImport(file.text, tree, HELPER)];
    return all;
  },
};
