// The Markdown report and commit messages on their own: title type, follow-ups, generic fallbacks.
import { describe, expect, it } from 'vitest';
import { commitMessage, renderReportMarkdown, suggestedTitle } from '../src/cli/report-md.ts';
import type { RunReport } from '../src/engine/run.ts';
import type { Campaign, Codemod, FileResult } from '../src/engine/types.ts';

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
  const summary = { filesSeen: 9, ignored: 0, symlinksSkipped: 0, prefilteredOut: 0, parsed: 0, changed: files.length, unchanged: 0, skipped: 0, failed: 0, written: 0, reviewItems: 0, sites: {}, unreadableFolders: 0 };
  return { schemaVersion: 1, campaign: 'demo', codemods: campaign.codemods.map((c) => c.name), roots: ['/r'], dryRun: true, summary, files, reviewItems: [], followUps: [], unreadableFolders: [], ...extra };
}

describe('report Markdown', () => {
  it('titles with the one codemod that changed something, else the campaign (build! when all are build)', () => {
    expect(suggestedTitle(report([file('requirements/base.txt', ['packaging'], ['PK-1'])]), campaign)).toBe('build!: drop the thing package');
    const buildOnly: Campaign = { ...campaign, reportNotes: { ...campaign.reportNotes!, commits: { 'code-change': { type: 'build', subject: 'x' }, packaging: { type: 'build', subject: 'y' } } } };
    const both = report([file('requirements/base.txt', ['packaging'], ['PK-1']), file('a.py', ['code-change'], ['X-1'])]);
    expect(suggestedTitle(both, buildOnly)).toBe('build!: remove the thing');
    expect(suggestedTitle(report([file('requirements/base.txt', ['packaging'], ['PK-1']), file('a.py', ['code-change'], ['X-1'])]), campaign)).toBe('feat!: remove the thing');
  });

  it('lists follow-up commands, failed files, multi-line suggestions, the operator note and the footer', () => {
    const item = { id: 'demo/X/123456789abc', path: 'a.py', line: 3, codemod: 'code-change', siteKind: 'X', reason: 'cannot tell', suggestion: 'Write:\nTHING = None' };
    const markdown = renderReportMarkdown(
      report([file('a.py', ['code-change'], ['X-1', 'X-1'], { reviewItems: [item] }), file('b.py', [], [], { status: 'failed', reason: 'boom' })], {
        reviewItems: [item],
        followUps: ['make upgrade', 'npm install'],
      }),
      campaign,
    );
    expect(markdown).toContain('| `code-change` | 1 | X-1 ×2 |\n| `packaging` | 0 | – |');
    expect(markdown).toContain('- `a.py`: X-1 (lines 1, 2)');
    expect(markdown).toContain('## Not changed (fix by hand)\n\n- `b.py`: failed: boom');
    expect(markdown).toContain('- [ ] `a.py:3` (X): cannot tell\n  Suggested change:\n\n  ```\n  Write:\n  THING = None\n  ```');
    expect(markdown).toContain('## Operator upgrade note\n\nSet `THING = None`.');
    expect(markdown).toContain('## Follow-up commands\n\nThen commit what they change:\n\n- [ ] make upgrade\n- [ ] npm install\n');
    expect(markdown.endsWith('\nBREAKING CHANGE: the thing is gone.\n')).toBe(true);
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
