// Spec sites FE-1..FE-5: the proctoring settings page (Settings.jsx 2021–25, ProctoredExamSettings.jsx 2020–23).
import { lineTextAt } from '../../../src/engine/lines.ts';
import type { ASTPath, JSCodeshift } from 'jscodeshift';

import type { CodemodPart, Edit, TransformContext } from '../../../src/engine/types.ts';

import { enclosingFunction, functionName, isWithin } from '../../../transforms/js/enclosing-functions.ts';
import { jscodeshift } from '../../../transforms/js/jscodeshift.ts';
import { literalComparisons, type LiteralComparison } from '../../../transforms/js/literal-comparisons.ts';
import type { BabelNode } from '../../../transforms/js/statement-removal.ts';
import { isTestPath, parsedOrNull, REQUIRED_FLAG, RESPONSE_KEY, SETTER, STATE, VENDOR_NEEDLES } from './frontend-common.ts';
import { VENDOR, VENDOR_MENTION } from '../vendor.ts';
import { findHooksAnchor, inHookCallback, readsResponse, type PageAnchor } from './frontend-page-anchor.ts';
import { findClassAnchor } from './frontend-page-class.ts';
import { pageStateEdits } from './frontend-page-state.ts';
import { softwareSecureBranches } from './frontend-software-secure.ts';

const expressionSite = (handler: string) => (/change/i.test(handler) ? 'FE-2' : /submit|valid/i.test(handler) ? 'FE-4' : null);

/** The spec site a comparison is, from where it stands; null when its shape is not one the spec describes. */
function siteOf(comparison: LiteralComparison, anchor: PageAnchor, text: string): string | null {
  const { path } = comparison;
  if (!isWithin(path, anchor.component)) return null;
  if (isWithin(path, anchor.loadFunction)) return readsResponse(comparison, anchor) ? 'FE-5' : null;
  let ifPath: ASTPath | null = null;
  for (let current = path.parent as ASTPath | null; current && !ifPath; current = current.parent as ASTPath | null) {
    if (current.node.type === 'IfStatement' && isWithin(path, current.get('test'))) ifPath = current;
    if (!['LogicalExpression', 'IfStatement', 'UnaryExpression'].includes(current.node.type)) break;
  }
  if (inHookCallback(path, anchor.component)) return null;
  // Outside an `if` (an argument, a local boolean): the handler reads the state when it runs, like an `if` would.
  if (!ifPath) return expressionSite(functionName(enclosingFunction(path) ?? path) ?? '');
  const ifNode = ifPath.node as unknown as BabelNode;
  const wholeTest = ifNode.test === comparison.node;
  const name = functionName(enclosingFunction(ifPath) ?? ifPath) ?? '';
  if (wholeTest && /proctoring_escalation_email\s*=/.test(text.slice(ifNode.consequent.start, ifNode.consequent.end))) return 'FE-3';
  if (wholeTest && /change/i.test(name)) return 'FE-2';
  if (/submit|valid/i.test(name)) return 'FE-4';
  return null;
}

function whyNot(comparison: LiteralComparison, anchor: PageAnchor | null): string {
  if (!anchor) return 'is in a file where no page state filled from the settings GET response can be followed (a hooks `useState` or a class `this.state`)';
  if (isWithin(comparison.path, anchor.loadFunction)) return `is in the load effect where \`${anchor.responseData}\` (the GET response) is not in scope or not yet declared`;
  if (inHookCallback(comparison.path, anchor.component)) return `is in a hook callback with a dependency list: \`${STATE}\` must be added to its dependencies`;
  return 'is outside the handlers the spec describes (provider change, POST builder, submit validation, load effect)';
}

/** FE-5: `const isProctortrack = <cmp>` is renamed everywhere in the load effect; null when the new name is taken. */
function renameFlag(j: JSCodeshift, comparison: LiteralComparison, anchor: PageAnchor): Edit[] | null {
  const declarator = comparison.path.parent.node as unknown as BabelNode;
  if (declarator.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier' || !VENDOR_MENTION.test(declarator.id.name)) return [];
  const scope = j(anchor.loadFunction);
  if (scope.find(j.Identifier, { name: REQUIRED_FLAG }).size()) return null;
  const uses = scope.find(j.Identifier, { name: declarator.id.name }).filter((p) => {
    const parent = p.parent.node as unknown as BabelNode;
    const isKey = (parent.type === 'ObjectProperty' && parent.key === p.node && !parent.computed && !parent.shorthand) || (parent.type === 'MemberExpression' && parent.property === p.node && !parent.computed);
    return !isKey;
  });
  const starts = new Set<number>();
  return uses.paths().filter((p) => !starts.has((p.node as unknown as BabelNode).start) && !!starts.add((p.node as unknown as BabelNode).start)).map((p) => {
    const node = p.node as unknown as BabelNode;
    const parent = p.parent.node as unknown as BabelNode;
    const shorthand = parent.type === 'ObjectProperty' && parent.shorthand;
    return { start: node.start, end: node.end, text: shorthand ? `${declarator.id.name}: ${REQUIRED_FLAG}` : REQUIRED_FLAG };
  });
}

function review(ctx: TransformContext, comparison: LiteralComparison, text: string, why: string): void {
  const subject = text.slice(comparison.subject.start, comparison.subject.end);
  ctx.review({
    siteKind: 'FE-vendor-check',
    at: comparison.node.start,
    siteText: lineTextAt(text, comparison.node.start),
    reason: `provider check against '${VENDOR}' ${why}`,
    suggestion: `Keep a \`${STATE}\` state list set from the settings GET's \`${RESPONSE_KEY}\`, and test \`${comparison.negated ? '!' : ''}${STATE}.includes(${subject})\` (in the load effect, read the list from the response itself).`,
  });
}

export const frontendPage: CodemodPart = {
  kinds: ['javascript'],
  needles: VENDOR_NEEDLES,
  appliesTo: (relPath) => !isTestPath(relPath),
  transform(file, ctx) {
    const j = jscodeshift();
    const text = file.text;
    const root = parsedOrNull(file.relPath, ctx, () => j(text));
    if (!root) return null;
    const comparisons = literalComparisons(j, root, VENDOR);
    const anchor = comparisons.length ? findHooksAnchor(j, root, text) ?? findClassAnchor(j, root, text) : null;
    const edits: Edit[] = [];
    const changeHandlers: ASTPath[] = [];
    const sites: Array<[string, number]> = [];
    for (const comparison of comparisons) {
      const site = anchor && siteOf(comparison, anchor, text);
      if (!anchor || !site) {
        review(ctx, comparison, text, whyNot(comparison, anchor));
        continue;
      }
      const subject = text.slice(comparison.subject.start, comparison.subject.end);
      const list = site === 'FE-5' ? `${anchor.responseData}.${RESPONSE_KEY}` : anchor.stateRead;
      const renames = site === 'FE-5' ? renameFlag(j, comparison, anchor) : [];
      if (!renames) {
        review(ctx, comparison, text, `sets a boolean that cannot be renamed to \`${REQUIRED_FLAG}\` (the name is taken)`);
        continue;
      }
      edits.push({ start: comparison.node.start, end: comparison.node.end, text: `${comparison.negated ? '!' : ''}${list}.includes(${subject})` }, ...renames);
      if (site === 'FE-2') changeHandlers.push(enclosingFunction(comparison.path)!);
      sites.push([site, comparison.node.start]);
    }
    if (edits.length) {
      const state = pageStateEdits(text, anchor!);
      if (!state) {
        ctx.review({ siteKind: 'FE-1', at: anchor!.stateStatement.start, reason: 'the provider-list state or its setter shares a line with other code', suggestion: `Add \`const [${STATE}, ${SETTER}] = useState([]);\` and call \`${SETTER}(<response>.data.${RESPONSE_KEY})\` in the load effect, then re-run.` });
        return null;
      }
      if (state.length) ctx.site('FE-1', anchor!.stateStatement.start);
      for (const [site, at] of sites) ctx.site(site, at);
      edits.push(...state);
      edits.push(...softwareSecureBranches(j, text, changeHandlers, ctx));
    }
    return edits;
  },
};
