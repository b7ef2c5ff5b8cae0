// Reading and writing files without losing what the user had: encoding, BOM, line endings, final newline, mode.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';

const BOM = '\uFEFF';
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface DecodedText {
  /** BOM stripped; CRLF turned into LF when every line break was CRLF. */
  text: string;
  bom: boolean;
  crlf: boolean;
}

export type DecodeResult = { ok: true; value: DecodedText } | { ok: false; reason: string };

export function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

export function decode(bytes: Buffer): DecodeResult {
  let raw: string;
  try {
    raw = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8: convert the file to UTF-8 (or edit it by hand), then run again' };
  }
  const bom = raw.startsWith(BOM);
  if (bom) raw = raw.slice(1);
  const crlfCount = raw.split('\r\n').length - 1;
  const lfCount = raw.split('\n').length - 1;
  // Only a file whose every break is CRLF is normalised; a mixed file is edited as it is, so no line it has changes ending.
  const crlf = crlfCount > 0 && crlfCount === lfCount;
  return { ok: true, value: { text: crlf ? raw.replaceAll('\r\n', '\n') : raw, bom, crlf } };
}

/** Inverse of decode for a (possibly edited) text. */
export function encodeText(text: string, like: { bom: boolean; crlf: boolean }): string {
  const body = like.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  return like.bom ? BOM + body : body;
}

/** The file must not be written now (changed since read, read-only, a symlink): a skip, not a failure. */
export class NotWritableError extends Error {}

const TEMP_SUFFIX = '.codemod-tmp';
/** A temp file of writeFileAtomic: `.<name>.<12 hex>.codemod-tmp`, beside its target. */
export const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.codemod-tmp$/;

function ownerOf(stat: { uid: number; gid: number }): { uid: number; gid: number } {
  return { uid: stat.uid, gid: stat.gid };
}

/**
 * The target as it is now: its mode and owner, or (a new file) the owner of its folder. Refuses a symlink or a
 * non-regular file (never replaced, never followed), a read-only file, and a file whose bytes are not the ones read.
 */
function checkTarget(file: string, expectedBefore: Buffer | null): { mode: number; owner: { uid: number; gid: number } } {
  if (expectedBefore === null) {
    // A new file: it must still not exist when we create it.
    if (lstatOrNull(file)) throw new NotWritableError('the file appeared on disk during the run: run again');
    mkdirSync(path.dirname(file), { recursive: true });
    return { mode: 0o644, owner: ownerOf(statSync(path.dirname(file))) };
  }
  const stat = lstatSync(file);
  if (stat.isSymbolicLink()) throw new NotWritableError('the path is a symbolic link: it is never followed or replaced (edit the file it points to by hand)');
  if (!stat.isFile()) throw new NotWritableError('not a regular file: not written');
  // Root can write anything; a file without its owner-write bit was made read-only on purpose, so leave it.
  if ((stat.mode & 0o200) === 0) throw new NotWritableError('the file is read-only: make it writable to let --write change it');
  if (!readFileSync(file).equals(expectedBefore)) throw new NotWritableError('the file changed on disk while the run was reading it: run again');
  return { mode: stat.mode & 0o7777, owner: ownerOf(stat) };
}

function lstatOrNull(file: string): Stats | null {
  try {
    return lstatSync(file);
  } catch {
    return null;
  }
}

/** Keep the owner where this process may (root may give the file back to its owner; others only keep their own). */
function keepOwner(fd: number, owner: { uid: number; gid: number }): void {
  if (process.getuid?.() === owner.uid && process.getgid?.() === owner.gid) return;
  try {
    fchownSync(fd, owner.uid, owner.gid);
  } catch {
    // EPERM: a non-root process cannot give a file away; the file is still written.
  }
}

/**
 * Write atomically: a temp file in the same directory, fsync, rename over the target. The target's mode and owner
 * are kept. Refuses (NotWritableError) when the file on disk no longer holds the bytes that were read
 * (expectedBefore), or, for a new file (expectedBefore null), when it exists by now.
 *
 * Synchronous from the temp file's creation to the rename, on purpose: signal handlers (see the bin) run between two
 * writes, never inside one, so an interrupted run leaves no temp file, whatever point it was stopped at.
 */
export async function writeFileAtomic(file: string, content: string, expectedBefore: Buffer | null): Promise<void> {
  const { mode, owner } = checkTarget(file, expectedBefore);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      writeFileSync(fd, content, 'utf8');
      fchmodSync(fd, mode);
      keepOwner(fd, owner);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
