// Spec site RR-1: the `studio.show_review_rules` course waffle flag declaration, in the f-string and legacy forms.
import type { Edit, SyntaxNode, TransformContext, Tree } from '../../src/engine/types.ts';
import { removeElement } from '../../transforms/python/collections.ts';
import { deleteStatement } from '../../transforms/python/lines.ts';
import { stringValue } from '../../transforms/python/nodes.ts';

const FLAG = 'SHOW_REVIEW_RULES_FLAG';
const FLAG_NAME = 'show_review_rules';

/** The flag's name inside the declaring call: `'studio.show_review_rules'`, `f'{NS}.show_review_rules'`, `flag_name='show_review_rules'`. */
function namesTheFlag(argument: SyntaxNode): boolean {
  const value = argument.type === 'keyword_argument' ? argument.childForFieldName('value') : argument;
  if (value?.type !== 'string') return false;
  const literal = stringValue(value);
  const text = literal ?? value.text.slice(0, -1);
  return literal === FLAG_NAME || text.endsWith(`.${FLAG_NAME}`);
}

/** Module-level `X = <Something>WaffleFlag(...)` declaring the flag (by variable name or by flag name). */
function isDeclaration(statement: SyntaxNode): boolean {
  const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
  if (assignment?.type !== 'assignment') return false;
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (left?.type !== 'identifier' || right?.type !== 'call') return false;
  if (!/WaffleFlag$/.test(right.childForFieldName('function')?.text ?? '')) return false;
  return left.text === FLAG || (right.childForFieldName('arguments')?.namedChildren ?? []).some(namesTheFlag);
}

/** Edits deleting each declaration with its toggle annotation comments, and its `__all__` entry. */
export function flagDeclarations(text: string, tree: Tree, ctx: TransformContext): Edit[] {
  const edits: Edit[] = [];
  for (const statement of tree.rootNode.namedChildren.filter(isDeclaration)) {
    const edit = deleteStatement(text, statement, { withCommentsAbove: (comments) => comments.includes('.. toggle_') });
    if (!edit) {
      ctx.review({ siteKind: 'RR-1', at: statement, reason: 'flag declaration shares its line with other code', suggestion: 'Delete the declaration by hand.' });
      continue;
    }
    ctx.site('RR-1', statement);
    edits.push(edit);
    const name = statement.namedChildren[0].childForFieldName('left')!.text;
    for (const entry of tree.rootNode.descendantsOfType('string').filter((s) => stringValue(s) === name && s.parent?.parent?.text.startsWith('__all__'))) {
      edits.push(...(removeElement(text, entry) ?? []));
    }
  }
  return edits;
}
