#!/usr/bin/env node
// Entry point: the toolkit is TypeScript run through tsx's loader (no build step to forget).
import { register } from 'tsx/esm/api';
import { rmSync } from 'node:fs';

register();
const { main } = await import('../src/cli.ts');
const { removeTempsInFlight } = await import('../src/fileio.ts');

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

const code = await main(process.argv.slice(2), { stdout, stderr: process.stderr, stdin: process.stdin });
process.exitCode = code;
