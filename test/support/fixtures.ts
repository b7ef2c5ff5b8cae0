// Fixture cases: fixtures/<codemod-or-campaign>/<case>/{input/, expected/?, report.json?, case.json?}.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { select } from '../../codemods/registry.ts';
import { configured } from '../../src/engine/codemod.ts';
import type { Selection } from '../../src/engine/registry.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

export interface FixtureCase {
  /** `<group>/<case>` */
  name: string;
  dir: string;
  input: string;
  expected: string;
  selection: Selection;
  /** Files expected to end `failed` or `skipped` (relative paths), from case.json. */
  allowFailed: string[];
}

/** Every case below fixtures/. case.json may hold {"run": [names], "allowFailed": [paths], "options": {codemod: {key: value}}}. */
export function findCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const group of readdirSync(FIXTURES).sort()) {
    const groupDir = path.join(FIXTURES, group);
    if (!statSync(groupDir).isDirectory()) continue;
    for (const name of readdirSync(groupDir).sort()) {
      const dir = path.join(groupDir, name);
      if (!existsSync(path.join(dir, 'input'))) continue;
      const config = existsSync(path.join(dir, 'case.json')) ? JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) : {};
      const selection = select(config.run ?? [group]);
      if (!('campaign' in selection)) throw new Error(`fixture ${group}/${name}: cannot select ${JSON.stringify(config.run ?? [group])}`);
      cases.push({
        name: `${group}/${name}`,
        dir,
        input: path.join(dir, 'input'),
        expected: path.join(dir, 'expected'),
        // `options` as `--option` would set them: {"<codemod>": {"<key>": "<value>"}}.
        selection: config.options ? { ...selection, codemods: configured(selection.codemods, config.options) } : selection,
        allowFailed: config.allowFailed ?? [],
      });
    }
  }
  return cases;
}

/** All files below dir (relative, sorted), without following symlinks. */
export function listFiles(dir: string, rel = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, child));
    else if (entry.isFile()) out.push(child);
  }
  return out.sort();
}

export function copyToTemp(dir: string): string {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'codemod-fixture-'));
  cpSync(dir, temp, { recursive: true, preserveTimestamps: true });
  return temp;
}

export function isUpdating(): boolean {
  return process.env.UPDATE_FIXTURES === '1' || expect.getState().snapshotState?.snapshotUpdateState === 'all';
}

/** Compare text with a file on disk, byte for byte; with `vitest -u` (or UPDATE_FIXTURES=1) write it instead. */
export function matchFile(actual: string, file: string, what: string): void {
  if (isUpdating()) {
    mkdirSync(path.dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== actual) writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`${what}: missing ${path.relative(FIXTURES, file)} (run \`npx vitest run -u\` to write it, then review it)`);
  expect(actual, what).toBe(readFileSync(file, 'utf8'));
}
