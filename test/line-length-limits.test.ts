// The line limit of a file comes from the configuration nearest to it, within its repository.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maxLenOf } from '../src/engine/eslint-limits.ts';
import { LineLimits } from '../src/engine/line-limits.ts';
import type { FileKind } from '../src/engine/types.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A checkout with these files (relative path -> text); returns the limit of `file` in it. */
function limitIn(files: Record<string, string>, file: string, kind: FileKind, root = ''): number | null {
  const top = mkdtempSync(path.join(os.tmpdir(), 'line-limits-'));
  temps.push(top);
  for (const [rel, text] of Object.entries({ ...files, [file]: '' })) {
    mkdirSync(path.dirname(path.join(top, rel)), { recursive: true });
    writeFileSync(path.join(top, rel), text);
  }
  return new LineLimits().limitFor(path.join(top, file), path.join(top, root), kind);
}

describe('Python limits', () => {
  it("reads black's (or ruff's) line-length from pyproject.toml", () => {
    expect(limitIn({ 'pyproject.toml': '[project]\nname = "x"\n\n[tool.black]\nline-length = 88\n' }, 'lms/a.py', 'python')).toBe(88);
    expect(limitIn({ 'pyproject.toml': '[tool.ruff]\nline-length = 100  # house style\n' }, 'a.py', 'python')).toBe(100);
  });
  it('reads flake8, pycodestyle and pylint max-line-length, and ignores other sections', () => {
    expect(limitIn({ 'setup.cfg': '[flake8]\nmax-line-length = 110\n' }, 'a.py', 'python')).toBe(110);
    expect(limitIn({ 'tox.ini': '[pycodestyle]\nmax_line_length=119\n' }, 'a.py', 'python')).toBe(119);
    expect(limitIn({ 'tox.ini': '[tool:pytest]\nmax-line-length = 60\n' }, 'a.py', 'python')).toBe(120);
    expect(limitIn({ pylintrc: '[FORMAT]\nmax-line-length=100\n' }, 'a.py', 'python')).toBe(100);
  });
  it('takes the nearest configuration, and defaults to 120', () => {
    const files = { 'pyproject.toml': '[tool.black]\nline-length = 88\n', 'legacy/setup.cfg': '[flake8]\nmax-line-length = 120\n' };
    expect(limitIn(files, 'legacy/views/a.py', 'python')).toBe(120);
    expect(limitIn(files, 'new/a.py', 'python')).toBe(88);
    expect(limitIn({}, 'a.py', 'python')).toBe(120);
  });
  it('looks above the given folder up to the repository top, never beyond it', () => {
    expect(limitIn({ '.git/HEAD': '', 'pyproject.toml': '[tool.black]\nline-length = 79\n' }, 'cms/a.py', 'python', 'cms')).toBe(79);
    expect(limitIn({ 'pyproject.toml': '[tool.black]\nline-length = 79\n', 'repo/.git/HEAD': '' }, 'repo/a.py', 'python', 'repo')).toBe(120);
  });
});

describe('JS/TS limits', () => {
  it("reads eslint's max-len from .eslintrc.json, .eslintrc (YAML) and package.json", () => {
    expect(limitIn({ '.eslintrc.json': '{ "rules": { "max-len": ["error", 110] } }' }, 'src/a.js', 'javascript')).toBe(110);
    expect(limitIn({ '.eslintrc': 'rules:\n  max-len: [2, { code: 90 }]\n' }, 'src/a.ts', 'typescript')).toBe(90);
    expect(limitIn({ 'package.json': '{ "eslintConfig": { "rules": { "max-len": ["warn", 140] } } }' }, 'a.tsx', 'tsx')).toBe(140);
  });
  it("takes 120 for projects on @edx/eslint-config or frontend-build's config, unless max-len says otherwise", () => {
    const createConfig = "const { createConfig } = require('@openedx/frontend-build');\nmodule.exports = createConfig('eslint');\n";
    expect(limitIn({ '.eslintrc.js': createConfig }, 'src/a.jsx', 'javascript')).toBe(120);
    expect(limitIn({ '.eslintrc.json': '{ "extends": "@edx/eslint-config" }' }, 'a.js', 'javascript')).toBe(120);
    expect(limitIn({ 'package.json': '{ "devDependencies": { "@edx/frontend-build": "^13" } }' }, 'a.js', 'javascript')).toBe(120);
    expect(limitIn({ '.eslintrc.js': `${createConfig}module.exports.rules = { 'max-len': ['error', 100] };\n` }, 'a.js', 'javascript')).toBe(100);
  });
  it('reads a literal max-len from a flat config, and defaults to 100', () => {
    expect(limitIn({ 'eslint.config.mjs': "export default [{ rules: { 'max-len': ['error', { code: 105 }] } }];\n" }, 'a.js', 'javascript')).toBe(105);
    expect(limitIn({ 'package.json': '{ "name": "x" }' }, 'a.js', 'javascript')).toBe(100);
  });
  it('reads every form of the max-len setting', () => {
    expect(maxLenOf(['error', 120])).toBe(120);
    expect(maxLenOf([2, { code: 99, ignoreStrings: true }])).toBe(99);
    expect(maxLenOf('error')).toBe(80);
    expect(maxLenOf(['warn', { ignoreUrls: true }])).toBe(80);
    expect(maxLenOf('off')).toBeUndefined();
  });
});

it('has no limit for files that are never wrapped', () => {
  expect(limitIn({}, 'requirements/base.txt', 'requirements')).toBeNull();
});
