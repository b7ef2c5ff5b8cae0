// --write refuses to change a file with uncommitted changes, asked of the repository holding each file (a folder may
// hold several checkouts), and refuses when git cannot tell (dubious ownership, a broken repository).
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { repositoryOf, uncommittedPaths, type Repository } from '../../io/git.ts';
import type { FileResult } from '../../engine/types.ts';
import { UsageError } from './io.ts';

type Status = { top: string; dirty: Set<string> } | { none: true } | { unknown: string };

/** Repositories by folder and their uncommitted paths, each asked once. */
class RepoStatus {
  private readonly byFolder = new Map<string, Promise<Repository>>();
  private readonly byTop = new Map<string, Promise<Set<string> | string>>();

  async of(folder: string): Promise<Status> {
    if (!this.byFolder.has(folder)) this.byFolder.set(folder, repositoryOf(folder));
    const repo = await this.byFolder.get(folder)!;
    if (!('top' in repo)) return repo;
    if (!this.byTop.has(repo.top)) {
      this.byTop.set(repo.top, uncommittedPaths(repo.top).catch((error: Error) => error.message.trim().split('\n')[0]));
    }
    const dirty = await this.byTop.get(repo.top)!;
    return typeof dirty === 'string' ? { unknown: dirty } : { top: repo.top, dirty };
  }
}

/** Throws a UsageError naming the files of `changes` that hold uncommitted changes, or whose repository git cannot read. */
export async function refuseDirtyFiles(changes: FileResult[]): Promise<void> {
  const status = new RepoStatus();
  const blocked: string[] = [];
  const unknown: string[] = [];
  // A new file (a companion) overwrites nothing; its importers are asked about.
  for (const file of changes.filter((f) => !f.created)) {
    const folder = realpathSync(path.dirname(path.join(file.root, file.path)));
    const full = path.join(folder, path.basename(file.path));
    const repo = await status.of(folder);
    if ('unknown' in repo) unknown.push(`  ${full}: ${repo.unknown}\n`);
    else if ('top' in repo && repo.dirty.has(path.relative(repo.top, full).split(path.sep).join('/'))) {
      blocked.push(`  ${path.relative(repo.top, full)} (in ${repo.top})\n`);
    }
  }
  if (unknown.length) {
    throw new UsageError(
      `refusing to write: git cannot tell whether ${unknown.length} file(s) the run would change have uncommitted changes:\n${unknown.join('')}` +
        'Fix the repository (for "dubious ownership": git config --global --add safe.directory <path>), or pass --allow-dirty to write anyway.',
    );
  }
  if (blocked.length) {
    throw new UsageError(
      `refusing to write: ${blocked.length} file(s) the run would change have uncommitted changes:\n${blocked.join('')}` +
        'Commit or stash them first, so the codemod changes can be reviewed and reverted on their own, or pass --allow-dirty to write anyway.',
    );
  }
}
