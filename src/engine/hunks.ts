// The hunks of a change, as git computes them: the audit classifies lines by them, the CLI renders them.
import { createRequire } from 'node:module';
import type { StructuredPatchHunk } from 'diff';

const require = createRequire(import.meta.url);
let diffModule: typeof import('diff') | undefined;

/** The `diff` package, loaded by the first change: a run that changes nothing never pays for it. */
export function diffLib(): typeof import('diff') {
  diffModule ??= require('diff') as typeof import('diff');
  return diffModule;
}

export type Hunk = StructuredPatchHunk;

/** The hunks turning before into after (3 lines of context, like git). */
export function hunksOf(before: string, after: string): Hunk[] {
  return diffLib().structuredPatch('a', 'b', before, after, '', '', { context: 3 }).hunks;
}
