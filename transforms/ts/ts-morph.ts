// ts-morph, for the TS/TSX files whose renames the tree-sitter scopes do not model (see transforms/ts/scopes.ts): one
// in-memory project per thread, created on first use only.
import { createRequire } from 'node:module';
import type { Project, SourceFile as MorphSourceFile } from 'ts-morph';
import { timed } from '../../src/engine/timings.ts';

const require = createRequire(import.meta.url);
let project: Project | undefined;

function sharedProject(): Project {
  project ??= timed('load: ts-morph (TypeScript)', () => {
    const { Project: ProjectClass, ts } = require('ts-morph') as typeof import('ts-morph');
    return new ProjectClass({
      useInMemoryFileSystem: true,
      skipFileDependencyResolution: true,
      // No lib.d.ts: symbols are only asked about this file's own declarations, and each new program would bind the
      // whole standard library again (seconds per file); a global then resolves to no symbol, as it did to lib's.
      compilerOptions: { jsx: ts.JsxEmit.Preserve, allowJs: true, noLib: true },
    });
  });
  return project;
}

/**
 * Load `text` as a ts-morph source file, let `rewrite` change it, and return the new text (null when `rewrite`
 * returns false). The file is removed from the project afterwards, so nothing leaks between files.
 */
export function rewriteWithTsMorph(relPath: string, text: string, rewrite: (file: MorphSourceFile) => boolean): string | null {
  const file = timed('parse: TypeScript (ts-morph)', () => sharedProject().createSourceFile(`/${relPath}`, text, { overwrite: true }));
  try {
    return rewrite(file) ? file.getFullText() : null;
  } finally {
    sharedProject().removeSourceFile(file);
  }
}
