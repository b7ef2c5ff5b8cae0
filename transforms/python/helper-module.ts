// Create or extend a Python helper module so it defines the given top-level functions (and imports they need).
import type { Edit, Tree } from '../../src/engine/types.ts';
import { addFromImport } from './imports.ts';

export interface HelperFunction {
  name: string;
  /** Full `def` source, no leading or trailing blank lines. */
  source: string;
}

export interface HelperModuleSpec {
  /** Docstring text for a new module. */
  docstring: string;
  /** `from module import name` pairs the functions need. */
  imports: { module: string; name: string }[];
  functions: HelperFunction[];
}

function definedFunctions(tree: Tree): Set<string> {
  return new Set(
    tree.rootNode.namedChildren
      .map((c) => (c.type === 'decorated_definition' ? c.childForFieldName('definition') : c))
      .filter((c) => c?.type === 'function_definition')
      .map((c) => c!.childForFieldName('name')!.text),
  );
}

/**
 * Edits that make `text` define every function of spec (only the missing ones are added, at the end). All of them,
 * always: whichever codemod touches the module first completes it, so a later run finds nothing to add.
 */
export function ensureHelperFunctions(text: string, tree: Tree, spec: HelperModuleSpec): Edit[] {
  const present = definedFunctions(tree);
  const missing = spec.functions.filter((f) => !present.has(f.name));
  if (!missing.length) return [];
  const body = missing.map((f) => f.source).join('\n\n\n');
  if (text.trim() === '') {
    const imports = spec.imports.map((i) => `from ${i.module} import ${i.name}\n`).join('');
    return [{ start: 0, end: text.length, text: `"""\n${spec.docstring}\n"""\n${imports}\n\n${body}\n` }];
  }
  const edits = spec.imports.flatMap((i) => addFromImport(text, tree, i.module, i.name));
  const trimmedEnd = text.replace(/\s+$/, '').length;
  edits.push({ start: trimmedEnd, end: text.length, text: `\n\n\n${body}\n` });
  return edits;
}
