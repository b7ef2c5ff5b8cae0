// One file through the run: read it, apply the needle prefilter, decode, transform (the run writes it later, see
// write-phase.ts). Never throws: every trouble becomes the file's status and reason.
import { promises as fsp } from 'node:fs';
import { acceptingNeedles, partAccepts, partsOf, type CodemodOptionValues } from './codemod.ts';
import { decode, encodeText, isBinary } from '../io/fileio.ts';
import { fileHoldsNeedle, readWhole } from '../io/read-whole.mjs';
import { lineLimitsFor } from './line-limits.ts';
import { timed } from './timings.ts';
import { baseResult, transformText, type FileTask } from './transform-text.ts';
import type { FileResult } from './types.ts';

export interface ProcessOptions {
  campaign: string;
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

/** Whether a part would act on this file (a needle of its own), not only a companion check (see companionNeedle). */
function holdsPartNeedle(bytes: Buffer, task: FileTask): boolean {
  return task.codemods.some((codemod) =>
    partsOf(codemod).some((part) => partAccepts(part, task.kind, task.relPath) && part.needles.some((needle) => bytes.includes(needle))),
  );
}

export type Candidate = { bytes: Buffer } | { result: FileResult } | null;

/**
 * Read a file and apply the needle prefilter: null when no needle is present (never decoded or parsed). A file over
 * the size limit is searched a chunk at a time: only one holding a needle is reported (skipped, with the reason).
 */
export async function readCandidate(task: FileTask, maxBytes: number): Promise<Candidate> {
  try {
    const bytes = readWhole(task.path, maxBytes);
    if (bytes !== 'too-big') return task.companion || containsNeedle(bytes, task) ? { bytes } : null;
    const needles = acceptingNeedles(task.codemods, task.kind, task.relPath).map((needle) => Buffer.from(needle));
    if (!task.companion && !fileHoldsNeedle(task.path, needles)) return null;
    const { size } = await fsp.stat(task.path);
    return { result: skipped(task, `larger than the size limit (${size} > ${maxBytes} bytes): raise --max-bytes to include it`) };
  } catch (error) {
    return { result: ioFailure(task, error) };
  }
}

function ioFailure(task: FileTask, error: unknown): FileResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return skipped(task, 'cannot read the file (permission denied): fix its permissions to include it');
  if (code === 'ENOENT') return skipped(task, 'the file disappeared during the run: run again');
  if (code === 'ELOOP') return skipped(task, 'the file was replaced by a symbolic link during the run: not followed');
  if (code === 'ENOTREG') return skipped(task, 'not a regular file (a FIFO, device or folder): not read');
  const message = error instanceof Error ? error.message : String(error);
  return { ...baseResult(task), status: 'failed', reason: message };
}

/** A companion file this file's text needs (see Codemod.companionFile), and the codemods that ask for it. */
export interface CompanionNeed {
  path: string;
  codemods: string[];
}

/** A file's result, with the companion files its final text needs (the run checks and creates them, then drops this). */
export type ProcessedFile = FileResult & { needs?: CompanionNeed[] };

function companionNeeds(task: FileTask, text: string): CompanionNeed[] {
  const needs: CompanionNeed[] = [];
  for (const codemod of task.codemods) {
    const relPath = codemod.companionFile?.(task.relPath, text);
    if (!relPath) continue;
    const need = needs.find((n) => n.path === relPath);
    if (need) need.codemods.push(codemod.name);
    else needs.push({ path: relPath, codemods: [codemod.name] });
  }
  return needs;
}

/** A change that adds a companion's import (its companionNeedle) where the codemod cannot say where that file goes. */
function unplacedCompanion(task: FileTask, before: string, after: string): string | undefined {
  return task.codemods.find((c) => c.companionNeedle && after.includes(c.companionNeedle) && !before.includes(c.companionNeedle) && !c.companionFile?.(task.relPath, after))
    ?.companionNeedle;
}

/** Transform the bytes of a file that passed the prefilter. Never throws; never writes. */
export async function processBytes(task: FileTask, bytes: Buffer, options: ProcessOptions): Promise<ProcessedFile> {
  return timed('per file: decode, companion checks', () => processNow(task, bytes, options));
}

function processNow(task: FileTask, bytes: Buffer, options: ProcessOptions): ProcessedFile {
  try {
    if (!task.companion && !holdsPartNeedle(bytes, task)) {
      // Only a companion's needle (an import done by an earlier run): nothing to transform, the companion to check.
      const decoded = isBinary(bytes) ? null : decode(bytes);
      return decoded?.ok ? { ...baseResult(task), needs: companionNeeds(task, decoded.value.text) } : baseResult(task);
    }
    if (isBinary(bytes)) return skipped(task, 'binary file (contains NUL bytes): not edited');
    const decoded = decode(bytes);
    if (!decoded.ok) return skipped(task, decoded.reason);
    const { text: after, ...result } = transformText({ ...task, lineLimit: timed('line limits (formatter configs)', () => lineLimitsFor(options).limitFor(task.path, task.root, task.kind)) }, decoded.value.text, options.campaign);
    if (result.status !== 'changed') return result.status === 'unchanged' ? { ...result, needs: companionNeeds(task, after) } : result;
    const unplaced = unplacedCompanion(task, decoded.value.text, after);
    if (unplaced) {
      return skipped(task, `the change adds \`${unplaced}\` but the file it imports cannot be placed from this root (${task.root}): run on the checkout's top folder`);
    }
    const changed: ProcessedFile = { ...result, before: bytes.toString('utf8'), after: encodeText(after, decoded.value), needs: companionNeeds(task, after) };
    if (task.created) changed.created = true;
    return changed;
  } catch (error) {
    return ioFailure(task, error);
  }
}
