// jscodeshift for .js/.jsx rewrites, loaded on first use only (files without needles never pay for it).
import { createRequire } from 'node:module';
import type { JSCodeshift } from 'jscodeshift';
import { timed, timingsEnabled } from '../../src/engine/timings.ts';

const require = createRequire(import.meta.url);
let cached: JSCodeshift | undefined;

/** With timings on, `j(text)` (babel's parse and recast's tokens) counts as parsing, apart from the transform. */
function timingParses(j: JSCodeshift): JSCodeshift {
  return new Proxy(j, {
    apply: (target, self, args: Parameters<JSCodeshift>) =>
      typeof args[0] === 'string' ? timed('parse: babel (jscodeshift)', () => Reflect.apply(target, self, args)) : Reflect.apply(target, self, args),
  });
}

/** jscodeshift bound to the babylon parser (JSX, class properties, optional chaining, …). */
export function jscodeshift(): JSCodeshift {
  cached ??= timed('load: jscodeshift (babel, recast)', () => {
    const j = (require('jscodeshift') as JSCodeshift).withParser('babylon');
    return timingsEnabled ? timingParses(j) : j;
  });
  return cached;
}
