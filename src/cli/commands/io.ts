// What every command shares: the injectable streams, exit codes and the usage error.
import type { Readable } from 'node:stream';
import { COLOUR, PLAIN, type Style } from '../render.ts';

export const EXIT = { ok: 0, pending: 1, usage: 2, failed: 3 } as const;

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Answers for --interactive (process.stdin from the bin; a test's stream). */
  stdin?: Readable & { isTTY?: boolean };
}

/** Bad command line or input: exit 2 with the message. */
export class UsageError extends Error {}

export const styleOf = (stream: { isTTY?: boolean }): Style => (stream.isTTY ? COLOUR : PLAIN);
