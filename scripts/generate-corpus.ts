// Deterministic synthetic checkouts shaped like edx-platform and its frontends, for `npm run bench`.
// Usage: node --import tsx scripts/generate-corpus.ts [--files N] [--seed S] [--out DIR] [--campaign NAME]
// About 0.5% of files are campaign site shapes, read at generation time from fixtures/*/*/input/ (so the corpus grows
// with the campaign); every other file is generated code that contains none of the campaign's needles.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { select } from '../codemods/registry.ts';
import { codemodAccepts, needlesOf } from '../src/engine/codemod.ts';
import { fileKindOf } from '../src/engine/languages.ts';
import type { Codemod } from '../src/engine/types.ts';
import { pythonModule } from './corpus/python-code.ts';
import { scriptModule, type ScriptFlavour } from './corpus/js-code.ts';
import { docFile, jsonFile, makoTemplate, packageJson, requirementsFile, stylesheet, underscoreTemplate, yamlFile } from './corpus/other-files.ts';
import { NOUNS, Rng, snake } from './corpus/random.ts';

/** Bump when generated content changes, so cached corpora are rebuilt. */
const GENERATOR_VERSION = 1;
export const PROJECT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(PROJECT, 'fixtures');

type Maker = (rng: Rng, size: number, relDir: string) => string;
interface FileSpec {
  weight: number;
  areas: string[];
  ext: string;
  median: number;
  max: number;
  make: Maker;
}

const script = (flavour: ScriptFlavour): Maker => (rng, size) => scriptModule(rng, size, flavour);
const py: Maker = (rng, size, dir) => pythonModule(rng, size, dir.includes('tests'));

const PLATFORM: FileSpec[] = [
  { weight: 46, areas: ['cms/djangoapps', 'lms/djangoapps', 'openedx/core/djangoapps', 'common/djangoapps', 'xmodule', 'openedx/features'], ext: '.py', median: 9000, max: 400_000, make: py },
  { weight: 11, areas: ['lms/static/js', 'cms/static/js', 'common/static/js', 'xmodule/js/src'], ext: '.js', median: 7000, max: 300_000, make: script('backbone') },
  { weight: 2, areas: ['lms/static/js/spec', 'cms/static/js/spec'], ext: '.js', median: 6000, max: 60_000, make: script('test') },
  { weight: 2, areas: ['lms/static/js', 'common/static/js'], ext: '.jsx', median: 5000, max: 60_000, make: script('jsx') },
  { weight: 6, areas: ['lms/templates', 'cms/templates', 'common/templates'], ext: '.html', median: 5000, max: 80_000, make: (r, s) => makoTemplate(r, s) },
  { weight: 3, areas: ['cms/templates/js', 'lms/templates/discussion', 'common/static/common/templates'], ext: '.underscore', median: 2500, max: 30_000, make: (r, s) => underscoreTemplate(r, s) },
  { weight: 4, areas: ['common/test/data', 'conf/locale', 'lms/static/data'], ext: '.json', median: 9000, max: 1_500_000, make: (r, s) => jsonFile(r, s) },
  { weight: 2, areas: ['lms/envs', 'cms/envs', 'openedx/core/djangoapps'], ext: '.yml', median: 3000, max: 40_000, make: (r, s) => yamlFile(r, s) },
  { weight: 0.4, areas: ['requirements/edx', 'requirements/edx-sandbox'], ext: '.txt', median: 25_000, max: 80_000, make: (r, s) => requirementsFile(r, s) },
  { weight: 3, areas: ['docs', 'openedx/core/djangoapps'], ext: '.rst', median: 6000, max: 60_000, make: (r, s) => docFile(r, s, false) },
  { weight: 1, areas: ['docs', 'lms/djangoapps'], ext: '.md', median: 3000, max: 30_000, make: (r, s) => docFile(r, s, true) },
  { weight: 5, areas: ['lms/static/sass', 'cms/static/sass', 'common/static/sass'], ext: '.scss', median: 4000, max: 60_000, make: (r, s) => stylesheet(r, s) },
];

const FRONTEND: FileSpec[] = [
  { weight: 28, areas: ['src'], ext: '.jsx', median: 7000, max: 120_000, make: script('jsx') },
  { weight: 12, areas: ['src'], ext: '.js', median: 4000, max: 80_000, make: script('js') },
  { weight: 8, areas: ['src'], ext: '.js', median: 3000, max: 30_000, make: script('messages') },
  { weight: 10, areas: ['src'], ext: '.test.jsx', median: 8000, max: 80_000, make: script('test') },
  { weight: 10, areas: ['src'], ext: '.ts', median: 5000, max: 80_000, make: script('ts') },
  { weight: 14, areas: ['src'], ext: '.tsx', median: 7000, max: 120_000, make: script('tsx') },
  { weight: 4, areas: ['src/i18n/messages'], ext: '.json', median: 12_000, max: 200_000, make: (r, s) => jsonFile(r, s) },
  { weight: 8, areas: ['src'], ext: '.scss', median: 2500, max: 30_000, make: (r, s) => stylesheet(r, s) },
  { weight: 2, areas: ['docs', 'src'], ext: '.md', median: 3000, max: 30_000, make: (r, s) => docFile(r, s, true) },
];

interface RepoShape {
  name: string;
  weight: number;
  specs: FileSpec[];
}
const REPOS: RepoShape[] = [
  { name: 'edx-platform', weight: 72, specs: PLATFORM },
  { name: 'frontend-app-authoring', weight: 16, specs: FRONTEND },
  { name: 'frontend-app-learning', weight: 7, specs: FRONTEND },
  { name: 'frontend-app-instructor-dashboard', weight: 5, specs: FRONTEND },
];

export interface SiteShape {
  /** `<group>/<case>` of the fixture. */
  fixture: string;
  relPath: string;
  bytes: Buffer;
  frontend: boolean;
}

export interface CorpusManifest {
  key: string;
  files: number;
  seed: number;
  /** Root folder names inside the corpus directory: pass each to the tool as its own checkout. */
  roots: string[];
  totalFiles: number;
  totalBytes: number;
  byExtension: Record<string, { files: number; bytes: number }>;
  sites: { root: string; path: string; fixture: string }[];
}

function listInputFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? listInputFiles(dir, rel ? `${rel}/${e.name}` : e.name) : e.isFile() ? [rel ? `${rel}/${e.name}` : e.name] : []));
}

/** Fixture input files that the campaign would read and act on (they hold a needle of a codemod that accepts them). */
export function siteShapes(codemods: Codemod[]): SiteShape[] {
  const shapes: SiteShape[] = [];
  if (!existsSync(FIXTURES)) return shapes;
  for (const group of readdirSync(FIXTURES).sort()) {
    if (!statSync(path.join(FIXTURES, group)).isDirectory()) continue;
    for (const name of readdirSync(path.join(FIXTURES, group)).sort()) {
      const input = path.join(FIXTURES, group, name, 'input');
      if (!existsSync(input)) continue;
      const files = listInputFiles(input);
      const frontend = !files.some((f) => f.endsWith('.py'));
      for (const relPath of files) {
        const bytes = readFileSync(path.join(input, relPath));
        const kind = fileKindOf(relPath);
        const acts = codemods.some((c) => codemodAccepts(c, kind, relPath) && needlesOf(c).some((n) => bytes.includes(n)));
        if (acts) shapes.push({ fixture: `${group}/${name}`, relPath, bytes, frontend });
      }
    }
  }
  return shapes;
}

/** Directory trees grow by reusing folders often (real checkouts have many files per folder) and nest 0–6 deep. */
class FolderTree {
  private children = new Map<string, string[]>();
  pick(rng: Rng, area: string, testy: boolean): string {
    let dir = area;
    for (let depth = 0; depth < 6 && !rng.chance(0.22 + depth * 0.1); depth++) {
      const existing = this.children.get(dir) ?? [];
      let next: string;
      if (existing.length >= rng.int(2, 7)) next = rng.pick(existing);
      else {
        next = `${dir}/${depth === 0 ? rng.pick(NOUNS) : snake(rng, rng.int(1, 2))}`;
        if (!existing.includes(next)) this.children.set(dir, [...existing, next]);
      }
      dir = next;
    }
    return testy && rng.chance(0.3) ? `${dir}/tests` : dir;
  }
}

function hasNeedle(text: string, needles: string[]): boolean {
  return needles.some((n) => text.includes(n));
}

export function corpusKey(files: number, seed: number, shapes: SiteShape[], needles: string[]): string {
  const hash = createHash('sha256').update(`${GENERATOR_VERSION}\0${files}\0${seed}\0${needles.join('\0')}`);
  for (const shape of shapes) hash.update(shape.fixture).update(shape.relPath).update(shape.bytes);
  return hash.digest('hex').slice(0, 16);
}

/** Write the corpus under `out` (reused when its manifest has the same key). */
export function generateCorpus(options: { files: number; seed: number; out: string; codemods: Codemod[]; siteRatio?: number; log?: (s: string) => void }): CorpusManifest {
  const needles = [...new Set(options.codemods.flatMap(needlesOf))].sort();
  const shapes = siteShapes(options.codemods);
  const key = corpusKey(options.files, options.seed, shapes, needles);
  const manifestPath = path.join(options.out, 'manifest.json');
  if (existsSync(manifestPath)) {
    const existing = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest;
    if (existing.key === key) return existing;
  }
  rmSync(options.out, { recursive: true, force: true });
  const rng = new Rng(options.seed);
  const files = new Map<string, { root: string; rel: string; content: string | Buffer; fixture?: string }>();

  // Site slots first: a relPath taken by an earlier copy of the same shape goes to a fork of that repo.
  const slots = shapes.length ? Math.max(1, Math.round(options.files * (options.siteRatio ?? 0.005))) : 0;
  const order = rng.shuffle([...shapes]);
  const forks = new Map<string, number>();
  const sites: { root: string; rel: string; shape: SiteShape }[] = [];
  for (let k = 0; k < slots; k++) {
    const shape = order[k % order.length];
    const base = shape.frontend ? 'frontend-app-authoring' : 'edx-platform';
    const copy = sites.filter((s) => s.shape.relPath === shape.relPath && s.root.startsWith(base)).length;
    const root = copy ? `${base}-fork-${String(copy).padStart(2, '0')}` : base;
    forks.set(root, copy);
    sites.push({ root, rel: shape.relPath, shape });
  }
  const repos = [...REPOS];
  for (const [root, copy] of forks) {
    if (!copy) continue;
    const base = REPOS.find((r) => root.startsWith(r.name))!;
    repos.push({ name: root, weight: base.weight * 0.25, specs: base.specs });
  }

  const trees = new Map(repos.map((r) => [r.name, new FolderTree()]));
  // Site files first, so a filler never takes (or overwrites) a site's path; fillers then make up the count exactly.
  for (const site of sites) files.set(`${site.root}/${site.rel}`, { root: site.root, rel: site.rel, content: site.shape.bytes, fixture: site.shape.fixture });
  for (const repo of repos) {
    if (!files.has(`${repo.name}/package.json`)) files.set(`${repo.name}/package.json`, { root: repo.name, rel: 'package.json', content: packageJson(rng.fork(1), repo.name) });
  }
  for (let i = 0; files.size < options.files; i++) {
    const repo = rng.weighted(repos.map((r) => [r, r.weight] as const));
    const spec = rng.weighted(repo.specs.map((s) => [s, s.weight] as const));
    const area = rng.pick(spec.areas);
    const dir = trees.get(repo.name)!.pick(rng, area, spec.ext === '.py');
    const base = spec.ext === '.py' && dir.endsWith('/tests') ? `test_${snake(rng, 1)}` : snake(rng, rng.int(1, 3));
    let rel = `${dir}/${base}${spec.ext}`;
    for (let n = 2; files.has(`${repo.name}/${rel}`); n++) rel = `${dir}/${base}_${n}${spec.ext}`;
    const size = rng.size(spec.median, spec.max);
    let content = '';
    for (let attempt = 0; attempt < 20 && (!content || hasNeedle(content, needles)); attempt++) content = spec.make(rng.fork(i * 31 + attempt), size, dir);
    if (hasNeedle(content, needles)) throw new Error(`could not generate needle-free content for ${rel}: a needle is too common a word`);
    files.set(`${repo.name}/${rel}`, { root: repo.name, rel, content });
  }

  const manifest: CorpusManifest = { key, files: options.files, seed: options.seed, roots: repos.map((r) => r.name), totalFiles: 0, totalBytes: 0, byExtension: {}, sites: [] };
  for (const [full, file] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = path.join(options.out, full);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    const bytes = Buffer.byteLength(file.content);
    const ext = path.extname(file.rel) || path.basename(file.rel);
    const entry = (manifest.byExtension[ext] ??= { files: 0, bytes: 0 });
    entry.files++;
    entry.bytes += bytes;
    manifest.totalFiles++;
    manifest.totalBytes += bytes;
    if (file.fixture) manifest.sites.push({ root: file.root, path: file.rel, fixture: file.fixture });
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export function campaignCodemods(name: string): Codemod[] {
  const selection = select([name]);
  if (!('campaign' in selection)) throw new Error(`unknown campaign '${name}'`);
  return selection.codemods;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { files: { type: 'string', default: '15000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' }, campaign: { type: 'string', default: 'proctortrack' } },
  });
  const files = Number(values.files);
  const seed = Number(values.seed);
  const out = path.resolve(values.out ?? path.join(PROJECT, '.bench', `corpus-${files}-s${seed}`));
  const started = performance.now();
  const manifest = generateCorpus({ files, seed, out, codemods: campaignCodemods(values.campaign!) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${out}: ${manifest.totalFiles} files, ${(manifest.totalBytes / 1e6).toFixed(1)} MB, ${manifest.sites.length} site files, ${manifest.roots.length} roots (${seconds} s)`);
}
