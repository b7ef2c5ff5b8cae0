// This package's own manifest, found by walking up from this module: the same code runs from src/ (tsx) and from the
// bundle in dist/engine/, at different depths, and from an installed copy under node_modules/.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  name: string;
  version: string;
  homepage?: string;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      if (manifest.bin?.['openedx-codemod']) return (cached = { name: manifest.name, version: manifest.version, homepage: manifest.homepage });
    }
    if (path.dirname(dir) === dir) throw new Error('openedx-codemod: cannot find its own package.json');
  }
}
