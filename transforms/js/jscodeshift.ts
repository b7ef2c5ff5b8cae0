// jscodeshift for .js/.jsx rewrites, loaded on first use only (files without needles never pay for it).
import { createRequire } from 'node:module';
import type { JSCodeshift } from 'jscodeshift';

const require = createRequire(import.meta.url);
let cached: JSCodeshift | undefined;

/** jscodeshift bound to the babylon parser (JSX, class properties, optional chaining, …). */
export function jscodeshift(): JSCodeshift {
  cached ??= (require('jscodeshift') as JSCodeshift).withParser('babylon');
  return cached;
}

