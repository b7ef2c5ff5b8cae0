// jscodeshift for .js/.jsx rewrites, loaded on first use only (files without needles never pay for it).
import { createRequire } from 'node:module';
import type { JSCodeshift } from 'jscodeshift';
import { timed, timingsEnabled } from '../../src/engine/timings.ts';

const require = createRequire(import.meta.url);
let cached: JSCodeshift | undefined;

/**
 * `j(text)` is jscodeshift's babel parse, once per text, without recast. The parts of a codemod only read the tree and
 * return edits (none reprints it with `toSource()`), so recast's copy of the tree, kept for reprinting, is not made
 * (it was half the parse time); and the next part given the same, unchanged text gets the same tree. With timings on,
 * the parse counts as parsing, apart from the transform.
 */
function parsingOnce(j: JSCodeshift): JSCodeshift {
  let last: { text: string; root: ReturnType<JSCodeshift> } | undefined;
  const babel = require('jscodeshift/parser/babylon')() as { parse(text: string): unknown };
  const fromBabel = (text: string) => j(babel.parse(text) as never);
  const parse = (text: string) => (timingsEnabled ? timed('parse: babel (jscodeshift)', () => fromBabel(text)) : fromBabel(text));
  return new Proxy(j, {
    apply: (target, self, args: Parameters<JSCodeshift>) => {
      const text = args[0];
      if (typeof text !== 'string' || args.length > 1) return Reflect.apply(target, self, args);
      if (last?.text !== text) last = { text, root: parse(text) };
      return last.root;
    },
  });
}

/** jscodeshift bound to the babylon parser (JSX, class properties, optional chaining, …). */
export function jscodeshift(): JSCodeshift {
  cached ??= timed('load: jscodeshift (babel, recast)', () => parsingOnce((require('jscodeshift') as JSCodeshift).withParser('babylon')));
  return cached;
}
