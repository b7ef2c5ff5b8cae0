// The campaign document (docs/campaigns/proctortrack.md) and the codemods name the same site ids, and `list --sites`
// prints every id with the one-line description its codemod declares.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { proctortrack } from '../codemods/proctortrack/index.ts';
import { cli, REPO } from './support/cli.ts';

const DOCUMENT = path.join(REPO, 'docs/campaigns/proctortrack.md');
/** A site's own heading: `#### ZD-1 — the course field`. */
const SITE_HEADING = /^#### ([A-Z]{2}-(?:\d+|[a-z]+)) — \S/gm;

const documentedIds = () => [...readFileSync(DOCUMENT, 'utf8').matchAll(SITE_HEADING)].map(([, id]) => id);
const declaredIds = () => proctortrack.codemods.flatMap((codemod) => codemod.siteIds);

describe('site catalogue', () => {
  it('the document describes each site once', () => {
    const ids = documentedIds();
    expect(ids.length).toBeGreaterThanOrEqual(35);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('the document and the codemods name the same ids', () => {
    expect([...documentedIds()].sort()).toEqual([...declaredIds()].sort());
  });

  it('every codemod describes exactly the ids it declares, each in one line', () => {
    for (const codemod of proctortrack.codemods) {
      expect(Object.keys(codemod.sites ?? {}), codemod.name).toEqual(codemod.siteIds);
      for (const [id, description] of Object.entries(codemod.sites ?? {})) {
        expect(description, `${codemod.name} ${id}`).toMatch(/^\S[^\n]{10,150}$/);
      }
    }
  });

  it('no id is declared by two codemods', () => {
    const ids = declaredIds();
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('`list --sites` prints every id with its description under its codemod', async () => {
    const { code, out } = await cli(['list', '--sites']);
    expect(code).toBe(0);
    for (const codemod of proctortrack.codemods) {
      const section = out.slice(out.indexOf(`  ${codemod.name} `));
      for (const [id, description] of Object.entries(codemod.sites!)) expect(section).toContain(`    ${id.padEnd(9)} ${description}\n`);
    }
  });

  it('`list` without --sites keeps to one line per codemod; other arguments are refused', async () => {
    const plain = await cli(['list']);
    expect(plain.out).not.toContain(proctortrack.codemods[0].sites!['ZD-1']);
    expect((await cli(['list', '--sitez'])).code).toBe(2);
  });
});
