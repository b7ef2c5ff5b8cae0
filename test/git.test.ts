// Git workflow in temp repositories: --write refuses over uncommitted work; --branch commits codemod by codemod.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Repos, writeOnBranch, type CommitRecord } from '../src/cli/commands/git-modes.ts';
import type { Campaign, Codemod } from '../src/engine/types.ts';
import { cli, git, gitRepo, tempDir, workTree } from './support/cli.ts';

const WAFFLE = 'cms/djangoapps/contentstore/config/waffle.py';
const HELPER = 'common/djangoapps/util/proctoring.py';

describe('--write and uncommitted changes', () => {
  it('refuses (exit 2) when a file it would change has uncommitted changes, and says how to proceed', async () => {
    const dir = gitRepo(workTree());
    appendFileSync(path.join(dir, WAFFLE), '# local edit\n');
    const edited = readFileSync(path.join(dir, WAFFLE), 'utf8');
    const { code, err } = await cli(['run', 'show-review-rules', dir, '--write']);
    expect(code).toBe(2);
    expect(err).toContain('refusing to write: 1 file(s) the run would change have uncommitted changes');
    expect(err).toContain(WAFFLE);
    expect(err).toMatch(/Commit or stash them first.*--allow-dirty/s);
    expect(readFileSync(path.join(dir, WAFFLE), 'utf8')).toBe(edited);
    expect(git(dir, 'status', '--porcelain')).toBe(` M ${WAFFLE}\n`);

    const forced = await cli(['run', 'show-review-rules', dir, '--write', '--allow-dirty']);
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, WAFFLE), 'utf8')).not.toContain('SHOW_REVIEW_RULES_FLAG');
  });

  it('counts untracked and staged files as uncommitted', async () => {
    const dir = gitRepo(workTree());
    appendFileSync(path.join(dir, WAFFLE), '# staged edit\n');
    git(dir, 'add', WAFFLE);
    expect(await cli(['run', 'show-review-rules', dir, '--write'])).toMatchObject({ code: 2, err: expect.stringContaining('uncommitted changes') });
    const untracked = gitRepo(workTree());
    writeFileSync(path.join(untracked, 'cms/djangoapps/contentstore/new_use.py'), 'from .config.waffle import SHOW_REVIEW_RULES_FLAG\n\nSHOW = SHOW_REVIEW_RULES_FLAG.is_enabled(None)\n');
    writeFileSync(path.join(untracked, WAFFLE.replace('waffle.py', 'waffle_copy.py')), readFileSync(path.join(untracked, WAFFLE)));
    expect(await cli(['run', 'show-review-rules', untracked, '--write'])).toMatchObject({ code: 2, err: expect.stringContaining('waffle_copy.py') });
  });

  it('checks a root that is a folder inside the repository', async () => {
    const dir = workTree();
    gitRepo(path.dirname(dir));
    appendFileSync(path.join(dir, WAFFLE), '# local edit\n');
    expect(await cli(['run', 'show-review-rules', path.join(dir, 'cms'), '--write'])).toMatchObject({ code: 2, err: expect.stringContaining(`checkout/${WAFFLE}`) });
  });

  it('writes when only files it does not change are dirty, and outside git at all', async () => {
    const dir = gitRepo(workTree());
    appendFileSync(path.join(dir, 'common/djangoapps/util/date_utils.py'), '# unrelated edit\n');
    expect((await cli(['run', 'show-review-rules', dir, '--write'])).code).toBe(0);
    expect((await cli(['run', 'show-review-rules', workTree(), '--write'])).code).toBe(0);
  });
});

describe('--branch', () => {
  it('creates the branch and commits the changes with a conventional commit, never pushing', async () => {
    const dir = gitRepo(workTree());
    const { code, err } = await cli(['run', 'proctortrack', dir, '--write', '--branch', 'depr-36329', '--json', path.join(path.dirname(dir), 'r.json')]);
    expect(code).toBe(0);
    expect(git(dir, 'branch', '--show-current').trim()).toBe('depr-36329');
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(git(dir, 'log', '--format=%s', 'main..HEAD').trim().split('\n')).toEqual([
      'feat!: replace the studio.show_review_rules flag with the backend setting show_review_rules',
    ]);
    const body = git(dir, 'log', '-1', '--format=%B');
    expect(body).toContain('Made by `openedx-codemod run show-review-rules`');
    expect(body).toContain('Sites: RR-1 ×1, RR-2 ×1.');
    expect(body).toMatch(/\n\nBREAKING CHANGE: .+/);
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([
      WAFFLE,
      'cms/djangoapps/contentstore/xblock_storage_handlers/view_handlers.py',
      HELPER,
    ]);
    expect(err).toMatch(/committed [0-9a-f]{7,} on depr-36329 in .*: feat!: replace/);
    const json = JSON.parse(readFileSync(path.join(path.dirname(dir), 'r.json'), 'utf8'));
    expect(json).toMatchObject({ dryRun: false, branch: 'depr-36329', summary: { written: 3 } });
    expect(json.commits).toEqual([expect.objectContaining({ codemod: 'show-review-rules', files: expect.arrayContaining([HELPER]) })]);
    expect(git(dir, 'remote')).toBe('');
  });

  it('is refused (exit 2) outside git, for an existing or invalid branch, and over uncommitted changes', async () => {
    const plain = workTree();
    expect(await cli(['run', 'proctortrack', plain, '--write', '--branch', 'x'])).toMatchObject({ code: 2, err: expect.stringContaining('is not inside a git repository') });
    expect(readFileSync(path.join(plain, WAFFLE), 'utf8')).toContain('SHOW_REVIEW_RULES_FLAG');

    const dir = gitRepo(workTree());
    git(dir, 'branch', 'taken');
    expect(await cli(['run', 'proctortrack', dir, '--write', '--branch', 'taken'])).toMatchObject({ code: 2, err: expect.stringContaining("branch 'taken' already exists") });
    expect(await cli(['run', 'proctortrack', dir, '--write', '--branch', 'bad..name'])).toMatchObject({ code: 2, err: expect.stringContaining('not a valid git branch name') });
    appendFileSync(path.join(dir, WAFFLE), '# local edit\n');
    expect(await cli(['run', 'proctortrack', dir, '--write', '--branch', 'fresh'])).toMatchObject({ code: 2, err: expect.stringContaining('uncommitted changes') });
    expect(git(dir, 'branch', '--show-current').trim()).toBe('main');
  });

  it('commits each codemod separately, in campaign order, with its own message', async () => {
    const replace = (name: string, from: string, to: string): Codemod => ({
      name,
      description: `Replace ${from}`,
      siteIds: [name.toUpperCase()],
      kinds: ['python'],
      needles: [from],
      transform(file, ctx) {
        const at = file.text.indexOf(from);
        if (at === -1) return null;
        ctx.site(name.toUpperCase(), at);
        return [{ start: at, end: at + from.length, text: to }];
      },
    });
    const first = replace('first', 'alpha', 'beta');
    const second = replace('second', 'gamma', 'delta');
    const campaign: Campaign = {
      name: 'demo',
      description: 'Demo campaign',
      url: 'https://example.com/demo',
      codemods: [first, second],
      reportNotes: { title: { type: 'feat', subject: 'demo' }, breakingChange: 'demo breaks', commits: { second: { type: 'build', subject: 'second step' } } },
    };
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.py'), 'x = "alpha"\ny = "gamma"\n');
    writeFileSync(path.join(dir, 'b.py'), 'z = "gamma"\n');
    gitRepo(dir);
    const commits: CommitRecord[] = [];
    const repos = new Repos();
    const top = (await repos.of(dir)).top!;
    await writeOnBranch({ roots: [dir], campaign, codemods: [first, second], write: true, jobs: 1 }, repos, [top], 'demo-branch', (c) => commits.push(c));
    expect(commits.map((c) => [c.codemod, c.files.sort()])).toEqual([
      ['first', ['a.py']],
      ['second', ['a.py', 'b.py']],
    ]);
    expect(git(dir, 'log', '--format=%s', '-2').trim().split('\n')).toEqual(['build!: second step', 'feat!: replace alpha']);
    expect(git(dir, 'show', '--format=', 'HEAD~1', '--', 'a.py')).toContain('+x = "beta"');
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });
});
