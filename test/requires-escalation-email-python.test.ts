// The done-criterion of requires-escalation-email's Python side: after the whole campaign, every line of Python or
// template text naming Proctortrack carries a review item (operators' own backend entries excepted, spec section 6).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { select } from '../codemods/registry.ts';
import { runCodemods } from '../src/engine/run.ts';
import { copyToTemp, FIXTURES, listFiles } from './support/fixtures.ts';

const GROUP = path.join(FIXTURES, 'requires-escalation-email');
const inputs = [
  ...readdirSync(GROUP)
    .filter((name) => !name.startsWith('fe-'))
    .map((name) => ({ name, input: path.join(GROUP, name, 'input') })),
  { name: 'sample-checkout edx-platform', input: path.join(FIXTURES, 'proctortrack/sample-checkout/input/edx-platform') },
];
const OPERATOR_ENTRY = /^\s*(["']?proctortrack["']?\s*:|["']?DEFAULT["']?\s*:\s*["']proctortrack["'])/;

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

describe.each(inputs)('campaign on $name', ({ input }) => {
  it('leaves Proctortrack only where a review item points', async () => {
    const selection = select(['proctortrack']);
    if (!('campaign' in selection)) throw new Error('campaign proctortrack not found');
    const work = copyToTemp(input);
    temps.push(work);
    const report = await runCodemods({ roots: [work], campaign: selection.campaign, codemods: selection.codemods, write: true, jobs: 1 });
    const pointed = new Set(report.reviewItems.map((item) => `${item.path}:${item.line}`));
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
