// `--interactive`: show each hunk of a dry run and ask apply/skip/all/quit; returns the text to write per file.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { diffLib, hunksOf, type Hunk } from '../engine/hunks.ts';
import { fileKindOf, syntaxErrorCount } from '../engine/languages.ts';
import { displayPath, renderDiffHeader, renderHunk, type Style } from './render.ts';
import type { RunReport } from '../engine/run.ts';
import type { FileResult } from '../engine/types.ts';

export type Choice = 'apply' | 'skip' | 'all' | 'quit';

export interface Prompter {
  /** Show the prompt and read one answer; null when the input has ended. */
  ask(prompt: string): Promise<string | null>;
  close(): void;
}

/**
 * Answers read line by line from a stream (the terminal, or a test's stream), opened at the first question. Closing
 * it destroys the stream: a terminal that was read keeps the process alive otherwise (with the TypeScript loader's
 * thread, even `process.exit` waits for it), so the run would never end after the last answer, `a`, Ctrl-D or no
 * question at all. Ctrl-C while it is open releases the terminal first, then the bin's handler stops the run:
 * nothing is written, since the picked changes are written only after the last answer.
 */
export function linePrompter(input: Readable, output: { write(s: string): unknown }): Prompter {
  let lines: ReturnType<typeof createInterface> | undefined;
  let iterator: AsyncIterator<string> | undefined;
  const release = (): void => {
    lines?.close();
    input.destroy();
    process.removeListener('SIGINT', release);
  };
  return {
    async ask(prompt) {
      if (!iterator) {
        lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
        iterator = lines[Symbol.asyncIterator]();
        process.prependListener('SIGINT', release);
      }
      output.write(prompt);
      const next = await iterator.next();
      return next.done ? null : next.value;
    },
    close: release,
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
  const text = diffLib().applyPatch(file.before, { oldFileName: 'a', newFileName: 'b', oldHeader: '', newHeader: '', hunks });
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
