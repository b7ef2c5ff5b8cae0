#!/usr/bin/env node
// Entry point: wires the campaign registry (codemods/registry.ts) into the engine's command line (src/cli/entry.ts).
// Runs the bundles in dist/ (built by `npm ci`) while they are newer than every source file, else the TypeScript sources
// through tsx's loader, so an edited checkout never runs stale code.
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist', 'engine', 'entry.mjs');
const bundledRegistry = path.join(root, 'dist', 'registry.mjs');

function newestSource() {
  let newest = 0;
  for (const folder of ['src', 'codemods', 'transforms']) {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function bundleIsFresh() {
  try {
    return statSync(bundle).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

async function loadEntry() {
  if (bundleIsFresh()) return Promise.all([import(bundle), import(bundledRegistry)]);
  const { register } = await import('tsx/esm/api');
  register();
  return Promise.all([import('../src/cli/entry.ts'), import('../codemods/registry.ts')]);
}

const [{ main, removeTempsInFlight }, { registry }] = await loadEntry();

// Ctrl-C during --write: files already renamed are new, the one in flight stays old; no temp file is left behind.
process.on('SIGINT', () => {
  removeTempsInFlight((p) => rmSync(p, { force: true }));
  process.stderr.write('\nopenedx-codemod: interrupted; every file is either as it was or fully rewritten.\n');
  process.exit(130);
});

// A reader that stops early (`| head`) closes the pipe: stop writing, say nothing, keep the exit code of the run.
let stdoutClosed = false;
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});
const stdout = {
  write: (text) => stdoutClosed || process.stdout.write(text),
  get isTTY() {
    return process.stdout.isTTY;
  },
};

const code = await main(process.argv.slice(2), { stdout, stderr: process.stderr, stdin: process.stdin }, registry);
process.exitCode = code;
