// Spec section 6, site OC-1: vendor entries of PROCTORING_BACKENDS in Python settings modules (+ `dynamic-settings` review items).
import type { CodemodPart, Edit, SyntaxNode, TransformContext } from '../../../src/engine/types.ts';
import { appendDictEntries, hasSplat, keyQuoteAt, stringKeyedPairs } from '../../../transforms/python/dict-append.ts';
import { findAll, statementOf, stringValue } from '../../../transforms/python/nodes.ts';
import { BACKENDS_SETTING, pythonSnippet, yamlSnippet, type BackendKeys } from './backend-keys.ts';
import { isBackendsRef, isCopyOfBackends } from './backends-refs.ts';

/** Settings modules: under an `envs/` or `settings/` folder, or named `*settings*.py`; never tests (section 5 rewrites those). */
export function isPythonSettingsModule(relPath: string): boolean {
  const base = relPath.slice(relPath.lastIndexOf('/') + 1);
  if (isTestModule(relPath)) return false;
  return /(^|\/)(envs|settings)\//.test(relPath) || /settings[^/]*\.py$/.test(base);
}

export function isTestModule(relPath: string): boolean {
  const base = relPath.slice(relPath.lastIndexOf('/') + 1);
  return /^test_|_tests?\.py$|^conftest\.py$/.test(base) || /(^|\/)tests?\//.test(relPath);
}

class SettingsScan {
  readonly targets = new Map<number, { dict: SyntaxNode; vendor: string }>();
  /** Keys set on a vendor's entry by later statements (`X['v']['k'] = …`, `X['v'].update(k=…)`, `.setdefault('k', …)`). */
  readonly present = new Map<string, Set<string>>();
  constructor(
    readonly table: BackendKeys,
    readonly ctx: TransformContext,
  ) {}

  /** `<backends>['vendor']` → vendor (only vendors of the table). */
  vendorOf(node: SyntaxNode | null | undefined): string | null {
    if (node?.type !== 'subscript' || !isBackendsRef(node.childForFieldName('value'))) return null;
    const vendor = stringValue(node.childForFieldName('subscript'));
    return vendor !== null && Object.hasOwn(this.table, vendor) ? vendor : null;
  }

  markPresent(vendor: string, key: string | null): void {
    if (key === null) return;
    if (!this.present.has(vendor)) this.present.set(vendor, new Set());
    this.present.get(vendor)!.add(key);
  }

  backends(dict: SyntaxNode, setting: string): void {
    const pairs = stringKeyedPairs(dict);
    const vendors = Object.keys(this.table).filter((vendor) => pairs.has(vendor));
    for (const vendor of vendors) this.entry(pairs.get(vendor)!.childForFieldName('value')!, vendor, setting);
    if (!vendors.length && hasSplat(dict)) this.dynamic(dict, setting, Object.keys(this.table), 'it merges another dict with `**`');
  }

  entry(value: SyntaxNode, vendor: string, setting: string): void {
    if (value.type === 'dictionary' && !hasSplat(value)) this.targets.set(value.id, { dict: value, vendor });
    else this.dynamic(value, setting, [vendor], `its ${vendor} entry is built at run time (\`${value.text.split('\n')[0]}\`)`, true);
  }

  /** A review item with the exact snippet; `entryKnown` when the vendor entry is visible, only its value is not. */
  dynamic(at: SyntaxNode, setting: string, vendors: string[], why: string, entryKnown = false): void {
    const quote = keyQuoteAt(at);
    const snippets = vendors.map((vendor) => pythonSnippet(setting, vendor, this.table[vendor], quote)).join('\n');
    const yaml = vendors.map((vendor) => yamlSnippet(vendor, this.table[vendor])).join('\n');
    this.ctx.review({
      siteKind: 'dynamic-settings',
      at,
      siteText: statementOf(at).text,
      reason: `${setting} cannot be updated here: ${why}. DEPR #36329 needs these keys on the ${vendors.join('/')} backend entry.`,
      suggestion: `${entryKnown ? 'Add these keys' : `If ${setting} has a ${vendors.join(' or ')} entry, add these keys`} where that entry is defined (YAML form):\n${yaml}\nor add after this statement:\n${snippets}`,
    });
  }

  visit(node: SyntaxNode): void {
    if (node.type === 'pair') {
      const setting = stringValue(node.childForFieldName('key'));
      const value = node.childForFieldName('value');
      if (setting === null || !BACKENDS_SETTING.test(setting) || !value) return;
      if (value.type === 'dictionary') this.backends(value, setting);
      else this.dynamic(value, setting, Object.keys(this.table), 'its value is computed');
      return;
    }
    if (node.type === 'call') return this.visitCall(node);
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return;
    if (isBackendsRef(left)) {
      if (right.type === 'dictionary') this.backends(right, left.text);
      else if (!isCopyOfBackends(right)) this.dynamic(right, left.text, Object.keys(this.table), `its value is computed (\`${right.text.split('\n')[0]}\`)`);
      return;
    }
    const vendor = this.vendorOf(left);
    if (vendor) return this.entry(right, vendor, (left.childForFieldName('value') as SyntaxNode).text);
    if (left.type === 'subscript') {
      const owner = this.vendorOf(left.childForFieldName('value'));
      if (owner) this.markPresent(owner, stringValue(left.childForFieldName('subscript')));
    }
  }

  visitCall(call: SyntaxNode): void {
    const callee = call.childForFieldName('function');
    const args = call.childForFieldName('arguments')?.namedChildren.filter((a) => a.type !== 'comment') ?? [];
    if (callee?.type !== 'attribute') return;
    const object = callee.childForFieldName('object');
    const method = callee.childForFieldName('attribute')?.text;
    const vendor = this.vendorOf(object);
    if (vendor && method === 'setdefault') return this.markPresent(vendor, stringValue(args[0]));
    if (vendor && method === 'update') {
      for (const arg of args) {
        if (arg.type === 'keyword_argument') this.markPresent(vendor, arg.childForFieldName('name')!.text);
        if (arg.type === 'dictionary') [...stringKeyedPairs(arg).keys()].forEach((key) => this.markPresent(vendor, key));
      }
      return;
    }
    const defaulted = isBackendsRef(object) && method === 'setdefault' ? stringValue(args[0]) : null;
    if (defaulted !== null && Object.hasOwn(this.table, defaulted) && args[1]) return this.entry(args[1], defaulted, object!.text);
    if (!isBackendsRef(object) || method !== 'update') return;
    for (const arg of args) {
      const name = arg.type === 'keyword_argument' ? arg.childForFieldName('name')!.text : null;
      if (arg.type === 'dictionary') this.backends(arg, object!.text);
      else if (name !== null && Object.hasOwn(this.table, name)) this.entry(arg.childForFieldName('value')!, name, object!.text);
      else if (name === null) this.dynamic(arg, object!.text, Object.keys(this.table), `it is updated from \`${arg.text.split('\n')[0]}\``);
    }
  }
}

const VISITED = new Set(['assignment', 'augmented_assignment', 'pair', 'call']);

/** Edits adding the table's keys to every vendor entry of the backends settings defined in this Python module. */
export function pythonSettingsEdits(text: string, root: SyntaxNode, table: BackendKeys, ctx: TransformContext): Edit[] {
  const scan = new SettingsScan(table, ctx);
  findAll(root, (n) => VISITED.has(n.type)).forEach((node) => scan.visit(node));
  const edits: Edit[] = [];
  for (const { dict, vendor } of scan.targets.values()) {
    const have = new Set([...stringKeyedPairs(dict).keys(), ...(scan.present.get(vendor) ?? [])]);
    const missing = Object.entries(table[vendor]).filter(([key]) => !have.has(key));
    if (!missing.length) continue;
    const added = appendDictEntries(text, dict, missing.map(([key, value]) => ({ key, value: value ? 'True' : 'False' })));
    if (!added) {
      scan.dynamic(dict, 'PROCTORING_BACKENDS', [vendor], 'the layout of its entry is not one this codemod edits', true);
      continue;
    }
    ctx.site('OC-1', dict);
    edits.push(...added);
  }
  return edits;
}

export function pythonSettingsPart(table: BackendKeys): CodemodPart {
  return {
    kinds: ['python'],
    needles: ['PROCTORING_BACKENDS'],
    appliesTo: isPythonSettingsModule,
    transform: (file, ctx) => pythonSettingsEdits(file.text, file.tree!.rootNode, table, ctx),
  };
}
