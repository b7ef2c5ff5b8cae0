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

const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
process.exitCode = code;
