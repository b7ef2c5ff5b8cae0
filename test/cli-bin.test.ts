// The real executable: node bin/openedx-codemod.mjs in a child process (tsx loader, exit codes, closed pipes).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, SHOW_REVIEW_RULES_INPUT, workTree } from './support/cli.ts';

const WAFFLE = 'cms/djangoapps/contentstore/config/waffle.py';

const BIN = path.join(REPO, 'bin/openedx-codemod.mjs');
const node = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('bin/openedx-codemod.mjs', () => {
  it('lists, diffs and exits with the documented codes', () => {
    const list = node('list');
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('show-review-rules');

    const dir = workTree();
    const check = node('run', 'show-review-rules', dir, '--check', '--no-progress');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('diff --git a/cms/djangoapps/contentstore/config/waffle.py');
    expect(check.stderr).toContain('2 changed, 0 skipped, 0 failed; 1 new file(s)');

    const bad = node('run', 'no-such-codemod');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("openedx-codemod: unknown campaign or codemod 'no-such-codemod': run `openedx-codemod list` to see the names\n");
  });

  it('stops quietly when its reader closes the pipe early (| head), keeping the exit code', () => {
    // A diff far larger than a pipe's buffer (300 changed files), piped into `head -1`: most of it hits a closed pipe.
    const waffle = readFileSync(path.join(SHOW_REVIEW_RULES_INPUT, WAFFLE), 'utf8');
    const dir = workTree(null, Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`p${String(i).padStart(3, '0')}/${WAFFLE}`, waffle])));
    const script = `set -o pipefail; "${process.execPath}" "${BIN}" run show-review-rules "${dir}" --check --jobs 1 2>"${dir}.err" | head -1; echo "status=$?"`;
    const out = execFileSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(out).toBe(`diff --git a/p000/${WAFFLE} b/p000/${WAFFLE}\nstatus=1\n`);
    const stderr = readFileSync(`${dir}.err`, 'utf8');
    expect(stderr).toContain('300 changed');
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });
});
