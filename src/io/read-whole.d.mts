export class NotRegularFileError extends Error {
  code: 'ENOTREG';
}
export function readWhole(path: string, maxBytes: number, transferable?: boolean): Buffer | 'too-big';
export function fileHoldsNeedle(path: string, needles: Buffer[]): boolean;
