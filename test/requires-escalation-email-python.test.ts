// The done-criterion of requires-escalation-email's Python side: after the whole campaign, every line of Python or
// template text naming Proctortrack carries a review item (operators' own backend entries excepted, spec section 6).
// In tests a review item is one per test (spec section 5): it covers every line of the test it points into.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { select } from '../codemods/registry.ts';
import { parse } from '../src/engine/languages.ts';
import { runCodemods } from '../src/engine/run.ts';
import type { ReviewItem } from '../src/engine/types.ts';
import { copyToTemp, FIXTURES, listFiles } from './support/fixtures.ts';

const GROUP = path.join(FIXTURES, 'requires-escalation-email');
const inputs = [
  ...readdirSync(GROUP)
    .filter((name) => !name.startsWith('fe-'))
    .map((name) => ({ name, input: path.join(GROUP, name, 'input') })),
  { name: 'sample-checkout edx-platform', input: path.join(FIXTURES, 'proctortrack/sample-checkout/input/edx-platform') },
  ...['behaviour-python-tests', 'python-tests-xblock-info'].map((name) => ({ name, input: path.join(FIXTURES, 'proctortrack', name, 'input') })),
];
const OPERATOR_ENTRY = /^\s*(["']?proctortrack["']?\s*:|["']?DEFAULT["']?\s*:\s*["']proctortrack["'])/;

/** Lines (1-based) a review item covers: its own, or for a per-test item, every line of the test function it points into. */
function coveredLines(text: string, item: ReviewItem): number[] {
  const line = item.lineAfter ?? item.line;
  if (!item.siteKind.startsWith('test-') && item.siteKind !== 'RR-3-test') return [line];
  const definitions = parse('python', text)!.rootNode.descendantsOfType('function_definition');
  const spans = definitions
    .map((d) => (d.parent?.type === 'decorated_definition' ? d.parent : d))
    .filter((d) => d.startPosition.row + 1 <= line && line <= d.endPosition.row + 1)
    .sort((a, b) => b.startIndex - a.startIndex);
  const span = spans[0];
  if (!span) return [line];
  return Array.from({ length: span.endPosition.row - span.startPosition.row + 1 }, (_, i) => span.startPosition.row + 1 + i);
}

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

describe.each(inputs)('campaign on $name', ({ input }) => {
  it('leaves Proctortrack only where a review item points', async () => {
    const selection = select(['proctortrack']);
    if (!('campaign' in selection)) throw new Error('campaign proctortrack not found');
    const work = copyToTemp(input);
    temps.push(work);
    const report = await runCodemods({ roots: [work], campaign: selection.campaign, codemods: selection.codemods, write: true, jobs: 1 });
    const pointed = new Set(
      report.reviewItems.flatMap((item) => coveredLines(readFileSync(path.join(work, item.path), 'utf8'), item).map((line) => `${item.path}:${line}`)),
    );
    const unpointed: string[] = [];
    for (const file of listFiles(work).filter((f) => /\.(py|html)$/.test(f))) {
      readFileSync(path.join(work, file), 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (!/proctortrack/i.test(line) || pointed.has(`${file}:${index + 1}`)) return;
          if (/(^|\/)envs\//.test(file) && OPERATOR_ENTRY.test(line)) return;
          unpointed.push(`${file}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(unpointed).toEqual([]);
  });
});
