// Spec section 5: whatever names Proctortrack in a test after the mechanical rewrites is one review item per test.
import type { SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { functionNames } from '../../../transforms/python/function-names.ts';
import { statementOf } from '../../../transforms/python/nodes.ts';
import { hasFlagToggle } from '../review-rules-toggles.ts';
import { decideOverrides, type Decision } from './test-decisions.ts';
import { isInside, withDecorators } from './test-overrides.ts';
import { neutralTestName } from './test-renames.ts';
import { isDictKey, leftoverMentions, mentionOffset, siteTextOf } from './vendor-leftovers.ts';

const SUGGESTION =
  'Drive the test with override_settings(PROCTORING_BACKENDS={"test_proctoring_provider": {"requires_escalation_email": True}}) and use that provider, or drop the vendor name.';

/** The test (else the function or class, else the module statement) a mention belongs to: one review item each. */
function ownerOf(node: SyntaxNode): SyntaxNode {
  let outer: SyntaxNode | null = null;
  for (let current: SyntaxNode | null = node; current; current = current.parent) {
    const definition = current.type === 'decorated_definition' ? current.childForFieldName('definition')! : current;
    if (definition.type !== 'function_definition' && definition.type !== 'class_definition') continue;
    if (definition.type === 'function_definition' && /^test/.test(definition.childForFieldName('name')!.text)) return definition;
    outer ??= definition;
  }
  return outer ?? statementOf(node);
}

function what(node: SyntaxNode): string {
  if (isDictKey(node)) return 'a backend override entry';
  if (node.type === 'comment') return 'a comment';
  return node.type === 'identifier' ? `the name \`${node.text}\`` : 'a string';
}

export function reviewTestLeftovers(root: SyntaxNode, ctx: TransformContext): void {
  const undecided = decideOverrides(root).filter((d) => d.action === 'review');
  const names = functionNames(root);
  const groups = new Map<number, { owner: SyntaxNode; mentions: SyntaxNode[] }>();
  for (const node of leftoverMentions(root, true)) {
    const owner = ownerOf(node);
    // The show-review-rules codemod (later in the campaign) rewrites this test with its flag toggle, or reviews it.
    if ((owner.type === 'function_definition' || owner.type === 'class_definition') && hasFlagToggle(owner)) continue;
    const group = groups.get(owner.id) ?? { owner, mentions: [] };
    group.mentions.push(node);
    groups.set(owner.id, group);
  }
  for (const { owner, mentions } of groups.values()) {
    const name = owner.childForFieldName('name')?.text ?? 'module level';
    // A class is reviewed for its own overrides only: those of its tests get their tests' items.
    const holds = (d: Decision) => (owner.type === 'class_definition' ? d.overrides.some((o) => o.scope.id === owner.id) : isInside(d.dict, withDecorators(owner)));
    const decision = undecided.find((d) => d.tests.some((t) => t.id === owner.id) || holds(d));
    const kinds = [...new Set(mentions.map(what))].join(', ');
    // A converted test keeps a vendor name when its neutral name would define another test a second time.
    const neutral = mentions.some((m) => m.id === owner.childForFieldName('name')?.id) ? neutralTestName(name) : null;
    const clash = neutral && names.has(neutral) ? `; its neutral name ${neutral} is taken by another test` : '';
    ctx.review({
      siteKind: decision ? 'test-backend-override' : 'test-vendor',
      at: mentionOffset(mentions[0]),
      // The whole test, so the audit counts each of its vendor lines as this one item.
      ...(owner.type === 'module' ? {} : { end: owner }),
      siteText: `${name}: ${mentions.map(siteTextOf).join(' | ')}`,
      reason: decision
        ? `${name} keeps its proctortrack backend: ${decision.reason} (names Proctortrack in ${kinds})`
        : `${name} names Proctortrack (${kinds}) and no mechanical rewrite applies${clash}`,
      suggestion: decision
        ? 'Give each case its own backend under a neutral name, with "requires_escalation_email" (and "show_review_rules") set as the case needs.'
        : SUGGESTION,
    });
  }
}
