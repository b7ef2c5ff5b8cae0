// A Python line as black sees it: delimiter priorities by syntax, invisible parentheses around conditions, return
// values, right-hand sides of assignments and imported names; 4-space indents; no trailing comma unless split.
import type { SyntaxNode, Tree } from '../types.ts';
import { COMMA, type Item, type Line } from './items.ts';
import { addOptionalParens, lineTokens, type LineTokens } from './tokens.ts';

const ATOMIC = new Set(['string']);
const MATH: Record<string, number> = { '|': 9, '^': 8, '&': 7, '<<': 6, '>>': 6, '+': 5, '-': 5, '*': 4, '/': 4, '//': 4, '%': 4, '@': 4, '**': 1 };
const COMPREHENSION = 20;
const TERNARY = 16;
const LOGIC = 14;
const STRING = 12;
const COMPARATOR = 10;

function priorityOf(node: SyntaxNode): number {
  const parent = node.parent;
  if (!parent) return 0;
  const kind = parent.type;
  if (node.type === ',') return kind === 'lambda_parameters' ? 0 : COMMA;
  if (kind === 'boolean_operator' && (node.type === 'and' || node.type === 'or')) return LOGIC;
  if (kind === 'conditional_expression' && (node.type === 'if' || node.type === 'else')) return TERNARY;
  if ((kind === 'for_in_clause' || kind === 'if_clause') && parent.firstChild?.id === node.id) return COMPREHENSION;
  if (kind === 'comparison_operator' && !node.isNamed) {
    const previous = node.previousSibling;
    return previous && !previous.isNamed ? 0 : COMPARATOR;
  }
  if (kind === 'binary_operator' && parent.childForFieldName('operator')?.id === node.id) return MATH[node.type] ?? 0;
  if (node.type === 'string' && kind === 'concatenated_string' && parent.firstChild?.id !== node.id) return STRING;
  return 0;
}

/** The expression black wraps in invisible parentheses, when the statement sits on this one line. */
function optionalTarget(statement: SyntaxNode): SyntaxNode[] | null {
  const field = (name: string) => statement.childForFieldName(name);
  switch (statement.type) {
    case 'if_statement':
    case 'elif_clause':
    case 'while_statement':
      return [field('condition')].filter((n): n is SyntaxNode => Boolean(n));
    case 'return_statement':
      return statement.namedChildren.slice(0, 1);
    case 'expression_statement': {
      const assignment = statement.firstNamedChild;
      const right = assignment && ['assignment', 'augmented_assignment'].includes(assignment.type) ? assignment.childForFieldName('right') : null;
      return right ? [right] : null;
    }
    case 'import_from_statement': {
      const names = statement.childrenForFieldName('name');
      return names.length && !statement.children.some((c) => c.type === '(') ? names : null;
    }
    default:
      return null;
  }
}

function statementOn(tokens: LineTokens, row: number): SyntaxNode | null {
  for (let node: SyntaxNode | null = tokens.nodes.get(tokens.items[0]) ?? null; node; node = node.parent) {
    if (node.startPosition.row !== row) return null;
    if (optionalTarget(node)) return node;
  }
  return null;
}

/** The line at `row` ready to split, or null when it cannot be split safely. */
export function pythonLine(text: string, tree: Tree, row: number): { line: Line; comment?: Item } | null {
  const tokens = lineTokens(text, tree, row, ATOMIC, (node) => node.type === 'comment');
  // A backslash continuation joins the next line: leave such lines to a human.
  const last = tokens?.items[tokens.items.length - 1];
  if (!tokens || !last || last.text === '\\' || /^[ \t]*\\/.test(text.slice(last.end))) return null;
  for (const item of tokens.items) {
    item.priority = priorityOf(tokens.nodes.get(item)!);
    if (item.opens) item.trailingComma = true;
  }
  const statement = statementOn(tokens, row);
  const target = statement && optionalTarget(statement);
  if (statement && target && target[target.length - 1].endPosition.row === row && target[0].type !== 'parenthesized_expression') {
    const first = tokens.items.find((item) => item.start === target[0].startIndex);
    const last = tokens.items.find((item) => item.end === target[target.length - 1].endIndex);
    if (first && last) addOptionalParens(tokens.items, first, last, true).explodeBody = statement.type === 'import_from_statement';
  }
  return { line: { items: tokens.items, indent: tokens.indent, inside: false }, comment: tokens.comment };
}
