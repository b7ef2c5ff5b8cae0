// The bad-input matrix: each case gets a clear reason, nothing is lost, and the other files are still processed.
import { spawn } from 'node:child_process';
import fs, { chmodSync, promises as fsp, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registry, select } from '../codemods/registry.ts';
import { runCodemods } from '../src/engine/run.ts';
import type { Campaign, Codemod, CodemodPart } from '../src/engine/types.ts';

const BIN = path.resolve(import.meta.dirname, '../bin/openedx-codemod.mjs');
const SITE = [
  'from openedx.core.djangoapps.waffle_utils import CourseWaffleFlag',
  '',
  'OTHER_FLAG = CourseWaffleFlag("studio.other", __name__)',
  'SHOW_REVIEW_RULES_FLAG = CourseWaffleFlag("studio.show_review_rules", __name__)',
  '',
].join('\n');
const MIGRATED = SITE.replace('SHOW_REVIEW_RULES_FLAG = CourseWaffleFlag("studio.show_review_rules", __name__)\n', '');
const selection = select(['show-review-rules']) as { campaign: Campaign; codemods: Codemod[] };

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) {
    for (const entry of walk(dir)) chmodSync(entry, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
  dirs = [];
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => !e.isSymbolicLink())
    .map((e) => path.join(e.parentPath, e.name));
}

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'codemod-safety-'));
  dirs.push(root);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  return root;
}

const run = (root: string, extra: Partial<Parameters<typeof runCodemods>[0]> = {}) =>
  runCodemods({ roots: [root], campaign: selection.campaign, codemods: selection.codemods, write: true, jobs: 1, ...extra });

const read = (root: string, rel: string) => readFileSync(path.join(root, rel));
const statusOf = (report: Awaited<ReturnType<typeof run>>, rel: string) => report.files.find((f) => f.path === rel);

describe('file fidelity', () => {
  it('keeps CRLF line endings', async () => {
    const root = tree({ 'waffle.py': SITE.replaceAll('\n', '\r\n') });
    await run(root);
    expect(read(root, 'waffle.py').toString()).toBe(MIGRATED.replaceAll('\n', '\r\n'));
  });

  it('keeps a UTF-8 BOM', async () => {
    const root = tree({ 'waffle.py': `\uFEFF${SITE}` });
    await run(root);
    expect(read(root, 'waffle.py').toString()).toBe(`\uFEFF${MIGRATED}`);
  });

  it('keeps a missing final newline', async () => {
    const root = tree({ 'waffle.py': `${SITE}X = 1` });
    await run(root);
    expect(read(root, 'waffle.py').toString()).toBe(`${MIGRATED}X = 1`);
  });

  it('keeps the file mode', async () => {
    const root = tree({ 'waffle.py': SITE });
    chmodSync(path.join(root, 'waffle.py'), 0o751);
    await run(root);
    expect(statSync(path.join(root, 'waffle.py')).mode & 0o777).toBe(0o751);
    expect(read(root, 'waffle.py').toString()).toBe(MIGRATED);
  });

  it('leaves files without sites byte-identical, mixed line endings included', async () => {
    const untouched = Buffer.from('x = 1\r\ny = "SHOW_REVIEW_RULES_FLAG"\n');
    const root = tree({ 'a.py': untouched, 'waffle.py': SITE });
    await run(root);
    expect(read(root, 'a.py').equals(untouched)).toBe(true);
  });
});

describe('bad input never stops the run', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['invalid UTF-8', Buffer.concat([Buffer.from(SITE), Buffer.from([0xff, 0xfe, 0x41])]), /not valid UTF-8/],
    ['binary with a needle', Buffer.concat([Buffer.from(SITE), Buffer.from([0, 1, 2])]), /binary/],
    ['unparsable Python with a site', `${SITE}def broken(:\n    pass\n`, /does not parse as python.*line 5/],
  ];
  it.each(cases)('%s: skipped with a reason, untouched, others processed', async (_name, content, reason) => {
    const root = tree({ 'bad.py': content, 'good.py': SITE });
    const report = await run(root);
    expect(statusOf(report, 'bad.py')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(reason) });
    expect(read(root, 'bad.py').equals(Buffer.from(content))).toBe(true);
    expect(read(root, 'good.py').toString()).toBe(MIGRATED);
  });

  it('skips a file over the size limit and says how to include it', async () => {
    const root = tree({ 'big.py': SITE + '#'.repeat(5000), 'good.py': SITE });
    const report = await run(root, { maxBytes: 1000 });
    expect(statusOf(report, 'big.py')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/--max-bytes/) });
    expect(read(root, 'good.py').toString()).toBe(MIGRATED);
  });

  it('does not write a read-only file', async () => {
    const root = tree({ 'ro.py': SITE, 'good.py': SITE });
    chmodSync(path.join(root, 'ro.py'), 0o444);
    const report = await run(root);
    expect(statusOf(report, 'ro.py')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/read-only/) });
    expect(read(root, 'ro.py').toString()).toBe(SITE);
    expect(report.summary.written).toBe(1);
  });

  it('skips an unreadable file with a reason (simulated: the tests run as root, which reads anything)', async () => {
    const root = tree({ 'locked.py': SITE, 'good.py': SITE });
    const realReadFile = fsp.readFile;
    const spy = vi.spyOn(fsp, 'readFile').mockImplementation(((file: string, ...rest: unknown[]) => {
      if (String(file).endsWith('locked.py')) return Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
      return (realReadFile as (...args: unknown[]) => Promise<Buffer>)(file, ...rest);
    }) as typeof fsp.readFile);
    // The prefilter reads synchronously first (fs.openSync); it hands errors to the async reader above.
    const realOpenSync = fs.openSync;
    const openSpy = vi.spyOn(fs, 'openSync').mockImplementation(((file: string, ...rest: unknown[]) => {
      if (String(file).endsWith('locked.py')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return (realOpenSync as (...args: unknown[]) => number)(file, ...rest);
    }) as typeof fs.openSync);
    try {
      const report = await run(root);
      expect(statusOf(report, 'locked.py')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/permission denied/) });
      expect(read(root, 'good.py').toString()).toBe(MIGRATED);
    } finally {
      openSpy.mockRestore();
      spy.mockRestore();
    }
  });

  it('does not follow symlinks (outside the root, or in a loop)', async () => {
    const outside = tree({ 'waffle.py': SITE });
    const root = tree({ 'good.py': SITE });
    symlinkSync(outside, path.join(root, 'outside'));
    symlinkSync(path.join(outside, 'waffle.py'), path.join(root, 'linked.py'));
    symlinkSync(root, path.join(root, 'loop'));
    const report = await run(root);
    expect(report.summary.filesSeen).toBe(1);
    expect(report.summary.symlinksSkipped).toBe(3);
    expect(read(outside, 'waffle.py').toString()).toBe(SITE);
  });

  it('honours nested .gitignore files, --include and --exclude, and counts what it did not read', async () => {
    const root = tree({
      '.gitignore': 'generated/\n',
      'generated/waffle.py': SITE,
      'lms/.gitignore': '*_local.py\n',
      'lms/envs/waffle_local.py': SITE,
      'lms/waffle.py': SITE,
      'cms/waffle.py': SITE,
      'node_modules/pkg/waffle.py': SITE,
    });
    const report = await run(root, { exclude: ['cms/**'] });
    expect(report.files.map((f) => f.path)).toEqual(['lms/waffle.py']);
    expect(report.summary.ignored).toBe(3);
    for (const rel of ['generated/waffle.py', 'lms/envs/waffle_local.py', 'cms/waffle.py', 'node_modules/pkg/waffle.py']) {
      expect(read(root, rel).toString()).toBe(SITE);
    }
    const only = await run(tree({ 'a/waffle.py': SITE, 'b/waffle.py': SITE }), { include: ['b/**'], write: false });
    expect(only.files.map((f) => f.path)).toEqual(['b/waffle.py']);
  });

  it('handles an empty directory and a very deep tree', async () => {
    expect((await run(tree({}))).summary.filesSeen).toBe(0);
    const deep = `${Array.from({ length: 120 }, (_, i) => `d${i}`).join('/')}/waffle.py`;
    const root = tree({ [deep]: SITE });
    await run(root);
    expect(read(root, deep).toString()).toBe(MIGRATED);
  });

  it('accepts a file as the root', async () => {
    const root = tree({ 'waffle.py': SITE });
    const report = await run(path.join(root, 'waffle.py'));
    expect(report.summary.changed).toBe(1);
    expect(read(root, 'waffle.py').toString()).toBe(MIGRATED);
  });
});

describe('never writes a bad result', () => {
  const fake = (name: string, transform: CodemodPart['transform']): Codemod => ({ name, description: name, siteIds: [], kinds: ['python'], needles: ['SITE'], transform });
  const fakeRun = (root: string, codemod: Codemod) =>
    runCodemods({ roots: [root], campaign: { name: 'test', description: '', url: '', codemods: [codemod] }, codemods: [codemod], write: true, jobs: 1 });

  it('refuses output that does not parse', async () => {
    const root = tree({ 'a.py': 'SITE = 1\n', 'b.py': 'x = 2\n' });
    const report = await fakeRun(root, fake('breaker', () => 'def (:\n'));
    expect(report.files[0]).toMatchObject({ path: 'a.py', status: 'failed', reason: expect.stringMatching(/would not parse/) });
    expect(read(root, 'a.py').toString()).toBe('SITE = 1\n');
  });

  it('reports overlapping edits and a throwing codemod as failures of that file only', async () => {
    const root = tree({ 'a.py': 'SITE = 1\n', 'b.py': 'SITE = 2\n' });
    const report = await fakeRun(
      root,
      fake('overlap', (file) => {
        if (file.relPath === 'b.py') throw new Error('boom');
        return [{ start: 0, end: 4, text: 'X' }, { start: 2, end: 6, text: 'Y' }];
      }),
    );
    expect(report.files.map((f) => [f.path, f.status, f.reason])).toEqual([
      ['a.py', 'failed', expect.stringMatching(/overlap/)],
      ['b.py', 'failed', 'overlap: boom'],
    ]);
  });

  it('skips a file modified between read and write', async () => {
    const root = tree({ 'waffle.py': SITE });
    const file = path.join(root, 'waffle.py');
    // The engine writes after every file is transformed: an edit made in between must win.
    const report = await run(root, { beforeWrite: async () => writeFileSync(file, `${SITE}# edited meanwhile\n`) });
    expect(statusOf(report, 'waffle.py')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/changed on disk/) });
    expect(readFileSync(file, 'utf8')).toBe(`${SITE}# edited meanwhile\n`);
  });
});

describe('workers and interruption', () => {
  it('gives the same report with a worker pool as in-process', async () => {
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`pkg${i % 7}/m${i}.py`, SITE]));
    const [a, b] = [tree(files), tree(files)];
    const inProcess = await run(a, { write: false });
    const pooled = await run(b, { write: false, jobs: 2, registryModule: registry.moduleUrl });
    const strip = (r: typeof inProcess) => ({ ...r, roots: [], checkouts: [], files: r.files.map(({ root: _root, checkout: _checkout, ...f }) => f) });
    expect(strip(pooled)).toEqual(strip(inProcess));
    expect(pooled.summary.changed).toBe(60);
  });

  it('SIGINT during --write leaves every file old or new and no temp files', async () => {
    const files = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`m${String(i).padStart(3, '0')}.py`, SITE]));
    const root = tree(files);
    const child = spawn(process.execPath, [BIN, 'run', 'show-review-rules', root, '--write', '--jobs', '1', '--no-progress'], { stdio: 'ignore' });
    setTimeout(() => child.kill('SIGINT'), 900);
    await new Promise((resolve) => child.on('exit', resolve));
    const names = readdirSync(root);
    expect(names.filter((n) => n.endsWith('.codemod-tmp'))).toEqual([]);
    for (const name of names) expect([SITE, MIGRATED]).toContain(readFileSync(path.join(root, name), 'utf8'));
  });
});
