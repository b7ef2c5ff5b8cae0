// Deleting JS/TS statements (babel AST from jscodeshift) so no empty `if`, `else` or `else if` is left behind.
import type { ASTPath } from 'jscodeshift';
import type { Edit } from '../../src/engine/types.ts';
import { deleteSpan, mergeDeletions } from './deletions.ts';

// Babel nodes carry `start`/`end` string offsets; the ast-types definitions do not declare them.
export type BabelNode = { type: string; start: number; end: number; [key: string]: any };

export interface StatementRemoval {
  edits: Edit[];
  /** `if`s whose branch would be emptied although they cannot go (an `else`, a test with effects): left for a human. */
  emptiedBranches: BabelNode[];
}

export interface StatementRemovalOptions {
  /** Comments directly above a removed statement that this accepts go with it. */
  withCommentsAbove?: (comment: string) => boolean;
}

/** An expression that can be dropped with its `if` without losing an effect: names, members, literals, operators. */
export function isPureTest(node: BabelNode | null | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'Identifier':
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
      return true;
    case 'TemplateLiteral':
      return node.expressions.every(isPureTest);
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return isPureTest(node.object) && (!node.computed || isPureTest(node.property));
    case 'UnaryExpression':
      return node.operator !== 'delete' && isPureTest(node.argument);
    case 'BinaryExpression':
    case 'LogicalExpression':
      return isPureTest(node.left) && isPureTest(node.right);
    default:
      return false;
  }
}

const statementsOf = (block: BabelNode): BabelNode[] => (block.type === 'BlockStatement' ? block.body : [block]);

/**
 * Edits deleting `paths` (statement paths). A branch whose statements all go takes its `if` with it when the test
 * has no effect and there is no `else`; an `else` / `else if` left empty goes from the end of the branch before it.
 */
export function removeStatements(text: string, paths: ASTPath[], options: StatementRemovalOptions = {}): StatementRemoval {
  const removed = new Set<BabelNode>(paths.map((p) => p.node as unknown as BabelNode));
  const pathOf = new Map<BabelNode, ASTPath>(paths.map((p) => [p.node as unknown as BabelNode, p]));
  const isGone = (branch: BabelNode | null | undefined): boolean =>
    !branch || (branch.type === 'IfStatement' ? removed.has(branch) : statementsOf(branch).every((s) => removed.has(s)));
  const touched = new Set<BabelNode>();
  const queue = [...paths];
  while (queue.length) {
    const path = queue.shift()!;
    const owner = (path.parent?.node.type === 'BlockStatement' ? path.parent.parent : path.parent) as ASTPath | null;
    const ifNode = owner?.node as unknown as BabelNode | undefined;
    if (ifNode?.type !== 'IfStatement' || removed.has(ifNode)) continue;
    touched.add(ifNode);
    if (isGone(ifNode.consequent) && isGone(ifNode.alternate) && isPureTest(ifNode.test)) {
      removed.add(ifNode);
      pathOf.set(ifNode, owner!);
      queue.push(owner!);
    }
  }
  const edits: Edit[] = [];
  const emptiedBranches: BabelNode[] = [];
  for (const ifNode of touched) {
    if (removed.has(ifNode)) continue;
    if (!isGone(ifNode.consequent)) {
      if (ifNode.alternate?.type === 'BlockStatement' && isGone(ifNode.alternate)) {
        edits.push({ start: ifNode.consequent.end, end: ifNode.alternate.end, text: '' });
      }
      continue;
    }
    // The `if` must stay (an `else` to keep, or a test with effects): leave its statements for a human.
    emptiedBranches.push(ifNode);
    for (const branch of [ifNode.consequent, ifNode.alternate]) {
      if (branch && branch.type !== 'IfStatement') statementsOf(branch).forEach((s) => removed.delete(s));
    }
  }
  for (const node of removed) {
    const parent = pathOf.get(node)!.parent?.node as unknown as BabelNode | undefined;
    if (parent?.type === 'IfStatement' && parent.alternate === node) {
      edits.push({ start: parent.consequent.end, end: node.end, text: '' });
    } else if (parent?.type !== 'IfStatement') {
      edits.push(deleteSpan(text, startWithComments(node, options), node.end));
    }
  }
  return { edits: mergeDeletions(edits), emptiedBranches };
}

function startWithComments(node: BabelNode, options: StatementRemovalOptions): number {
  let start = node.start;
  const comments: BabelNode[] = node.leadingComments ?? node.comments?.filter((c: BabelNode) => c.leading) ?? [];
  for (const comment of [...comments].reverse()) {
    if (!options.withCommentsAbove?.(comment.value)) break;
    start = comment.start;
  }
  return start;
}
