// The longest line a file's own formatter and linter accept, read from the configuration nearest to it (cached per
// folder). Python: black's (or ruff's) `line-length` in pyproject.toml, else flake8/pycodestyle/pylint
// `max-line-length`, else 120 (edx-platform's pylint and pycodestyle limit). JS/TS: eslint's `max-len`, else 120 for
// projects on @edx/eslint-config (frontend-build's eslint config extends it, and it sets 120), else 100.
import path from 'node:path';
import { hasEntry, readConfigText } from '../io/config-files.ts';
import { scriptLimitIn } from './eslint-limits.ts';
import type { FileKind } from './types.ts';

const PYTHON_DEFAULT = 120;
const SCRIPT_DEFAULT = 100;
const SCRIPT_KINDS: FileKind[] = ['javascript', 'typescript', 'tsx'];
const INI_SECTIONS = new Set(['flake8', 'pycodestyle', 'pep8']);

/** The limit when no configuration says otherwise; null for kinds whose lines are never wrapped. */
export function defaultLineLimit(kind: FileKind): number | null {
  if (kind === 'python') return PYTHON_DEFAULT;
  return SCRIPT_KINDS.includes(kind) ? SCRIPT_DEFAULT : null;
}

type Family = 'python' | 'script';

/** `key = value` pairs of the given sections of an INI-style file (setup.cfg, tox.ini, .flake8, pylintrc). */
function iniValue(text: string, sections: (name: string) => boolean, keys: string[]): string | undefined {
  let inSection = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) inSection = sections(header[1].trim());
    const pair = inSection && /^([\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
    if (pair && keys.includes(pair[1])) return pair[2].replace(/\s[#;].*$/, '').trim();
  }
  return undefined;
}

const positive = (value: string | undefined): number | undefined => {
  const n = value === undefined ? NaN : Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

function pythonLimitIn(folder: string): number | undefined {
  const pyproject = readConfigText(path.join(folder, 'pyproject.toml'));
  const formatter = pyproject && (['tool.black', 'tool.ruff'] as const).map((s) => positive(iniValue(pyproject, (name) => name === s, ['line-length']))).find(Boolean);
  if (formatter) return formatter;
  const lintKeys = ['max-line-length', 'max_line_length'];
  for (const name of ['setup.cfg', 'tox.ini', '.flake8']) {
    const text = readConfigText(path.join(folder, name));
    const limit = text && positive(iniValue(text, (section) => INI_SECTIONS.has(section), lintKeys));
    if (limit) return limit;
  }
  for (const name of ['pylintrc', '.pylintrc']) {
    const text = readConfigText(path.join(folder, name));
    const limit = text && positive(iniValue(text, (section) => section.toLowerCase() === 'format', lintKeys));
    if (limit) return limit;
  }
  return undefined;
}

/** Limits by file, looked up once per folder and family. Searching stops at the repository's top (`.git`) or, outside git, at the checkout root. */
export class LineLimits {
  private readonly folders = new Map<string, number | undefined>();
  private readonly tops = new Map<string, string>();

  limitFor(file: string, root: string, kind: FileKind): number | null {
    const fallback = defaultLineLimit(kind);
    if (fallback === null) return null;
    const family: Family = kind === 'python' ? 'python' : 'script';
    return this.folderLimit(path.dirname(file), this.topOf(root), family) ?? fallback;
  }

  private topOf(root: string): string {
    let top = this.tops.get(root);
    if (top === undefined) {
      let folder = root;
      while (!hasEntry(folder, '.git') && folder !== path.dirname(folder)) folder = path.dirname(folder);
      top = hasEntry(folder, '.git') ? folder : root;
      this.tops.set(root, top);
    }
    return top;
  }

  private folderLimit(folder: string, top: string, family: Family): number | undefined {
    const key = `${family}\0${folder}`;
    if (this.folders.has(key)) return this.folders.get(key);
    const own = family === 'python' ? pythonLimitIn(folder) : scriptLimitIn(folder);
    const parent = path.dirname(folder);
    const outside = path.relative(top, folder).startsWith('..');
    const limit = own ?? (folder === top || parent === folder || outside ? undefined : this.folderLimit(parent, top, family));
    this.folders.set(key, limit);
    return limit;
  }
}

const perRun = new WeakMap<object, LineLimits>();

/** The limits cache of one run, keyed by its options object (each worker thread has its own), so a later run rereads the files. */
export function lineLimitsFor(run: object): LineLimits {
  let limits = perRun.get(run);
  if (!limits) perRun.set(run, (limits = new LineLimits()));
  return limits;
}
