// Spec site FE-1: the page state for the settings GET's `requires_escalation_email_providers`, in the page's own style.
import { lineEnd, lineStart } from '../../../src/engine/lines.ts';
import type { Edit } from '../../../src/engine/types.ts';
import { RESPONSE_KEY, SETTER, STATE } from './frontend-common.ts';
import type { PageAnchor } from './frontend-page-anchor.ts';
import { classStateEdits } from './frontend-page-class.ts';

/** FE-1 in a hooks page: the state beside the providers' state (or the last one), its setter where the load reads the response. */
function hooksStateEdits(text: string, anchor: PageAnchor): Edit[] | null {
  const edits: Edit[] = [];
  for (const [statement, needed, line] of [
    [anchor.stateStatement, !anchor.hasState, `const [${STATE}, ${SETTER}] = ${anchor.useStateCallee}([]);`],
    [anchor.loadStatement, !anchor.hasSetterCall, `${SETTER}(${anchor.responseData}.${RESPONSE_KEY});`],
  ] as const) {
    if (!needed) continue;
    const rest = text.slice(statement.end, lineEnd(text, statement.end));
    if (text.slice(lineStart(text, statement.start), statement.start).trim() || !/^\s*(\/\/.*)?\s*$/.test(rest)) return null;
    const indent = /^[ \t]*/.exec(text.slice(lineStart(text, statement.start)))![0];
    const at = lineEnd(text, statement.end);
    edits.push({ start: at, end: at, text: `${at === text.length && !text.endsWith('\n') ? '\n' : ''}${indent}${line}\n` });
  }
  return edits;
}

/** The edits adding the state and setting it from the response; null when they cannot be placed cleanly. */
export function pageStateEdits(text: string, anchor: PageAnchor): Edit[] | null {
  return anchor.style === 'class' ? classStateEdits(text, anchor) : hooksStateEdits(text, anchor);
}
