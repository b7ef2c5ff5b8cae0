// jscodeshift for .js/.jsx rewrites, loaded on first use only (files without needles never pay for it).
import { createRequire } from 'node:module';
import type { Collection, JSCodeshift } from 'jscodeshift';

const require = createRequire(import.meta.url);
let cached: JSCodeshift | undefined;

/** jscodeshift bound to the babylon parser (JSX, class properties, optional chaining, …). */
export function jscodeshift(): JSCodeshift {
  cached ??= (require('jscodeshift') as JSCodeshift).withParser('babylon');
  return cached;
}

/**
 * Parse `text`, let `rewrite` change the collection, and print it back with recast (untouched code keeps its exact
 * formatting). `rewrite` returns false when it changed nothing; then null is returned and nothing is printed.
 */
export function rewriteWithJscodeshift(text: string, rewrite: (j: JSCodeshift, root: Collection) => boolean): string | null {
  const j = jscodeshift();
  const root = j(text);
  if (!rewrite(j, root)) return null;
  return root.toSource({ quote: 'single' });
}
