// Remove packages from a requirements file the way pip-compile would drop them, or tidily from a hand-written file.
import type { Edit } from '../../src/engine/types.ts';
import { normalizeName } from './names.ts';
import { isBlank, isComment, parseRequirements, renderAnnotation, type Requirement, type RequirementsFile } from './parse-requirements.ts';

export interface RequirementRemoval {
  edits: Edit[];
  /** The parsed file (offsets of the text given). */
  file: RequirementsFile;
  /** Entries deleted because they were asked for. */
  removed: Requirement[];
  /** pip-compile files: entries only the removed packages required (pip-compile would drop them too). */
  orphaned: Requirement[];
  /** pip-compile files: entries whose `# via` annotation lost a source. */
  reannotated: Requirement[];
}

/** `-r file`/`-c file` sources name files; other sources name packages. */
const sourcePackage = (source: string): string | null => (source.startsWith('-') ? null : normalizeName(source.split(' ')[0]));
/** pip-compile lists a package only if something other than a constraints file requires it. */
const requiresIt = (source: string): boolean => !source.startsWith('-c ');

/**
 * Remove every entry whose normalised name is in `names`. In pip-compile output the entry goes with its annotation,
 * the names leave other entries' `# via` blocks (collapsing to `# via x` when one source is left) and entries nothing
 * else requires go too, exactly as a fresh pip-compile writes it. In other files, the comment lines directly above an
 * entry go with it (unless they open a paragraph that another requirement continues: then they head a group), and
 * blank lines are tidied.
 */
export function removeRequirements(text: string, names: ReadonlySet<string>): RequirementRemoval {
  const file = parseRequirements(text);
  const doomed = new Set([...names].map(normalizeName));
  const removed = file.requirements.filter((r) => r.name !== null && doomed.has(r.name));
  const orphaned: Requirement[] = [];
  if (file.compiled && removed.length) {
    for (let found = true; found; ) {
      found = false;
      for (const entry of file.requirements) {
        if (!entry.annotation || !entry.name || doomed.has(entry.name)) continue;
        const left = entry.annotation.sources.filter((s) => !doomed.has(sourcePackage(s) ?? ''));
        if (left.length < entry.annotation.sources.length && !left.some(requiresIt)) {
          doomed.add(entry.name);
          orphaned.push(entry);
          found = true;
        }
      }
    }
  }
  const edits: Edit[] = [...removed, ...orphaned].map((entry) => (file.compiled ? wholeEntry(file, entry) : entryWithComments(file, entry)));
  const reannotated: Requirement[] = [];
  for (const entry of file.requirements) {
    const annotation = entry.annotation;
    if (!annotation || (entry.name && doomed.has(entry.name))) continue;
    const left = annotation.sources.filter((s) => !doomed.has(sourcePackage(s) ?? ''));
    if (left.length === annotation.sources.length) continue;
    const rendered = renderAnnotation(annotation, left);
    const keepsNewline = annotation.style === 'inline' || text[annotation.end - 1] === '\n';
    edits.push({ start: annotation.start, end: annotation.end, text: keepsNewline ? rendered : rendered.replace(/\n$/, '') });
    reannotated.push(entry);
  }
  return { edits, file, removed, orphaned, reannotated };
}

function wholeEntry(file: RequirementsFile, entry: Requirement): Edit {
  return { start: file.lines[entry.first].start, end: file.lines[entry.last].end, text: '' };
}

function entryWithComments(file: RequirementsFile, entry: Requirement): Edit {
  const { lines } = file;
  let first = entry.first;
  let last = entry.last;
  const next = lines[last + 1];
  let top = first;
  while (isComment(lines[top - 1])) top--;
  // Comments opening a paragraph head the requirements below them; between two requirements they describe this one.
  const opensParagraph = top === 0 || isBlank(lines[top - 1]);
  const headsGroup = opensParagraph && next !== undefined && !isBlank(next) && !isComment(next);
  if (!headsGroup) first = top;
  const paragraphGone = (first === 0 || isBlank(lines[first - 1])) && (next === undefined || isBlank(next));
  if (paragraphGone && next !== undefined) last++;
  else if (paragraphGone) while (isBlank(lines[first - 1])) first--;
  return { start: lines[first].start, end: lines[last].end, text: '' };
}
