// Driving the CLI in tests: fake streams for main(), temp copies of fixture trees, git in a temp repository.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll } from 'vitest';
import { main, type Io } from '../../src/cli/cli.ts';
import { registry } from '../../codemods/registry.ts';
import { FIXTURES } from './fixtures.ts';

export const REPO = path.resolve(import.meta.dirname, '../..');
/** A show-review-rules case: RR-1 and RR-2 rewritten, the helper module created. */
export const SHOW_REVIEW_RULES_INPUT = path.join(FIXTURES, 'show-review-rules/fstring-flag-double-quotes/input');
/** A remaining use of the flag: the codemod cannot rewrite it and records an RR-3 review item. */
export const FLAG_USE_PATH = 'cms/djangoapps/contentstore/review_rules.py';
export const FLAG_USE = `"""
Whether the outline shows the Review Rules field.
"""
from .config.waffle import SHOW_REVIEW_RULES_FLAG


def review_rules_visible(course_key):
    return SHOW_REVIEW_RULES_FLAG.is_enabled(course_key)
`;

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export function tempDir(prefix = 'openedx-codemod-cli-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A temp copy of a fixture input tree (null: an empty folder), optionally with extra files. */
export function workTree(source: string | null = SHOW_REVIEW_RULES_INPUT, extra: Record<string, string> = {}): string {
  const dir = path.join(tempDir(), 'checkout');
  if (source) cpSync(source, dir, { recursive: true });
  else mkdirSync(dir);
  for (const [rel, text] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

export interface FakeIo extends Io {
  out(): string;
  err(): string;
}

const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

/** Streams for main(): text collected (ANSI colour stripped); `answers` feed --interactive as typed lines. */
export function fakeIo(options: { tty?: boolean; answers?: string[] } = {}): FakeIo {
  let out = '';
  let err = '';
  const stdin = Object.assign(new PassThrough(), { isTTY: options.tty ?? false });
  stdin.end(options.answers ? `${options.answers.join('\n')}\n` : '');
  return {
    stdout: { write: (s: string) => (out += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    stdin,
    out: () => stripAnsi(out),
    err: () => err,
  };
}

export async function cli(args: string[], options: { tty?: boolean; answers?: string[] } = {}): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(options);
  const code = await main(args, io, registry);
  return { code, out: io.out(), err: io.err() };
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
}

/** A git repository holding the tree, everything committed, with a local identity. */
export function gitRepo(dir: string): string {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Codemod Test');
  git(dir, 'config', 'user.email', 'codemod-test@example.com');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'initial');
  return dir;
}
