// Spec section 5 for frontend tests: settings GET mocks gain `requires_escalation_email_providers` (FE-test); each test
// that still names Proctortrack becomes one review item.
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import { lineTextAt } from '../../../src/edits.ts';
import type { CodemodPart, Edit, TransformContext } from '../../../src/types.ts';
import { lineStartOf } from '../../../transforms/js/deletions.ts';
import { jscodeshift } from '../../../transforms/js/jscodeshift.ts';
import type { BabelNode } from '../../../transforms/js/statement-removal.ts';
import { AVAILABLE_KEY, isTestPath, RESPONSE_KEY, VENDOR, VENDOR_NEEDLES } from './frontend-common.ts';

const keyOf = (p: BabelNode): string | null => (p.computed ? null : p.key?.name ?? (typeof p.key?.value === 'string' ? p.key.value : null));
const isString = (n: BabelNode | null) => n?.type === 'StringLiteral' || (n?.type === 'Literal' && typeof n.value === 'string');

/**
 * The new key beside `available_proctoring_providers: [...]`, listing 'proctortrack' when the mock offers it (the old
 * page required the email for exactly that provider), so every existing test keeps its meaning.
 */
function payloadEdit(text: string, object: BabelNode, property: BabelNode, ctx: TransformContext): Edit | null {
  const elements: BabelNode[] = property.value.elements;
  if (!elements.every(isString)) {
    ctx.review({ siteKind: 'FE-test', at: property.start, reason: `\`${AVAILABLE_KEY}\` in this mock is not a list of string literals`, suggestion: `Add \`${RESPONSE_KEY}: [...]\` listing the providers that must show the escalation email.` });
    return null;
  }
  const vendor = elements.find((e) => e.value === VENDOR);
  const list = vendor ? `[${text.slice(vendor.start, vendor.end)}]` : '[]';
  const key = property.key.type === 'Identifier' ? RESPONSE_KEY : `${text[property.key.start]}${RESPONSE_KEY}${text[property.key.start]}`;
  const entry = `${key}: ${list}`;
  const comma = /^\s*,/.exec(text.slice(property.end));
  const multiline = text.slice(object.start, property.start).includes('\n');
  const indent = /^[ \t]*/.exec(text.slice(lineStartOf(text, property.start)))![0];
  ctx.site('FE-test', property.start);
  if (!comma) return { start: property.end, end: property.end, text: multiline ? `,\n${indent}${entry}` : `, ${entry}` };
  const at = property.end + comma[0].length;
  return { start: at, end: at, text: multiline ? `\n${indent}${entry},` : ` ${entry},` };
}

const TEST_CALL = /^(it|test|describe)(\.(only|skip|each|concurrent))*$/;

/** The innermost `it(...)`/`test(...)` call around `offset`, else `describe(...)`, else the top-level statement. */
function testAround(j: JSCodeshift, calls: BabelNode[], program: BabelNode, offset: number): BabelNode {
  const around = calls.filter((c) => c.start <= offset && offset < c.end).sort((a, b) => a.end - a.start - (b.end - b.start));
  return around.find((c) => !/^describe/.test(c.calleeText)) ?? around[0] ?? program.body.find((s: BabelNode) => s.start <= offset && offset < s.end) ?? program;
}

export const frontendTests: CodemodPart = {
  kinds: ['javascript'],
  needles: [...VENDOR_NEEDLES, AVAILABLE_KEY],
  appliesTo: isTestPath,
  transform(file, ctx) {
    const j = jscodeshift();
    const text = file.text;
    const root = j(text);
    const edits: Edit[] = [];
    root.find(j.ObjectExpression).forEach((path: ASTPath) => {
      const object = path.node as unknown as BabelNode;
      const properties: BabelNode[] = object.properties;
      const available = properties.find((p) => keyOf(p) === AVAILABLE_KEY && p.value?.type === 'ArrayExpression');
      if (!available || properties.some((p) => keyOf(p) === RESPONSE_KEY)) return;
      const edit = payloadEdit(text, object, available, ctx);
      if (edit) edits.push(edit);
    });
    const calls = root.find(j.CallExpression).paths().map((p) => {
      const node = p.node as unknown as BabelNode;
      return Object.assign(node, { calleeText: text.slice(node.callee.start, node.callee.end) });
    }).filter((c) => TEST_CALL.test(c.calleeText));
    const program = (root.get().node.program ?? root.get().node) as BabelNode;
    const tests = new Map<BabelNode, number>();
    for (const match of text.matchAll(/proctortrack/gi)) {
      const test = testAround(j, calls, program, match.index!);
      tests.set(test, (tests.get(test) ?? 0) + 1);
    }
    for (const [test, count] of tests) {
      const name = test.calleeText && test.arguments[0] ? `${test.calleeText} ${text.slice(test.arguments[0].start, test.arguments[0].end)}` : `\`${lineTextAt(text, test.start).trim()}\``;
      ctx.review({
        siteKind: 'FE-test',
        at: test.start,
        siteText: `${name} proctortrack`,
        reason: `${name} names Proctortrack (${count}×); after the campaign the page decides by the settings GET's \`${RESPONSE_KEY}\` and messages no longer name the vendor`,
        suggestion: `Use a neutral test provider listed in the mock's \`${RESPONSE_KEY}\` (e.g. 'test_proctoring_provider'), match the reworded message texts, and rename the test if its name says proctortrack.`,
      });
    }
    return edits;
  },
};
