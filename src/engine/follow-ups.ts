// What to do after a run: each codemod's standing follow-up once it changed something, then the steps files asked for
// (ctx.followUp), each once, in file order. The run's report and each checkout's report use the same rule.
import type { Codemod, FileResult } from './types.ts';

export function followUpsOf(codemods: Codemod[], files: FileResult[]): string[] {
  const changed = files.filter((f) => f.status === 'changed');
  const changedBy = new Set(changed.flatMap((f) => f.codemods));
  const standing = codemods.filter((c) => c.followUp && changedBy.has(c.name)).map((c) => c.followUp!);
  return [...new Set([...standing, ...changed.flatMap((f) => f.followUps ?? [])])];
}
