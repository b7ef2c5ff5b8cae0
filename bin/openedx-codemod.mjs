#!/usr/bin/env node
// Entry point: wires the campaign registry (codemods/registry.ts) into the engine's command line (src/cli/entry.ts).
// Runs the bundles in dist/ (built by `npm ci`) while they are newer than every source file, else the TypeScript sources
// through tsx's loader, so an edited checkout never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist', 'engine', 'entry.cjs');

// An installed package ships dist/ without the sources: missing source folders leave the bundle fresh.
function newestSource() {
  let newest = 0;
  for (const folder of ['src', 'codemods', 'transforms']) {
    if (!existsSync(path.join(root, folder))) continue;
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
  // The bundle holds the CLI and the registry, CommonJS, loaded synchronously (see scripts/build.mjs).
  if (bundleIsFresh()) return createRequire(import.meta.url)(bundle);
  const { register } = await import('tsx/esm/api');
  register();
  const [{ main }, { registry }] = await Promise.all([import('../src/cli/entry.ts'), import('../codemods/registry.ts')]);
  return { main, registry };
}

const { main, registry } = await loadEntry();

// Ctrl-C, kill or a closed terminal: with a handler installed, the signal is handled between two statements of this
// thread, and each file write runs synchronously from its temp file to the rename (src/io/fileio.ts), so every file is
// old or new and no temp file is left, whichever point the run was stopped at. Worker threads never write. The handler
// then dies by the same signal (default action): no exit handlers, no thread teardown racing the exit. While another
// listener owns the signal (the --interactive prompt), it decides.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  const stop = () => {
    if (process.listenerCount(signal) > 1) return;
    process.stderr.write(`\nopenedx-codemod: ${signal}: stopped; every file is either as it was or fully rewritten: run again to finish.\n`);
    process.off(signal, stop);
    process.kill(process.pid, signal);
  };
  process.on(signal, stop);
}

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
