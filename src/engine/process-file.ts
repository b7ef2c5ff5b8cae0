// One file through the run: read it, apply the needle prefilter, decode, transform, and (with --write) write it.
// Never throws: every trouble becomes the file's status and reason.
import { promises as fsp } from 'node:fs';
import { acceptingNeedles, type CodemodOptionValues } from './codemod.ts';
import { decode, encodeText, isBinary, NotWritableError, writeFileAtomic } from '../io/fileio.ts';
import { baseResult, transformText, type FileTask } from './transform-text.ts';
import type { FileResult } from './types.ts';

export interface ProcessOptions {
  campaign: string;
  write: boolean;
  maxBytes: number;
  /** Codemod option values, for worker threads to configure their own copies of the codemods. */
  codemodOptions?: CodemodOptionValues;
  /** The registry module worker threads load the codemods from (see Registry.moduleUrl). */
  registryModule?: string;
}

function skipped(task: FileTask, reason: string): FileResult {
  return { ...baseResult(task), status: 'skipped', reason };
}

function containsNeedle(bytes: Buffer, task: FileTask): boolean {
  return acceptingNeedles(task.codemods, task.kind, task.relPath).some((needle) => bytes.includes(needle));
}

export type Candidate = { bytes: Buffer } | { result: FileResult } | null;

/** Read a file and apply the needle prefilter: null when no needle is present (never decoded or parsed). */
export async function readCandidate(task: FileTask, maxBytes: number): Promise<Candidate> {
  try {
    const stat = await fsp.stat(task.path);
    if (stat.size > maxBytes) {
      return { result: skipped(task, `larger than the size limit (${stat.size} > ${maxBytes} bytes): raise --max-bytes to include it`) };
    }
    const bytes = await fsp.readFile(task.path);
    return task.companion || containsNeedle(bytes, task) ? { bytes } : null;
  } catch (error) {
    return { result: ioFailure(task, error) };
  }
}

function ioFailure(task: FileTask, error: unknown): FileResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return skipped(task, 'cannot read the file (permission denied): fix its permissions to include it');
  if (code === 'ENOENT') return skipped(task, 'the file disappeared during the run');
  const message = error instanceof Error ? error.message : String(error);
  return { ...baseResult(task), status: 'failed', reason: message };
}

/** Transform the bytes of a file that passed the prefilter, and (with write) write it. Never throws. */
export async function processBytes(task: FileTask, bytes: Buffer, options: ProcessOptions): Promise<FileResult> {
  try {
    if (isBinary(bytes)) return skipped(task, 'binary file (contains NUL bytes): not edited');
    const decoded = decode(bytes);
    if (!decoded.ok) return skipped(task, decoded.reason);
    const { text: after, ...result } = transformText(task, decoded.value.text, options.campaign);
    if (result.status !== 'changed') return result;
    const changed: FileResult = { ...result, before: bytes.toString('utf8'), after: encodeText(after, decoded.value) };
    if (task.created) changed.created = true;
    if (!options.write) return changed;
    try {
      await writeFileAtomic(task.path, changed.after!, task.created ? null : bytes);
      return { ...changed, written: true };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const status = error instanceof NotWritableError ? 'skipped' : 'failed';
      return { ...changed, status, reason: `not written: ${message}` };
    }
  } catch (error) {
    return ioFailure(task, error);
  }
}
