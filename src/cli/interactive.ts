// `--interactive`: show each hunk of a dry run and ask apply/skip/all/quit; returns the text to write per file.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { applyPatch } from 'diff';
import { fileKindOf, syntaxErrorCount } from '../engine/languages.ts';
import { hunksOf, type Hunk } from '../engine/hunks.ts';
import { displayPath, renderDiffHeader, renderHunk, type Style } from './render.ts';
import type { RunReport } from '../engine/run.ts';
import type { FileResult } from '../engine/types.ts';

export type Choice = 'apply' | 'skip' | 'all' | 'quit';

export interface Prompter {
  /** Show the prompt and read one answer; null when the input has ended. */
  ask(prompt: string): Promise<string | null>;
  close(): void;
}

/** Answers read line by line from a stream (the terminal, or a test's stream). */
export function linePrompter(input: Readable, output: { write(s: string): unknown }): Prompter {
  const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  return {
    async ask(prompt) {
      output.write(prompt);
      const next = await iterator.next();
      return next.done ? null : next.value;
    },
    close: () => lines.close(),
  };
}

const CHOICES: Record<string, Choice> = { y: 'apply', yes: 'apply', apply: 'apply', n: 'skip', no: 'skip', s: 'skip', skip: 'skip', a: 'all', all: 'all', q: 'quit', quit: 'quit' };

export function parseChoice(answer: string): Choice | null {
  return CHOICES[answer.trim().toLowerCase()] ?? null;
}

async function askChoice(prompter: Prompter, prompt: string, out: { write(s: string): unknown }): Promise<Choice> {
  for (;;) {
    const answer = await prompter.ask(prompt);
    if (answer === null) return 'quit';
    const choice = parseChoice(answer);
    if (choice) return choice;
    out.write('Answer y (apply), n (skip), a (apply this and everything after it) or q (quit, keep what was applied).\n');
  }
}

export interface Decision {
  file: FileResult;
  /** The text to write: the whole change, or the picked hunks only. */
  text: string;
}

/** The picked hunks applied to the original text; null when they do not apply or would parse worse than before. */
function partialText(file: FileResult & { before: string }, hunks: Hunk[]): string | null {
  const text = applyPatch(file.before, { oldFileName: 'a', newFileName: 'b', oldHeader: '', newHeader: '', hunks });
  if (text === false) return null;
  const kind = fileKindOf(file.path);
  return syntaxErrorCount(kind, text) > syntaxErrorCount(kind, file.before) ? null : text;
}

/** Walk the changed files of a dry run hunk by hunk. Nothing is written here. */
export async function chooseChanges(report: RunReport, prompter: Prompter, out: { write(s: string): unknown }, style: Style): Promise<Decision[]> {
  const decisions: Decision[] = [];
  let applyRest = false;
  let quit = false;
  for (const file of report.files) {
    if (quit) break;
    if (file.before === undefined || file.after === undefined || file.status !== 'changed') continue;
    const name = displayPath(report, file);
    const hunks = hunksOf(file.before, file.after);
    const picked: Hunk[] = [];
    if (!applyRest) out.write(renderDiffHeader(name, style, file.created));
    for (const [index, hunk] of hunks.entries()) {
      if (applyRest) {
        picked.push(hunk);
        continue;
      }
      out.write(renderHunk(hunk, style));
      const position = hunks.length > 1 ? ` (hunk ${index + 1}/${hunks.length})` : '';
      const choice = await askChoice(prompter, `Apply this change to ${name}${position}? [y]es/apply, [n]o/skip, [a]ll, [q]uit: `, out);
      if (choice === 'quit') {
        quit = true;
        break;
      }
      if (choice === 'apply' || choice === 'all') picked.push(hunk);
      if (choice === 'all') applyRest = true;
    }
    if (!picked.length) continue;
    if (picked.length === hunks.length) {
      decisions.push({ file, text: file.after });
      continue;
    }
    const text = partialText(file as FileResult & { before: string }, picked);
    if (text === null) out.write(`${name}: the hunks picked would not apply or parse on their own; file left as it was.\n`);
    else decisions.push({ file, text });
  }
  return decisions;
}
