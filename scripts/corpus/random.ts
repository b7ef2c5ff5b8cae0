// A small seeded PRNG (mulberry32) and the pickers the corpus generators share: same seed, same corpus, byte for byte.

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Picks by weight from [item, weight] pairs. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    const total = pairs.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [item, weight] of pairs) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return pairs[pairs.length - 1][0];
  }
  /** A derived generator, so one file's content never depends on how many numbers another file used. */
  fork(salt: number): Rng {
    return new Rng(Math.imul(this.int(1, 0x7fffffff) ^ salt, 2654435761));
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
  /** Roughly log-normal sizes: most files small, a long tail of big ones (like a real checkout). */
  size(median: number, max: number): number {
    const u = Math.max(1e-9, this.next());
    const v = this.next();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.min(max, Math.max(200, Math.round(median * Math.exp(0.9 * normal))));
  }
}

// Vocabulary shaped like Open edX code. Deliberately free of the campaign's words; the generator checks needles anyway.
export const NOUNS = [
  'course', 'block', 'user', 'enrollment', 'grade', 'section', 'unit', 'problem', 'video', 'cohort', 'team', 'discussion',
  'certificate', 'badge', 'credit', 'program', 'catalog', 'schedule', 'due_date', 'signal', 'task', 'email', 'archive',
  'library', 'content', 'tag', 'outline', 'sequence', 'vertical', 'handler', 'service', 'serializer', 'model', 'field',
  'partition', 'group', 'mode', 'verification', 'entitlement', 'order', 'basket', 'learner', 'instructor', 'staff',
  'org', 'key', 'usage', 'location', 'version', 'asset', 'transcript', 'thread', 'comment', 'response', 'submission',
  'score', 'weight', 'policy', 'config', 'flag', 'toggle', 'cache', 'index', 'search', 'page', 'tab', 'xblock', 'state',
  'attempt', 'limit', 'deadline', 'release', 'visibility', 'subsection', 'chapter', 'library_content', 'lti', 'api',
];
export const VERBS = [
  'get', 'set', 'update', 'create', 'delete', 'load', 'save', 'compute', 'build', 'render', 'validate', 'sync', 'send',
  'fetch', 'parse', 'format', 'check', 'resolve', 'publish', 'import', 'export', 'refresh', 'register', 'handle', 'apply',
];
export const ADJECTIVES = ['active', 'visible', 'graded', 'pending', 'default', 'cached', 'legacy', 'enabled', 'public', 'staff_only', 'timed', 'locked', 'archived'];
export const SENTENCE_WORDS = [
  'the', 'course', 'learner', 'returns', 'a', 'list', 'of', 'blocks', 'for', 'this', 'user', 'when', 'grading', 'is',
  'enabled', 'and', 'updates', 'cached', 'values', 'in', 'settings', 'which', 'are', 'read', 'by', 'studio', 'or',
  'the', 'LMS', 'if', 'needed', 'otherwise', 'defaults', 'apply', 'to', 'each', 'section', 'with', 'its', 'own', 'key',
];

export function snake(rng: Rng, words = rng.int(1, 3)): string {
  const parts = [rng.pick(VERBS), ...Array.from({ length: words }, () => rng.pick(NOUNS))];
  return rng.chance(0.5) ? parts.slice(1).join('_') : parts.join('_');
}
export function camel(rng: Rng, words = rng.int(1, 3)): string {
  const name = snake(rng, words).replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  return name;
}
export function pascal(rng: Rng, words = rng.int(1, 3)): string {
  const name = camel(rng, words);
  return name[0].toUpperCase() + name.slice(1);
}
export function sentence(rng: Rng, min = 4, max = 14): string {
  const words = Array.from({ length: rng.int(min, max) }, () => rng.pick(SENTENCE_WORDS)).join(' ');
  return words[0].toUpperCase() + words.slice(1) + '.';
}
