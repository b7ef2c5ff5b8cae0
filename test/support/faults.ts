// Fault injection for the CLI: small trees, the real bin in a child process (killed at a chosen moment, or run as an
// unprivileged user), and comparisons of whole trees byte for byte. No vitest here: scripts/soak-interrupt.ts uses it.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, watch, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');
const SHOW_REVIEW_RULES_INPUT = path.join(REPO, 'fixtures/show-review-rules/fstring-flag-double-quotes/input');

export const BIN = path.join(REPO, 'bin/openedx-codemod.mjs');
export const HELPER = 'common/djangoapps/util/proctoring.py';
export const HELPER_IMPORT = 'from common.djangoapps.util.proctoring import';
/** The user unprivileged children run as (root's tests need one: root reads any folder). */
const NOBODY = 65534;
export const isRoot = process.getuid?.() === 0;

const trees: string[] = [];
/** Remove every tree makeTree made. */
export function removeTrees(): void {
  for (const tree of trees.splice(0)) rmSync(tree, { recursive: true, force: true });
}

/** A temp tree everyone may read (so a child run as another user can), holding `files` (over a copy of `from`). */
export function makeTree(files: Record<string, string | Buffer> = {}, from: string | null = null): string {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'openedx-codemod-faults-'));
  trees.push(parent);
  const dir = path.join(parent, 'checkout');
  if (from) cpSync(from, dir, { recursive: true });
  else mkdirSync(dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  chmodSync(path.dirname(dir), 0o755);
  return dir;
}

/** The show-review-rules sample plus `copies` more importers of the helper module (one per app folder). */
export function importerTree(copies: number): string {
  const dir = makeTree({}, SHOW_REVIEW_RULES_INPUT);
  const handlers = readFileSync(path.join(dir, 'cms/djangoapps/contentstore/xblock_storage_handlers/view_handlers.py'));
  for (let i = 0; i < copies; i++) {
    const rel = `cms/djangoapps/app${String(i).padStart(3, '0')}/xblock_storage_handlers/view_handlers.py`;
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), handlers);
  }
  return dir;
}

/** Every entry under dir (folders end with /; symlinks as `-> target`) with file contents: equal trees, equal maps. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, full);
    if (entry.isSymbolicLink()) out[rel] = `-> ${readlinkSync(full)}`;
    else if (entry.isDirectory()) out[`${rel}/`] = '';
    else if (entry.isFile()) out[rel] = readFileSync(full, 'utf8');
  }
  return out;
}

export const tempFiles = (dir: string) => Object.keys(snapshot(dir)).filter((rel) => rel.endsWith('.codemod-tmp'));

/** Python files that import the helper module while it does not exist: a checkout that no longer imports. */
export function brokenImporters(dir: string): string[] {
  const files = snapshot(dir);
  if (HELPER in files) return [];
  return Object.entries(files)
    .filter(([rel, text]) => rel.endsWith('.py') && text.includes(HELPER_IMPORT))
    .map(([rel]) => rel);
}

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * The bin in a child process. `kill`: send that signal `afterMs` after the start, or after the first write under
 * `firstWriteIn`. `unprivileged`: as user nobody when the tests
 * run as root (setpriv), so folder permissions apply.
 */
export function runBin(
  args: string[],
  options: { kill?: { signal: NodeJS.Signals; afterMs: number; firstWriteIn?: string }; unprivileged?: boolean; cwd?: string } = {},
): Promise<ChildRun> {
  const argv = [BIN, ...args];
  const [command, commandArgs] =
    options.unprivileged && isRoot
      ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, ...argv]]
      : [process.execPath, argv];
  const started = Date.now();
  const child = spawn(command, commandArgs as string[], { cwd: options.cwd ?? REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const kill = options.kill;
  if (kill) {
    const fire = () => setTimeout(() => child.kill(kill.signal), kill.afterMs);
    if (!kill.firstWriteIn) fire();
    else {
      // Counted from the first change under the folder: the first write of the run (its temp file appearing).
      const watcher = watch(kill.firstWriteIn, { recursive: true }, () => {
        watcher.close();
        fire();
      });
      child.on('close', () => watcher.close());
    }
  }
  return new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started })),
  );
}

export const isSymlink = (file: string) => lstatSync(file).isSymbolicLink();
