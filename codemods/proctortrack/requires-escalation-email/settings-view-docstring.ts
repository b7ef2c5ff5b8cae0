// Spec site EE-5: the settings view's docstring example answer lists the new key and no longer names Proctortrack.
import type { Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { PROVIDERS_KEY } from './names.ts';
import { VENDOR } from '../vendor.ts';

const AVAILABLE = /^([ \t]*)(.*?)"available_proctoring_providers":[ \t]*\[/m;

function isDocstring(node: SyntaxNode): boolean {
  const statement = node.parent;
  return statement?.type === 'expression_statement' && statement.namedChildren.length === 1 && statement.parent?.firstNamedChild?.id === statement.id;
}

/** A JSON list in the example's layout: one item a line (at itemIndent, `]` at closeIndent) or inline. */
function renderList(items: string[], layout: { itemIndent: string; closeIndent: string } | null): string {
  const quoted = items.map((i) => `"${i}"`);
  if (!layout || !items.length) return `[${quoted.join(', ')}]`;
  return `[\n${quoted.map((q) => `${layout.itemIndent}${q}`).join(',\n')}\n${layout.closeIndent}]`;
}

/** The docstring with the available list cleaned of the vendor and followed by the new key; null when unrecognised. */
function rewriteExample(doc: string): string | null {
  const match = AVAILABLE.exec(doc);
  const close = match ? doc.indexOf(']', match.index + match[0].length) : -1;
  if (!match || close === -1) return null;
  const keyIndent = match[1];
  const body = doc.slice(match.index + match[0].length, close);
  const items = [...body.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  const kept = items.filter((i) => i !== VENDOR);
  const layout = body.includes('\n')
    ? { itemIndent: /\n([ \t]*)"/.exec(body)?.[1] ?? `${keyIndent}    `, closeIndent: /\n([ \t]*)$/.exec(body)?.[1] ?? keyIndent }
    : null;
  const available = kept.length === items.length ? `[${body}]` : renderList(kept, layout);
  const required = renderList(kept.includes('lti_external') ? ['lti_external'] : [], layout);
  const comma = doc[close + 1] === ',';
  const inline = match[2] !== '';
  const entry = `${inline ? ' ' : `\n${keyIndent}`}"${PROVIDERS_KEY}": ${required}${comma ? ',' : ''}`;
  const head = doc.slice(0, match.index + match[0].length - 1);
  const rest = doc.slice(close + 1 + (comma ? 1 : 0));
  const substitute = kept.find((i) => i !== 'lti_external');
  const out = `${head}${available},${entry}${rest}`;
  return substitute ? out.replaceAll('"proctortrack"', `"${substitute}"`) : out;
}

/** EE-5 edits for each docstring showing the settings answer (skipped once it shows the new key). */
export function docstringExampleEdits(text: string, root: SyntaxNode, ctx: TransformContext): Edit[] {
  const edits: Edit[] = [];
  for (const doc of root.descendantsOfType('string')) {
    if (!AVAILABLE.test(doc.text) || doc.text.includes(`"${PROVIDERS_KEY}"`) || !isDocstring(doc)) continue;
    const rewritten = rewriteExample(doc.text);
    if (rewritten === null) continue;
    ctx.site('EE-5', doc);
    edits.push({ start: doc.startIndex, end: doc.endIndex, text: rewritten });
  }
  return edits;
}
