// Read a whole file with one open/fstat/read/close (plain JavaScript: the reader threads load it without tsx).
import fs from 'node:fs';

/**
 * The file's bytes, or 'too-big' when it is larger than maxBytes. Goes through the `fs` object (not named imports) so
 * tests can simulate unreadable files by spying on fs.openSync. `transferable` gives the buffer its own ArrayBuffer,
 * so a reader thread can hand it over without a copy.
 */
export function readWhole(path, maxBytes, transferable = false) {
  const fd = fs.openSync(path, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size > maxBytes) return 'too-big';
    const bytes = transferable ? Buffer.allocUnsafeSlow(size) : Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const read = fs.readSync(fd, bytes, offset, size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return offset === size ? bytes : bytes.subarray(0, offset);
  } finally {
    fs.closeSync(fd);
  }
}
