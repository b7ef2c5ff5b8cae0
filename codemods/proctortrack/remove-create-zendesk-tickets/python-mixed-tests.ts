// Spec site ZD-7 and section 5: a test named for Zendesk that also tests something else keeps that something else:
// only its Zendesk assertions go, and its name loses the Zendesk part.
import type { Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { findAll } from '../../../transforms/python/nodes.ts';
import { deleteStatements } from '../../../transforms/python/statement-runs.ts';

const ZENDESK = /zendesk/i;
/** The Zendesk part of a test name beside another subject: `_and_zendesk_tickets`, `zendesk_tickets_and_`. */
const ZENDESK_IN_NAME = /_and_zendesk(?:_tickets?)?(?=_|$)|(?<=_)zendesk(?:_tickets?)?_and_/;

/** `assert ...`, `self.assert...(...)` and pytest-style `assert_...(...)` statements anywhere in the test body. */
function assertions(test: SyntaxNode): SyntaxNode[] {
  return findAll(test.childForFieldName('body')!, (n) => {
    if (n.type === 'assert_statement') return true;
    const call = n.type === 'expression_statement' ? n.namedChildren[0] : null;
    return call?.type === 'call' && /^(self\.assert\w*|assert_\w+)$/.test(call.childForFieldName('function')?.text ?? '');
  });
}

/** A response's status check only says the request went through: it is no subject of its own. */
const STATUS_CHECK = /\bstatus_code\b/;

const GROUPS = new Set(['tuple', 'list', 'set', 'dictionary', 'boolean_operator', 'expression_list']);
const LITERALS = new Set(['true', 'false', 'none', 'integer', 'float', 'string', 'concatenated_string', 'unary_operator']);

/**
 * A Zendesk assertion that checks another value in the same statement (`assert not c.create_zendesk_tickets and not
 * c.allow_proctoring_opt_out`, a tuple of both fields, an expected dict with other keys): deleting it would lose that
 * check. Its Zendesk parts are left to the entry removal and the review of what remains.
 */
function isMixed(assertion: SyntaxNode): boolean {
  if (!ZENDESK.test(assertion.text)) return false;
  return findAll(assertion, (n) => GROUPS.has(n.type)).some((group) => {
    const parts = group.namedChildren.filter((c) => c.type !== 'comment');
    return parts.some((p) => ZENDESK.test(p.text)) && parts.some((p) => !ZENDESK.test(p.text) && !LITERALS.has(p.type));
  });
}

/** True when some assertion of the test is about something besides Zendesk: the test has another subject and stays. */
export function testsSomethingElse(test: SyntaxNode): boolean {
  return assertions(test).some((a) => (!ZENDESK.test(a.text) && !STATUS_CHECK.test(a.text)) || isMixed(a));
}

/** The Zendesk assertions of a kept test go, and its name loses the Zendesk part (a review item when no rule applies). */
export function keptTestEdits(text: string, test: SyntaxNode, names: Set<string>, ctx: TransformContext): Edit[] {
  const name = test.childForFieldName('name')!;
  const stripped = name.text.replace(ZENDESK_IN_NAME, '');
  // A taken name would define the test twice, hiding one: the name stays, with the review item.
  const renamed = names.has(stripped) ? name.text : stripped;
  names.add(renamed);
  const edits = deleteStatements(text, assertions(test).filter((a) => ZENDESK.test(a.text) && !isMixed(a))).edits;
  const first = test.childForFieldName('body')!.namedChildren[0];
  const docstring = first?.type === 'expression_statement' && first.namedChildren[0]?.type === 'string' && ZENDESK.test(first.text);
  ctx.site('ZD-7', test);
  const left = [ZENDESK.test(renamed) ? 'its name' : '', docstring ? 'its docstring' : ''].filter(Boolean);
  if (left.length) {
    ctx.review({
      siteKind: 'ZD-7-test',
      at: ZENDESK.test(renamed) ? name : first!,
      siteText: name.text,
      reason: `${renamed} was named for Zendesk but also tests something else: its Zendesk assertions were removed, ${left.join(' and ')} still ${left.length > 1 ? 'name' : 'names'} Zendesk`,
      suggestion: 'Reword it after what the test still tests.',
    });
  }
  return ZENDESK.test(renamed) ? edits : [...edits, { start: name.startIndex, end: name.endIndex, text: renamed }];
}
