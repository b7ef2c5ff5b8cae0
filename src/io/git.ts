// Git through the git binary (simple-git): which repository a root is in, what is uncommitted, branch and commit.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SimpleGit } from 'simple-git';

/** simple-git, loaded by the first git command: a dry run or --check never runs one, so never pays for it. */
const simpleGit = async (dir: string): Promise<SimpleGit> => (await import('simple-git')).simpleGit(dir);

/** A checkout root and the git work tree holding it (null when it is not in one, or git is not installed). */
export interface RootRepo {
  root: string;
  top: string | null;
}

function realDir(root: string): string {
  const real = realpathSync(root);
  return statSync(real).isDirectory() ? real : path.dirname(real);
}

export async function repoOf(root: string): Promise<RootRepo> {
  try {
    const top = (await (await simpleGit(realDir(root))).revparse(['--show-toplevel'])).trim();
    return { root, top: top ? realpathSync(top) : null };
  } catch {
    return { root, top: null };
  }
}

/** The git work tree a folder is in: its top, none (no `.git` in it or above it), or why git could not tell. */
export type Repository = { top: string } | { none: true } | { unknown: string };

function hasGitEntry(dir: string): boolean {
  try {
    lstatSync(path.join(dir, '.git'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Which repository holds a folder, deciding "outside git" only when no `.git` exists in it or any folder above it: a
 * `.git` that git will not read (dubious ownership, a broken repository, no git installed) is "cannot tell".
 */
export async function repositoryOf(dir: string): Promise<Repository> {
  const real = realpathSync(dir);
  let at = real;
  while (!hasGitEntry(at)) {
    const up = path.dirname(at);
    if (up === at) return { none: true };
    at = up;
  }
  try {
    const top = (await (await simpleGit(real)).revparse(['--show-toplevel'])).trim();
    return top ? { top: realpathSync(top) } : { unknown: 'git printed no work tree' };
  } catch (error) {
    return { unknown: (error instanceof Error ? error.message : String(error)).trim().split('\n')[0] };
  }
}

/** A file of a run as a path relative to its repository's top (null outside the repository). */
export function repoPath(repo: RootRepo, relPath: string): string | null {
  if (!repo.top) return null;
  const rel = path.relative(repo.top, path.join(realDir(repo.root), relPath));
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep).join('/');
}

/** Repository-relative paths with uncommitted changes: staged, unstaged, untracked or conflicted. */
export async function uncommittedPaths(top: string): Promise<Set<string>> {
  const status = await (await simpleGit(top)).status(['--untracked-files=all']);
  return new Set(status.files.map((file) => file.path));
}

export async function branchExists(top: string, name: string): Promise<boolean> {
  const branches = await (await simpleGit(top)).branchLocal();
  return branches.all.includes(name);
}

/** Create the branch at HEAD and switch to it (uncommitted changes elsewhere in the tree come along, as with git). */
export async function createBranch(top: string, name: string): Promise<void> {
  await (await simpleGit(top)).checkoutLocalBranch(name);
}

/** Stage exactly these paths and commit only them (whatever else is staged stays staged). Returns the short hash. */
export async function commitPaths(top: string, paths: string[], message: string): Promise<string> {
  const git = await simpleGit(top);
  await git.add(paths);
  await git.raw(['commit', '--only', '-m', message, '--', ...paths]);
  return (await git.revparse(['--short', 'HEAD'])).trim();
}

/** Whether a branch name is acceptable to git (`git check-ref-format --branch`). */
export async function isValidBranchName(top: string, name: string): Promise<boolean> {
  try {
    await (await simpleGit(top)).raw(['check-ref-format', '--branch', name]);
    return true;
  } catch {
    return false;
  }
}
