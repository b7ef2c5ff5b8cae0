export function readWhole(path: string, maxBytes: number, transferable?: boolean): Buffer | 'too-big';
