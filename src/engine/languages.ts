// File kinds from paths, and the tree-sitter grammars behind them (loaded once per thread, on first use).
import { createRequire } from 'node:module';
import type Parser from 'tree-sitter';
import { timed } from './timings.ts';
import type { FileKind, Tree } from './types.ts';

const require = createRequire(import.meta.url);

const BY_EXTENSION: Record<string, FileKind> = {
  '.py': 'python',
  '.js': 'javascript',
  '.jsx': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'tsx',
  '.json': 'json',
  '.yml': 'yaml',
  '.yaml': 'yaml',
  '.in': 'requirements',
  '.txt': 'requirements',
  '.html': 'template',
  '.underscore': 'template',
  '.mako': 'template',
  '.rst': 'rst',
  '.md': 'markdown',
};

export function fileKindOf(relPath: string): FileKind {
  const base = relPath.slice(relPath.lastIndexOf('/') + 1);
  if (base === 'Makefile' || base.endsWith('.mk')) return 'makefile';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return 'other';
  if (base.endsWith('.d.ts')) return 'typescript';
  return BY_EXTENSION[base.slice(dot).toLowerCase()] ?? 'other';
}

type GrammarKind = 'python' | 'javascript' | 'typescript' | 'tsx';
const parsers = new Map<GrammarKind, Parser>();

export function hasGrammar(kind: FileKind): kind is GrammarKind {
  return kind === 'python' || kind === 'javascript' || kind === 'typescript' || kind === 'tsx';
}

function loadGrammar(kind: GrammarKind): unknown {
  switch (kind) {
    case 'python':
      return require('tree-sitter-python');
    case 'javascript':
      return require('tree-sitter-javascript');
    case 'typescript':
      return require('tree-sitter-typescript').typescript;
    case 'tsx':
      return require('tree-sitter-typescript').tsx;
  }
}

function parserFor(kind: GrammarKind): Parser {
  let parser = parsers.get(kind);
  if (!parser) {
    parser = timed(`load: tree-sitter ${kind}`, () => {
      const ParserClass = require('tree-sitter') as typeof Parser;
      const loaded = new ParserClass();
      loaded.setLanguage(loadGrammar(kind) as Parser.Language);
      return loaded;
    });
    parsers.set(kind, parser);
  }
  return parser;
}

let yamlModule: typeof import('yaml') | undefined;

/** The `yaml` package, loaded on first use: a run that reads no YAML never pays for it. */
export function yamlLib(): typeof import('yaml') {
  yamlModule ??= timed('load: yaml', () => require('yaml') as typeof import('yaml'));
  return yamlModule;
}

/** Parse text of a kind that has a grammar; null otherwise. */
export function parse(kind: FileKind, text: string): Tree | null {
  if (!hasGrammar(kind)) return null;
  return parserFor(kind).parse(text);
}

/** Number of ERROR/MISSING nodes: compared before and after a rewrite to refuse outputs that parse worse. */
export function syntaxErrorCount(kind: FileKind, text: string): number {
  if (hasGrammar(kind)) {
    const root = parse(kind, text)!.rootNode;
    if (!root.hasError) return 0;
    let count = 0;
    const cursor = root.walk();
    const visit = (): void => {
      do {
        const node = cursor.currentNode;
        if (node.isError || node.isMissing) count++;
        if (node.hasError && cursor.gotoFirstChild()) {
          visit();
          cursor.gotoParent();
        }
      } while (cursor.gotoNextSibling());
    };
    visit();
    return Math.max(count, 1);
  }
  if (kind === 'json') {
    try {
      JSON.parse(text);
      return 0;
    } catch {
      return 1;
    }
  }
  if (kind === 'yaml') {
    return yamlLib().parseAllDocuments(text).reduce((n, doc) => n + doc.errors.length, 0);
  }
  return 0;
}

/**
 * Where a JSON or YAML text stops parsing (`near line N`), or null when it parses (or is of another kind). Files
 * without a tree-sitter grammar are checked this way before any codemod sees them.
 */
export function structuredSyntaxError(kind: FileKind, text: string): string | null {
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  if (kind === 'json') {
    try {
      JSON.parse(text);
      return null;
    } catch (error) {
      const position = /position (\d+)/.exec((error as Error).message);
      return position ? `near line ${lineAt(Number(position[1]))}` : 'at the end';
    }
  }
  if (kind === 'yaml') {
    const error = yamlLib().parseAllDocuments(text).flatMap((doc) => doc.errors)[0];
    return error ? `near line ${lineAt(error.pos[0])}` : null;
  }
  return null;
}
