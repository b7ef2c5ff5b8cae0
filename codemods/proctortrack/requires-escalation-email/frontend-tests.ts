// Spec section 5 for frontend tests: settings GET mocks gain `requires_escalation_email_providers` (FE-tests); each test
// that still names Proctortrack becomes one review item (TS/TSX tests: review items only).
import { lineStart, lineTextAt } from '../../../src/engine/lines.ts';
import type { ASTPath } from 'jscodeshift';

import type { CodemodPart, Edit, TransformContext } from '../../../src/engine/types.ts';

import { jscodeshift } from '../../../transforms/js/jscodeshift.ts';
import type { BabelNode } from '../../../transforms/js/statement-removal.ts';
import { AVAILABLE_KEY, isTestPath, parsedOrNull, RESPONSE_KEY, VENDOR_NEEDLES } from './frontend-common.ts';
import { VENDOR } from '../vendor.ts';
import { reviewVendorNames } from './frontend-vendor-names.ts';

const keyOf = (p: BabelNode): string | null => (p.computed ? null : p.key?.name ?? (typeof p.key?.value === 'string' ? p.key.value : null));
const isString = (n: BabelNode | null) => n?.type === 'StringLiteral' || (n?.type === 'Literal' && typeof n.value === 'string');

/**
 * The new key beside `available_proctoring_providers: [...]`, listing 'proctortrack' when the mock offers it (the old
 * page required the email for exactly that provider), so every existing test keeps its meaning.
 */
function payloadEdit(text: string, object: BabelNode, property: BabelNode, ctx: TransformContext): Edit | null {
  const elements: BabelNode[] = property.value.elements;
  if (!elements.every(isString)) {
    ctx.review({ siteKind: 'FE-tests', at: property.start, reason: `\`${AVAILABLE_KEY}\` in this mock is not a list of string literals`, suggestion: `Add \`${RESPONSE_KEY}: [...]\` listing the providers that must show the escalation email.` });
    return null;
  }
  const vendor = elements.find((e) => e.value === VENDOR);
  const list = vendor ? `[${text.slice(vendor.start, vendor.end)}]` : '[]';
  const key = property.key.type === 'Identifier' ? RESPONSE_KEY : `${text[property.key.start]}${RESPONSE_KEY}${text[property.key.start]}`;
  const entry = `${key}: ${list}`;
  const comma = /^\s*,/.exec(text.slice(property.end));
  const multiline = text.slice(object.start, property.start).includes('\n');
  const indent = /^[ \t]*/.exec(text.slice(lineStart(text, property.start)))![0];
  ctx.site('FE-tests', property.start);
  if (!comma) return { start: property.end, end: property.end, text: multiline ? `,\n${indent}${entry}` : `, ${entry}` };
  const at = property.end + comma[0].length;
  return { start: at, end: at, text: multiline ? `\n${indent}${entry},` : ` ${entry},` };
}

const TEST_CALL = /^(it|test|describe)(\.(only|skip|each|concurrent))*$/;

interface TestCall {
  node: BabelNode;
  /** `it`, `test.each`, `describe`, … */
  callee: string;
}

/** The innermost `it(...)`/`test(...)` call around `offset`, else `describe(...)`, else the top-level statement. */
function testAround(calls: TestCall[], program: BabelNode, offset: number): TestCall {
  const around = calls.filter((c) => c.node.start <= offset && offset < c.node.end).sort((a, b) => a.node.end - a.node.start - (b.node.end - b.node.start));
  const statement = program.body.find((s: BabelNode) => s.start <= offset && offset < s.end) ?? program;
  return around.find((c) => !c.callee.startsWith('describe')) ?? around[0] ?? { node: statement, callee: '' };
}

export const frontendTests: CodemodPart = {
  kinds: ['javascript'],
  needles: [...VENDOR_NEEDLES, AVAILABLE_KEY],
  appliesTo: isTestPath,
  transform(file, ctx) {
    const j = jscodeshift();
    const text = file.text;
    const root = parsedOrNull(file.relPath, ctx, () => j(text));
    if (!root) return reviewVendorNames(file.relPath, text, [], ctx);
    const edits: Edit[] = [];
    root.find(j.ObjectExpression).forEach((path: ASTPath) => {
      const object = path.node as unknown as BabelNode;
      const properties: BabelNode[] = object.properties;
      const available = properties.find((p) => p.type === 'ObjectProperty' && keyOf(p) === AVAILABLE_KEY);
      if (!available || properties.some((p) => keyOf(p) === RESPONSE_KEY)) return;
      if (available.value.type !== 'ArrayExpression') {
        ctx.review({ siteKind: 'FE-tests', at: available.start, reason: `\`${AVAILABLE_KEY}\` in this mock is not a list literal, so \`${RESPONSE_KEY}\` was not added: the page reads it from the settings GET`, suggestion: `Add \`${RESPONSE_KEY}: [...]\` beside it, listing the providers that must show the escalation email.` });
        return;
      }
      const edit = payloadEdit(text, object, available, ctx);
      if (edit) edits.push(edit);
    });
    const calls: TestCall[] = root.find(j.CallExpression).paths()
      .map((p) => p.node as unknown as BabelNode)
      .map((node) => ({ node, callee: text.slice(node.callee.start, node.callee.end) }))
      .filter((c) => TEST_CALL.test(c.callee));
    const program = (root.get().node.program ?? root.get().node) as BabelNode;
    const tests = new Map<BabelNode, { test: TestCall; count: number }>();
    for (const match of text.matchAll(/proctortrack/gi)) {
      const test = testAround(calls, program, match.index!);
      const entry = tests.get(test.node) ?? { test, count: 0 };
      entry.count++;
      tests.set(test.node, entry);
    }
    for (const { test: { node, callee }, count } of tests.values()) {
      const name = callee && node.arguments[0] ? `${callee} ${text.slice(node.arguments[0].start, node.arguments[0].end)}` : `\`${lineTextAt(text, node.start).trim()}\``;
      ctx.review({
        siteKind: 'FE-tests',
        at: node.start,
        siteText: `${name} proctortrack`,
        reason: `${name} names Proctortrack (${count}×); after the campaign the page decides by the settings GET's \`${RESPONSE_KEY}\` and messages no longer name the vendor`,
        suggestion: `Use a neutral test provider listed in the mock's \`${RESPONSE_KEY}\` (e.g. 'test_proctoring_provider'), match the reworded message texts, and rename the test if its name says proctortrack.`,
      });
    }
    return edits;
  },
};

/** TS/TSX tests: no mechanical rewrite yet; every vendor name becomes a review item, never silence. */
export const frontendTestsTs: CodemodPart = {
  kinds: ['typescript', 'tsx'],
  needles: VENDOR_NEEDLES,
  appliesTo: isTestPath,
  transform(file, ctx) {
    reviewVendorNames(file.relPath, file.text, [], ctx);
  },
};
