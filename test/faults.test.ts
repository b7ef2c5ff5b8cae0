// Faults and bad input (issue 15): each numbered finding reproduced on its own small tree, through the real CLI.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, FLAG_USE, FLAG_USE_PATH, git, gitRepo, SHOW_REVIEW_RULES_INPUT } from './support/cli.ts';
import { brokenImporters, HELPER, HELPER_IMPORT, importerTree, isRoot, makeTree, removeTrees, runBin, snapshot, tempFiles } from './support/faults.ts';

afterAll(removeTrees);

const HANDLERS = 'cms/djangoapps/contentstore/xblock_storage_handlers/view_handlers.py';
const WAFFLE = 'cms/djangoapps/contentstore/config/waffle.py';
const SITE = 'SHOW_REVIEW_RULES_FLAG = CourseWaffleFlag("studio.show_review_rules", __name__)\n';

/** Seeded, so a failing interruption point can be replayed (FAULT_SEED=n). */
function random(seed = Number(process.env.FAULT_SEED ?? 15)): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A clean --write of a copy of the same tree: what every interrupted-then-rerun tree must equal. */
async function cleanResult(make: () => string): Promise<Record<string, string>> {
  const dir = make();
  expect((await cli(['run', 'proctortrack', dir, '--write'])).code).toBe(0);
  return snapshot(dir);
}

describe('1, 2: a run stopped anywhere leaves a working checkout; a second run completes it', () => {
  it('writes the helper module before its importers, and never an importer whose helper cannot be written', async () => {
    const dir = makeTree({}, SHOW_REVIEW_RULES_INPUT);
    rmSync(path.join(dir, 'common/djangoapps/util'), { recursive: true });
    writeFileSync(path.join(dir, 'common/djangoapps/util'), 'not a folder\n');
    const before = snapshot(dir);
    const { code, err } = await cli(['run', 'show-review-rules', dir, '--write']);
    expect(code).toBe(3);
    expect(err).toMatch(/common\/djangoapps\/util is not a folder/);
    expect(snapshot(dir)[HANDLERS]).toBe(before[HANDLERS]);
    expect(brokenImporters(dir)).toEqual([]);
  });

  it('recreates the helper module of importers an interrupted run wrote, and audit reports it until then', async () => {
    const expected = await cleanResult(() => makeTree({}, SHOW_REVIEW_RULES_INPUT));
    const dir = makeTree({}, SHOW_REVIEW_RULES_INPUT);
    expect((await cli(['run', 'show-review-rules', dir, '--write'])).code).toBe(0);
    rmSync(path.join(dir, HELPER));
    expect(brokenImporters(dir)).toContain(HANDLERS);
    const audit = await cli(['audit', 'proctortrack', dir, '--json', '-']);
    expect(audit.code).toBe(1);
    expect(JSON.parse(audit.out).roots[0].items).toContainEqual(expect.objectContaining({ path: HELPER, class: 'rewritten' }));
    expect((await cli(['run', 'proctortrack', dir, '--check'])).code).toBe(1);
    expect((await cli(['run', 'proctortrack', dir, '--write'])).code).toBe(0);
    expect(snapshot(dir)).toEqual(expected);
  });

  it('does not add the import in a run on one file, where the helper module has no place', async () => {
    const dir = makeTree({}, SHOW_REVIEW_RULES_INPUT);
    const before = readFileSync(path.join(dir, HANDLERS), 'utf8');
    const { code, err } = await cli(['run', 'show-review-rules', path.join(dir, HANDLERS), '--write']);
    expect(code).toBe(3);
    expect(err).toMatch(/cannot be placed from this root/);
    expect(readFileSync(path.join(dir, HANDLERS), 'utf8')).toBe(before);
  });

  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  it('interrupted at random points (SIGINT, SIGTERM, SIGHUP, with worker threads too): never a broken import, no temp file, a rerun reaches the clean result', async () => {
    const copies = 40;
    const expected = await cleanResult(() => importerTree(copies));
    const next = random();
    for (let attempt = 0; attempt < 3; attempt++) {
      const dir = importerTree(copies);
      const signal = signals[attempt];
      // The first attempt stops the run anywhere from its start; the others a random number of milliseconds after its
      // first write.
      const afterMs = Math.round(next() * (attempt === 0 ? 1500 : 60));
      const jobs = attempt === 1 ? ['--jobs', '2'] : [];
      const stopped = await runBin(['run', 'proctortrack', dir, '--write', '--no-progress', ...jobs], {
        kill: { signal, afterMs, firstWriteIn: attempt === 0 ? undefined : dir },
      });
      const where = `${signal} ${afterMs} ms ${attempt ? 'into the writes' : 'after the start'} (exit ${stopped.code}, FAULT_SEED=${process.env.FAULT_SEED ?? 15})`;
      expect(tempFiles(dir), where).toEqual([]);
      expect(brokenImporters(dir), where).toEqual([]);
      // Stopped while loading, the signal ends it silently; after, the handler says so and dies by the same signal.
      if (stopped.code !== 0) expect(stopped.signal, where).toBe(signal);
      if (stopped.stderr) expect(stopped.stderr, where).toMatch(new RegExp(`${signal}: stopped`));
      expect((await cli(['run', 'proctortrack', dir, '--write'])).code, where).toBe(0);
      expect(snapshot(dir), where).toEqual(expected);
    }
  }, 300_000);

  it('removes temp files a killed run left behind', async () => {
    const dir = makeTree({}, SHOW_REVIEW_RULES_INPUT);
    const stale = path.join(dir, 'cms/djangoapps/contentstore/config/.waffle.py.0123456789ab.codemod-tmp');
    writeFileSync(stale, 'half');
    expect((await cli(['run', 'proctortrack', dir])).code).toBe(0);
    expect(existsSync(stale)).toBe(true);
    expect((await cli(['run', 'proctortrack', dir, '--write'])).code).toBe(0);
    expect(tempFiles(dir)).toEqual([]);
  });
});

describe('3: unreadable folders are counted, listed and fail the run', () => {
  it('run --json, --check and audit exit 3 and name the folder (run as nobody where the tests are root)', async () => {
    const dir = makeTree({ [FLAG_USE_PATH]: FLAG_USE, 'lms/locked/waffle.py': SITE }, SHOW_REVIEW_RULES_INPUT);
    chmodSync(path.join(dir, 'lms/locked'), 0o000);
    try {
      const run = await runBin(['run', 'proctortrack', dir, '--check', '--json', '-', '--no-progress'], { unprivileged: true });
      expect(run.code, run.stderr).toBe(3);
      const report = JSON.parse(run.stdout);
      expect(report.summary.unreadableFolders).toBe(1);
      expect(report.unreadableFolders).toEqual([expect.objectContaining({ root: dir, path: 'lms/locked', reason: expect.stringMatching(/permission denied/) })]);
      expect(run.stderr).toMatch(/cannot read folder .*lms\/locked/);
      const audit = await runBin(['audit', 'proctortrack', dir, '--json', '-'], { unprivileged: true });
      expect(audit.code).toBe(3);
      expect(JSON.parse(audit.stdout)).toMatchObject({ clean: false, unreadableFolders: [expect.objectContaining({ path: 'lms/locked' })] });
    } finally {
      chmodSync(path.join(dir, 'lms/locked'), 0o755);
    }
  }, 60_000);
});

describe('4: the uncommitted-changes guard asks every repository', () => {
  it('refuses when one of several checkouts in the folder is dirty, and writes nothing anywhere', async () => {
    const parent = makeTree();
    const clean = gitRepo(makeTree({}, SHOW_REVIEW_RULES_INPUT));
    const dirty = gitRepo(makeTree({}, SHOW_REVIEW_RULES_INPUT));
    writeFileSync(path.join(dirty, WAFFLE), `${readFileSync(path.join(dirty, WAFFLE), 'utf8')}# local edit\n`);
    execFileSync('mv', [clean, path.join(parent, 'a')]);
    execFileSync('mv', [dirty, path.join(parent, 'b')]);
    const before = snapshot(parent);
    const { code, err } = await cli(['run', 'show-review-rules', parent, '--write']);
    expect(code).toBe(2);
    expect(err).toMatch(/uncommitted changes:\n.*config\/waffle\.py \(in .*\/b\)/);
    expect(snapshot(parent)).toEqual(before);
    expect((await cli(['run', 'show-review-rules', parent, '--write', '--allow-dirty'])).code).toBe(0);
  });

  it.skipIf(!isRoot)('counts a repository git will not read (dubious ownership) as "cannot tell"', async () => {
    const dir = gitRepo(makeTree({}, SHOW_REVIEW_RULES_INPUT));
    execFileSync('chown', ['-R', '65534:65534', dir]);
    expect(() => git(dir, 'status')).toThrow(/dubious ownership/);
    const before = snapshot(dir);
    const { code, err } = await cli(['run', 'show-review-rules', dir, '--write']);
    expect(code).toBe(2);
    expect(err).toMatch(/git cannot tell .*\n.*dubious ownership/);
    expect(snapshot(dir)).toEqual(before);
    expect((await cli(['run', 'show-review-rules', dir, '--write', '--allow-dirty'])).code).toBe(0);
    // 12: root writes the file back to its owner.
    expect(statSync(path.join(dir, WAFFLE)).uid).toBe(65534);
    expect(statSync(path.join(dir, HELPER)).uid).toBe(65534);
  });
});

describe('5: a site left in a file the tool could not process fails --check and --write', () => {
  // A read-only file can still be rewritten once made writable: --check reports it as pending (1), --write fails (3).
  const cases: [string, Record<string, string | Buffer>, (dir: string) => void, number][] = [
    ['unparsable', { 'cms/broken.py': `${SITE}def broken(:\n` }, () => {}, 3],
    ['not UTF-8', { 'cms/latin1.py': Buffer.concat([Buffer.from(SITE), Buffer.from('# caf\xe9\n', 'latin1')]) }, () => {}, 3],
    ['read-only', { 'cms/ro.py': SITE }, (dir) => chmodSync(path.join(dir, 'cms/ro.py'), 0o444), 1],
    ['over the size limit', { 'cms/big.py': `${SITE}${'#'.repeat(3000)}\n` }, () => {}, 3],
  ];
  it.each(cases)('%s', async (_name, files, prepare, checkCode) => {
    const dir = makeTree({ [FLAG_USE_PATH]: 'x = 1\n', ...files });
    prepare(dir);
    const limit = ['--max-bytes', '2000'];
    expect((await cli(['run', 'show-review-rules', dir, '--check', ...limit])).code).toBe(checkCode);
    expect((await cli(['run', 'show-review-rules', dir, '--check', '--strict', ...limit])).code).toBe(checkCode);
    const write = await cli(['run', 'show-review-rules', dir, '--write', ...limit]);
    expect(write.code).toBe(3);
    expect(write.err).toMatch(/skipped/);
  });

  it('a big file without any needle is not a skip', async () => {
    const dir = makeTree({ 'cms/big.py': `x = 1\n${'#'.repeat(3000)}\n`, 'cms/other.py': 'y = 2\n' });
    const { code, out } = await cli(['run', 'show-review-rules', dir, '--max-bytes', '2000', '--json', '-']);
    expect(code).toBe(0);
    expect(JSON.parse(out).summary).toMatchObject({ skipped: 0, prefilteredOut: 2 });
  });
});

describe('6: bad values are usage errors, before anything runs', () => {
  const vendors = 'operator-config.escalation-email-vendors';
  // With --write unless the case is about --write itself.
  const refused: [string, string[], RegExp][] = [
    ['an empty option value', ['--write', '--option', `${vendors}=`], /needs a value/],
    ['an option value of only commas', ['--write', '--option', `${vendors}=, ,`], /needs a value/],
    ['an option given twice', ['--write', '--option', `${vendors}=a`, '--option', `${vendors}=b`], /given twice/],
    ['--jobs above twice the cores', ['--write', '--jobs', '99999'], /more than twice/],
    ['--allow-dirty without --write', ['--allow-dirty'], /use it with --write/],
    ['an empty --include', ['--write', '--include', ''], /--include needs a value/],
    ['an empty --json', ['--write', '--json', ''], /--json needs/],
  ];
  it.each(refused)('%s', async (_name, args, message) => {
    const dir = makeTree({}, SHOW_REVIEW_RULES_INPUT);
    const before = snapshot(dir);
    const { code, err } = await cli(['run', 'proctortrack', dir, ...args]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('7: structured files that do not parse are skipped, like Python and JS', () => {
  it.each([
    ['package.json', '{\n  "dependencies": {\n    "edx-proctoring-proctortrack": "^1.0.0",\n    "react": "^17.0.0"\n  \n'],
    ['conf/locale/config.yaml', 'third_party:\n  - edx-proctoring-proctortrack\n  bad: [\n'],
  ])('%s', async (rel, text) => {
    const dir = makeTree({ [rel]: text });
    const { code, out } = await cli(['run', 'drop-proctortrack-package', dir, '--write', '--json', '-']);
    expect(code).toBe(3);
    expect(JSON.parse(out).files).toEqual([expect.objectContaining({ path: rel, status: 'skipped', reason: expect.stringMatching(/does not parse as (json|yaml) \(syntax error near line \d+\)/) })]);
    expect(readFileSync(path.join(dir, rel), 'utf8')).toBe(text);
  });
});

describe('8: output paths are checked before the first write', () => {
  it.each([
    ['--json', 'missing/folder/report.json', /folder .* does not exist/],
    ['--report', `${WAFFLE}/pr.md`, /waffle\.py is not a folder/],
  ])('%s %s', async (flag, target, message) => {
    const dir = makeTree({}, SHOW_REVIEW_RULES_INPUT);
    const before = snapshot(dir);
    const { code, err } = await cli(['run', 'proctortrack', dir, '--write', flag, path.join(dir, target)]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('10: companion paths never follow symlinks; non-regular files are refused', () => {
  it('does not read or write the helper module through a symlinked folder', async () => {
    const outside = makeTree({ 'util/proctoring.py': 'OUTSIDE = True\n' });
    const dir = makeTree({}, SHOW_REVIEW_RULES_INPUT);
    rmSync(path.join(dir, 'common/djangoapps/util'), { recursive: true });
    symlinkSync(path.join(outside, 'util'), path.join(dir, 'common/djangoapps/util'));
    const before = snapshot(dir);
    const { code, err } = await cli(['run', 'show-review-rules', dir, '--write']);
    expect(code).toBe(3);
    expect(err).toMatch(/common\/djangoapps\/util is a symbolic link/);
    // The importer is held back; the flag's declaration (no import) is still removed.
    expect(snapshot(dir)[HANDLERS]).toBe(before[HANDLERS]);
    expect(snapshot(dir)[WAFFLE]).not.toBe(before[WAFFLE]);
    expect(readFileSync(path.join(outside, 'util/proctoring.py'), 'utf8')).toBe('OUTSIDE = True\n');
  });

  it('never replaces a tracked symlink at the helper path', async () => {
    const dir = makeTree({ 'common/djangoapps/util/real_proctoring.py': '"""Helpers."""\n' }, SHOW_REVIEW_RULES_INPUT);
    symlinkSync('real_proctoring.py', path.join(dir, HELPER));
    const { code } = await cli(['run', 'show-review-rules', dir, '--write']);
    expect(code).toBe(3);
    expect(snapshot(dir)[HELPER]).toBe('-> real_proctoring.py');
    expect(brokenImporters(dir)).toEqual([]);
    expect(readFileSync(path.join(dir, HANDLERS), 'utf8')).not.toContain(HELPER_IMPORT);
  });

  it('refuses a FIFO at the helper path without hanging', async () => {
    const dir = makeTree({}, SHOW_REVIEW_RULES_INPUT);
    execFileSync('mkfifo', [path.join(dir, HELPER)]);
    const { code, err } = await cli(['run', 'show-review-rules', dir, '--write']);
    expect(code).toBe(3);
    expect(err).toMatch(/not a regular file/);
  }, 10_000);

  it.each([['/dev/null'], ['a FIFO']])('refuses %s as a path (exit 2)', async (which) => {
    const fifo = path.join(makeTree(), 'pipe');
    if (which === 'a FIFO') execFileSync('mkfifo', [fifo]);
    const { code, err } = await cli(['run', 'proctortrack', which === 'a FIFO' ? fifo : '/dev/null']);
    expect(code).toBe(2);
    expect(err).toMatch(/is a (device|FIFO): give a checkout folder or a source file/);
  });
});

describe('11: an empty result is an error; globs match as in .gitignore', () => {
  it('exits 2 with "nothing matched" for an empty folder or an --include that matches nothing (run, --check, audit)', async () => {
    const empty = makeTree();
    for (const args of [['run', 'proctortrack', empty], ['run', 'proctortrack', empty, '--check'], ['audit', 'proctortrack', empty]]) {
      const { code, err } = await cli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toMatch(/nothing matched/);
    }
    const dir = makeTree({}, SHOW_REVIEW_RULES_INPUT);
    expect((await cli(['run', 'proctortrack', dir, '--include', 'no-such-folder'])).code).toBe(2);
  });

  it('--exclude *.test.jsx excludes at any depth; --include plugins takes the folder\'s contents', async () => {
    const jsx = 'const x = { createZendeskTickets: true };\n';
    const dir = makeTree({ 'src/deep/a/Settings.test.jsx': jsx, 'plugins/course-apps/proctoring/Settings.jsx': jsx, 'src/Other.jsx': jsx });
    const excluded = JSON.parse((await cli(['run', 'proctortrack', dir, '--exclude', '*.test.jsx', '--json', '-'])).out);
    expect(excluded.summary).toMatchObject({ filesSeen: 2, ignored: 1 });
    const included = JSON.parse((await cli(['run', 'proctortrack', dir, '--include', 'plugins', '--json', '-'])).out);
    expect(included.summary).toMatchObject({ filesSeen: 1, ignored: 2 });
  });
});

describe('12: overlapping paths count each file once', () => {
  it('`.` and `./sub` (and the same folder twice): one diff per file, no false "changed on disk"', async () => {
    const parent = makeTree();
    const sub = path.join(parent, 'edx-platform');
    execFileSync('cp', ['-r', SHOW_REVIEW_RULES_INPUT, sub]);
    const { code, out, err } = await cli(['run', 'proctortrack', parent, sub, `${sub}/`, '--write', '--json', '-']);
    expect(code, err).toBe(0);
    const report = JSON.parse(out);
    expect(report.roots).toEqual([parent, sub]);
    expect(report.summary).toMatchObject({ failed: 0, skipped: 0 });
    expect(report.files.filter((f: { path: string }) => f.path.endsWith('waffle.py'))).toHaveLength(1);
  });
});

it.skipIf(!isRoot)('12: root keeps the owner and group of a rewritten file', async () => {
  const dir = makeTree({}, SHOW_REVIEW_RULES_INPUT);
  chownSync(path.join(dir, WAFFLE), 65534, 65534);
  expect((await cli(['run', 'show-review-rules', dir, '--write'])).code).toBe(0);
  expect(statSync(path.join(dir, WAFFLE))).toMatchObject({ uid: 65534, gid: 65534 });
});
