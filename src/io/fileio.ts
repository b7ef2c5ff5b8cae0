// Reading and writing files without losing what the user had: encoding, BOM, line endings, final newline, mode.
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fsp } from 'node:fs';
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

/** The file must not be written now (changed since read, or read-only): a skip, not a failure. */
export class NotWritableError extends Error {}

/**
 * Write atomically: a temp file in the same directory, fsync, rename over the target. The target's mode is kept.
 * Refuses (NotWritableError) when the file on disk no longer holds the bytes that were read (expectedBefore), or,
 * for a new file (expectedBefore null), when it exists by now.
 */
export async function writeFileAtomic(file: string, content: string, expectedBefore: Buffer | null): Promise<void> {
  let mode = 0o644;
  if (expectedBefore === null) {
    // A new file: it must still not exist when we create it.
    if (existsSync(file)) throw new NotWritableError('the file appeared on disk during the run: run again');
    await fsp.mkdir(path.dirname(file), { recursive: true });
  } else {
    const stat = await fsp.stat(file);
    mode = stat.mode & 0o7777;
    // Root can write anything; a file without its owner-write bit was made read-only on purpose, so leave it.
    if ((stat.mode & 0o200) === 0) throw new NotWritableError('the file is read-only: make it writable to let --write change it');
    const current = await fsp.readFile(file);
    if (!current.equals(expectedBefore)) {
      throw new NotWritableError('the file changed on disk while the run was reading it: run again');
    }
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.codemod-tmp`);
  registerTemp(temp);
  try {
    const handle = await fsp.open(temp, 'wx', mode);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temp, file);
  } catch (error) {
    await fsp.rm(temp, { force: true });
    throw error;
  } finally {
    unregisterTemp(temp);
  }
}

// Temp files in flight, removed if the process is interrupted (SIGINT) between create and rename.
const tempsInFlight = new Set<string>();
function registerTemp(temp: string): void {
  tempsInFlight.add(temp);
}
function unregisterTemp(temp: string): void {
  tempsInFlight.delete(temp);
}
export function removeTempsInFlight(rmSync: (p: string) => void): void {
  for (const temp of tempsInFlight) {
    try {
      rmSync(temp);
    } catch {
      // already gone
    }
  }
  tempsInFlight.clear();
}
