// Proof by behaviour: each behavioural fixture's own test suite passes on its input and on the campaign's output,
// the output keeps every test but the ones the case lists as removed, and names none of the forbidden words.
import { describe, expect, it } from 'vitest';
import { findBehaviourCases, forbiddenLines, notPassed, prepareBehaviourCase, runSuite } from './support/behaviour.ts';

const cases = findBehaviourCases();

it('finds behavioural fixture cases', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)('$name', (fixture) => {
  // Two child vitest runs with jsdom: a minute or more on a loaded machine.
  it('its suite passes on the input and on the campaign output, minus only the removed tests', { timeout: 600_000 }, async () => {
    const prepared = await prepareBehaviourCase(fixture);
    expect(prepared.report.files.filter((f) => f.status === 'failed').map((f) => `${f.path}: ${f.reason}`)).toEqual([]);

    const before = await runSuite(fixture, prepared.input);
    expect(before.tests.length, `input suite: ${notPassed(before)}`).toBe(fixture.behaviour.tests);
    expect(notPassed(before), 'input suite: tests not passing').toBe('');

    const removed = fixture.behaviour.removedTests ?? [];
    const names = before.tests.map((t) => t.fullName);
    expect(removed.filter((name) => !names.includes(name)), 'removedTests that the input suite does not have').toEqual([]);

    const after = await runSuite(fixture, prepared.output);
    expect(after.tests.length, `output suite: ${notPassed(after)}`).toBe(fixture.behaviour.tests - removed.length);
    expect(notPassed(after), 'output suite: tests not passing').toBe('');

    expect(forbiddenLines(fixture, prepared.output), 'output lines naming a forbidden word').toEqual([]);
  });
});
