// jscodeshift for .js/.jsx rewrites, loaded on first use only (files without needles never pay for it).
import { createRequire } from 'node:module';
import type { JSCodeshift } from 'jscodeshift';
import { timed, timingsEnabled } from '../../src/engine/timings.ts';

const require = createRequire(import.meta.url);
let cached: JSCodeshift | undefined;

/**
 * `j(text)` parses a text once: the parts of a codemod run one after another on a file's text and only read the tree
 * (they return edits, never mutate it), so the next part given the same, unchanged text gets the same tree. With
 * timings on, the parse (babel's, recast's tokens) counts as parsing, apart from the transform.
 */
function parsingOnce(j: JSCodeshift): JSCodeshift {
  let last: { text: string; root: ReturnType<JSCodeshift> } | undefined;
  const parse = (args: Parameters<JSCodeshift>) => (timingsEnabled ? timed('parse: babel (jscodeshift)', () => Reflect.apply(j, undefined, args)) : Reflect.apply(j, undefined, args));
  return new Proxy(j, {
    apply: (target, self, args: Parameters<JSCodeshift>) => {
      if (typeof args[0] !== 'string' || args.length > 1) return Reflect.apply(target, self, args);
      if (last?.text !== args[0]) last = { text: args[0], root: parse(args) };
      return last.root;
    },
  });
}

/** jscodeshift bound to the babylon parser (JSX, class properties, optional chaining, …). */
export function jscodeshift(): JSCodeshift {
  cached ??= timed('load: jscodeshift (babel, recast)', () => parsingOnce((require('jscodeshift') as JSCodeshift).withParser('babylon')));
  return cached;
}
