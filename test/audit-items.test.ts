// The audit and the run agree: no review item is merged away (the same text on several lines is one item per line,
// with an id that survives line shifts), and what the audit counts as unhandled is never a line the run changes or
// flags. On the bundled sample every line the audit counts is rewritten, a review item, or allowed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../codemods/registry.ts';
import { auditCampaign, type AuditReport } from '../src/engine/audit.ts';
import { runCodemods, type RunReport } from '../src/engine/run.ts';
import { FIXTURES } from './support/fixtures.ts';
import { tempDir, workTree } from './support/cli.ts';

const [campaign] = registry.campaigns;
const SAMPLE = path.join(FIXTURES, 'proctortrack/sample-checkout/input');
/** Every frontend fixture tree (cases named fe-*), whatever codemod they belong to. */
const FRONTEND_TREES = readdirSync(FIXTURES).flatMap((group) =>
  readdirSync(path.join(FIXTURES, group)).filter((name) => name.startsWith('fe-')).map((name) => path.join(FIXTURES, group, name, 'input')),
);

const audit = (root: string) => auditCampaign({ roots: [root], campaign, jobs: 1 });
const dryRun = (root: string) => runCodemods({ roots: [root], campaign, codemods: campaign.codemods, write: false, jobs: 1 });
const items = (report: AuditReport) => report.roots.flatMap((r) => r.items);

/** Lines the dry run rewrites or flags, as `path:line` (on disk before the run). */
function handledLines(run: RunReport): { flagged: Set<string>; flaggedText: Map<string, Set<string>> } {
  const flagged = new Set(run.reviewItems.map((item) => `${item.path}:${item.line}`));
  const flaggedText = new Map<string, Set<string>>();
  for (const item of run.reviewItems) {
    const text = readFileSync(path.join(run.roots[0], item.path), 'utf8').split('\n')[item.line - 1]?.trim() ?? '';
    flaggedText.set(item.path, (flaggedText.get(item.path) ?? new Set()).add(text));
  }
  return { flagged, flaggedText };
}

/** The audit lists each of the run's review items, on its line, under its id. */
function expectEveryItemAudited(run: RunReport, report: AuditReport): void {
  const ids = run.reviewItems.map((item) => item.id);
  expect(new Set(ids).size, 'review item ids are unique').toBe(ids.length);
  // An item that covers a whole test is listed on each vendor line of it, and always on its own line.
  const audited = new Map<string, Set<string>>();
  for (const i of items(report).filter((i) => i.class === 'review')) audited.set(i.reviewId!, (audited.get(i.reviewId!) ?? new Set()).add(`${i.path}:${i.line}`));
  for (const item of run.reviewItems) expect([...(audited.get(item.id) ?? [])], item.id).toContain(`${item.path}:${item.line}`);
}

describe('audit and review items', () => {
  it('on the sample, every line the audit counts is rewritten, a review item or allowed, before and after --write', async () => {
    const before = await audit(SAMPLE);
    expect(items(before).filter((i) => i.class === 'unhandled')).toEqual([]);
    expectEveryItemAudited(await dryRun(SAMPLE), before);

    const copy = workTree(SAMPLE);
    const written = await runCodemods({ roots: [copy], campaign, codemods: campaign.codemods, write: true, jobs: 1 });
    const after = await audit(copy);
    expect(items(after).filter((i) => i.class === 'unhandled')).toEqual([]);
    expect(items(after).filter((i) => i.class === 'rewritten')).toEqual([]);
    expectEveryItemAudited(await dryRun(copy), after);
    // The write's items point at the same text on disk, before (line) and after (lineAfter) the write.
    expect(written.reviewItems.length).toBeGreaterThan(0);
    for (const item of written.reviewItems) {
      const before = readFileSync(path.join(SAMPLE, item.path), 'utf8').split('\n')[item.line - 1];
      const after = readFileSync(path.join(copy, item.path), 'utf8').split('\n')[(item.lineAfter ?? item.line) - 1];
      expect(after, item.id).toBe(before);
    }
  });

  it.each(FRONTEND_TREES.map((tree) => [path.relative(FIXTURES, tree), tree]))('%s: nothing the run flags is left unhandled by the audit', async (_name, tree) => {
    const run = await dryRun(tree);
    const report = await audit(tree);
    expectEveryItemAudited(run, report);
    const { flagged, flaggedText } = handledLines(run);
    for (const finding of items(report).filter((i) => i.class === 'unhandled')) {
      expect(flagged.has(`${finding.path}:${finding.line}`), `${finding.path}:${finding.line}`).toBe(false);
      // A line holding the same text as a flagged one is a duplicate the run merged away.
      const text = readFileSync(path.join(tree, finding.path), 'utf8').split('\n')[finding.line - 1].trim();
      expect(flaggedText.get(finding.path)?.has(text) ?? false, `${finding.path}:${finding.line} ${text}`).toBe(false);
    }
  });

  it('gives the same text on eight lines eight items, with ids that survive lines inserted above', async () => {
    const use = (i: number) => `export function ticket${i}(settings) {\n  send(settings.createZendeskTickets);\n}\n`;
    const root = tempDir();
    const file = path.join(root, 'src/util/tickets.js');
    const source = Array.from({ length: 8 }, (_, i) => use(i)).join('');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, source);
    const run = await dryRun(root);
    expect(run.reviewItems.map((i) => i.line)).toEqual([2, 5, 8, 11, 14, 17, 20, 23]);
    expect(new Set(run.reviewItems.map((i) => i.id)).size).toBe(8);
    const report = await audit(root);
    expect(items(report).filter((i) => i.class === 'unhandled')).toEqual([]);
    expectEveryItemAudited(run, report);

    writeFileSync(file, `// Ticket helpers.\n\n${source}`);
    const shifted = await dryRun(root);
    expect(shifted.reviewItems.map((i) => i.id)).toEqual(run.reviewItems.map((i) => i.id));
    expect(shifted.reviewItems.map((i) => i.line)).toEqual(run.reviewItems.map((i) => i.line + 2));
  });
});
