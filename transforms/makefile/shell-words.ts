// Makefile logical lines (backslash continuations joined) and the shell words of recipe commands, with text offsets.
import type { Edit } from '../../src/engine/types.ts';

export interface Word {
  start: number;
  end: number;
  text: string;
}

export interface MakefileLine {
  start: number;
  /** End of the logical line, before its final newline. */
  end: number;
  /** True for a recipe line (starts with a tab). */
  recipe: boolean;
  /** Shell commands of a recipe line (split at `;`, `&&`, `||`, `|`); one word list for other lines. */
  commands: Word[][];
}

const SEPARATORS = new Set([';', '&&', '||', '|']);

/** Words of text[start, end): runs of non-blanks (quotes keep blanks inside a word); `\`+newline counts as a blank. */
function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    while (i < end && (/\s/.test(text[i]) || (text[i] === '\\' && text[i + 1] === '\n'))) i += text[i] === '\\' ? 2 : 1;
    if (i >= end) break;
    const from = i;
    let quote: string | null = null;
    for (; i < end && (quote || !/\s/.test(text[i])) && !(text[i] === '\\' && text[i + 1] === '\n'); i++) {
      if (quote && text[i] === quote) quote = null;
      else if (!quote && (text[i] === '"' || text[i] === "'")) quote = text[i];
    }
    words.push({ start: from, end: i, text: text.slice(from, i) });
  }
  return words;
}

function splitCommands(words: Word[]): Word[][] {
  const commands: Word[][] = [[]];
  for (const word of words) {
    if (SEPARATORS.has(word.text)) commands.push([]);
    else if (word.text.endsWith(';') && !word.text.endsWith('\\;')) {
      commands[commands.length - 1].push({ ...word, end: word.end - 1, text: word.text.slice(0, -1) });
      commands.push([]);
    } else commands[commands.length - 1].push(word);
  }
  return commands.filter((c) => c.length);
}

export function makefileLines(text: string): MakefileLine[] {
  const lines: MakefileLine[] = [];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    while (end !== -1 && text[end - 1] === '\\') end = text.indexOf('\n', end + 1);
    if (end === -1) end = text.length;
    const recipe = text[start] === '\t';
    const words = wordsOf(text, start, end);
    lines.push({ start, end, recipe, commands: recipe ? splitCommands(words) : words.length ? [words] : [] });
    start = end + 1;
  }
  return lines;
}

/** Shell words that start a compound command and are followed by the command they run. */
const KEYWORDS = new Set(['do', 'then', 'else', 'elif', 'if', 'while', 'until', '!', '{', '(']);

/** The command name of a recipe command: skips `@`/`-`/`+` prefixes, shell keywords and `VAR=value` assignments. */
export function commandName(command: Word[]): string | undefined {
  const name = command
    .map((word) => word.text.replace(/^[@+-]+/, ''))
    .find((text) => !KEYWORDS.has(text) && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(text));
  return name;
}

/** Remove a word that is not first in its command, with the blanks (and line continuations) before it. */
export function removeWord(command: Word[], word: Word): Edit {
  const index = command.indexOf(word);
  if (index < 1) throw new Error('removeWord: the word must follow another word of the command');
  return { start: command[index - 1].end, end: word.end, text: '' };
}
