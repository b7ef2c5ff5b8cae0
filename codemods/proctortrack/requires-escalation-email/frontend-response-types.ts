// Spec sites FE-1 and EE-5 in TS types: a type of the settings GET response declaring `available_proctoring_providers`
// declares `requires_escalation_email_providers` too, so code and test mocks that now carry it still type-check.
import { lineStart } from '../../../src/engine/lines.ts';
import type { CodemodPart, Edit, SyntaxNode } from '../../../src/engine/types.ts';
import { findOfType } from '../../../transforms/python/nodes.ts';
import { AVAILABLE_KEY, RESPONSE_KEY } from './frontend-common.ts';

/** The name token of a member (`name: T`, `'name'?: T`), null for index signatures and methods. */
function memberName(member: SyntaxNode): SyntaxNode | null {
  const name = member.type === 'property_signature' ? member.namedChildren.find((c) => c.type === 'property_identifier' || c.type === 'string') : null;
  return name ?? null;
}
const nameText = (name: SyntaxNode) => (name.type === 'string' ? name.text.slice(1, -1) : name.text);

/** The new member after `available_proctoring_providers`, copied from it (modifiers, `?`, type, quotes, layout). */
function memberEdit(text: string, member: SyntaxNode, name: SyntaxNode): Edit {
  const copied = text.slice(member.startIndex, name.startIndex) + (name.type === 'string' ? `${name.text[0]}${RESPONSE_KEY}${name.text[0]}` : RESPONSE_KEY) + text.slice(name.endIndex, member.endIndex);
  const separator = member.nextSibling && [';', ','].includes(member.nextSibling.type) ? member.nextSibling : null;
  const indent = text.slice(lineStart(text, member.startIndex), member.startIndex);
  const ownLine = /^[ \t]*$/.test(indent);
  const mark = separator?.type ?? ';';
  const at = separator ? separator.endIndex : member.endIndex;
  const added = ownLine ? `\n${indent}${copied}${mark}` : ` ${copied}${mark}`;
  return { start: at, end: at, text: separator ? added : `${mark}${added.slice(0, -1)}` };
}

export const frontendResponseTypes: CodemodPart = {
  kinds: ['typescript', 'tsx'],
  needles: [AVAILABLE_KEY],
  transform(file, ctx) {
    if (!file.tree) return null;
    const edits: Edit[] = [];
    for (const body of findOfType(file.tree.rootNode, ['interface_body', 'object_type'])) {
      const named = body.namedChildren.map((member) => ({ member, name: memberName(member) })).filter((m) => m.name);
      const available = named.find((m) => nameText(m.name!) === AVAILABLE_KEY);
      if (!available || named.some((m) => nameText(m.name!) === RESPONSE_KEY)) continue;
      ctx.site('FE-1', available.member.startIndex);
      edits.push(memberEdit(file.text, available.member, available.name!));
    }
    return edits;
  },
};
