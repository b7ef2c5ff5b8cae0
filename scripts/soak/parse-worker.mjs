// Parse-audit thread for `npm run soak`: parses each file it is given with the engine's tree-sitter grammars and
// reports the ones whose tree has errors (plain JavaScript so it starts without the TypeScript loader).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const Parser = require('tree-sitter');
const typescript = require('tree-sitter-typescript');
const grammars = { python: require('tree-sitter-python'), javascript: require('tree-sitter-javascript'), typescript: typescript.typescript, tsx: typescript.tsx };
const parsers = {};
for (const [kind, grammar] of Object.entries(grammars)) {
  parsers[kind] = new Parser();
  parsers[kind].setLanguage(grammar);
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const failures = [];
let bytes = 0;
for (const [path, kind] of workerData.files) {
  try {
    const raw = readFileSync(path);
    bytes += raw.length;
    if (raw.length > workerData.maxBytes) continue;
    let text;
    try {
      text = strictUtf8.decode(raw).replace(/^\uFEFF/, '');
    } catch {
      continue; // not UTF-8: the engine skips such files too
    }
    const tree = parsers[kind].parse(text); // exactly as the engine parses
    if (tree.rootNode.hasError) failures.push(path);
  } catch (error) {
    failures.push(`${path} (crashed: ${error instanceof Error ? error.message : String(error)})`);
  }
}
parentPort.postMessage({ failures, bytes });
