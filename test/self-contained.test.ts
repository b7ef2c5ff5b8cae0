// The repository stands on its own: no tracked file points at the team's folders outside it (contract, stack notes,
// hooks). A user who clones or installs the project reads docs/campaigns/ instead.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './support/cli.ts';

// Built from pieces so that this file does not match itself.
const OUTSIDE = new RegExp([...['spec', 'stack', 'hooks'].map((name) => `shared/${name}`), '\\.\\./shared\\b'].join('|'));

const trackedFiles = () => execFileSync('git', ['ls-files', '-z'], { cwd: REPO, encoding: 'utf8' }).split('\0').filter(Boolean);

describe('self-contained', () => {
  it('no tracked file mentions a path outside the repository', () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    const offending = files.filter((file) => {
      try {
        return OUTSIDE.test(readFileSync(path.join(REPO, file), 'utf8'));
      } catch {
        return false; // deleted in the working tree, not yet committed
      }
    });
    expect(offending).toEqual([]);
  });

  it('the pattern catches what it is for', () => {
    expect(OUTSIDE.test(`see ../${'shared'}/spec/x.md`)).toBe(true);
    expect(OUTSIDE.test(`the spec beside this repository (../${'shared'})`)).toBe(true);
    expect(OUTSIDE.test('shared modules: vendor.ts, wording.ts')).toBe(false);
  });
});
