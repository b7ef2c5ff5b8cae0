// Spec site RR-3 in tests and section 5: which `@override_waffle_flag(SHOW_REVIEW_RULES_FLAG, active=X)` toggles test
// the vendor's review rules in a shape the show-review-rules codemod rewrites to a `show_review_rules: X` backend.
import type { SyntaxNode } from '../../src/engine/types.ts';
import { stringValue } from '../../transforms/python/nodes.ts';
import { backendOverrides, overridesAt } from './requires-escalation-email/test-overrides.ts';
import { VENDOR } from './vendor.ts';

export const FLAG = 'SHOW_REVIEW_RULES_FLAG';
export const HELPER = 'show_review_rules';
/** Parts of a test's name that named the vendor or the flag: after the rewrite the name says what the backend does. */
const FLAG_OR_VENDOR_IN_NAME = /_(?:for|with|using)_proctortrack(?=_|$)|_(?:when|if)_(?:the_)?flag_(?:is_)?(?:on|off|enabled|disabled|active|inactive)(?=_|$)/g;

export interface FlagToggle {
  decorator: SyntaxNode;
  test: SyntaxNode;
  /** The flag's `active=` value: the backend's `show_review_rules` after the rewrite. */
  value: 'True' | 'False';
  /** The vendor as a provider value in the test (decorators included). */
  vendorLiterals: SyntaxNode[];
  /** The test's new name, or null when it names neither the vendor nor the flag. */
  renamed: string | null;
}

/** `@override_waffle_flag(SHOW_REVIEW_RULES_FLAG, ...)`: true for the decorator's call. */
export function isFlagToggle(decorator: SyntaxNode): boolean {
  const call = decorator.namedChildren[0];
  return call?.type === 'call' && call.childForFieldName('function')?.text === 'override_waffle_flag' && call.childForFieldName('arguments')?.namedChildren[0]?.text === FLAG;
}

const mentions = (text: string) => (text.match(/proctortrack/gi) ?? []).length;

/**
 * The toggle as a rewrite, or null: only on a test that passes the vendor, reads `show_review_rules`, has no backend
 * override and names the vendor nowhere else (messages, comments, names no rule covers are left to a review item).
 */
export function rewritableToggle(decorator: SyntaxNode): FlagToggle | null {
  const test = decorator.parent?.childForFieldName('definition');
  const args = decorator.namedChildren[0]?.childForFieldName('arguments')?.namedChildren ?? [];
  // `active` by keyword or by position (override_waffle_flag(flag, active)).
  const positional = args[1]?.type === 'keyword_argument' ? undefined : args[1]?.text;
  const value = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'active')?.childForFieldName('value')?.text ?? positional;
  if (!test || !isFlagToggle(decorator) || (value !== 'True' && value !== 'False')) return null;
  const vendorLiterals = decorator.parent!.descendantsOfType('string').filter((s) => stringValue(s) === VENDOR);
  if (!vendorLiterals.length || !test.text.includes(HELPER) || overridesAt(test, backendOverrides(test.tree.rootNode)).length) return null;
  const name = test.childForFieldName('name')!.text;
  const stripped = name.replace(FLAG_OR_VENDOR_IN_NAME, '');
  if (mentions(decorator.parent!.text) !== vendorLiterals.length + mentions(name) || mentions(stripped)) return null;
  const renamed = stripped === name ? null : `${stripped}_if_backend_${value === 'True' ? 'shows' : 'hides'}_review_rules`;
  return { decorator, test, value, vendorLiterals, renamed };
}

const toggled = (definition: SyntaxNode) =>
  definition.parent?.type === 'decorated_definition' && definition.parent.namedChildren.some((d) => d.type === 'decorator' && isFlagToggle(d));

/**
 * True when the show-review-rules codemod rewrites the test (or class) or gives it a review item: a test that uses the
 * flag (decorators included), or a class toggling it, itself or around it.
 */
export function hasFlagToggle(definition: SyntaxNode): boolean {
  const usesFlag = (n: SyntaxNode) => (n.parent?.type === 'decorated_definition' ? n.parent : n).descendantsOfType('identifier').some((i) => i.text === FLAG);
  if (definition.type === 'function_definition' && usesFlag(definition)) return true;
  for (let node: SyntaxNode | null = definition; node; node = node.parent) if (node.type === 'class_definition' && toggled(node)) return true;
  return false;
}

/** How often the test (decorators included) names the vendor, for its review item. */
export const vendorMentions = (test: SyntaxNode) => mentions((test.parent?.type === 'decorated_definition' ? test.parent : test).text);
