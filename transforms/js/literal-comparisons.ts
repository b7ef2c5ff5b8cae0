// `<subject> === 'literal'` comparisons in JS/JSX (babel AST from jscodeshift), either side, `==`/`!=` too.
import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import type { BabelNode } from './statement-removal.ts';

export interface LiteralComparison {
  path: ASTPath;
  node: BabelNode;
  /** The compared expression: an identifier or a plain member chain (`formValues.proctoringProvider`). */
  subject: BabelNode;
  negated: boolean;
}

const isStringLiteral = (node: BabelNode, value: string) =>
  (node.type === 'StringLiteral' || node.type === 'Literal') && node.value === value;

/** An identifier or a non-computed, non-optional member chain on one or on `this` (`this.state.x`): safe to read twice, safe to move. */
export function isPlainReference(node: BabelNode): boolean {
  if (node.type === 'Identifier') return true;
  return node.type === 'MemberExpression' && !node.computed && (node.object.type === 'ThisExpression' || isPlainReference(node.object));
}

/** Every comparison of a plain reference with the string literal `value`. */
export function literalComparisons(j: JSCodeshift, root: Collection, value: string): LiteralComparison[] {
  const found: LiteralComparison[] = [];
  root.find(j.BinaryExpression).forEach((path) => {
    const node = path.node as unknown as BabelNode;
    if (!['===', '==', '!==', '!='].includes(node.operator)) return;
    const subject = isStringLiteral(node.right, value) ? node.left : isStringLiteral(node.left, value) ? node.right : null;
    if (!subject || !isPlainReference(subject)) return;
    found.push({ path, node, subject, negated: node.operator.startsWith('!') });
  });
  return found;
}
