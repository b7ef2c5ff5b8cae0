// Over every fixture case: no line of an expected output is over its file's limit where the input's was not, unless
// the case's report names it as a line that cannot be wrapped (a long string, comment or JSX).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { fileKindOf } from '../src/engine/languages.ts';
import { LineLimits } from '../src/engine/line-limits.ts';
import { lengthenedLines } from '../src/engine/line-wrap.ts';
import { findCases, listFiles } from './support/fixtures.ts';

const lf = (text: string) => text.replace(/\r\n/g, '\n').replace(/^\uFEFF/, '');

/** Lines the report says could not be wrapped, per file path. */
function unwrappable(reportFile: string): Map<string, number[]> {
  const named = new Map<string, number[]>();
  if (!existsSync(reportFile)) return named;
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { files: { path: string; warnings: string[] }[] };
  for (const file of report.files) {
    const warning = file.warnings.find((w) => w.startsWith('line-length: '));
    const numbers = warning?.match(/lines? ([\d, ]+) (?:is|are) longer/)?.[1].split(', ').map(Number) ?? [];
    named.set(file.path, numbers);
  }
  return named;
}

it('no rewrite in any fixture leaves a line over the limit that was not over it before', () => {
  const limits = new LineLimits();
  const offending: string[] = [];
  let checked = 0;
  for (const fixture of findCases()) {
    if (!existsSync(fixture.expected)) continue;
    const named = unwrappable(path.join(fixture.dir, 'report.json'));
    for (const file of listFiles(fixture.expected)) {
      const input = path.join(fixture.input, file);
      const limit = limits.limitFor(input, fixture.input, fileKindOf(file));
      if (limit === null) continue;
      checked++;
      const before = existsSync(input) ? lf(readFileSync(input, 'utf8')) : '';
      const long = lengthenedLines(before, lf(readFileSync(path.join(fixture.expected, file), 'utf8')), limit);
      const left = long.filter((line) => !named.get(file)?.includes(line));
      if (left.length) offending.push(`${fixture.name}: ${file}: ${left.join(', ')} (limit ${limit})`);
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(offending).toEqual([]);
});
