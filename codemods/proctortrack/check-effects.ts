// Spec sites EE-2, EE-3, EE-6, RR-2: what a provider check decides, from what the code it guards does (traced through locals).
import type { SyntaxNode } from '../../src/engine/types.ts';
import { callsOf, readsOf, scopeOf } from '../../transforms/python/local-flow.ts';
import { enclosingDefinition, stringValue } from '../../transforms/python/nodes.ts';
import { markerOf, markersIn, type MarkerHit } from './check-markers.ts';

export type CheckEffect =
  /** Sets, returns, validates or renders the escalation e-mail (EE-6: sets/returns it; EE-2: validates; EE-3: the checklist key). */
  | { kind: 'escalation-email'; site: 'EE-2' | 'EE-3' | 'EE-6' }
  /** Hides or shows Review Rules. */
  | { kind: 'review-rules' }
  | { kind: 'other'; does: string };

const CONDITION_PARTS = new Set(['parenthesized_expression', 'not_operator', 'boolean_operator']);
const MAX_DEPTH = 3;

const isField = (node: SyntaxNode, name: string) => node.parent?.childForFieldName(name)?.id === node.id;
const other = (does: string): CheckEffect => ({ kind: 'other', does });

/** The first line of some code, shortened, for a report. */
function brief(node: SyntaxNode): string {
  const line = node.text.split('\n')[0].trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** From the check up through `not`, `and`/`or` and parentheses: the whole condition, and what else it tests. */
function wholeCondition(check: SyntaxNode): { top: SyntaxNode; operands: SyntaxNode[] } {
  let top = check;
  const operands: SyntaxNode[] = [];
  while (top.parent && CONDITION_PARTS.has(top.parent.type)) {
    const current = top;
    if (top.parent.type === 'boolean_operator') operands.push(...top.parent.namedChildren.filter((c) => c.id !== current.id));
    top = top.parent;
  }
  return { top, operands };
}

const EXITS = new Set(['return_statement', 'raise_statement', 'continue_statement', 'break_statement']);

/**
 * The code an `if`/`elif` runs on its condition: its body, and an `else:` that only this condition decides; for a guard
 * clause (`if <check>: return`), the rest of the block, which runs only otherwise.
 */
function guardedBodies(statement: SyntaxNode): SyntaxNode[] {
  const body = statement.childForFieldName('consequence')!;
  const alternatives = statement.type === 'if_statement' ? statement.childrenForFieldName('alternative') : [];
  if (alternatives.length === 1 && alternatives[0].type === 'else_clause') return [body, alternatives[0].childForFieldName('body')!];
  const exits = EXITS.has(body.namedChildren.filter((c) => c.type !== 'comment').at(-1)?.type ?? '');
  const rest: SyntaxNode[] = [];
  for (let next = statement.nextNamedSibling; exits && !alternatives.length && next; next = next.nextNamedSibling) rest.push(next);
  return [body, ...rest];
}

function describeBody(body: SyntaxNode): string {
  const first = body.namedChildren.find((c) => c.type !== 'comment');
  const inner = first?.type === 'expression_statement' ? first.namedChildren[0] : first;
  if (!first || !inner) return 'guards no code';
  if (first.type === 'return_statement') return first.namedChildren[0] ? `guards code that returns \`${brief(first.namedChildren[0])}\`` : 'guards a return';
  if (first.type === 'raise_statement' && first.namedChildren[0]) return `guards code that raises \`${brief(first.namedChildren[0])}\``;
  if (inner.type === 'assignment') return `guards code that sets \`${brief(inner.childForFieldName('left')!)}\` to \`${brief(inner.childForFieldName('right')!)}\``;
  if (inner.type === 'call') return `guards code that calls \`${brief(inner.childForFieldName('function')!)}()\``;
  return `guards \`${brief(first)}\``;
}

/** A hit read as a value: inside an assignment's value or a returned expression (the code sets or returns the e-mail). */
function readsValue(hit: MarkerHit, code: SyntaxNode[]): boolean {
  for (let node = hit.at; node.parent && !code.some((c) => c.id === node.id); node = node.parent) {
    if ((node.parent.type === 'assignment' && isField(node, 'right')) || node.parent.type === 'return_statement') return true;
  }
  return false;
}

function fromCode(code: SyntaxNode[], does: string, chooses: boolean): CheckEffect {
  const hits = markersIn(code);
  const rules = hits.some((h) => h.marker === 'rules');
  const email = hits.some((h) => h.marker !== 'rules');
  if (rules && email) return other(`${does} (touching both the escalation e-mail and Review Rules)`);
  if (rules) return { kind: 'review-rules' };
  if (!email) return other(does);
  if (hits.some((h) => h.marker === 'checklist')) return { kind: 'escalation-email', site: 'EE-3' };
  return { kind: 'escalation-email', site: chooses || hits.some((h) => readsValue(h, code)) ? 'EE-6' : 'EE-2' };
}

function keyEffect(name: string, does: string): CheckEffect {
  const marker = markerOf(name);
  if (marker === 'checklist') return { kind: 'escalation-email', site: 'EE-3' };
  if (marker === 'email') return { kind: 'escalation-email', site: 'EE-2' };
  return marker === 'rules' ? { kind: 'review-rules' } : other(does);
}

/** One effect for several uses of a value: the one they agree on, else "other". */
function agreed(effects: CheckEffect[], does: string): CheckEffect {
  const decided = effects.filter((e) => e.kind !== 'other');
  if (decided.length && decided.every((e) => e.kind === decided[0].kind)) return decided[0];
  return other(decided.length ? `${does} (used both for the escalation e-mail and for Review Rules)` : does);
}

/** Where the check's value goes: a keyword, a dict key, a stored field, a local (and its uses), a function's result (and its callers). */
function valueEffect(node: SyntaxNode, depth: number): CheckEffect {
  const parent = node.parent;
  if (!parent) return other('has its result evaluated alone');
  if (parent.type === 'keyword_argument' && isField(node, 'value')) return keyEffect(parent.childForFieldName('name')!.text, `has its result passed as \`${parent.childForFieldName('name')!.text}=\``);
  if (parent.type === 'pair' && isField(node, 'value')) return keyEffect(stringValue(parent.childForFieldName('key')) ?? '', `has its result stored under \`${brief(parent.childForFieldName('key')!)}\``);
  if (parent.type === 'assignment' && isField(node, 'right')) {
    const target = parent.childForFieldName('left')!;
    if (target.type === 'attribute') return keyEffect(target.childForFieldName('attribute')!.text, `has its result stored in \`${brief(target)}\``);
    if (target.type === 'subscript') return keyEffect(stringValue(target.childForFieldName('subscript')) ?? '', `has its result stored in \`${brief(target)}\``);
    if (target.type !== 'identifier' || depth >= MAX_DEPTH) return other(`has its result assigned to \`${brief(target)}\``);
    const reads = readsOf(scopeOf(target), target.text);
    return agreed(reads.map((read) => checkEffect(read, depth + 1)), `has its result assigned to \`${target.text}\`${reads.length ? '' : ', never read'}`);
  }
  if (parent.type === 'return_statement') {
    const fn = enclosingDefinition(node, 'function_definition');
    const name = fn?.childForFieldName('name')!.text;
    const does = `has its result returned by \`${name ?? '?'}()\``;
    if (!name || depth >= MAX_DEPTH) return other(does);
    return agreed(callsOf(fn!).map((call) => checkEffect(call, depth + 1)), does);
  }
  return other(`has its result used in \`${brief(parent)}\``);
}

/** What the code a provider check (its comparison node) guards does with the result. */
export function checkEffect(check: SyntaxNode, depth = 0): CheckEffect {
  const { top, operands } = wholeCondition(check);
  const parent = top.parent;
  if (parent && (parent.type === 'if_statement' || parent.type === 'elif_clause') && isField(top, 'condition')) {
    const bodies = guardedBodies(parent);
    return fromCode([...bodies, ...operands], describeBody(bodies[0]), false);
  }
  if (parent?.type === 'conditional_expression' && parent.namedChildren[1]?.id === top.id) {
    const [whenTrue, , whenFalse] = parent.namedChildren;
    const chosen = fromCode([whenTrue, whenFalse, ...operands], `chooses between \`${brief(whenTrue)}\` and \`${brief(whenFalse)}\``, true);
    if (chosen.kind !== 'other') return chosen;
    const stored = valueEffect(parent, depth);
    return stored.kind === 'other' ? chosen : stored;
  }
  return valueEffect(top, depth);
}
