// The JS/TS test rewrites' building blocks on shapes the fixtures do not each cover: the test structure found in
// either grammar, the zendesk parts of titles, the neutral provider name.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/engine/languages.ts';
import { findTestBlocks, blockAround, titleText } from '../transforms/js/test-blocks.ts';
import { withoutZendesk } from '../codemods/proctortrack/remove-create-zendesk-tickets/zendesk-titles.ts';
import { NEUTRAL_TEST_PROVIDERS } from '../codemods/proctortrack/requires-escalation-email/frontend-test-providers.ts';

const SUITE = `describe('Settings', () => {
  beforeEach(() => setUp());
  it.each([['a'], ['b']])('case %s', async (x) => { expect(x).toBeTruthy(); });
  test.skip(\`later \${name}\`, function () { expect(1).toBe(1); });
  it('no body', () => expect(1).toBe(1));
  describe.only('inner', () => { it('deep', () => {}); });
});
somethingElse('not a test', () => {});
`;

describe('findTestBlocks', () => {
  it.each(['javascript', 'tsx'] as const)('finds tests, suites and hooks with titles and bodies (%s grammar)', (kind) => {
    const blocks = findTestBlocks(parse(kind, SUITE)!.rootNode);
    expect(blocks.map((b) => [b.kind, b.callee, b.title ? titleText(b.title) : null, !!b.body])).toEqual([
      ['suite', 'describe', 'Settings', true],
      ['hook', 'beforeEach', null, false],
      ['test', 'it.each', 'case %s', true],
      ['test', 'test.skip', 'later ${name}', true],
      ['test', 'it', 'no body', false],
      ['suite', 'describe.only', 'inner', true],
      ['test', 'it', 'deep', true],
    ]);
  });

  it('puts an offset in its innermost test, else its suite', () => {
    const blocks = findTestBlocks(parse('javascript', SUITE)!.rootNode);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blockAround(blocks, SUITE.indexOf("'deep'"))?.title?.text).toBe("'deep'");
    expect(blockAround(blocks, SUITE.indexOf('beforeEach'))?.title?.text).toBe("'Settings'");
    expect(blockAround(blocks, SUITE.indexOf('somethingElse'))).toBeNull();
  });
});

describe('withoutZendesk', () => {
  it.each([
    ['Hides opting out and zendesk tickets for non edX staff', 'Hides opting out for non edX staff'],
    ['Shows Zendesk tickets and opting out radios', 'Shows opting out radios'],
    ['Shows the escalation email, zendesk tickets and opting out', 'Shows the escalation email and opting out'],
    ['Saves the staff fields (with zendesk tickets)', 'Saves the staff fields'],
    ['renders the opt out radios and the create zendesk tickets radios', 'renders the opt out radios'],
    ['Staff only fields, opting out and zendesk tickets', 'Staff only fields, opting out'],
    ['Zendesk tickets, opting out and email for staff', 'Opting out and email for staff'],
    ['hides opt-out & create zendesk tickets for course staff', 'hides opt-out for course staff'],
  ])('%s → %s', (title, expected) => {
    expect(withoutZendesk(title)).toBe(expected);
  });

  it.each(['zendesk tickets', 'Zendesk tickets follow the provider default, opting out does not', 'posts the zendesk tickets flag'])(
    'leaves %s to a human',
    (title) => {
      expect(withoutZendesk(title)).toBeNull();
    },
  );
});

it('offers neutral provider names that are valid backend names and never the vendor', () => {
  expect(NEUTRAL_TEST_PROVIDERS.length).toBeGreaterThan(1);
  for (const name of NEUTRAL_TEST_PROVIDERS) expect(name).toMatch(/^[a-z][a-z_]*$/);
  expect(NEUTRAL_TEST_PROVIDERS.some((name) => /proctortrack/i.test(name))).toBe(false);
});
