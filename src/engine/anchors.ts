// Fewer, shorter strings to search for than the needles themselves, for the scan threads' first look at every file:
// `proctortrack` and `Proctortrack` both hold `roctortrack`, so one pass over the bytes finds either. A file holding
// an anchor is only a candidate: the main thread checks it for the needles of its own codemods.
import { needlesByKind } from './codemod.ts';
import type { Codemod } from './types.ts';

/** The longest string both hold, of at least `min` characters; null when there is none. */
function longestShared(a: string, b: string, min: number): string | null {
  for (let length = Math.min(a.length, b.length); length >= min; length--) {
    for (let start = 0; start + length <= a.length; start++) {
      const part = a.slice(start, start + length);
      if (b.includes(part)) return part;
    }
  }
  return null;
}

/**
 * Anchors for `needles`: every needle holds one of them, and each is a needle or a string of `min` characters or more
 * that two of them share (a long shared string is about as rare in real code as the needles). Greedy: the longest
 * shared string first, replacing every needle that holds it, until no two anchors share `min` characters.
 */
export function anchorsOf(needles: string[], min = 6): string[] {
  let anchors = [...new Set(needles)];
  for (;;) {
    let best: string | null = null;
    for (let i = 0; i < anchors.length; i++) {
      for (let j = i + 1; j < anchors.length; j++) {
        const shared = longestShared(anchors[i], anchors[j], Math.max(min, (best?.length ?? 0) + 1));
        if (shared) best = shared;
      }
    }
    if (!best) return anchors;
    const anchor = best;
    anchors = [...anchors.filter((a) => !a.includes(anchor)), anchor];
  }
}

/** The anchors of each kind's needles (see needlesByKind): what the scan threads search every file of that kind for. */
export function anchorsByKind(codemods: Codemod[]): Record<string, string[]> {
  return Object.fromEntries(Object.entries(needlesByKind(codemods)).map(([kind, needles]) => [kind, anchorsOf(needles)]));
}
