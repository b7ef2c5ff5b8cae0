// Git through the git binary (simple-git): which repository a root is in, what is uncommitted, branch and commit.
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { simpleGit } from 'simple-git';

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
    const top = (await simpleGit(realDir(root)).revparse(['--show-toplevel'])).trim();
    return { root, top: top ? realpathSync(top) : null };
  } catch {
    return { root, top: null };
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
  const status = await simpleGit(top).status(['--untracked-files=all']);
  return new Set(status.files.map((file) => file.path));
}

export async function branchExists(top: string, name: string): Promise<boolean> {
  const branches = await simpleGit(top).branchLocal();
  return branches.all.includes(name);
}

/** Create the branch at HEAD and switch to it (uncommitted changes elsewhere in the tree come along, as with git). */
export async function createBranch(top: string, name: string): Promise<void> {
  await simpleGit(top).checkoutLocalBranch(name);
}

/** Stage exactly these paths and commit only them (whatever else is staged stays staged). Returns the short hash. */
export async function commitPaths(top: string, paths: string[], message: string): Promise<string> {
  const git = simpleGit(top);
  await git.add(paths);
  await git.raw(['commit', '--only', '-m', message, '--', ...paths]);
  return (await git.revparse(['--short', 'HEAD'])).trim();
}

/** Whether a branch name is acceptable to git (`git check-ref-format --branch`). */
export async function isValidBranchName(top: string, name: string): Promise<boolean> {
  try {
    await simpleGit(top).raw(['check-ref-format', '--branch', name]);
    return true;
  } catch {
    return false;
  }
}
