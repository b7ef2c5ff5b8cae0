// Spec sites EE-2, EE-3, EE-6, RR-2: a provider check replaced by a backend helper call; LTI stays an explicit test.
import type { Edit, TransformContext } from '../../src/engine/types.ts';
import type { ValueTest } from '../../transforms/python/comparisons.ts';
import { stringValue } from '../../transforms/python/nodes.ts';
import { comparisonToCall } from '../../transforms/python/replace-comparison.ts';
import { VENDOR } from './vendor.ts';

/** LTI providers have no `PROCTORING_BACKENDS` entry (LTI always needs the email): a check keeps testing them by name. */
const KEPT_EXPLICIT = new Set(['lti_external']);
/** Where an `a or b` replacement needs no parentheses around it. */
const WHOLE_EXPRESSION_PARENTS = new Set(['if_statement', 'elif_clause', 'assignment', 'keyword_argument', 'pair', 'return_statement', 'parenthesized_expression', 'argument_list', 'expression_statement']);

/** The providers a check names besides the vendor that the helper now decides for, and those it keeps testing by name. */
export function splitOthers(test: ValueTest): { folded: string[]; kept: string[] } {
  return { folded: test.others.filter((v) => !KEPT_EXPLICIT.has(v)), kept: test.others.filter((v) => KEPT_EXPLICIT.has(v)) };
}

/**
 * The note for a check that also tested other providers (`p in ('examity', 'proctortrack')`): the helper now decides for
 * them too, so their backends need the key (operator-config's option adds it).
 */
export function otherProvidersNote(test: ValueTest, replacement: string, key: string, option: string): string | null {
  const { folded } = splitOthers(test);
  if (!folded.length) return null;
  const names = folded.map((v) => `\`${v}\``).join(', ');
  return `\`${test.node.text.replace(/\s+/g, ' ')}\` became \`${replacement}\`; it also named ${names}: give those backends ${key} too (--option operator-config.${option}=${[VENDOR, ...folded].join(',')})`;
}

/** The literal of a kept provider as the check wrote it (its quotes). */
function literalOf(test: ValueTest, value: string): string {
  return test.node.descendantsOfType('string').find((s) => stringValue(s) === value)?.text ?? `'${value}'`;
}

/** `call or p == 'lti_external'` (`not call and p != 'lti_external'`), parenthesised unless it stands alone. */
function withKept(test: ValueTest, call: string, kept: string[]): Edit {
  const subject = test.subject.text;
  const literals = kept.map((v) => literalOf(test, v));
  const named = literals.length === 1 ? `${subject} ${test.negated ? '!=' : '=='} ${literals[0]}` : `${subject} ${test.negated ? 'not in' : 'in'} (${literals.join(', ')})`;
  const combined = test.negated ? `not ${call} and ${named}` : `${call} or ${named}`;
  const standsAlone = WHOLE_EXPRESSION_PARENTS.has(test.node.parent?.type ?? '');
  return { start: test.node.startIndex, end: test.node.endIndex, text: standsAlone ? combined : `(${combined})` };
}

/** The edit replacing a provider check by the helper call (negation kept), and the note naming other providers it tested. */
export function checkRewrite(test: ValueTest, helper: string, key: string, option: string, ctx: TransformContext): Edit {
  const call = `${helper}(${test.subject.text})`;
  const { kept } = splitOthers(test);
  const edit = kept.length ? withKept(test, call, kept) : comparisonToCall(test, () => call);
  const note = otherProvidersNote(test, edit.text, key, option);
  if (note) ctx.warn(note);
  return edit;
}
