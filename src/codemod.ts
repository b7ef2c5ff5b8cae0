// Helpers over the Codemod shape (single part or several parts).
import type { Codemod, CodemodPart, FileKind } from './types.ts';

export function partsOf(codemod: Codemod): CodemodPart[] {
  return 'parts' in codemod ? codemod.parts : [codemod];
}

export function partAccepts(part: CodemodPart, kind: FileKind, relPath: string): boolean {
  return part.kinds.includes(kind) && (!part.appliesTo || part.appliesTo(relPath));
}

export function codemodAccepts(codemod: Codemod, kind: FileKind, relPath: string): boolean {
  return partsOf(codemod).some((part) => partAccepts(part, kind, relPath));
}

export function needlesOf(codemod: Codemod): string[] {
  return [...new Set(partsOf(codemod).flatMap((part) => part.needles))];
}
