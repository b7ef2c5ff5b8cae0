// Renaming words through a JS/JSX file (babel AST from jscodeshift) by a pure function of the word: bindings with all
// their uses, property names, and the string ids that spell the word (`'#word'`, `[data-testid="word"]`), so that
// files renamed separately (a page and its tests) agree. A word is left whole when one use crosses the file's boundary.
import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import type { Edit } from '../../src/engine/types.ts';
import { hookStatePairs, isKeyOf } from './component-state.ts';
import { CROSSING, crossesAsAttribute, crossesAsKey, crossesAsMember, originOf } from './module-boundary.ts';
import { isMessageId, isModuleSpecifier, stringOccurrences } from './string-ids.ts';
import type { BabelNode } from './statement-removal.ts';

/** Where a word stands: a variable (binding or reference), a property name, or the text of a string. */
export type WordPosition = 'variable' | 'property' | 'string';

/**
 * What a new name may clash with: variables; property names (with the strings that reach them, `obj[event.target.name]`);
 * DOM ids (`id`, `htmlFor`, `#anchors`); test ids.
 */
export type Namespace = 'variable' | 'key' | 'dom-id' | 'test-id';

export interface SkippedWord {
  word: string;
  at: number;
  reason: string;
}

export interface WordRenames {
  edits: Edit[];
  /** word → new word, for every word renamed. */
  renamed: Map<string, string>;
  /** The DOM ids among them (a stylesheet may select them). */
  renamedDomIds: Map<string, string>;
  skipped: SkippedWord[];
  /** Message ids: never renamed (translations key on them). */
  messageIds: Array<{ start: number; end: number }>;
}

export interface RenameOptions {
  /** Data strings may decide a rename alone: in tests, whose strings stand for the page's names and ids. */
  stringsAlone?: boolean;
  /** Pairs of names renamed together or not at all (a state value and its setter). */
  linked?: Array<[string, string]>;
}

export interface Occurrence {
  word: string;
  start: number;
  position: WordPosition;
  namespaces: Namespace[];
  /** A string given to a call, an object or an attribute as data: renamed only along with a name or id of the file. */
  follows?: boolean;
  /** Why renaming here would break code in other files (or globals), or null; computed only for words to rename. */
  boundary: () => string | null;
}

function identifierOccurrence(path: ASTPath, text: string): Occurrence | null {
  const node = path.node as BabelNode;
  const parent = path.parent.node as BabelNode;
  const at = { word: node.name as string, start: node.start };
  if (/MemberExpression$/.test(parent.type) && parent.property === node && !parent.computed) return { ...at, position: 'property', namespaces: ['key'], boundary: () => crossesAsMember(path, parent.object, text) };
  if (isKeyOf(parent, node)) return parent.shorthand ? null : { ...at, position: 'property', namespaces: ['key'], boundary: () => crossesAsKey(path, text) }; // a shorthand's value node stands for both
  if (/^Class(Private)?(Property|Method)$/.test(parent.type) && parent.key === node) return { ...at, position: 'property', namespaces: ['key'], boundary: () => null };
  if (parent.type === 'JSXAttribute') return { ...at, position: 'property', namespaces: ['key'], boundary: () => crossesAsAttribute(path) };
  if (/^Export/.test(parent.type)) return { ...at, position: 'variable', namespaces: ['variable'], boundary: () => CROSSING.export! };
  const shorthand = ['ObjectProperty', 'Property'].includes(parent.type) && parent.shorthand && parent.value === node;
  return {
    ...at,
    position: 'variable',
    namespaces: shorthand ? ['variable', 'key'] : ['variable'],
    boundary: () => CROSSING[originOf(path, node.name)] ?? (shorthand ? crossesAsKey(path, text) : null),
  };
}

function occurrencesOf(j: JSCodeshift, root: Collection, text: string, messageIds: WordRenames['messageIds']): Occurrence[] {
  const occurrences: Occurrence[] = [];
  root.find(j.Identifier).forEach((path) => {
    const occurrence = identifierOccurrence(path, text);
    if (occurrence) occurrences.push(occurrence);
  });
  const strings = (path: ASTPath) => {
    if (isMessageId(path)) return void messageIds.push(path.node as unknown as BabelNode);
    if (isModuleSpecifier(path, text)) return;
    occurrences.push(...stringOccurrences(path, text));
  };
  root.find(j.StringLiteral).forEach(strings);
  root.find(j.TemplateLiteral).forEach(strings);
  return occurrences;
}

/**
 * Rename every word `rename` gives a new name for, in every position it accepts. A word is skipped (every use kept)
 * when one of its uses is imported, exported, global, a prop or a parameter's property, or when the new name is
 * already used in a namespace the word is used in (or two words would get the same one).
 */
export function renameWords(j: JSCodeshift, root: Collection, text: string, rename: (word: string, position: WordPosition) => string | null, options: RenameOptions = {}): WordRenames {
  const messageIds: WordRenames['messageIds'] = [];
  const occurrences = occurrencesOf(j, root, text, messageIds);
  const linked = [...(options.linked ?? []), ...hookStatePairs(j, root, text)];
  return { ...decideRenames(occurrences, rename, { ...options, linked }), messageIds };
}

/** The decision for any language's occurrences: which words are renamed (all their uses), which are skipped and why. */
export function decideRenames(occurrences: Occurrence[], rename: (word: string, position: WordPosition) => string | null, options: RenameOptions = {}): Omit<WordRenames, 'messageIds'> {
  const used = new Map<Namespace, Set<string>>();
  for (const { word, namespaces } of occurrences) for (const ns of namespaces) used.set(ns, (used.get(ns) ?? new Set()).add(word));
  const targets = new Map<string, string>();
  const skipped = new Map<string, SkippedWord>();
  const skip = (key: string, word: string, at: number, reason: string) => skipped.has(key) || skipped.set(key, { word, at, reason });
  // A data string (`t('x')`, `getItem('x')`, `{ event: 'x' }`) follows a name or an id of the file, never decides alone.
  const anchored = new Set(occurrences.filter((o) => options.stringsAlone || !o.follows).map(decisionKey));
  for (const occurrence of occurrences) {
    const key = decisionKey(occurrence);
    const target = rename(occurrence.word, occurrence.position);
    if (!target || skipped.has(key) || !anchored.has(key)) continue;
    const boundary = occurrence.boundary();
    if (boundary) skip(key, occurrence.word, occurrence.start, boundary);
    else if (occurrence.namespaces.some((ns) => used.get(ns)?.has(target))) skip(key, occurrence.word, occurrence.start, `would become \`${target}\`, which this file already uses`);
    else targets.set(key, target);
  }
  for (const [key, target] of targets) {
    const rival = [...targets.keys()].find((other) => other !== key && other.startsWith('#') === key.startsWith('#') && targets.get(other) === target);
    if (rival) skip(key, key.replace(/^#/, ''), 0, `would become \`${target}\`, like \`${rival.replace(/^#/, '')}\``);
  }
  for (const pair of options.linked ?? []) {
    for (const [kept, other] of [pair, [pair[1], pair[0]]]) {
      if (skipped.has(kept) && targets.has(other)) skip(other, other, 0, `goes with \`${kept}\`, which keeps its name`);
    }
  }
  // A skipped word is reported where it is first written, whichever use decided the skip.
  for (const [key, entry] of skipped) entry.at = Math.min(...occurrences.filter((o) => decisionKey(o) === key).map((o) => o.start));
  const edits = new Map<number, Edit>();
  const renamed = new Map<string, string>();
  const renamedDomIds = new Map<string, string>();
  for (const occurrence of occurrences) {
    const { word, start, position } = occurrence;
    const key = decisionKey(occurrence);
    const target = skipped.has(key) ? undefined : targets.get(key);
    if (!target || rename(word, position) !== target) continue;
    edits.set(start, { start, end: start + word.length, text: target });
    renamed.set(word, target);
    if (occurrence.namespaces.includes('dom-id')) renamedDomIds.set(word, target);
  }
  // A word skipped as a name but renamed as an id (or the reverse) is reported as skipped once, where the name is.
  return { edits: [...edits.values()], renamed, renamedDomIds, skipped: [...skipped.values()].filter((entry, i, all) => all.findIndex((e) => e.word === entry.word) === i) };
}

/**
 * DOM and test ids are decided apart from the names that spell the same word: an id's pages and tests agree on it
 * whatever a prop or an import of that name does (`data-testid="x"` next to a prop `x`).
 */
function decisionKey(occurrence: Occurrence): string {
  const isId = occurrence.position === 'string' && occurrence.namespaces.every((ns) => ns === 'dom-id' || ns === 'test-id');
  return isId ? `#${occurrence.word}` : occurrence.word;
}
