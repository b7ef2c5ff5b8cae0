// Which checkout (one repository, one pull request) each file of a run belongs to. A checkout is the git work tree
// holding the file (a `.git` folder, or the `.git` file of a worktree or submodule): a repository nested in a root,
// the root itself, or the repository a root is a folder of. When several roots are folders of one repository
// (or of none), each root is its own checkout: the user named them as the units of work.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const isWorkTree = (dir: string) => existsSync(path.join(dir, '.git'));

/** The nearest folder at or above dir holding `.git`, or null. */
export function workTreeAbove(dir: string): string | null {
  for (let current = dir; ; current = path.dirname(current)) {
    if (isWorkTree(current)) return current;
    if (path.dirname(current) === current) return null;
  }
}

export class Checkouts {
  /** Per root: the repository above it that is its checkout, or the root itself. */
  private readonly rootCheckout = new Map<string, string>();
  /** Per folder below a root: the nested work tree holding it (or null: none below the root). */
  private readonly nested = new Map<string, string | null>();

  /** Absolute roots (folders, or the folder of a file root). */
  constructor(roots: string[]) {
    const folders = roots.map((root) => (statSync(root).isDirectory() ? root : path.dirname(root)));
    const tops = folders.map(workTreeAbove);
    folders.forEach((folder, i) => {
      const top = tops[i];
      const shared = tops.filter((t) => t === top).length > 1;
      this.rootCheckout.set(folder, top && (top === folder || !shared) ? top : folder);
    });
  }

  /** The checkout of a root given to the run. */
  ofRoot(root: string): string {
    return this.rootCheckout.get(statSync(root).isDirectory() ? root : path.dirname(root)) ?? root;
  }

  /** The checkout of a file found under root (the root folder as the walk gave it) at relPath. */
  of(root: string, relPath: string): string {
    const fallback = this.rootCheckout.get(root) ?? root;
    let dir = path.dirname(path.join(root, relPath));
    const below: string[] = [];
    let found: string | null = null;
    for (; dir.length > root.length && dir.startsWith(root); dir = path.dirname(dir)) {
      const known = this.nested.get(dir);
      if (known !== undefined) {
        found = known;
        break;
      }
      below.push(dir);
      if (isWorkTree(dir)) {
        found = dir;
        break;
      }
    }
    for (const folder of below) this.nested.set(folder, found);
    return found ?? fallback;
  }
}
