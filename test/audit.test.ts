// `audit`: read-only classification of what is left, exit codes, JSON, and the campaign's allow rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditItem, AuditReport } from '../src/engine/audit.ts';
import { listFiles } from './support/fixtures.ts';
import { cli, FLAG_USE, FLAG_USE_PATH, workTree } from './support/cli.ts';

const WAFFLE = 'cms/djangoapps/contentstore/config/waffle.py';
const HANDLERS = 'cms/djangoapps/contentstore/xblock_storage_handlers/view_handlers.py';

async function auditJson(...args: string[]): Promise<{ code: number; audit: AuditReport }> {
  const { code, out } = await cli(['audit', 'proctortrack', ...args, '--json', '-']);
  return { code, audit: JSON.parse(out) };
}

const at = (items: AuditItem[], file: string, line: number) => items.filter((i) => i.path === file && i.line === line);
const snapshotOf = (dir: string) => listFiles(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]);

describe('audit', () => {
  it('classifies what a dry run would rewrite and exits 1, without writing anything', async () => {
    const dir = workTree();
    const before = snapshotOf(dir);
    const { code, audit } = await auditJson(dir);
    expect(code).toBe(1);
    expect(audit).toMatchObject({ schemaVersion: 1, campaign: 'proctortrack', clean: false });
    const [root] = audit.roots;
    expect(root.root).toBe(dir);
    expect(at(root.items, WAFFLE, 26)).toEqual([expect.objectContaining({ term: 'flag', class: 'rewritten', text: 'SHOW_REVIEW_RULES_FLAG = CourseWaffleFlag( # lint-amnesty, pylint: disable=toggle-missing-annotation' })]);
    expect(at(root.items, HANDLERS, 53)).toEqual([expect.objectContaining({ term: 'vendor', class: 'rewritten', detail: 'changed by show-review-rules' })]);
    expect(root.items).toContainEqual(expect.objectContaining({ path: 'common/djangoapps/util/proctoring.py', term: 'pending-change', class: 'rewritten' }));
    expect(root.counts.unhandled).toBe(0);
    expect(snapshotOf(dir)).toEqual(before);
  });

  it('exits 0 once only allowed items remain, and 1 for a review item or an unhandled literal', async () => {
    const dir = workTree(null, {
      'conf/locale/eo/LC_MESSAGES/django.po': 'msgid "Proctortrack Exam Escalation Contact"\nmsgstr ""\n',
      'requirements/edx/private.txt': 'edx-proctoring-proctortrack==1.2.0\n',
      'openedx/core/djangoapps/zendesk_proxy/notes.txt': 'was used for proctortrack tickets\n',
      'config/lms.yml': 'PROCTORING_BACKENDS:\n  DEFAULT: proctortrack\n  proctortrack:\n    requires_escalation_email: true\n    show_review_rules: false\n',
    });
    const clean = await auditJson(dir);
    expect(clean.audit.counts).toEqual({ rewritten: 0, review: 0, allowed: 5, unhandled: 0 });
    expect(clean.audit.clean).toBe(true);
    expect(clean.code).toBe(0);
    expect(at(clean.audit.roots[0].items, 'requirements/edx/private.txt', 1)).toEqual([expect.objectContaining({ term: 'package', class: 'allowed' })]);
    expect(at(clean.audit.roots[0].items, 'config/lms.yml', 2)[0].detail).toContain("operator's own proctortrack backend entry");
    const table = await cli(['audit', 'proctortrack', dir]);
    expect(table.code).toBe(0);
    expect(table.out).toContain('clean: nothing left of proctortrack but 5 allowed item(s)');

    const flagged = workTree(null, { [FLAG_USE_PATH]: FLAG_USE, 'docs/setup.txt': 'Configure Proctortrack first.\n' });
    const { code, audit } = await auditJson(flagged);
    expect(code).toBe(1);
    expect(audit.counts).toEqual({ rewritten: 0, review: 1, allowed: 0, unhandled: 2 });
    // The import of the flag is neither rewritten nor flagged by the codemod: the audit still lists it.
    expect(at(audit.roots[0].items, FLAG_USE_PATH, 4)).toEqual([expect.objectContaining({ term: 'flag', class: 'unhandled' })]);
    expect(at(audit.roots[0].items, FLAG_USE_PATH, 8)).toEqual([
      expect.objectContaining({ term: 'flag', class: 'review', reviewId: expect.stringMatching(/^proctortrack\/RR-3\//) }),
    ]);
    expect(at(audit.roots[0].items, 'docs/setup.txt', 1)).toEqual([expect.objectContaining({ term: 'vendor', class: 'unhandled' })]);
    const human = await cli(['audit', 'proctortrack', flagged]);
    expect(human.code).toBe(1);
    expect(human.out).toContain('0 would be rewritten, 1 review item, 0 allowed, 2 unhandled');
    expect(human.out).toMatch(/review item +cms\/djangoapps\/contentstore\/review_rules\.py:8:12 +flag +RR-3: .*\[proctortrack\/RR-3\/[0-9a-f]{12}\]/);
    expect(human.out).toContain('not clean: 3 item(s) left: decide them by hand');
  });

  it('counts the package name once (not again as the vendor), and reports each root on its own', async () => {
    const one = workTree(undefined, { 'requirements/edx/base.txt': '-e git+https://github.com/x/edx-proctoring-proctortrack.git@abc#egg=edx_proctoring_proctortrack\n' });
    const two = workTree(undefined, {});
    const { audit } = await auditJson(one, two);
    expect(audit.roots.map((r) => r.root)).toEqual([one, two]);
    const items = at(audit.roots[0].items, 'requirements/edx/base.txt', 1);
    expect(items.map((i) => i.term)).toEqual(['package', 'package']);
    expect(items.every((i) => i.class !== 'allowed')).toBe(true);
    expect(audit.roots[1].items.some((i) => i.path.startsWith('requirements/'))).toBe(false);
  });

  it('exits 2 on bad input', async () => {
    expect(await cli(['audit'])).toMatchObject({ code: 2, err: expect.stringContaining('audit needs a campaign name') });
    expect(await cli(['audit', 'show-review-rules'])).toMatchObject({ code: 2, err: expect.stringContaining("'show-review-rules' is a codemod; audit takes a campaign") });
    expect(await cli(['audit', 'nope'])).toMatchObject({ code: 2, err: expect.stringContaining("unknown campaign 'nope': run `openedx-codemod list`") });
    expect(await cli(['audit', 'proctortrack', '/no/such/dir'])).toMatchObject({ code: 2, err: expect.stringContaining('no such path') });
    expect(await cli(['audit', 'proctortrack', '--write'])).toMatchObject({ code: 2 });
  });
});
