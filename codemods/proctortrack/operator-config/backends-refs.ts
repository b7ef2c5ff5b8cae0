// Spec section 6: Python expressions that name the backends setting (OC-1 reads them in settings modules).
import type { SyntaxNode } from '../../../src/engine/types.ts';
import { BACKENDS_SETTING } from './backend-keys.ts';

/** `PROCTORING_BACKENDS`, `EDXAPP_PROCTORING_BACKENDS` or `<obj>.PROCTORING_BACKENDS`. */
export function isBackendsRef(node: SyntaxNode | null | undefined): boolean {
  if (node?.type === 'identifier') return BACKENDS_SETTING.test(node.text);
  return node?.type === 'attribute' && BACKENDS_SETTING.test(node.childForFieldName('attribute')?.text ?? '');
}

/**
 * A copy of a backends setting (`deepcopy(X)`, `copy.copy(X)`, `dict(X)`, `X.copy()`): it adds no entry, so nothing is
 * to do here; the entries are edited (or reviewed) where `X` was defined.
 */
export function isCopyOfBackends(node: SyntaxNode): boolean {
  const callee = node.type === 'call' ? node.childForFieldName('function') : null;
  const args = node.childForFieldName('arguments')?.namedChildren.filter((a) => a.type !== 'comment') ?? [];
  if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'copy' && !args.length) {
    return isBackendsRef(callee.childForFieldName('object'));
  }
  const name = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
  return args.length === 1 && /^(deepcopy|copy|dict)$/.test(name ?? '') && isBackendsRef(args[0]);
}
