// Property tests on real code: campaign site shapes (the fixture inputs) mixed with real functions and classes (Python
// standard library, JS from node_modules) are still found, the real code around them is never touched, and real code
// with look-alike names (a needle inside a longer identifier) is never changed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { select } from '../codemods/registry.ts';
import { VENDOR_MENTION } from '../codemods/proctortrack/vendor.ts';
import { siteShapes, type SiteShape } from '../scripts/generate-corpus.ts';
import { codemodAccepts, needlesOf } from '../src/engine/codemod.ts';
import { fileKindOf, parse } from '../src/engine/languages.ts';
import { transformText, type FileTask } from '../src/engine/transform-text.ts';
import type { FileKind, SyntaxNode } from '../src/engine/types.ts';

const require = createRequire(import.meta.url);
const PROJECT = path.resolve(import.meta.dirname, '..');
const selection = select(['proctortrack']);
if (!('campaign' in selection)) throw new Error('campaign proctortrack not registered');
const { campaign, codemods } = selection;
const needles = [...new Set(codemods.flatMap(needlesOf))];
/** Fixed seed: a failure replays exactly; change it (or set FC_SEED) to explore. */
const SEED = Number(process.env.FC_SEED ?? 20_261_125);
const RUNS = Number(process.env.FC_RUNS ?? 40);

type ScriptKind = Extract<FileKind, 'python' | 'javascript'>;

function taskFor(relPath: string): FileTask {
  const kind = fileKindOf(relPath);
  return { root: '/virtual', path: `/virtual/${relPath}`, relPath, kind, codemods: codemods.filter((c) => codemodAccepts(c, kind, relPath)) };
}

function run(relPath: string, text: string) {
  return transformText(taskFor(relPath), text, campaign.name);
}

const ids = (r: ReturnType<typeof run>): Set<string> => new Set([...r.sites.map((s) => s.id), ...r.reviewItems.map((i) => i.siteKind)]);

const PY_MODULES = ['textwrap.py', 'shlex.py', 'fnmatch.py', 'glob.py', 'bisect.py', 'colorsys.py', 'calendar.py', 'difflib.py', 'heapq.py', 'string.py', 'netrc.py', 'gettext.py', 'fractions.py', 'statistics.py', 'json/encoder.py', 'json/decoder.py', 'email/utils.py', 'http/cookies.py', 'urllib/parse.py', 'ipaddress.py'];
const JS_FILES = ['picomatch/lib/parse.js', 'picomatch/lib/scan.js', 'picomatch/lib/utils.js', 'picomatch/lib/picomatch.js', 'ignore/index.js'];

function stdlib(): string | null {
  try {
    return execFileSync('python3', ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

interface Chunk {
  name: string;
  text: string;
}

/** Top-level functions and classes of real files: no needle in them, small enough, parseable on their own. */
function realChunks(kind: ScriptKind): Chunk[] {
  const lib = kind === 'python' ? stdlib() : path.join(PROJECT, 'node_modules');
  if (!lib) return [];
  const files = (kind === 'python' ? PY_MODULES : JS_FILES).map((f) => path.join(lib, f)).filter(existsSync);
  const wanted = kind === 'python' ? ['function_definition', 'class_definition', 'decorated_definition'] : ['function_declaration', 'class_declaration'];
  const babel = require('@babel/parser') as typeof import('@babel/parser');
  const chunks: Chunk[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const node of parse(kind, text)!.rootNode.namedChildren) {
      if (!wanted.includes(node.type) || node.hasError || node.text.length > 3000) continue;
      const definition: SyntaxNode = node.type === 'decorated_definition' ? node.childForFieldName('definition')! : node;
      const name = definition.childForFieldName('name')?.text;
      if (!name || needles.some((n) => node.text.includes(n))) continue;
      if (kind === 'javascript') {
        try {
          babel.parse(node.text, { sourceType: 'module', plugins: ['jsx'] });
        } catch {
          continue;
        }
      }
      chunks.push({ name, text: node.text });
    }
  }
  return chunks;
}

interface Shape extends SiteShape {
  kind: ScriptKind;
  text: string;
  /** Offsets just after a top-level statement (never after a comment, which may belong to what follows). */
  boundaries: number[];
  baseline: Set<string>;
}

function shapesOf(kind: ScriptKind): Shape[] {
  return siteShapes(codemods)
    .filter((s) => fileKindOf(s.relPath) === kind)
    .map((s) => {
      const text = s.bytes.toString('utf8');
      const tree = parse(kind, text)!;
      const boundaries = tree.rootNode.namedChildren
        .filter((n) => n.type !== 'comment')
        .map((n) => (text.indexOf('\n', n.endIndex) + 1 || text.length));
      const result = run(s.relPath, text);
      return { ...s, kind, text, boundaries, baseline: result.status === 'failed' ? new Set<string>() : ids(result) };
    })
    .filter((s) => s.baseline.size > 0 && s.boundaries.length > 0 && !s.text.includes('\r'));
}

describe.each(['python', 'javascript'] as const)('%s: real code around site shapes', (kind) => {
  const shapes = shapesOf(kind);
  const chunks = realChunks(kind);

  it.skipIf(!shapes.length || chunks.length < 3)('sites are still found and the inserted real code is never touched', () => {
    const insertion = fc.record({
      shape: fc.constantFrom(...shapes),
      picks: fc.uniqueArray(fc.nat({ max: chunks.length - 1 }), { minLength: 1, maxLength: 3 }),
      spots: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
    });
    fc.assert(
      fc.property(insertion, ({ shape, picks, spots }) => {
        const inserted = picks.map((p) => chunks[p]).filter((c) => !new RegExp(`\\b${c.name}\\b`).test(shape.text));
        fc.pre(inserted.length > 0 && new Set(inserted.map((c) => c.name)).size === inserted.length);
        const at = inserted.map((_c, i) => shape.boundaries[spots[i] % shape.boundaries.length]);
        // Insert from the last offset back so earlier offsets stay valid; chunks at one offset keep their order.
        let text = shape.text;
        [...inserted.keys()].sort((a, b) => at[b] - at[a] || b - a).forEach((i) => {
          text = `${text.slice(0, at[i])}\n\n${inserted[i].text}\n\n${text.slice(at[i])}`;
        });
        const result = run(shape.relPath, text);
        expect(result.status, `${shape.fixture} ${shape.relPath}: ${result.reason ?? ''}`).not.toBe('failed');
        const found = ids(result);
        expect([...shape.baseline].filter((id) => !found.has(id)), `${shape.fixture} ${shape.relPath}: sites lost`).toEqual([]);
        for (const chunk of inserted) expect(result.text.includes(chunk.text), `${chunk.name} must survive byte for byte`).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

/** Identifier-shaped needles embedded in longer names: code that mentions a needle but holds no site. */
const lookAlikes = needles.filter((n) => /^[A-Za-z_]\w*$/.test(n));

describe.each(['python', 'javascript'] as const)('%s: look-alike names in real code', (kind) => {
  const chunks = realChunks(kind);
  const shapes = siteShapes(codemods);
  // A companion file (the helper module) is the codemods' own output: they complete it whatever else it holds.
  const companions = new Set(shapes.flatMap((s) => codemods.map((c) => c.companionFile?.(s.relPath, run(s.relPath, s.bytes.toString('utf8')).text))));
  const paths = [...new Set(shapes.filter((s) => fileKindOf(s.relPath) === kind && !companions.has(s.relPath)).map((s) => s.relPath))];

  it.skipIf(!chunks.length || !paths.length || !lookAlikes.length)('are never changed, wherever the file lives', () => {
    const edit = fc.record({
      relPath: fc.constantFrom(...paths),
      picks: fc.uniqueArray(fc.nat({ max: chunks.length - 1 }), { minLength: 1, maxLength: 4 }),
      names: fc.array(fc.record({ needle: fc.constantFrom(...lookAlikes), prefix: fc.constantFrom('legacy_', 'old', 'x_', 'my'), value: fc.nat(99) }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(edit, ({ relPath, picks, names }) => {
        // In JS a name with the vendor as a word of its own (`oldProctortrackCount`) is a site (FE-names renames it):
        // the vendor's letters go inside a longer word instead (`oldProctortrackishCount`).
        const glued = (needle: string) => (kind === 'javascript' && VENDOR_MENTION.test(needle) ? `${needle}ish` : needle);
        const lines = names.map(({ needle, prefix, value }) => (kind === 'python' ? `${prefix}${needle}_count = ${value}` : `const ${prefix}${glued(needle)}Count = ${value};`));
        const parts = picks.map((p) => chunks[p].text);
        fc.pre(new Set(picks.map((p) => chunks[p].name)).size === picks.length);
        const text = `${[...lines.slice(0, 2), ...parts, ...lines.slice(2)].join('\n\n')}\n`;
        const result = run(relPath, text);
        expect(result.status, `${relPath}: ${result.reason ?? ''}`).toBe('unchanged');
        expect(result.text).toBe(text);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
