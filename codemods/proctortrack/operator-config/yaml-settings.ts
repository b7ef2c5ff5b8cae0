// Spec section 6, site OC-2 (OC-1 inside Tutor patches): backend entries of (EDXAPP_)PROCTORING_BACKENDS in YAML settings.
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { CodemodPart, Edit, TransformContext } from '../../../src/engine/types.ts';
import { literalBlockText, quotedScalarText } from '../../../transforms/yaml/block-scalar.ts';
import { appendMapEntries, fillEmptyValue, hasEmptyValue, keyName, mapPair, pairsNamed, parseYamlDocuments, yamlLib } from '../../../transforms/yaml/map-entries.ts';
import { BACKENDS_SETTING, yamlSnippet, type BackendKeys } from './backend-keys.ts';
import { embeddedSettingsEdits, SETS_BACKENDS } from './embedded-python.ts';

/** A template pointing at another backends variable (`"{{ EDXAPP_PROCTORING_BACKENDS }}"`): handled where that one is defined. */
const FORWARDED = /^\{\{\s*(EDXAPP_)?PROCTORING_BACKENDS\s*\}\}$/;

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

class YamlScan {
  readonly edits: Edit[] = [];
  /** Entries (their mapping, or the pair when empty) already handled: aliases (`*backends`, `*pt`) share one anchored mapping. */
  private readonly done = new Set<unknown>();
  constructor(
    readonly text: string,
    readonly table: BackendKeys,
    readonly ctx: TransformContext,
  ) {}

  dynamic(at: number, setting: string, vendors: string[], why: string): void {
    this.ctx.review({
      siteKind: 'dynamic-settings',
      at,
      reason: `${setting} cannot be updated here: ${why}. DEPR #36329 needs these keys on the ${vendors.join('/')} backend entry.`,
      suggestion: `Add to the ${vendors.join(' / ')} entry of ${setting}, where it is defined:\n${vendors.map((v) => yamlSnippet(v, this.table[v])).join('\n')}`,
    });
  }

  setting(pair: Pair, doc: Document.Parsed): void {
    const setting = keyName(pair)!;
    const key = pair.key as Node;
    const { isAlias, isMap, isScalar } = yamlLib();
    const value = isAlias(pair.value) ? (pair.value.resolve(doc) ?? null) : (pair.value as Node | null);
    const vendors = Object.keys(this.table);
    if (hasEmptyValue(pair) || (isScalar(value) && value.value === null)) return;
    if (isScalar(value) && FORWARDED.test(String(value.value).trim())) return;
    if (!isMap(value)) return this.dynamic(key.range![0], setting, vendors, 'its value is not written out as a mapping here');
    const found = vendors.filter((vendor) => mapPair(value, vendor));
    for (const vendor of found) this.entry(mapPair(value, vendor)!, vendor, setting, key, doc);
    if (!found.length && mapPair(value, '<<')) this.dynamic(key.range![0], setting, vendors, 'it merges another mapping with `<<`');
  }

  entry(pair: Pair, vendor: string, setting: string, settingKey: Node, doc: Document.Parsed): void {
    const key = pair.key as Node;
    const { isAlias, isMap } = yamlLib();
    const value = isAlias(pair.value) ? (pair.value.resolve(doc) ?? null) : (pair.value as Node | null);
    if (this.done.has(isMap(value) ? value : pair)) return;
    this.done.add(isMap(value) ? value : pair);
    const keys = Object.entries(this.table[vendor]);
    if (isMap(value) && mapPair(value, '<<')) {
      return this.dynamic(key.range![0], setting, [vendor], `its ${vendor} entry merges another mapping with \`<<\``);
    }
    const missing = isMap(value) ? keys.filter(([name]) => !mapPair(value as YAMLMap, name)) : keys;
    if (!missing.length) return;
    const entries = missing.map(([name, flag]) => ({ key: name, value: String(flag) }));
    const step = Math.max(columnOf(this.text, key.range![0]) - columnOf(this.text, settingKey.range![0]), 2);
    const edits = isMap(value) && value.items.length ? appendMapEntries(this.text, value, entries) : fillEmptyValue(this.text, pair, entries, step);
    if (!edits) return this.dynamic(key.range![0], setting, [vendor], `its ${vendor} entry is not a mapping this codemod can edit`);
    this.ctx.site('OC-2', isAlias(pair.value) && value?.range ? value.range[0] : key.range![0]);
    this.edits.push(...edits);
  }

  /** Python settings in a literal block or a quoted string, as Tutor plugin patches carry them (`openedx-lms-common-settings: |`). */
  embeddedPython(scalar: Scalar): void {
    const value = String(scalar.value);
    if (!value.includes('PROCTORING_BACKENDS')) return;
    const block = literalBlockText(this.text, scalar);
    const quoted = block ? null : quotedScalarText(this.text, scalar);
    const embedded = block ?? quoted;
    const edits = embedded && embeddedSettingsEdits(embedded.text, embedded.sourceOffset, this.table, this.ctx);
    const sourceEdits = edits && embedded!.toSource(edits);
    if (sourceEdits && (!quoted || sourceEdits.every((edit) => quoted.fits(edit.text)))) return void this.edits.push(...sourceEdits);
    const vendors = Object.keys(this.table).filter((vendor) => value.includes(vendor));
    // A literal block is code; any other string is reviewed only when it sets the backends (prose may name them).
    if (!vendors.length || (!block && !SETS_BACKENDS.test(value))) return;
    const why = embedded ? `the Python in this ${block ? 'block' : 'string'} does not parse (a template?)` : 'the Python in this value is folded, plain or escaped YAML';
    this.dynamic(scalar.range![0], 'PROCTORING_BACKENDS', vendors, why);
  }
}

export function yamlSettingsPart(table: BackendKeys): CodemodPart {
  return {
    // JSON too: older deployments read `lms.env.json` / `lms.auth.json` (JSON is YAML, and flow-map edits stay JSON).
    kinds: ['yaml', 'json'],
    needles: ['PROCTORING_BACKENDS'],
    transform(file, ctx) {
      const documents: Document.Parsed[] = parseYamlDocuments(file.text);
      const broken = documents.find((doc) => doc.errors.length);
      if (broken) {
        if (Object.keys(table).some((vendor) => file.text.includes(vendor))) {
          ctx.review({
            siteKind: 'dynamic-settings',
            at: file.text.indexOf('PROCTORING_BACKENDS'),
            reason: `not valid YAML (${broken.errors[0].message.split('\n')[0]}), perhaps a template: its backends were not checked`,
            suggestion: `Add to each vendor entry of PROCTORING_BACKENDS by hand:\n${Object.keys(table).map((v) => yamlSnippet(v, table[v])).join('\n')}`,
          });
        }
        return null;
      }
      const scan = new YamlScan(file.text, table, ctx);
      for (const doc of documents) {
        pairsNamed(doc, (name) => BACKENDS_SETTING.test(name)).forEach((pair) => scan.setting(pair, doc));
        yamlLib().visit(doc, { Scalar: (_, scalar) => scan.embeddedPython(scalar) });
      }
      return scan.edits;
    },
  };
}
