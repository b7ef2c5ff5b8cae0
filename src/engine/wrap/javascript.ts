// A JS/TS line laid out as prettier and Open edX's eslint (airbnb) rules want it: a broken bracket puts each element
// on its own line with a trailing comma (comma-dangle always-multiline); operators lead the continued line and a long
// value goes in parentheses (operator-linebreak), unless the file puts operators at line ends (prettier's habit: then
// the break is after `=`); the file's own indent unit. Lines holding JSX are left alone.
import type { SyntaxNode, Tree } from '../types.ts';
import { COMMA, fits, type Item, type Line, type Style } from './items.ts';
import { splitLine } from './split.ts';
import { addOptionalParens, lineTokens, type LineTokens } from './tokens.ts';

const ATOMIC = new Set(['string', 'template_string', 'regex']);
const LOGIC: Record<string, number> = { '??': 14, '||': 14, '&&': 13 };
const COMPARISON = new Set(['==', '===', '!=', '!==', '<', '>', '<=', '>=', 'instanceof', 'in']);
const MATH: Record<string, number> = { '+': 5, '-': 5, '*': 4, '/': 4, '%': 4 };
const TERNARY = 16;
/** Brackets whose last element may take a trailing comma (not sequence expressions or parenthesised code). */
const TRAILING_COMMA = new Set(['arguments', 'array', 'object', 'named_imports', 'export_clause', 'formal_parameters', 'object_pattern', 'array_pattern']);
const ASSIGNMENTS = new Set(['variable_declarator', 'assignment_expression', 'augmented_assignment_expression']);

function priorityOf(node: SyntaxNode): number {
  const parent = node.parent;
  if (!parent) return 0;
  if (node.type === ',') return parent.type === 'sequence_expression' || parent.type === 'for_statement' ? 0 : COMMA;
  if (parent.type === 'ternary_expression' && (node.type === '?' || node.type === ':')) return TERNARY;
  if (parent.type !== 'binary_expression' || parent.childForFieldName('operator')?.id !== node.id) return 0;
  return LOGIC[node.type] ?? (COMPARISON.has(node.type) ? 10 : (MATH[node.type] ?? 0));
}

function takesTrailingComma(open: SyntaxNode): boolean {
  const bracket = open.parent;
  if (!bracket || !TRAILING_COMMA.has(bracket.type)) return false;
  // Nothing may follow a rest element or parameter, not even a comma.
  const last = bracket.namedChildren.filter((child) => child.type !== 'comment').pop();
  return !last || !last.text.startsWith('...');
}

/** The indent unit the file uses (a tab, or the smallest indentation of an indented line), 2 spaces when it has none. */
export function indentUnit(text: string): string {
  if (/^\t/m.test(text)) return '\t';
  const widths = [...text.matchAll(/^( +)\S/gm)].map((m) => m[1].length);
  return ' '.repeat(widths.length ? Math.min(...widths) : 2);
}

/** Operators at the end of continued lines instead of their start (prettier's habit; eslint's airbnb rules say before). */
export function operatorsTrail(text: string): boolean {
  const trailing = text.match(/(?:&&|\|\|)\s*$/gm)?.length ?? 0;
  const leading = text.match(/^\s*(?:&&|\|\|)/gm)?.length ?? 0;
  return trailing > leading;
}

const inJsx = (node: SyntaxNode) => {
  for (let at: SyntaxNode | null = node; at; at = at.parent) if (at.type.startsWith('jsx_')) return true;
  return false;
};

export interface ScriptLine {
  line: Line;
  comment?: Item;
  /** Prettier's `=` to break after, when the file follows prettier. */
  breakAfter?: Item;
  /** The value is a poorly breakable chain: break before it (after `=`, or inside its parentheses) first. */
  breakFirst?: boolean;
}

/** The line at `row` ready to split, or null when it cannot be split safely. */
export function scriptLine(text: string, tree: Tree, row: number, trail: boolean, limit: number): ScriptLine | null {
  const tokens = lineTokens(text, tree, row, ATOMIC, (node) => node.type === 'comment');
  if (!tokens || (tokens.comment && !tokens.comment.text.startsWith('//'))) return null;
  for (const item of tokens.items) {
    const node = tokens.nodes.get(item)!;
    if (inJsx(node)) return null;
    item.priority = priorityOf(node);
    // With trailing operators an operator ends its piece, as a comma does.
    item.splitAfter = trail && item.priority !== COMMA;
    if (item.opens) item.trailingComma = takesTrailingComma(node);
  }
  const assignment = tokens.items.find((item) => ASSIGNMENTS.has(tokens.nodes.get(item)!.parent?.type ?? '') && /=$/.test(item.text) && !item.partner);
  const value = assignment ? tokens.nodes.get(assignment)!.nextNamedSibling : returnedValue(tokens);
  const poorly = Boolean(value && poorlyBreakable(value, limit));
  // Airbnb's rules forbid a break after `=` and want a long value in parentheses; prettier breaks after the `=`.
  if (value && (!trail || !assignment)) parenthesise(tokens, value, poorly);
  const line: Line = { items: tokens.items, indent: tokens.indent, inside: false };
  return { line, comment: tokens.comment, breakAfter: trail ? assignment : undefined, breakFirst: poorly };
}

/** Prettier's isLoneShortArgument: an argument too short to be worth a line of its own. */
function shortArgument(node: SyntaxNode, limit: number): boolean {
  if (['identifier', 'this', 'string', 'number', 'true', 'false', 'null'].includes(node.type)) return node.text.length <= limit / 4;
  if ((node.type === 'array' || node.type === 'object') && !node.namedChildCount) return true;
  return node.type === 'unary_expression' && shortArgument(node.lastNamedChild!, limit);
}

/** Prettier's isPoorlyBreakableMemberOrCallChain: member accesses and calls with no argument or one short one. */
function poorlyBreakable(value: SyntaxNode, limit: number): boolean {
  let calls = 0;
  for (let at: SyntaxNode | null = value; at; ) {
    if (at.type === 'member_expression' || at.type === 'non_null_expression') at = at.firstNamedChild;
    else if (at.type === 'call_expression') {
      const args = at.childForFieldName('arguments')?.namedChildren ?? [];
      if (args.length > 1 || (args.length === 1 && !shortArgument(args[0], limit))) return false;
      calls++;
      at = at.childForFieldName('function');
    } else return at !== value && (at.type === 'identifier' || at.type === 'this') && calls <= 2;
  }
  return false;
}

/** The line split as prettier (trailing operators) or airbnb's eslint rules (the default) want it. */
export function splitScriptLine(prepared: ScriptLine, style: Style): Line[] {
  const { line, breakAfter, breakFirst } = prepared;
  if (breakAfter && breakFirst) return breakAfterAssignment(line, breakAfter, style);
  const lines = splitLine(line, style);
  return breakAfter && !fits(lines[0], style) ? breakAfterAssignment(line, breakAfter, style) : lines;
}

function returnedValue(tokens: LineTokens): SyntaxNode | null {
  const statement = tokens.nodes.get(tokens.items[0])!.parent;
  return statement?.type === 'return_statement' && tokens.nodes.get(tokens.items[0])!.type === 'return' ? statement.firstNamedChild : null;
}

/** Optional parentheses around a value that sits on this line and is not parenthesised already. */
function parenthesise(tokens: LineTokens, value: SyntaxNode, preferred: boolean): void {
  if (value.type === 'parenthesized_expression' || value.endPosition.row !== value.startPosition.row) return;
  const first = tokens.items.find((item) => item.start === value.startIndex);
  const last = tokens.items.find((item) => item.end === value.endIndex);
  if (first && last) addOptionalParens(tokens.items, first, last, false).preferred = preferred;
}

/** Prettier's layout when splitting the right-hand side still leaves the first line too long: break after the `=`. */
function breakAfterAssignment(line: Line, operator: Item, style: Style): Line[] {
  const at = line.items.indexOf(operator);
  const rest: Line = { items: line.items.slice(at + 1), indent: line.indent + style.unit, inside: false };
  return [{ ...line, items: line.items.slice(0, at + 1) }, ...splitLine(rest, style)];
}
