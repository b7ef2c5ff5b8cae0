// The bench corpus generator: same seed, same bytes; needles only in the site files taken from the fixtures.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { campaignCodemods, generateCorpus, siteShapes } from '../scripts/generate-corpus.ts';
import { needlesOf } from '../src/engine/codemod.ts';
import { runCodemods } from '../src/engine/run.ts';
import { select } from '../codemods/registry.ts';

const codemods = campaignCodemods('proctortrack');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function build(seed: number, files = 400) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
  temps.push(out);
  return { out, manifest: generateCorpus({ files, seed, out, codemods }) };
}

function digest(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    entries.map((e) => {
      const full = path.join(e.parentPath, e.name);
      return [path.relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex')];
    }),
  );
}

describe('generate-corpus', () => {
  const a = build(7);
  const b = build(7);

  it('is deterministic for a seed and differs across seeds', () => {
    expect([...digest(a.out)].sort()).toEqual([...digest(b.out)].sort());
    const c = build(8);
    expect(c.manifest.key).not.toBe(a.manifest.key);
    expect(digest(c.out).get('edx-platform/package.json')).not.toBe(digest(a.out).get('edx-platform/package.json'));
  });

  it('has the requested size, several languages, and about 0.5% site files from the fixtures', () => {
    expect(a.manifest.totalFiles).toBe(400);
    for (const ext of ['.py', '.js', '.jsx', '.ts', '.tsx', '.json', '.html']) expect(a.manifest.byExtension[ext]?.files, ext).toBeGreaterThan(0);
    const shapes = siteShapes(codemods);
    if (shapes.length) expect(a.manifest.sites.length).toBe(2);
    for (const site of a.manifest.sites) expect(shapes.some((s) => s.fixture === site.fixture && s.relPath === site.path)).toBe(true);
  });

  it('puts needles only in the site files', () => {
    const needles = [...new Set(codemods.flatMap(needlesOf))];
    const sites = new Set(a.manifest.sites.map((s) => `${s.root}/${s.path}`));
    const offenders = [...digest(a.out).keys()].filter((rel) => {
      if (sites.has(rel) || rel === 'manifest.json') return false;
      const text = readFileSync(path.join(a.out, rel), 'utf8');
      return needles.some((n) => text.includes(n));
    });
    expect(offenders).toEqual([]);
  });
});

describe('the executor on a corpus over the scan-thread budget', () => {
  it('reports the same with the scan thread as in one thread', async () => {
    const { out, manifest } = build(3, 3000);
    const selection = select(['proctortrack']);
    if (!('campaign' in selection)) throw new Error('no campaign');
    const run = (jobs?: number) => runCodemods({ roots: manifest.roots.map((r) => path.join(out, r)), campaign: selection.campaign, codemods: selection.codemods, write: false, jobs });
    const threaded = await run(2);
    const single = await run(1);
    expect(threaded).toEqual(single);
    expect(threaded.summary.filesSeen).toBe(3000);
    expect(threaded.summary.failed).toBe(0);
  });
});
