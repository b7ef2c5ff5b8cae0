// The npm package as a user gets it: `npm pack` (which runs prepare, the bundle build), then `npm install <tarball>`
// into an empty folder, then `npx openedx-codemod`. The first install downloads the runtime dependencies and compiles
// tree-sitter natively (one to three minutes here), so the installed folder is kept in the temp dir for the same
// dependency list and Node version: later runs install the new tarball over it (npm prunes what the package no longer
// needs) in seconds. PACKAGE_TEST_FRESH=1 installs into an empty folder every time.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { select } from '../codemods/registry.ts';
import { publicReport } from '../src/cli/cli.ts';
import { runCodemods } from '../src/engine/run.ts';
import type { Campaign, Codemod } from '../src/engine/types.ts';
import { REPO, tempDir } from './support/cli.ts';

const INSTALL_TIMEOUT = 300_000;
const SAMPLE = path.join(REPO, 'fixtures/proctortrack/sample-checkout/input');
const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const installKey = createHash('sha256').update(JSON.stringify([manifest.dependencies, process.version])).digest('hex').slice(0, 12);
const INSTALLED = path.join(os.tmpdir(), `openedx-codemod-package-test-${installKey}`);

/**
 * A copy of what `npm pack` reads, so that its prepare step builds dist/ in the copy and never under the feet of
 * other tests running the checkout's own dist/. node_modules is linked for esbuild.
 */
function stagedCheckout(): string {
  const stage = path.join(tempDir('openedx-codemod-pack-'), 'package');
  mkdirSync(path.join(stage, 'scripts'), { recursive: true });
  for (const entry of ['package.json', '.npmrc', 'bin', 'src', 'codemods', 'transforms', 'docs', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
    cpSync(path.join(REPO, entry), path.join(stage, entry), { recursive: true });
  }
  cpSync(path.join(REPO, 'scripts/build.mjs'), path.join(stage, 'scripts/build.mjs'));
  symlinkSync(path.join(REPO, 'node_modules'), path.join(stage, 'node_modules'));
  return stage;
}

let packOutput: string;
let packedFiles: string[];
let consumer: string;
const npx = (...args: string[]) => spawnSync('npx', ['--no', '--', 'openedx-codemod', ...args], { cwd: consumer, encoding: 'utf8' });

beforeAll(() => {
  const stage = stagedCheckout();
  const out = path.join(stage, '..', 'tarball');
  mkdirSync(out);
  packOutput = execFileSync('npm', ['pack', '--pack-destination', out], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const tarball = path.join(out, `${manifest.name}-${manifest.version}.tgz`);
  packedFiles = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
  consumer = path.join(tempDir('openedx-codemod-consumer-'), 'consumer');
  if (existsSync(INSTALLED) && !process.env.PACKAGE_TEST_FRESH) cpSync(INSTALLED, consumer, { recursive: true, verbatimSymlinks: true });
  else mkdirSync(consumer);
  execFileSync('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], { cwd: consumer, stdio: 'ignore', timeout: INSTALL_TIMEOUT });
  keepInstalled(consumer);
}, INSTALL_TIMEOUT + 60_000);

/**
 * Keep the first install of this dependency list (copied aside, then renamed, so a concurrent run copies a whole one).
 * It is never replaced: each run installs its own tarball over a copy of it.
 */
function keepInstalled(consumer: string): void {
  if (existsSync(INSTALLED)) return;
  const aside = `${INSTALLED}.${process.pid}`;
  cpSync(consumer, aside, { recursive: true, verbatimSymlinks: true });
  try {
    renameSync(aside, INSTALLED);
  } catch {
    rmSync(aside, { recursive: true, force: true });
  }
}

describe('npm package', () => {
  it('the tarball holds what runs and what a user reads, nothing else', () => {
    const files = [...packedFiles].sort();
    for (const needed of ['bin/openedx-codemod.mjs', 'dist/engine/entry.cjs', 'dist/engine/worker.mjs', 'dist/engine/scan-worker.mjs', 'README.md', 'LICENSE', 'CHANGELOG.md', 'docs/campaigns/proctortrack.md', 'package.json']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => !/^(bin|dist|docs)\//.test(f) && !['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'].includes(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('dist/') && !/\.[cm]js$/.test(f))).toEqual([]);
    expect(existsSync(path.join(consumer, 'node_modules/openedx-codemods/src'))).toBe(false);
  });

  it('`npm pack` prints only the tarball name: pre-commit installs node hooks from that line', () => {
    expect(packOutput).toBe(`${manifest.name}-${manifest.version}.tgz\n`);
  });

  it('is publishable: not private, licensed, with its links', () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.license).toBe('AGPL-3.0-only');
    expect(readFileSync(path.join(REPO, 'LICENSE'), 'utf8')).toContain('GNU Affero General Public License');
    expect(manifest.repository.url).toMatch(/^git\+https:\/\//);
    expect(manifest.bugs.url).toMatch(/^https:\/\//);
    // tsx runs the sources, which the package does not ship.
    expect(Object.keys(manifest.dependencies)).not.toContain('tsx');
  });

  it('`npx openedx-codemod --version` prints the package version', () => {
    for (const flag of ['--version', '-V']) {
      const result = npx(flag);
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe(`${manifest.version}\n`);
      expect(result.status).toBe(0);
    }
  });

  it('runs the whole campaign on the sample checkout as the sources do', async () => {
    const checkout = path.join(tempDir(), 'checkout');
    cpSync(SAMPLE, checkout, { recursive: true });
    const result = npx('run', 'proctortrack', checkout, '--json', '-', '--no-progress');
    expect(result.status, result.stderr).toBe(0);
    const { campaign, codemods } = select(['proctortrack']) as { campaign: Campaign; codemods: Codemod[] };
    const fromSources = await runCodemods({ roots: [checkout], campaign, codemods, write: false, jobs: 1 });
    const report = JSON.parse(result.stdout);
    expect(report).toEqual(JSON.parse(JSON.stringify(publicReport(fromSources))));
    expect(report.summary.changed).toBeGreaterThan(10);

    const check = npx('run', 'proctortrack', checkout, '--check', '--no-progress');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('+from common.djangoapps.util.proctoring import');
  });
});
