// Site OC-3 (toolkit id; contract section 6): operators who keep Proctortrack reinstall the package the platform dropped.
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { CodemodPart, Edit } from '../../../src/engine/types.ts';
import { requirementName } from '../../../transforms/requirements/names.ts';
import { keyName, mapPair, parseYamlDocuments, yamlLib } from '../../../transforms/yaml/map-entries.ts';
import { appendSequenceItem, appendTopLevelSequence } from '../../../transforms/yaml/sequence-append.ts';
import { PYTHON_PACKAGE } from '../drop-proctortrack-package/package-name.ts';
import { VENDOR } from '../vendor.ts';

/** Tutor installs `OPENEDX_EXTRA_PIP_REQUIREMENTS` (strings) into the image; ansible's edxapp role `EDXAPP_EXTRA_REQUIREMENTS` (`{name: …}`). */
const TUTOR_KEY = 'OPENEDX_EXTRA_PIP_REQUIREMENTS';
const ANSIBLE_KEY = 'EDXAPP_EXTRA_REQUIREMENTS';
const ANSIBLE_BACKENDS = 'EDXAPP_PROCTORING_BACKENDS';
/** Every Tutor `config.yml` sets the LMS host; a Tutor plugin or an env file does not live under that name. */
const TUTOR_MARKER = 'LMS_HOST';

const topLevel = (doc: Document.Parsed, name: string): Pair | undefined =>
  yamlLib().isMap(doc.contents) ? mapPair(doc.contents as YAMLMap, name) : undefined;

/** A list item already installs the package (a string, or an ansible `{name: …}` mapping). */
function installsPackage(pair: Pair): boolean {
  const { isSeq, isMap, isScalar } = yamlLib();
  if (!isSeq(pair.value)) return false;
  return pair.value.items.some((item) => {
    const value = isMap(item) ? (item as YAMLMap).get('name') : isScalar(item) ? item.value : null;
    return typeof value === 'string' && requirementName(value) === PYTHON_PACKAGE;
  });
}

function hasVendorEntry(pair: Pair | undefined): boolean {
  return Boolean(pair && yamlLib().isMap(pair.value) && mapPair(pair.value as YAMLMap, VENDOR));
}

/** A requirement as one YAML scalar: pip's `-e` is not part of what these lists hold. */
const quoted = (requirement: string) => JSON.stringify(requirement.replace(/^(-e|--editable)\s+/, ''));

/** The part for one requirement (`edx-proctoring-proctortrack`, or the exact pin or VCS URL the operator gives). */
export function keepVendorPackagePart(requirement: string): CodemodPart {
  return {
    kinds: ['yaml'],
    needles: [TUTOR_MARKER, TUTOR_KEY, ANSIBLE_BACKENDS],
    transform(file, ctx) {
      const [doc, ...others] = parseYamlDocuments(file.text);
      if (!doc || others.length || doc.errors.length) return;
      const isTutorConfig = /(^|\/)config\.ya?ml$/.test(file.relPath) && Boolean(topLevel(doc, TUTOR_MARKER));
      const isAnsibleVars = hasVendorEntry(topLevel(doc, ANSIBLE_BACKENDS));
      if (!isTutorConfig && !isAnsibleVars) return;
      const key = isTutorConfig ? TUTOR_KEY : ANSIBLE_KEY;
      const pair = topLevel(doc, key);
      // An ansible item is a mapping: `- name: …` in a block list, `{name: …}` inside `[...]`.
      const inFlow = Boolean(pair && yamlLib().isSeq(pair.value) && pair.value.flow);
      const item = isTutorConfig ? quoted(requirement) : inFlow ? `{name: ${quoted(requirement)}}` : `name: ${quoted(requirement)}`;
      if (pair && installsPackage(pair)) return;
      const edits: Edit[] | null = pair ? appendSequenceItem(file.text, pair, item) : [appendTopLevelSequence(file.text, key, item)];
      if (!edits) {
        ctx.review({
          siteKind: 'OC-3',
          at: (pair!.key as Node).range![0],
          reason: `${keyName(pair!)} is not written as a list here, so the Proctortrack package the platform no longer installs was not added`,
          suggestion: `Add ${item} to ${keyName(pair!)} where it is defined.`,
        });
        return;
      }
      ctx.site('OC-3', pair ? (pair.key as Node).range![0] : file.text.length);
      return edits;
    },
  };
}
