// Spec site PK-3: `package.json` dependency sections and `package-lock.json` (v1 `dependencies`, v2/v3 `packages`).
import { createRequire } from 'node:module';
import type { Node } from 'jsonc-parser';
import type { CodemodPart, Edit, TransformContext } from '../../../src/engine/types.ts';
import { propertyNamed, removeMembers, valueOf } from '../../../transforms/json/remove-members.ts';
import { NPM_PACKAGE, reviewLeftovers } from './package-name.ts';

const MANIFESTS = new Set(['package.json', 'package-lock.json', 'npm-shrinkwrap.json']);
const DEPENDENCY_MAPS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies', 'peerDependenciesMeta', 'overrides', 'resolutions'];
const DEPENDENCY_LISTS = ['bundleDependencies', 'bundledDependencies'];
const require = createRequire(import.meta.url);
/** jsonc-parser, loaded by the first manifest with a needle (the registry loads this module at every start). */
const parseTree = (text: string): Node | undefined => (require('jsonc-parser') as typeof import('jsonc-parser')).parseTree(text);
/** The exact npm name (`.git` may follow), not a longer name containing it. */
const MENTION = new RegExp(`(?<![\\w.-])${NPM_PACKAGE}(?![\\w-])`);
/** The package's own lockfile entry and the entries installed inside it (its private dependencies). */
const OWN_ENTRY = new RegExp(`^node_modules/${NPM_PACKAGE}(/node_modules/.*)?$`);

const baseName = (relPath: string) => relPath.slice(relPath.lastIndexOf('/') + 1);

/** Remove the package from each dependency section of a manifest object (package.json or a lockfile's `packages[""]`). */
function fromManifest(text: string, manifest: Node | undefined, ctx: TransformContext): Edit[] {
  const edits: Edit[] = [];
  for (const section of DEPENDENCY_MAPS) {
    const map = valueOf(manifest, section);
    const entry = propertyNamed(map, NPM_PACKAGE);
    if (!map || !entry) continue;
    ctx.site('PK-3', entry.offset);
    edits.push(...removeMembers(text, map, [entry]));
  }
  for (const section of DEPENDENCY_LISTS) {
    const list = valueOf(manifest, section);
    const elements = list?.type === 'array' ? (list.children ?? []).filter((e) => e.value === NPM_PACKAGE) : [];
    elements.forEach((e) => ctx.site('PK-3', e.offset));
    if (list && elements.length) edits.push(...removeMembers(text, list, elements));
  }
  return edits;
}

/** Remove lockfile entries (properties of `container` whose key passes `isOwn`), adding what they depended on to `needs`. */
function lockEntries(text: string, container: Node | undefined, isOwn: (key: string) => boolean, ctx: TransformContext, needs: Set<string>): Edit[] {
  if (container?.type !== 'object') return [];
  const entries = (container.children ?? []).filter((p) => isOwn(String(p.children?.[0]?.value)));
  for (const entry of entries) {
    ctx.site('PK-3', entry.offset);
    for (const deps of [valueOf(entry.children?.[1], 'dependencies'), valueOf(entry.children?.[1], 'requires')]) {
      if (deps?.type === 'object') (deps.children ?? []).forEach((d) => needs.add(String(d.children?.[0]?.value)));
    }
  }
  return removeMembers(text, container, entries);
}

export const npmPart: CodemodPart = {
  kinds: ['json'],
  needles: [NPM_PACKAGE],
  appliesTo: (relPath) => MANIFESTS.has(baseName(relPath)),
  transform(file, ctx) {
    const root = parseTree(file.text);
    if (root?.type !== 'object') return null;
    const edits: Edit[] = [];
    if (baseName(file.relPath) === 'package.json') edits.push(...fromManifest(file.text, root, ctx));
    else {
      const packages = valueOf(root, 'packages');
      edits.push(...fromManifest(file.text, valueOf(packages, ''), ctx));
      const needs = new Set<string>();
      edits.push(...lockEntries(file.text, packages, (key) => OWN_ENTRY.test(key), ctx, needs));
      edits.push(...lockEntries(file.text, valueOf(root, 'dependencies'), (key) => key === NPM_PACKAGE, ctx, needs));
      if (needs.size) ctx.warn(`${NPM_PACKAGE} needed ${[...needs].join(', ')}: \`npm install\` prunes the lockfile entries nothing else needs`);
    }
    // Every mention on the line falls in a removed range (a one-line section keeps its other entries).
    const covered = (start: number, end: number) =>
      [...file.text.slice(start, end).matchAll(new RegExp(MENTION, 'g'))].every((m) => {
        const at = start + m.index;
        return edits.some((e) => e.start <= at && at + m[0].length <= e.end);
      });
    reviewLeftovers(file.text, MENTION, covered, ctx, {
      siteKind: 'PK-3-leftover',
      reason: `${NPM_PACKAGE} is still named here: another package depends on it, or a script or nested entry refers to it`,
      suggestion: `Drop or update what depends on ${NPM_PACKAGE}, then run \`npm install\`.`,
    });
    return edits;
  },
};
