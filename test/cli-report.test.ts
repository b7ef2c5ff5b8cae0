// The Markdown report and commit messages on their own: title type, scoped notes, grouped review items, fallbacks.
import { describe, expect, it } from 'vitest';
import { commitMessage, renderReportMarkdown, suggestedTitle } from '../src/cli/report-md.ts';
import type { RunReport } from '../src/engine/run.ts';
import type { Campaign, Codemod, FileResult, ReportScope, ReviewItem } from '../src/engine/types.ts';

const codemod = (name: string): Codemod => ({ name, description: `Do ${name}`, siteIds: [], kinds: ['python'], needles: [], transform: () => null });
const campaign: Campaign = {
  name: 'demo',
  description: 'DEMO-1: remove the thing',
  url: 'https://example.com/DEMO-1',
  codemods: [codemod('code-change'), codemod('packaging')],
  reportNotes: {
    title: { type: 'feat', subject: 'remove the thing' },
    breakingChange: 'the thing is gone.',
    operatorNote: 'Set `THING = None`.',
    commits: { packaging: { type: 'build', subject: 'drop the thing package' } },
  },
};

function file(path: string, codemods: string[], sites: string[], extra: Partial<FileResult> = {}): FileResult {
  return { root: '/r', path, status: 'changed', codemods, sites: sites.map((id, i) => ({ id, line: i + 1, codemod: codemods[0] })), reviewItems: [], warnings: [], parsed: true, ...extra };
}

function report(files: FileResult[], extra: Partial<RunReport> = {}): RunReport {
  const summary = { filesSeen: 9, ignored: 0, symlinksSkipped: 0, prefilteredOut: 0, parsed: 0, changed: files.length, created: 0, unchanged: 0, skipped: 0, failed: 0, written: 0, reviewItems: 0, sites: {}, unreadableFolders: 0 };
  const sites: Record<string, number> = {};
  for (const site of files.flatMap((f) => f.sites)) sites[site.id] = (sites[site.id] ?? 0) + 1;
  return { schemaVersion: 2, campaign: 'demo', codemods: campaign.codemods.map((c) => c.name), roots: ['/r'], checkouts: ['/r'], dryRun: true, summary: { ...summary, sites }, files, reviewItems: [], followUps: [], unreadableFolders: [], ...extra };
}

const item = (path: string, line: number, extra: Partial<ReviewItem> = {}): ReviewItem => ({
  id: `demo/X/${path}-${line}`, path, line, codemod: 'code-change', siteKind: 'X', reason: 'cannot tell', suggestion: 'Decide.', ...extra,
});

describe('report Markdown', () => {
  it('titles with the one codemod that changed something, else the campaign (build! when all are build)', () => {
    expect(suggestedTitle(report([file('requirements/base.txt', ['packaging'], ['PK-1'])]), campaign)).toBe('build!: drop the thing package');
    const buildOnly: Campaign = { ...campaign, reportNotes: { ...campaign.reportNotes!, commits: { 'code-change': { type: 'build', subject: 'x' }, packaging: { type: 'build', subject: 'y' } } } };
    const both = report([file('requirements/base.txt', ['packaging'], ['PK-1']), file('a.py', ['code-change'], ['X-1'])]);
    expect(suggestedTitle(both, buildOnly)).toBe('build!: remove the thing');
    expect(suggestedTitle(both, campaign)).toBe('feat!: remove the thing');
  });

  it('lists follow-up commands, failed files, multi-line suggestions, the operator note and the footer', () => {
    const multiLine = item('a.py', 3, { suggestion: 'Write:\nTHING = None' });
    const markdown = renderReportMarkdown(
      report([file('a.py', ['code-change'], ['X-1', 'X-1'], { reviewItems: [multiLine] }), file('b.py', [], [], { status: 'failed', reason: 'boom' })], {
        reviewItems: [multiLine],
        followUps: ['make upgrade', 'npm install'],
      }),
      campaign,
    );
    expect(markdown).toContain('| `code-change` | 1 | X-1 ×2 |\n\n');
    expect(markdown).not.toContain('`packaging`');
    expect(markdown).toContain('- `a.py`: X-1 (lines 1, 2)');
    expect(markdown).toContain('## Not changed (fix by hand)\n\n- `b.py`: failed: boom');
    expect(markdown).toContain('- [ ] **X**: cannot tell\n  Suggested change:\n\n  ```\n  Write:\n  THING = None\n  ```\n\n  - `a.py` line 3\n');
    expect(markdown).toContain('## Operator upgrade note\n\nSet `THING = None`.');
    expect(markdown).toContain('## Follow-up commands\n\nThen commit what they change:\n\n- [ ] make upgrade\n- [ ] npm install\n');
    expect(markdown.endsWith('\nBREAKING CHANGE: the thing is gone.\n')).toBe(true);
  });

  it('groups review items by kind and reason: one entry, every place, each file once', () => {
    const same = Array.from({ length: 22 }, (_, i) => item('src/Page.jsx', 10 + i));
    const other = item('src/other.js', 4, { reason: 'another reason' });
    const elsewhere = item('src/More.jsx', 7);
    const items = [...same, other, elsewhere];
    const markdown = renderReportMarkdown(report([file('src/Page.jsx', ['code-change'], ['X-1'], { reviewItems: same })], { reviewItems: items }), campaign);
    const entries = markdown.split('\n').filter((line) => line.startsWith('- [ ]'));
    expect(entries).toEqual(['- [ ] **X** (23 places): cannot tell', '- [ ] **X**: another reason']);
    expect(markdown).toContain(`  - \`src/Page.jsx\` lines ${same.map((i) => i.line).join(', ')}\n  - \`src/More.jsx\` line 7\n`);
    expect(markdown.match(/Suggested change: Decide\./g)).toHaveLength(2);
    for (const { id } of items) expect(markdown).toContain(`\`${id}\``);
  });

  it('shows the line on disk: before the run for a dry run, in the rewritten file once written', () => {
    const moved = item('a.py', 10, { lineAfter: 14 });
    const changed = file('a.py', ['code-change'], [], { sites: [{ id: 'X-1', line: 3, lineAfter: 5, codemod: 'code-change' }], reviewItems: [moved] });
    const dry = renderReportMarkdown(report([changed], { reviewItems: [moved] }), campaign);
    expect(dry).toContain('- `a.py`: X-1 (line 3)');
    expect(dry).toContain('- `a.py` line 10');
    const written = renderReportMarkdown(report([{ ...changed, written: true }], { reviewItems: [moved], dryRun: false }), campaign);
    expect(written).toContain('- `a.py`: X-1 (line 5)');
    expect(written).toContain('- `a.py` line 14');
  });

  it('leaves out empty sections, and the notes a scope does not need', () => {
    const scoped: Campaign = {
      ...campaign,
      reportNotes: {
        ...campaign.reportNotes!,
        breakingChange: (scope: ReportScope) => (scope.changedBy.includes('packaging') ? 'the package is gone.' : undefined),
        operatorNote: (scope: ReportScope) => (scope.sites['PK-1'] ? 'Install it yourself.' : undefined),
      },
    };
    const code = renderReportMarkdown(report([file('a.py', ['code-change'], ['X-1'])]), scoped);
    expect(code).not.toMatch(/Review items|Operator upgrade note|Follow-up commands|Not changed|BREAKING CHANGE|None/);
    expect(code).toContain('**Suggested title:** `feat: do code-change`');
    const packaging = renderReportMarkdown(report([file('requirements/base.txt', ['packaging'], ['PK-1'])]), scoped);
    expect(packaging).toContain('## Operator upgrade note\n\nInstall it yourself.');
    expect(packaging.endsWith('BREAKING CHANGE: the package is gone.\n')).toBe(true);
  });

  it('commit messages name only their own sites and review items, with the footer for what they changed', () => {
    const scoped: Campaign = { ...campaign, reportNotes: { ...campaign.reportNotes!, breakingChange: (scope) => (scope.sites['X-1'] ? 'X breaks.' : undefined) } };
    const own = item('a.py', 3);
    const foreign = item('b.py', 3, { codemod: 'packaging' });
    const message = commitMessage(report([file('a.py', ['code-change'], ['X-1'], { reviewItems: [own] })], { reviewItems: [own, foreign] }), scoped, 'code-change');
    expect(message).toBe('feat!: do code-change\n\nMade by `openedx-codemod run code-change` (campaign demo: https://example.com/DEMO-1).\nSites: X-1 ×1.\n1 review item(s) left to decide by hand.\n\nBREAKING CHANGE: X breaks.');
    const quiet = commitMessage(report([file('b.py', ['code-change'], ['Y-1'])]), scoped, 'code-change');
    expect(quiet).toBe('feat: do code-change\n\nMade by `openedx-codemod run code-change` (campaign demo: https://example.com/DEMO-1).\nSites: Y-1 ×1.');
  });

  it('falls back to the campaign and codemod descriptions without report notes', () => {
    const bare: Campaign = { ...campaign, reportNotes: undefined };
    const only = report([file('a.py', ['code-change'], ['X-1'])], { codemods: ['code-change'] });
    expect(suggestedTitle(only, bare)).toBe('feat!: do code-change');
    expect(suggestedTitle(report([file('a.py', ['code-change', 'packaging'], ['X-1'])]), bare)).toBe('feat!: DEMO-1: remove the thing');
    expect(commitMessage(only, bare, 'code-change')).toBe(
      'feat!: do code-change\n\nMade by `openedx-codemod run code-change` (campaign demo: https://example.com/DEMO-1).\nSites: X-1 ×1.\n\nBREAKING CHANGE: DEMO-1: remove the thing',
    );
    expect(renderReportMarkdown(only, bare)).not.toContain('Operator upgrade note');
  });
});
