// Bullet list items in reStructuredText, found by structure: an item owns its continuation lines and nested lists.
import type { Edit } from '../../src/engine/types.ts';

export interface BulletItem {
  /** 0-based first and last (non-blank) line of the item, nested content included. */
  firstLine: number;
  lastLine: number;
  /** Column where the item's text starts: its content lines are indented at least this far. */
  textColumn: number;
  /** The item's own first paragraph (marker removed, lines joined by spaces). */
  ownText: string;
  parent: BulletItem | null;
  children: BulletItem[];
}

const BULLET = /^(\s*)[-*+•‣⁃]( +)(\S.*)$/;
const indentOf = (line: string) => line.length - line.trimStart().length;
const isBlank = (line: string) => line.trim() === '';

/** Every bullet item of the document, outer items before the items nested in them. */
export function bulletItems(lines: string[]): BulletItem[] {
  const items: BulletItem[] = [];
  const open: BulletItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    while (open.length && indentOf(line) < open[open.length - 1].textColumn) open.pop();
    const match = BULLET.exec(line);
    if (!match) {
      open.forEach((item) => (item.lastLine = i));
      continue;
    }
    const parent = open[open.length - 1] ?? null;
    const textColumn = match[1].length + 1 + match[2].length;
    const paragraph = [match[3]];
    for (let j = i + 1; j < lines.length && !isBlank(lines[j]) && indentOf(lines[j]) >= textColumn && !BULLET.test(lines[j]); j++) {
      paragraph.push(lines[j].trim());
    }
    const item: BulletItem = { firstLine: i, lastLine: i, textColumn, ownText: paragraph.join(' '), parent, children: [] };
    parent?.children.push(item);
    open.forEach((outer) => (outer.lastLine = i));
    open.push(item);
    items.push(item);
  }
  return items;
}

/**
 * Edits deleting every item `remove` accepts, with its nested lists; an item introducing a nested list (its text ends
 * with `:`) whose nested items all go, goes too. Blank lines stay single. One edit per outermost deleted item.
 */
export function removeBulletItems(text: string, remove: (item: BulletItem) => boolean): Edit[] {
  const lines = text.split('\n');
  const items = bulletItems(lines);
  const gone = new Set(items.filter((item) => remove(item)));
  for (const item of [...items].reverse()) {
    const emptied = item.children.length > 0 && item.children.every((c) => gone.has(c)) && item.ownText.trimEnd().endsWith(':');
    if (emptied) gone.add(item);
  }
  const removed = [...gone].filter((item) => !hasRemovedAncestor(item, gone));
  const offsets: number[] = [0];
  for (const line of lines) offsets.push(offsets[offsets.length - 1] + line.length + 1);
  return removed.map((item) => {
    let last = item.lastLine;
    const before = lines[item.firstLine - 1];
    const after = lines[last + 1];
    if ((before === undefined || isBlank(before)) && after !== undefined && isBlank(after)) last++;
    return { start: offsets[item.firstLine], end: Math.min(offsets[last + 1], text.length), text: '' };
  });
}

function hasRemovedAncestor(item: BulletItem, gone: Set<BulletItem>): boolean {
  for (let parent = item.parent; parent; parent = parent.parent) if (gone.has(parent)) return true;
  return false;
}
