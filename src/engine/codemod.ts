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

/** The codemods (of a run) some part of which accepts a file, and a key naming exactly those parts. */
export interface Acceptance {
  /** The same for every file the same parts accept: their needles are the same (see NeedleIndex). */
  key: string;
  codemods: Codemod[];
}

/**
 * Which parts accept a file, asked once per file of a walk: the answer is shared by every file the same parts accept,
 * so the walk of a large checkout allocates one key string a file and nothing else.
 */
export class AcceptanceTable {
  private readonly parts: { codemod: number; part: CodemodPart }[];
  private readonly byKey = new Map<string, Acceptance>();

  constructor(private readonly codemods: Codemod[]) {
    this.parts = codemods.flatMap((codemod, index) => partsOf(codemod).map((part) => ({ codemod: index, part })));
  }

  of(kind: FileKind, relPath: string): Acceptance | null {
    let key = '';
    for (let p = 0; p < this.parts.length; p++) if (partAccepts(this.parts[p].part, kind, relPath)) key += `${p} `;
    if (!key) return null;
    let acceptance = this.byKey.get(key);
    if (!acceptance) {
      const accepting = new Set(key.trim().split(' ').map((p) => this.parts[Number(p)].codemod));
      acceptance = { key, codemods: this.codemods.filter((_, index) => accepting.has(index)) };
      this.byKey.set(key, acceptance);
    }
    return acceptance;
  }
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

/** The needles worth searching for: a file holding a needle that contains another holds the shorter one too. */
export function minimalNeedles(needles: string[]): string[] {
  return needles.filter((n) => !needles.some((other) => other !== n && n.includes(other)));
}

/**
 * For each kind of file some part reads, the needles of those parts and their codemods' companion needles, whatever
 * their path filters: every file of the kind that holds a needle of its own accepting parts holds one of these.
 */
export function needlesByKind(codemods: Codemod[]): Record<string, string[]> {
  const byKind = new Map<FileKind, Set<string>>();
  for (const codemod of codemods) {
    for (const part of partsOf(codemod)) {
      for (const kind of part.kinds) {
        const needles = byKind.get(kind) ?? byKind.set(kind, new Set()).get(kind)!;
        for (const needle of [...part.needles, ...(codemod.companionNeedle ? [codemod.companionNeedle] : [])]) needles.add(needle);
      }
    }
  }
  return Object.fromEntries([...byKind].map(([kind, needles]) => [kind, minimalNeedles([...needles])]));
}

export function needlesOf(codemod: Codemod): string[] {
  return [...new Set(partsOf(codemod).flatMap((part) => part.needles))];
}
