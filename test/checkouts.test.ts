// One pull request per repository: over several checkouts, each gets its own diff (that applies there), its own
// description (its files, items, notes and footer only) and its own commits.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, listFiles } from './support/fixtures.ts';
import { cli, git, gitRepo, tempDir, SHOW_REVIEW_RULES_INPUT } from './support/cli.ts';

const SAMPLE = path.join(FIXTURES, 'proctortrack/sample-checkout/input');
const CHECKOUTS = ['edx-platform', 'frontend-app-authoring', 'operator-settings'];

/** The sample's three folders, each its own git repository, in a temp folder. */
function sampleRepos(): string[] {
  const dir = tempDir();
  return CHECKOUTS.map((name) => {
    cpSync(path.join(SAMPLE, name), path.join(dir, name), { recursive: true });
    return gitRepo(path.join(dir, name));
  });
}

/** The stdout diff split at its `# checkout <path>` headers. */
function diffsByCheckout(out: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const section of out.split(/^(?=# checkout )/m).filter(Boolean)) {
    const [header, ...rest] = section.split('\n');
    parts.set(path.resolve(header.replace('# checkout ', '')), rest.join('\n'));
  }
  return parts;
}

const sections = (markdown: string) => [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

describe('several checkouts', () => {
  it('--report DIR/ writes one description per checkout, each with only its own files, items and notes', async () => {
    const repos = sampleRepos();
    const out = path.join(tempDir(), 'out/');
    const { code, err } = await cli(['run', 'proctortrack', ...repos, '--report', out]);
    expect(code, err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(CHECKOUTS.map((name) => `${name}.md`));
    for (const [index, repo] of repos.entries()) {
      const markdown = readFileSync(path.join(out, `${CHECKOUTS[index]}.md`), 'utf8');
      // Changed files (`- path: sites`) and review item places (`  - path line N`).
      const named = [...markdown.matchAll(/^(?:  )?- `([^`]+)`(?: \(new file\))?(?:: | lines? )/gm)].map((m) => m[1]);
      expect(named.length).toBeGreaterThan(0);
      for (const file of named) expect(existsSync(path.join(repo, file)) || file === 'common/djangoapps/util/proctoring.py', `${CHECKOUTS[index]}: ${file}`).toBe(true);
      // No empty section: every heading has a body, no "None." placeholders, no table rows for codemods with no change.
      expect(markdown).not.toMatch(/^## .+\n\n(## |$)/m);
      expect(markdown).not.toMatch(/None\.|\| 0 \|/);
    }
    const [platform, frontend, operator] = CHECKOUTS.map((name) => readFileSync(path.join(out, `${name}.md`), 'utf8'));
    expect(sections(platform)).toEqual(['Changes by codemod', 'Changed files', 'Review items', 'Operator upgrade note', 'Follow-up commands']);
    expect(platform).toMatch(/BREAKING CHANGE: .*PROCTORING_BACKENDS.*waffle flag.*base requirement/);
    expect(sections(frontend)).toEqual(['Changes by codemod', 'Changed files']);
    expect(frontend).not.toMatch(/PROCTORING_BACKENDS|waffle|requirement|make upgrade|Operator/);
    expect(frontend).toMatch(/\nBREAKING CHANGE: the proctoring settings page .+\n$/);
    expect(operator).toContain('## Operator upgrade note');
    expect(operator).not.toContain('BREAKING CHANGE');
    expect(operator).toContain('**Suggested title:** `feat: set requires_escalation_email');
  });

  it('prints one diff per checkout under a header; each applies with git apply inside its checkout', async () => {
    const repos = sampleRepos();
    const { code, out } = await cli(['run', 'proctortrack', ...repos]);
    expect(code).toBe(0);
    const diffs = diffsByCheckout(out);
    expect([...diffs.keys()]).toEqual(repos);
    for (const [repo, diff] of diffs) {
      expect(diff).not.toMatch(/^diff --git a\/\.\./m);
      writeFileSync(path.join(repo, '..', 'change.diff'), diff);
      git(repo, 'apply', '--check', '../change.diff');
      git(repo, 'apply', '../change.diff');
    }
    // Applied by hand, the diffs leave nothing for the campaign to do.
    expect((await cli(['run', 'proctortrack', ...repos, '--check'])).code).toBe(0);
  });

  it('--branch commits per checkout: each body names its own sites and items, with a footer for what it changed', async () => {
    const repos = sampleRepos();
    const { code, err } = await cli(['run', 'proctortrack', ...repos, '--write', '--branch', 'depr-36329']);
    expect(code, err).toBe(0);
    const bodies = repos.map((repo) => git(repo, 'log', '--format=%B%x00', 'main..HEAD').split('\0').map((b) => b.trim()).filter(Boolean));
    const [platform, frontend, operator] = bodies;
    expect(platform.length).toBeGreaterThan(1);
    expect(frontend.join('\n')).not.toMatch(/EE-\d|RR-\d|ZD-\d|PK-\d|OC-\d|review item/);
    expect(frontend.join('\n')).toMatch(/Sites: FE-6/);
    for (const body of frontend) expect(body).not.toMatch(/waffle|requirement|PROCTORING_BACKENDS/);
    expect(platform.join('\n')).not.toMatch(/FE-\d/);
    expect(platform.find((b) => b.includes('remove-create-zendesk-tickets'))).toContain('1 review item(s) left to decide by hand.');
    expect(platform.find((b) => b.startsWith('build!:'))).toMatch(/BREAKING CHANGE: edx-proctoring-proctortrack is no longer a base requirement[^;]*$/);
    expect(operator).toHaveLength(1);
    expect(operator[0]).toMatch(/^feat: set requires_escalation_email/);
    expect(operator[0]).not.toContain('BREAKING CHANGE');
  });

  it('a root holding nested repositories gives one checkout each; a folder of a repository diffs from its top', async () => {
    const holder = tempDir();
    for (const name of ['one', 'two']) {
      cpSync(SHOW_REVIEW_RULES_INPUT, path.join(holder, name), { recursive: true });
      gitRepo(path.join(holder, name));
    }
    const nested = await cli(['run', 'show-review-rules', holder, '--json', path.join(tempDir(), 'r.json')]);
    expect([...diffsByCheckout(nested.out).keys()]).toEqual([path.join(holder, 'one'), path.join(holder, 'two')]);
    expect(nested.out).toContain('diff --git a/cms/djangoapps/contentstore/config/waffle.py');

    const repo = path.join(holder, 'one');
    const { out } = await cli(['run', 'show-review-rules', path.join(repo, 'cms')]);
    expect(out).toMatch(/^diff --git a\/cms\/djangoapps\/contentstore\/config\/waffle\.py/m);
    writeFileSync(path.join(holder, 'cms.diff'), out);
    git(repo, 'apply', '../cms.diff');
    expect(listFiles(repo).filter((f) => f.endsWith('.rej'))).toEqual([]);
    expect(readFileSync(path.join(repo, 'cms/djangoapps/contentstore/config/waffle.py'), 'utf8')).not.toContain('SHOW_REVIEW_RULES_FLAG');
  });

  it('--report FILE over several checkouts writes one description per checkout in it', async () => {
    const repos = sampleRepos();
    const file = path.join(tempDir(), 'pr.md');
    mkdirSync(path.dirname(file), { recursive: true });
    const { code, err } = await cli(['run', 'proctortrack', ...repos, '--report', file]);
    expect(code).toBe(0);
    expect(err).toContain('give --report DIR/ for one file per checkout');
    expect([...readFileSync(file, 'utf8').matchAll(/^# (.+)$/gm)].map((m) => m[1])).toEqual(CHECKOUTS);
  });
});
