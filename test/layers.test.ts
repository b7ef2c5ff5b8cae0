// The layers: cli -> engine -> io, and no campaign inside src/. A test-only campaign runs through the engine and the
// CLI with no change under src/ (the next deprecation is a new folder under codemods/ and nothing else).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/cli.ts';
import type { Registry } from '../src/engine/registry.ts';
import { runCodemods } from '../src/engine/run.ts';
import type { Campaign, Codemod } from '../src/engine/types.ts';
import { fakeIo, REPO, workTree } from './support/cli.ts';

const SRC = path.join(REPO, 'src');
const IMPORT = /(?:from\s+|import\(\s*|new URL\(\s*)'(\.{1,2}\/[^']+)'/g;

/** Every relative import under src/: importing file and imported file, both relative to the repository. */
function srcImports(): { from: string; to: string }[] {
  const edges: { from: string; to: string }[] = [];
  for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|mts|mjs)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      edges.push({ from: path.relative(REPO, file), to: path.relative(REPO, path.resolve(path.dirname(file), spec)) });
    }
  }
  return edges;
}

describe('layers', () => {
  const edges = srcImports();
  const crossing = (from: string, to: string) => edges.filter((e) => e.from.startsWith(from) && e.to.startsWith(to)).map((e) => `${e.from} -> ${e.to}`);

  it('finds the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(40);
  });
  it('src/ imports nothing from codemods/ or transforms/', () => {
    expect([...crossing('src/', 'codemods/'), ...crossing('src/', 'transforms/')]).toEqual([]);
  });
  it('the engine and io never import the CLI; io never imports the engine', () => {
    expect([...crossing('src/engine/', 'src/cli/'), ...crossing('src/io/', 'src/cli/'), ...crossing('src/io/', 'src/engine/')]).toEqual([]);
  });
  it('every file under src/ sits in cli/, engine/ or io/', () => {
    const loose = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
    expect(loose).toEqual([]);
  });
});

/** A campaign of one codemod that renames a marker: nothing of it exists under src/. */
const marker: Codemod = {
  name: 'rename-marker',
  description: 'Renames OLD_MARKER to NEW_MARKER',
  siteIds: ['MK-1'],
  kinds: ['python'],
  needles: ['OLD_MARKER'],
  transform(file, ctx) {
    const at = file.text.indexOf('OLD_MARKER');
    if (at < 0) return;
    ctx.site('MK-1', at);
    return [{ start: at, end: at + 'OLD_MARKER'.length, text: 'NEW_MARKER' }];
  },
};
const testCampaign: Campaign = { name: 'test-campaign', description: 'A campaign that exists only in this test', url: 'https://example.org/depr', codemods: [marker] };

describe('a second campaign', () => {
  it('runs through the engine', async () => {
    const tree = workTree(null, { 'pkg/settings.py': 'VALUE = OLD_MARKER\n', 'pkg/other.py': 'VALUE = 1\n' });
    const report = await runCodemods({ roots: [tree], campaign: testCampaign, codemods: [marker], write: false, jobs: 1 });
    expect(report.summary.changed).toBe(1);
    expect(report.files[0].after).toBe('VALUE = NEW_MARKER\n');
    expect(report.summary.sites).toEqual({ 'MK-1': 1 });
  });

  it('is listed and run by the CLI from a registry of its own', async () => {
    const registry: Registry = { campaigns: [testCampaign], moduleUrl: import.meta.url };
    const tree = workTree(null, { 'pkg/settings.py': 'VALUE = OLD_MARKER\n' });
    const listed = fakeIo();
    expect(await main(['list'], listed, registry)).toBe(0);
    expect(listed.out()).toContain('rename-marker');
    expect(listed.out()).not.toContain('proctortrack');
    const run = fakeIo();
    expect(await main(['run', 'test-campaign', tree, '--check', '--no-progress'], run, registry)).toBe(1);
    expect(run.out()).toContain('+VALUE = NEW_MARKER');
  });
});
