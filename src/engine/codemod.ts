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

/** Option values per codemod name, as given on the command line. */
export type CodemodOptionValues = Record<string, Record<string, string>>;

/** The codemods with their option values applied (a codemod without values stays as it is). */
export function configured(codemods: Codemod[], values: CodemodOptionValues = {}): Codemod[] {
  return codemods.map((codemod) => (values[codemod.name] && codemod.configure ? codemod.configure(values[codemod.name]) : codemod));
}

/** The needles of the parts (of these codemods) that accept a file, and their companion needles: the prefilter searches for exactly these. */
export function acceptingNeedles(codemods: Codemod[], kind: FileKind, relPath: string): string[] {
  const parts = codemods.flatMap(partsOf).filter((part) => partAccepts(part, kind, relPath));
  const companions = codemods.filter((c) => c.companionNeedle && codemodAccepts(c, kind, relPath)).map((c) => c.companionNeedle!);
  return [...new Set([...parts.flatMap((part) => part.needles), ...companions])];
}

export function needlesOf(codemod: Codemod): string[] {
  return [...new Set(partsOf(codemod).flatMap((part) => part.needles))];
}
