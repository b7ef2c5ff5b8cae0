// Renaming words through a JS/JSX file (babel AST from jscodeshift) by a pure function of the word: bindings with all
// their uses, property names, and the string ids that spell the word (`'#word'`, `[data-testid="word"]`), so that
// files renamed separately (a page and its tests) agree. A word is left whole when one use crosses the file's boundary.
import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import type { Edit } from '../../src/engine/types.ts';
import { CROSSING, crossesAsAttribute, crossesAsKey, crossesAsMember, isKeyOf, originOf } from './module-boundary.ts';
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
  skipped: SkippedWord[];
  /** Message ids: never renamed (translations key on them). */
  messageIds: Array<{ start: number; end: number }>;
}

export interface Occurrence {
  word: string;
  start: number;
  position: WordPosition;
  namespaces: Namespace[];
  /** Why renaming here would break code in other files (or globals), or null; computed only for words to rename. */
  boundary: () => string | null;
}

export const STRING_ID = /^(#?)([A-Za-z_$][\w$]*)$|^\[([\w-]+)=(["']?)([\w$]+)\4\]$/;
const MODULE_CALLS = /^(require|jest\.mock|vi\.mock|jest\.requireActual|vi\.importActual|import)$/;
export const TEST_ID_ATTRIBUTES = /^(data-testid|data-test-id|testId)$/;
export const DOM_ID_ATTRIBUTES = /^(id|htmlFor|for|controlId|href|form|list|aria-(describedby|labelledby|controls|owns|activedescendant|errormessage))$/;
const isString = (node: BabelNode | null | undefined) => node?.type === 'StringLiteral' || (node?.type === 'Literal' && typeof node.value === 'string');
const keyName = (node: BabelNode) => (node.key?.type === 'Identifier' ? node.key.name : isString(node.key) ? node.key.value : null);

function identifierOccurrence(path: ASTPath, text: string): Occurrence | null {
  const node = path.node as BabelNode;
  const parent = path.parent.node as BabelNode;
  const at = { word: node.name as string, start: node.start };
  if (/MemberExpression$/.test(parent.type) && parent.property === node && !parent.computed) return { ...at, position: 'property', namespaces: ['key'], boundary: () => crossesAsMember(path, parent.object) };
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

const isModuleSpecifier = (path: ASTPath, text: string) => {
  const parent = path.parent.node as BabelNode;
  return /^(Import|Export)/.test(parent.type) || (parent.type === 'CallExpression' && MODULE_CALLS.test(text.slice(parent.callee.start, parent.callee.end)));
};

/** The `id` of a message descriptor or of `<FormattedMessage>`: translations key on it. */
function isMessageId(path: ASTPath): boolean {
  const parent = path.parent.node as BabelNode;
  if (['ObjectProperty', 'Property'].includes(parent.type) && parent.value === path.node && keyName(parent) === 'id') {
    return (path.parent.parent.node as BabelNode).properties.some((p: BabelNode) => keyName(p) === 'defaultMessage');
  }
  if (parent.type === 'JSXAttribute' && parent.name.name === 'id') {
    const element = path.parent.parent.node as BabelNode;
    return element.attributes.some((a: BabelNode) => a.name?.name === 'defaultMessage') || /Message$/.test(element.name.name ?? '');
  }
  return false;
}

/**
 * The namespace of a string id, from what it is given to: `context` is the attribute name or the callee's text
 * (`data-testid`, `getByTestId`, `htmlFor`); `#x` and `[id=x]` are DOM ids.
 */
export function idNamespace(context: string, hash: boolean, attribute: string | undefined): Namespace {
  if (hash || attribute === 'id') return 'dom-id';
  if (attribute) return TEST_ID_ATTRIBUTES.test(attribute) ? 'test-id' : 'key';
  if (TEST_ID_ATTRIBUTES.test(context) || /ByTestId$/.test(context)) return 'test-id';
  return DOM_ID_ATTRIBUTES.test(context) || /getElementById$/.test(context) ? 'dom-id' : 'key';
}

function stringNamespace(path: ASTPath, text: string, hash: boolean, attribute: string | undefined): Namespace {
  const parent = path.parent.node as BabelNode;
  const context = parent.type === 'JSXAttribute' ? String(parent.name.name) : parent.type === 'CallExpression' ? text.slice(parent.callee.start, parent.callee.end) : '';
  return idNamespace(context, hash, attribute);
}

export const SELECTOR_CALLS = /(querySelector|querySelectorAll|closest|matches)$/;
export const SELECTOR_PARTS = /#([A-Za-z_$][\w$]*)|\[([\w-]+)=(["']?)([\w$]+)\3\]/g;

/** `'#a'`, `'[data-testid="b"]'`, `'label[for="c"] input'` given to a query: each id in the selector. */
export function selectorOccurrences(node: { start: number; end: number }, value: string, text: string): Occurrence[] {
  const raw = text.slice(node.start, node.end);
  if (raw.slice(1, -1) !== value) return []; // escapes: offsets in the source would not match
  return [...value.matchAll(SELECTOR_PARTS)].map((m) => {
    const word = m[1] ?? m[4];
    const namespace: Namespace = m[1] || m[2] === 'id' || m[2] === 'for' ? 'dom-id' : TEST_ID_ATTRIBUTES.test(m[2]) ? 'test-id' : 'key';
    return { word, start: node.start + 1 + m.index! + m[0].lastIndexOf(word), position: 'string', namespaces: [namespace], boundary: () => null };
  });
}

function stringOccurrences(path: ASTPath, text: string): Occurrence[] {
  const node = path.node as BabelNode;
  const parent = path.parent.node as BabelNode;
  const value: string = node.type === 'TemplateLiteral' ? (node.expressions.length ? '' : node.quasis[0].value.cooked) : node.value;
  if (parent.type === 'CallExpression' && SELECTOR_CALLS.test(text.slice(parent.callee.start, parent.callee.end))) return selectorOccurrences(node, value, text);
  const match = STRING_ID.exec(value);
  if (!match) return [];
  const word = match[2] ?? match[5];
  const offset = text.slice(node.start, node.end).indexOf(word, 1);
  if (offset < 0) return [];
  const at = { word, start: node.start + offset };
  if (isKeyOf(parent, node)) return [{ ...at, position: 'property', namespaces: ['key'], boundary: () => crossesAsKey(path, text) }];
  if (/MemberExpression$/.test(parent.type) && parent.property === node) return [{ ...at, position: 'property', namespaces: ['key'], boundary: () => crossesAsMember(path, parent.object) }];
  return [{ ...at, position: 'string', namespaces: [stringNamespace(path, text, match[1] === '#', match[3])], boundary: () => null }];
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
export function renameWords(j: JSCodeshift, root: Collection, text: string, rename: (word: string, position: WordPosition) => string | null): WordRenames {
  const messageIds: WordRenames['messageIds'] = [];
  const occurrences = occurrencesOf(j, root, text, messageIds);
  return { ...decideRenames(occurrences, rename), messageIds };
}

/** The decision for any language's occurrences: which words are renamed (all their uses), which are skipped and why. */
export function decideRenames(occurrences: Occurrence[], rename: (word: string, position: WordPosition) => string | null): Omit<WordRenames, 'messageIds'> {
  const used = new Map<Namespace, Set<string>>();
  for (const { word, namespaces } of occurrences) for (const ns of namespaces) used.set(ns, (used.get(ns) ?? new Set()).add(word));
  const targets = new Map<string, string>();
  const skipped = new Map<string, SkippedWord>();
  const skip = (word: string, at: number, reason: string) => skipped.has(word) || skipped.set(word, { word, at, reason });
  for (const occurrence of occurrences) {
    const target = rename(occurrence.word, occurrence.position);
    if (!target || skipped.has(occurrence.word)) continue;
    const boundary = occurrence.boundary();
    if (boundary) skip(occurrence.word, occurrence.start, boundary);
    else if (occurrence.namespaces.some((ns) => used.get(ns)?.has(target))) skip(occurrence.word, occurrence.start, `would become \`${target}\`, which this file already uses`);
    else targets.set(occurrence.word, target);
  }
  for (const [word, target] of targets) {
    const rival = [...targets.keys()].find((other) => other !== word && targets.get(other) === target);
    if (rival) skip(word, occurrences.find((o) => o.word === word)!.start, `would become \`${target}\`, like \`${rival}\``);
  }
  // A skipped word is reported where it is first written, whichever use decided the skip.
  for (const entry of skipped.values()) entry.at = Math.min(...occurrences.filter((o) => o.word === entry.word).map((o) => o.start));
  const renamed = new Map([...targets].filter(([word]) => !skipped.has(word)));
  const edits = new Map<number, Edit>();
  for (const { word, start, position } of occurrences) {
    const target = renamed.get(word);
    if (target && rename(word, position) === target) edits.set(start, { start, end: start + word.length, text: target });
  }
  return { edits: [...edits.values()], renamed, skipped: [...skipped.values()] };
}
