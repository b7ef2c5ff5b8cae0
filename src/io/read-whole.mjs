// Read a whole file with one open/fstat/read/close (plain JavaScript: the reader threads load it without tsx).
import fs from 'node:fs';

/**
 * Never follow a symlink put in place after discovery, never block on a FIFO: the open fails (ELOOP) or returns at
 * once, and fstat then refuses anything but a regular file.
 */
const SAFE_READ = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;

/** The error a read gives for a path that is not a regular file (a FIFO, a device, a folder). */
export class NotRegularFileError extends Error {
  code = 'ENOTREG';
}

function openRegular(path) {
  const fd = fs.openSync(path, SAFE_READ);
  const stat = fs.fstatSync(fd);
  if (!stat.isFile()) {
    fs.closeSync(fd);
    throw new NotRegularFileError(`not a regular file: ${path}`);
  }
  return { fd, size: stat.size };
}

/**
 * The file's bytes, or 'too-big' when it is larger than maxBytes. Goes through the `fs` object (not named imports) so
 * tests can simulate unreadable files by spying on fs.openSync. With a `scratch` (`{ buffer }`, grown as needed), the
 * bytes are read into its buffer and the answer is a view of it, valid until the next read with that scratch: the
 * prefilter reads thousands of files to keep a few, and one buffer for all spares an allocation (and its collection)
 * per file. Copy a view to keep it.
 */
export function readWhole(path, maxBytes, scratch) {
  const { fd, size } = openRegular(path);
  try {
    if (size > maxBytes) return 'too-big';
    if (scratch && scratch.buffer.length < size) scratch.buffer = Buffer.allocUnsafeSlow(Math.max(size, scratch.buffer.length * 2));
    const bytes = scratch ? scratch.buffer : Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const read = fs.readSync(fd, bytes, offset, size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return offset === bytes.length ? bytes : bytes.subarray(0, offset);
  } finally {
    fs.closeSync(fd);
  }
}

/** A scratch for readWhole. */
export const readScratch = () => ({ buffer: Buffer.allocUnsafeSlow(256 * 1024) });

const CHUNK = 1024 * 1024;

/** Whether a file of any size holds one of the needles, read a chunk at a time (for files over the size limit). */
export function fileHoldsNeedle(path, needles) {
  const overlap = Math.max(0, ...needles.map((needle) => needle.length - 1));
  const { fd } = openRegular(path);
  try {
    const buffer = Buffer.allocUnsafe(CHUNK + overlap);
    let kept = 0;
    let position = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, kept, CHUNK, position);
      if (read === 0) return false;
      position += read;
      const window = buffer.subarray(0, kept + read);
      if (needles.some((needle) => window.includes(needle))) return true;
      kept = Math.min(overlap, window.length);
      window.copy(buffer, 0, window.length - kept);
    }
  } finally {
    fs.closeSync(fd);
  }
}
