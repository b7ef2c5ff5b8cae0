export class NotRegularFileError extends Error {
  code: 'ENOTREG';
}
export interface ReadScratch {
  buffer: Buffer;
}
export function readWhole(path: string, maxBytes: number, scratch?: ReadScratch): Buffer | 'too-big';
export function readScratch(): ReadScratch;
export function fileHoldsNeedle(path: string, needles: Buffer[]): boolean;
