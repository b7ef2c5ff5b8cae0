// Word-wrapping text into Python comment lines.

/** Words of text as lines `<prefix><words>` no longer than width (a word longer than width gets a line of its own). */
export function wrapCommentLines(text: string, prefix: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && prefix.length + line.length + 1 + word.length > width) {
      lines.push(`${prefix}${line}`);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`${prefix}${line}`);
  return lines;
}
