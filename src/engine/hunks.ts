// The hunks of a change, as git computes them: the audit classifies lines by them, the CLI renders them.
import { structuredPatch, type StructuredPatchHunk } from 'diff';

export type Hunk = StructuredPatchHunk;

/** The hunks turning before into after (3 lines of context, like git). */
export function hunksOf(before: string, after: string): Hunk[] {
  return structuredPatch('a', 'b', before, after, '', '', { context: 3 }).hunks;
}
