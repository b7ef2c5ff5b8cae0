// Property: wrapping generated long lines (calls, dicts, lists, conditions, both quote styles, nested brackets,
// line-end comments) only moves line breaks: Python's AST is unchanged (checked by python3's own `ast`), JS keeps
// every token, the result parses, a second wrap changes nothing, and no line is left over the limit unless warned.
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parse, syntaxErrorCount } from '../src/engine/languages.ts';
import { wrapLengthened } from '../src/engine/line-wrap.ts';
import type { FileKind, SyntaxNode } from '../src/engine/types.ts';

const SEED = Number(process.env.FC_SEED ?? 20_261_204);
const RUNS = Number(process.env.FC_RUNS ?? 150);

const name = fc.stringMatching(/^[a-z][a-z_]{2,18}$/);
const quoted = (quote: string) => fc.stringMatching(/^[a-z ]{0,24}$/).map((s) => `${quote}${s}${quote}`);
const atom = fc.oneof(name, quoted("'"), quoted('"'), fc.integer({ min: 0, max: 999 }).map(String));

/** Expressions shared by both languages: calls, subscripts, lists, dicts/objects, nested. */
function expression(dict: (key: string, value: string) => string) {
  return fc.letrec<{ value: string }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc.tuple(name, fc.array(tie('value'), { maxLength: 4 })).map(([f, args]) => `${f}(${args.join(', ')})`),
      fc.tuple(name, name).map(([a, b]) => `${a}.${b}`),
      fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
      fc.array(fc.tuple(name, tie('value')), { maxLength: 4 }).map((pairs) => `{${pairs.map(([k, v]) => dict(k, v)).join(', ')}}`),
    ),
  })).value;
}

const pyValue = expression((k, v) => `'${k}': ${v}`);
const jsValue = expression((k, v) => `${k}: ${v}`);
const comment = (marker: string) => fc.option(fc.stringMatching(/^[a-z ]{1,20}$/).map((s) => `  ${marker} ${s}`), { nil: '' });

const pythonLine = fc.oneof(
  fc.tuple(name, pyValue, comment('#')).map(([n, v, c]) => `    ${n} = ${v}${c}`),
  fc.tuple(name, fc.array(fc.tuple(name, pyValue), { minLength: 1, maxLength: 4 })).map(([f, kw]) => `    ${f}(${kw.map(([k, v]) => `${k}=${v}`).join(', ')})`),
  fc.tuple(fc.array(pyValue, { minLength: 2, maxLength: 4 }), fc.constantFrom('and', 'or')).map(([parts, op]) => `    if ${parts.join(` ${op} `)}:\n        pass`),
  fc.tuple(pyValue).map(([v]) => `    return ${v}`),
);
const scriptLine = fc.oneof(
  fc.tuple(name, jsValue, comment('//')).map(([n, v, c]) => `  const ${n} = ${v};${c}`),
  fc.tuple(name, fc.array(jsValue, { minLength: 1, maxLength: 4 })).map(([f, args]) => `  ${f}(${args.join(', ')});`),
  fc.tuple(fc.array(jsValue, { minLength: 2, maxLength: 4 }), fc.constantFrom('&&', '||')).map(([parts, op]) => `  if (${parts.join(` ${op} `)}) {\n    run();\n  }`),
);

function wrapped(kind: FileKind, line: string, limit: number) {
  const after = kind === 'python' ? `def f():\n${line}\n` : `function f() {\n${line}\n}\n`;
  const result = wrapLengthened(kind, kind === 'python' ? 'def f():\n    pass\n' : 'function f() {\n}\n', after, () => parse(kind, after), limit);
  return { after, result, text: result?.text ?? after };
}

function leaves(node: SyntaxNode, out: string[] = []): string[] {
  if (!node.childCount || node.type === 'string' || node.type === 'comment') out.push(node.text);
  else node.children.forEach((child) => leaves(child, out));
  return out;
}

function checkCommon(kind: FileKind, line: string, limit: number): { before: string; after: string } {
  const { after, result, text } = wrapped(kind, line, limit);
  expect(syntaxErrorCount(kind, text), text).toBe(0);
  expect(wrapLengthened(kind, after, text, () => parse(kind, text), limit)?.edits ?? [], 'a second wrap changes nothing').toEqual([]);
  const over = text.split('\n').flatMap((l, i) => (l.length > limit ? [i + 1] : []));
  for (const row of over) expect(result?.warning ?? '', `line ${row} of\n${text}`).toMatch(new RegExp(`\\b${row}\\b`));
  return { before: after, after: text };
}

it('Python: the AST never changes', () => {
  const pairs: { before: string; after: string }[] = [];
  fc.assert(fc.property(pythonLine, fc.integer({ min: 30, max: 100 }), (line, limit) => void pairs.push(checkCommon('python', line, limit))), { seed: SEED, numRuns: RUNS });
  const script = 'import ast, json, sys\nfor p in json.load(sys.stdin):\n    a, b = (ast.dump(ast.parse(p[k])) for k in ("before", "after"))\n    if a != b: print(p["after"]); sys.exit(1)\n';
  execFileSync('python3', ['-c', script], { input: JSON.stringify(pairs) });
});

it('JS: every token is kept, in order (only commas and parentheses are added)', () => {
  // A line-end comment moves to the first line of the split: compared apart from the code's tokens.
  const tokens = (text: string) => {
    const all = leaves(parse('javascript', text)!.rootNode).filter((t) => !['(', ')', ','].includes(t));
    return { code: all.filter((t) => !t.startsWith('//')), comments: all.filter((t) => t.startsWith('//')) };
  };
  fc.assert(
    fc.property(scriptLine, fc.integer({ min: 30, max: 100 }), (line, limit) => {
      const { before, after } = checkCommon('javascript', line, limit);
      expect(tokens(after)).toEqual(tokens(before));
    }),
    { seed: SEED, numRuns: RUNS },
  );
});
