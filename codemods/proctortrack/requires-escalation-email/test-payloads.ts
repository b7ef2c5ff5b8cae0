// Spec section 5: expected GET payloads of the proctored-exam-settings view gain `requires_escalation_email_providers`.
import type { CodemodPart, Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { findPair, insertPairAfter, pairsOf } from '../../../transforms/python/dict-entries.ts';
import { stringValue } from '../../../transforms/python/nodes.ts';
import { pyString, quoteOf } from '../../../transforms/python/quotes.ts';
import { isTestFile } from '../remove-create-zendesk-tickets/python-common.ts';
import { backendOverrides, overridesAt, testName, type BackendOverride } from './test-overrides.ts';
import { PROVIDERS_KEY } from './names.ts';

const AVAILABLE_KEY = 'available_proctoring_providers';

/** Backends the overrides in force set `"requires_escalation_email": True` on. */
function flaggedBackends(overrides: BackendOverride[]): Set<string> {
  const names = new Set<string>();
  for (const { dict } of overrides) {
    for (const pair of pairsOf(dict)) {
      const value = pair.childForFieldName('value');
      const flag = value?.type === 'dictionary' ? findPair(value, 'requires_escalation_email') : null;
      const name = stringValue(pair.childForFieldName('key'));
      if (name !== null && flag?.childForFieldName('value')?.text === 'True') names.add(name);
    }
  }
  return names;
}

/** The expected list: the available providers that require the email (LTI always does; the others by override). */
function expectedEdits(text: string, pair: SyntaxNode, overrides: BackendOverride[], ctx: TransformContext): Edit[] {
  const value = pair.childForFieldName('value')!;
  const items = value.type === 'list' ? value.namedChildren.map(stringValue) : [null];
  if (items.some((i) => i === null)) return [];
  const flagged = flaggedBackends(overrides);
  const key = pair.childForFieldName('key')!;
  const quote = quoteOf(key);
  const required = (items as string[]).filter((i) => i === 'lti_external' || flagged.has(i)).map((i) => pyString(i, quote));
  ctx.site('EE-tests', pair);
  return insertPairAfter(text, pair, `${pyString(PROVIDERS_KEY, quote)}: [${required.join(', ')}]`);
}

export const testPayloadsPart: CodemodPart = {
  kinds: ['python'],
  needles: [AVAILABLE_KEY],
  appliesTo: isTestFile,
  transform(file, ctx) {
    const root = file.tree!.rootNode;
    const overrides = backendOverrides(root);
    return root.descendantsOfType('dictionary').flatMap((dict) => {
      const pair = findPair(dict, AVAILABLE_KEY);
      return pair && !findPair(dict, PROVIDERS_KEY) ? expectedEdits(file.text, pair, overridesAt(dict, overrides), ctx) : [];
    });
  },
};

/** Payloads still without the new key after the edits: their available providers are not a literal list. */
export function reviewPayloads(root: SyntaxNode, ctx: TransformContext): void {
  for (const dict of root.descendantsOfType('dictionary')) {
    const pair = findPair(dict, AVAILABLE_KEY);
    if (!pair || findPair(dict, PROVIDERS_KEY)) continue;
    ctx.review({
      siteKind: 'test-payload',
      at: pair,
      reason: `${testName(pair)}: the expected settings payload gains "${PROVIDERS_KEY}", but its available providers are not a literal list`,
      suggestion: `Add "${PROVIDERS_KEY}": the available providers whose backend sets "requires_escalation_email", plus "lti_external" when it is available.`,
    });
  }
}
