// The git side of `run`: refuse to write over uncommitted work, and `--branch` (one commit per codemod and repository,
// each message about that repository's changes only; never a push).
import path from 'node:path';
import { commitPaths, branchExists, createBranch, isValidBranchName, repoOf, repoPath, type RootRepo } from '../../io/git.ts';
import { commitMessage } from '../report-md.ts';
import { scopeToFiles } from '../../engine/checkout-scope.ts';
import { runCodemods, type RunOptions, type RunReport } from '../../engine/run.ts';
import type { FileResult } from '../../engine/types.ts';
import { UsageError } from './io.ts';

/** Repositories of the roots of file results (a file root's folder), looked up once each. */
export class Repos {
  private readonly cache = new Map<string, Promise<RootRepo>>();
  of(root: string): Promise<RootRepo> {
    if (!this.cache.has(root)) this.cache.set(root, repoOf(root));
    return this.cache.get(root)!;
  }
}

export interface CommitRecord {
  codemod: string;
  repository: string;
  commit: string;
  subject: string;
  files: string[];
}

/** Checks before anything is written: every root in git, the branch name valid and new in each repository. */
export async function prepareBranch(roots: string[], repos: Repos, branch: string): Promise<string[]> {
  const tops = new Set<string>();
  for (const root of roots) {
    const { top } = await repos.of(path.resolve(root));
    if (!top) throw new UsageError(`--branch needs git: ${root} is not inside a git repository (run without --branch, or git init it first)`);
    tops.add(top);
  }
  for (const top of tops) {
    if (!(await isValidBranchName(top, branch))) throw new UsageError(`--branch: '${branch}' is not a valid git branch name`);
    if (await branchExists(top, branch)) throw new UsageError(`--branch: branch '${branch}' already exists in ${top}: choose another name or delete it`);
  }
  return [...tops];
}

/** Create the branch in each repository, then write and commit one codemod at a time, in campaign order. */
export async function writeOnBranch(base: RunOptions, repos: Repos, tops: string[], branch: string, onCommit: (c: CommitRecord) => void): Promise<RunReport[]> {
  for (const top of tops) await createBranch(top, branch);
  const reports: RunReport[] = [];
  for (const codemod of base.codemods) {
    const report = await runCodemods({ ...base, codemods: [codemod], write: true });
    reports.push(report);
    const byRepo = new Map<string, string[]>();
    const topOf = new Map<FileResult, string | null>();
    for (const file of report.files) {
      const repo = await repos.of(file.root);
      const rel = repoPath(repo, file.path);
      topOf.set(file, repo.top && rel ? repo.top : null);
      if (file.written && repo.top && rel) byRepo.set(repo.top, [...(byRepo.get(repo.top) ?? []), rel]);
    }
    for (const [top, files] of byRepo) {
      const message = commitMessage(scopeToFiles(report, (f) => topOf.get(f) === top, [codemod]), base.campaign, codemod.name);
      const commit = await commitPaths(top, files, message);
      onCommit({ codemod: codemod.name, repository: top, commit, subject: message.split('\n')[0], files });
    }
  }
  return reports;
}
