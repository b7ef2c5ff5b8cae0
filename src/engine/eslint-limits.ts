// eslint's `max-len` as a folder's configuration sets it: `.eslintrc*`, `package.json` (`eslintConfig`, or a
// dependency on @edx's config), and a literal in a JavaScript or flat config (never executed).
import path from 'node:path';
import { createRequire } from 'node:module';
import { readConfigText } from '../io/config-files.ts';
import { yamlLib } from './languages.ts';

const require = createRequire(import.meta.url);
/** jsonc-parser, loaded by the first eslint config read (a run without JS candidates never reads one). */
const parseJsonc = (text: string): unknown => (require('jsonc-parser') as typeof import('jsonc-parser')).parse(text);

/** @edx/eslint-config sets max-len 120; frontend-build's eslint config extends it. */
const EDX_ESLINT_MAX_LEN = 120;
const EDX_ESLINT = /@edx\/eslint-config|['"]@edx['"]|@(?:openedx|edx)\/frontend-build/;

/** eslint's `max-len` setting: `["error", 120]`, `[2, { code: 120 }]`, else eslint's default, 80 (undefined when off). */
export function maxLenOf(rule: unknown): number | undefined {
  const [severity, ...options] = Array.isArray(rule) ? rule : [rule];
  if (severity === 'off' || severity === 0 || severity === undefined) return undefined;
  const first = options[0];
  if (typeof first === 'number') return first;
  if (first && typeof first === 'object' && typeof (first as { code?: unknown }).code === 'number') return (first as { code: number }).code;
  return 80;
}

/** The limit a parsed eslintrc object sets: its own `max-len`, else 120 when it extends @edx's config. */
function eslintObjectLimit(config: unknown): number | undefined {
  if (!config || typeof config !== 'object') return undefined;
  const { rules, extends: bases } = config as { rules?: Record<string, unknown>; extends?: unknown };
  const own = rules && 'max-len' in rules ? maxLenOf(rules['max-len']) : undefined;
  return own ?? (EDX_ESLINT.test(JSON.stringify(bases ?? '')) ? EDX_ESLINT_MAX_LEN : undefined);
}

/** A JavaScript config is read only as far as a literal `'max-len': [..., N]` or a mention of @edx's config. */
function eslintScriptLimit(text: string): number | undefined {
  const literal = /['"]?max-len['"]?\s*:\s*\[\s*(?:['"]\w+['"]|\d)\s*,\s*(?:(\d+)|\{[^}]*?\bcode['"]?\s*:\s*(\d+))/.exec(text);
  if (literal) return Number(literal[1] ?? literal[2]);
  return EDX_ESLINT.test(text) ? EDX_ESLINT_MAX_LEN : undefined;
}

/** The limit the eslint configuration in this folder sets, if any. */
export function scriptLimitIn(folder: string): number | undefined {
  for (const name of ['.eslintrc.json', '.eslintrc', '.eslintrc.yml', '.eslintrc.yaml']) {
    const text = readConfigText(path.join(folder, name));
    if (text === null) continue;
    const json = parseJsonc(text);
    const limit = eslintObjectLimit(json && typeof json === 'object' ? json : parseYamlSafely(text));
    if (limit) return limit;
  }
  for (const name of ['.eslintrc.js', '.eslintrc.cjs', 'eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs']) {
    const text = readConfigText(path.join(folder, name));
    const limit = text && eslintScriptLimit(text);
    if (limit) return limit;
  }
  const manifest = readConfigText(path.join(folder, 'package.json'));
  if (!manifest) return undefined;
  const pkg = parseJsonc(manifest) as { eslintConfig?: unknown; devDependencies?: object; dependencies?: object } | undefined;
  const limit = eslintObjectLimit(pkg?.eslintConfig);
  if (limit) return limit;
  const dependencies = Object.keys({ ...pkg?.dependencies, ...pkg?.devDependencies }).join(' ');
  return EDX_ESLINT.test(dependencies) ? EDX_ESLINT_MAX_LEN : undefined;
}

function parseYamlSafely(text: string): unknown {
  try {
    return yamlLib().parse(text);
  } catch {
    return undefined;
  }
}
