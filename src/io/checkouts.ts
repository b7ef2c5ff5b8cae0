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

  /** Absolute roots: folders, or files (read as part of the work tree holding them, see discover's folderOfRoot). */
  constructor(roots: string[]) {
    const entries = roots.map((root) => {
      const isFile = !statSync(root).isDirectory();
      const folder = isFile ? path.dirname(root) : root;
      return { root, isFile, folder, top: workTreeAbove(folder) };
    });
    for (const { root, isFile, folder, top } of entries) {
      const shared = entries.filter((other) => !other.isFile && other.top === top).length > 1;
      const checkout = top && (isFile || top === folder || !shared) ? top : folder;
      this.rootCheckout.set(root, checkout);
      this.rootCheckout.set(isFile ? checkout : folder, checkout);
    }
  }

  /** The checkout of a root given to the run. */
  ofRoot(root: string): string {
    return this.rootCheckout.get(root) ?? root;
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
