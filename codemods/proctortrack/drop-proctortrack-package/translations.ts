// Spec site PK-4: the `third_party:` item (and any `.po` merge item) of `conf/locale/config*.yaml`, and the package's
// `.po` catalogue in the Makefile's translation merge (`msgcat`) and clean-up (`rm`) commands.
import type { CodemodPart, Edit, TransformContext } from '../../../src/engine/types.ts';
import { commandName, makefileLines, removeWord, type Word } from '../../../transforms/makefile/shell-words.ts';
import { sequenceItemsToRemove } from '../../../transforms/yaml/remove-sequence-item.ts';
import { isPackageCatalog, isPythonPackage, MENTIONS_VENDOR, NEEDLES, PACKAGE_MENTION, reviewLeftovers } from './package-name.ts';
import { VENDOR_MENTION } from '../vendor.ts';

interface Range {
  start: number;
  end: number;
}
/** A line is accounted for when it holds a name this codemod already dealt with (removed or reviewed). */
const holdsOneOf = (ranges: Range[]) => (start: number, end: number) => ranges.some((r) => start <= r.start && r.end <= end);
/** The package's name, or a comment line naming the vendor (e.g. the one that headed a removed item): never silent. */
const LEFTOVER = new RegExp(`${PACKAGE_MENTION.source}|^#.*${VENDOR_MENTION.source}`, 'i');

export const localeConfigPart: CodemodPart = {
  kinds: ['yaml'],
  needles: NEEDLES,
  appliesTo: (relPath) => /(^|\/)conf\/locale\/config[^/]*\.ya?ml$/.test(relPath),
  transform(file, ctx) {
    const edits: Edit[] = [];
    const seen: Range[] = [];
    for (const item of sequenceItemsToRemove(file.text, (value) => isPythonPackage(value) || isPackageCatalog(value))) {
      seen.push({ start: item.at, end: item.at + item.value.length });
      if (item.edit) {
        ctx.site('PK-4', item.at);
        edits.push(item.edit);
      } else {
        ctx.review({ siteKind: 'PK-4', at: item.at, reason: `\`${item.value}\` cannot be removed exactly: ${item.reason}`, suggestion: 'Remove the item by hand.' });
      }
    }
    reviewLeftovers(file.text, LEFTOVER, holdsOneOf(seen), ctx, { siteKind: 'PK-4-leftover', ...MENTIONS_VENDOR });
    return edits;
  },
};

const REWRITTEN_COMMANDS = new Set(['msgcat', 'rm']);

/** Another input operand than `word` remains (options and the value of `-o`/`--output-file` do not count). */
function keepsAnOperand(command: Word[], word: Word): boolean {
  return command.slice(1).some((w, i) => w !== word && !w.text.startsWith('-') && !/^(-o|--output-file)$/.test(command[i].text));
}

function catalogEdit(line: ReturnType<typeof makefileLines>[number], command: Word[], word: Word, ctx: TransformContext): Edit | null {
  const name = commandName(command);
  let reason: string | null = null;
  if (!line.recipe || !name || !REWRITTEN_COMMANDS.has(name)) reason = 'only the `msgcat` merge and `rm` clean-up recipe commands are rewritten';
  else if (!keepsAnOperand(command, word)) reason = `the \`${name}\` command handles only this catalogue`;
  if (reason) {
    ctx.review({ siteKind: 'PK-4', at: word.start, reason: `${word.text}: ${reason}`, suggestion: 'Remove the catalogue (or the whole command) by hand.' });
    return null;
  }
  ctx.site('PK-4', word.start);
  return removeWord(command, word);
}

export const makefilePart: CodemodPart = {
  kinds: ['makefile'],
  needles: NEEDLES,
  transform(file, ctx) {
    const edits: Edit[] = [];
    const seen: Range[] = [];
    for (const line of makefileLines(file.text)) {
      for (const command of line.commands) {
        for (const word of command.filter((w) => isPackageCatalog(w.text.replace(/["']/g, '')))) {
          seen.push(word);
          const edit = catalogEdit(line, command, word, ctx);
          if (edit) edits.push(edit);
        }
      }
    }
    reviewLeftovers(file.text, LEFTOVER, holdsOneOf(seen), ctx, { siteKind: 'PK-4-leftover', ...MENTIONS_VENDOR });
    return edits;
  },
};
