// The generic fixture harness: every case under fixtures/ runs through the real executor on a temp copy.
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntaxErrorCount, fileKindOf } from '../src/engine/languages.ts';
import { runCodemods } from '../src/engine/run.ts';
import { copyToTemp, findCases, listFiles, matchFile } from './support/fixtures.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const cases = findCases();

it('finds fixture cases', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)('$name', (fixture) => {
  it('rewrites to expected/, leaves other files byte-identical, parses, is idempotent', async () => {
    const work = copyToTemp(fixture.input);
    temps.push(work);
    const run = (write: boolean) =>
      runCodemods({ roots: [work], campaign: fixture.selection.campaign, codemods: fixture.selection.codemods, write, jobs: 1 });
    const first = await run(true);

    // Every site a codemod reports carries a spec id it declares (so `list`, reports and the spec agree).
    const undeclared = first.files.flatMap((f) =>
      f.sites.filter((site) => !fixture.selection.codemods.find((c) => c.name === site.codemod)?.siteIds.includes(site.id)).map((site) => `${f.path}: ${site.codemod} ${site.id}`),
    );
    expect(undeclared, 'site ids not declared in the codemod\'s siteIds').toEqual([]);

    const unexpected = first.files.filter((f) => (f.status === 'failed' || f.status === 'skipped') && !fixture.allowFailed.includes(f.path));
    expect(unexpected.map((f) => `${f.path}: ${f.status}: ${f.reason}`)).toEqual([]);

    const inputFiles = listFiles(fixture.input);
    const outputFiles = listFiles(work);
    const expectedFiles = listFiles(fixture.expected);
    // Every expected file must be an output; every new output file must be expected.
    expect(expectedFiles.filter((f) => !outputFiles.includes(f)), 'expected/ files the run did not produce').toEqual([]);
    for (const file of outputFiles) {
      const actualBytes = readFileSync(path.join(work, file));
      const inputPath = path.join(fixture.input, file);
      const wasInput = inputFiles.includes(file);
      const unchanged = wasInput && actualBytes.equals(readFileSync(inputPath));
      if (unchanged && !expectedFiles.includes(file)) continue;
      matchFile(actualBytes.toString('utf8'), path.join(fixture.expected, file), `${fixture.name}: ${file}`);
      const kind = fileKindOf(file);
      const errorsBefore = wasInput ? syntaxErrorCount(kind, readFileSync(inputPath, 'utf8')) : 0;
      expect(syntaxErrorCount(kind, actualBytes.toString('utf8')), `${file} parses no worse than its input`).toBeLessThanOrEqual(errorsBefore);
      if (wasInput) expect(statSync(path.join(work, file)).mode, `${file} keeps its mode`).toBe(statSync(inputPath).mode);
    }

    matchFile(
      `${JSON.stringify(
        {
          // Lines as on disk after the write (`lineAfter` where the file changed).
          files: first.files.map((f) => ({ path: f.path, status: f.status, ...(f.reason ? { reason: f.reason } : {}), sites: f.sites.map((s) => `${s.id}@${s.lineAfter ?? s.line}`), warnings: f.warnings })),
          reviewItems: first.reviewItems.map(({ lineAfter, ...item }) => ({ ...item, line: lineAfter ?? item.line })),
          followUps: first.followUps,
        },
        null,
        2,
      )}\n`,
      path.join(fixture.dir, 'report.json'),
      `${fixture.name}: report`,
    );

    const second = await run(false);
    expect(second.files.filter((f) => f.status === 'changed').map((f) => f.path), 'second run changes nothing (idempotence)').toEqual([]);
  });
});
