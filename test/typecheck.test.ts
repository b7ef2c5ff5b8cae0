// The whole project type-checks (tsc --noEmit): contracts in src/types.ts stay honoured by every codemod and test.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

it('type-checks', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
  let output = '';
  try {
    execFileSync(tsc, ['--noEmit', '-p', root], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(output).toBe('');
});
