// Spec section 5: what each backend override becomes, decided from what the tests it is in force for do with providers.
import type { SyntaxNode } from '../../../src/engine/types.ts';
import { findPair, pairsOf } from '../../../transforms/python/dict-entries.ts';
import { stringValue } from '../../../transforms/python/nodes.ts';
import { VENDOR } from '../vendor.ts';
import { backendOverrides, constantEscapes, isInside, isTestScope, testsOf, withDecorators, type BackendOverride } from './test-overrides.ts';

export const NEUTRAL_PROVIDER = 'test_proctoring_provider';
export const FLAG = 'requires_escalation_email';

/** What the tests of one dict do: `convert` the vendor entry, `remove` it unused, or leave it for a review item. */
export type Action = 'convert' | 'remove' | 'review';

export interface Decision {
  dict: SyntaxNode;
  overrides: BackendOverride[];
  /** Every test the dict is in force for. */
  tests: SyntaxNode[];
  /** The tests that use the vendor: as a provider (literal value, or the override's DEFAULT), or by its backend's presence. */
  vendorTests: SyntaxNode[];
  action: Action;
  /** Why no rule decides (action `review`). */
  reason: string;
}

/** A test's strings outside every override dict (ddt rows and other decorators included). */
export function testStrings(test: SyntaxNode, dicts: SyntaxNode[]): SyntaxNode[] {
  return withDecorators(test).descendantsOfType('string').filter((s) => !dicts.some((d) => isInside(s, d)));
}

const defaultOf = (dict: SyntaxNode) => stringValue(findPair(dict, 'DEFAULT')?.childForFieldName('value'));
const entryValue = (dict: SyntaxNode, key: string) => pairsOf(dict).find((p) => stringValue(p.childForFieldName('key')) === key)?.childForFieldName('value') ?? null;
const flagged = (entry: SyntaxNode | null) => entry?.type === 'dictionary' && findPair(entry, FLAG)?.childForFieldName('value')?.text === 'True';

/** True when a test uses `provider`: as a string value in its body or decorators, or as the DEFAULT of an override in force. */
function uses(test: SyntaxNode, provider: string, inForce: SyntaxNode[], dicts: SyntaxNode[]): boolean {
  return testStrings(test, dicts).some((s) => stringValue(s) === provider) || inForce.some((d) => defaultOf(d) === provider);
}

/**
 * The advanced-settings exclude list (EE-1) showed the escalation email field whenever a `proctortrack` backend
 * existed: a test reading it uses the vendor entry by its presence alone.
 */
const EXCLUDE_LIST_READERS = /\b(?:get_exclude_list_of_fields|CourseMetadata\s*\.\s*fetch(?:_all)?)\s*\(/;
const readsBackendPresence = (test: SyntaxNode) => EXCLUDE_LIST_READERS.test(test.text);

/**
 * Names assigned at module or class level whose value holds the vendor's name, such as a provider list given to
 * `@ddt.data(*PROVIDERS)` or the `PROCTORTRACK` of a constants class: a test reading one uses the vendor without naming
 * it, and renaming the shared value is no per-test rewrite. Backends constants of overrides aside.
 */
function vendorHoldingNames(root: SyntaxNode, constants: Set<string>): Set<string> {
  const names = new Set<string>();
  const scopes = [root, ...root.descendantsOfType('class_definition').map((c) => c.childForFieldName('body')!)];
  for (const statement of scopes.flatMap((s) => s.namedChildren)) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
    const bound = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
    const holdsVendor = statement.descendantsOfType('string').some((s) => stringValue(s) === VENDOR);
    if (bound?.type === 'identifier' && holdsVendor && !constants.has(bound.text)) names.add(bound.text);
  }
  return names;
}

/** The first vendor-holding name the test (decorators included) reads, or null. */
const vendorNameRead = (test: SyntaxNode, names: Set<string>) => withDecorators(test).descendantsOfType('identifier').find((i) => names.has(i.text))?.text ?? null;

/** The reason no rule decides a dict whose vendor entry the tests use, or null when converting it is safe. */
function blocker(dict: SyntaxNode, tests: SyntaxNode[], vendorTests: SyntaxNode[], inForce: (t: SyntaxNode) => SyntaxNode[], dicts: SyntaxNode[], names: Set<string>): string | null {
  const read = vendorTests.map((t) => vendorNameRead(t, names)).find((n) => n !== null);
  if (read) return `a test takes proctortrack from ${read}, defined outside the test, so the provider cannot follow the backend's rename there`;
  const entry = entryValue(dict, VENDOR);
  const neutral = entryValue(dict, NEUTRAL_PROVIDER);
  if ((entry && entry.type !== 'dictionary') || (neutral && neutral.type !== 'dictionary')) return 'its backend entries are not plain dicts';
  const flag = entry?.type === 'dictionary' ? findPair(entry, FLAG)?.childForFieldName('value') : null;
  if (flag && flag.text !== 'True') return `its proctortrack entry sets ${FLAG} to ${flag.text}`;
  if (!flagged(neutral) && tests.some((t) => uses(t, NEUTRAL_PROVIDER, inForce(t), dicts))) {
    const named = tests.some((t) => testStrings(t, dicts).some((s) => stringValue(s) === NEUTRAL_PROVIDER));
    // A DEFAULT of the neutral provider may be boilerplate, or what a course created in the test gets: not decidable.
    const how = named ? 'it uses' : 'its DEFAULT is';
    return `${how} ${NEUTRAL_PROVIDER}, a provider that needs no escalation email, and proctortrack as one that does, under the same override`;
  }
  if (vendorTests.some((t) => /review_rules/.test(withDecorators(t).text.replace(dict.text, '')))) {
    return 'it checks review rules with proctortrack, whose review-rules behaviour now comes from its backend\'s "show_review_rules"';
  }
  return null;
}

/** One decision per override dict that names the vendor (a module constant's overrides share one). */
export function decideOverrides(root: SyntaxNode): Decision[] {
  const overrides = backendOverrides(root);
  const dicts = [...new Map(overrides.map((o) => [o.dict.id, o.dict])).values()];
  const inForce = (test: SyntaxNode) => overrides.filter((o) => testsOf(o).some((t) => t.id === test.id)).map((o) => o.dict);
  const names = vendorHoldingNames(root, new Set(overrides.map((o) => o.constant).filter((c) => c !== null)));
  const decisions: Decision[] = [];
  for (const dict of dicts) {
    const own = overrides.filter((o) => o.dict.id === dict.id);
    if (!entryValue(dict, VENDOR) && defaultOf(dict) !== VENDOR) continue;
    const tests = [...new Map(own.flatMap(testsOf).map((t) => [t.id, t])).values()];
    const vendorTests = tests.filter((t) => uses(t, VENDOR, inForce(t), dicts) || vendorNameRead(t, names) || (entryValue(dict, VENDOR) && readsBackendPresence(t)));
    const decision = { dict, overrides: own, tests, vendorTests };
    if (own.some((o) => constantEscapes(root, o, overrides))) {
      decisions.push({ ...decision, action: 'review', reason: `the module constant ${own[0].constant} is read outside backend overrides too` });
      continue;
    }
    // A helper, or a fixture no test of this module requests (a conftest.py's serves other modules): users unknown.
    const helper = own.find((o) => !isTestScope(o) || !testsOf(o).length);
    if (helper) {
      const name = helper.scope.childForFieldName('name')!.text;
      decisions.push({ ...decision, action: 'review', reason: `the override is set in ${name}, a helper or fixture: the tests using it are not traced` });
      continue;
    }
    const reason = vendorTests.length ? blocker(dict, tests, vendorTests, inForce, dicts, names) : null;
    decisions.push({ ...decision, action: reason ? 'review' : vendorTests.length ? 'convert' : 'remove', reason: reason ?? '' });
  }
  return decisions;
}
