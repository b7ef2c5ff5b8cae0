// Remove object properties or array elements from JSON text without reformatting anything else (commas stay right).
import type { Node } from 'jsonc-parser';
import type { Edit } from '../../src/engine/types.ts';

const endOf = (node: Node): number => node.offset + node.length;

/**
 * Edits removing `members` (property nodes of an object, or element nodes of an array, from jsonc-parser's
 * `parseTree`) from their `container`. Each run of removed neighbours goes with the separator that belonged to it:
 * the comma after it when a kept member follows (the next member then takes the run's place and indentation), else
 * the comma before it. A container left empty becomes `{}` / `[]`.
 */
export function removeMembers(text: string, container: Node, members: readonly Node[]): Edit[] {
  const children = container.children ?? [];
  const doomed = new Set(members);
  if (!children.length || !members.length) return [];
  if (children.every((child) => doomed.has(child))) {
    return [{ start: container.offset + 1, end: endOf(container) - 1, text: '' }];
  }
  const edits: Edit[] = [];
  for (let i = 0; i < children.length; i++) {
    if (!doomed.has(children[i])) continue;
    let j = i;
    while (j + 1 < children.length && doomed.has(children[j + 1])) j++;
    const following = children[j + 1];
    edits.push(
      following
        ? { start: children[i].offset, end: following.offset, text: '' }
        : { start: endOf(children[i - 1]), end: endOf(children[j]), text: '' },
    );
    i = j;
  }
  return edits;
}

/** The property node (key and value) named `key` directly in an object node, or undefined. */
export function propertyNamed(object: Node | undefined, key: string): Node | undefined {
  if (object?.type !== 'object') return undefined;
  return object.children?.find((property) => property.children?.[0]?.value === key);
}

/** The value node of property `key` of an object node, or undefined. */
export function valueOf(object: Node | undefined, key: string): Node | undefined {
  return propertyNamed(object, key)?.children?.[1];
}
