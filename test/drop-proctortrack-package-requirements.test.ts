// Generic requirements helpers: PEP 503 names, pip-compile annotations, removal as pip-compile would write it.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../src/engine/edits.ts';
import { normalizeName, requirementName } from '../transforms/requirements/names.ts';
import { parseRequirements } from '../transforms/requirements/parse-requirements.ts';
import { removeRequirements } from '../transforms/requirements/remove-requirements.ts';

const remove = (text: string, ...names: string[]) => applyEdits(text, removeRequirements(text, new Set(names)).edits);

describe('requirementName', () => {
  it.each([
    ['Edx_Proctoring.ProctorTrack==1.2', 'edx-proctoring-proctortrack'],
    ['edx-proctoring-proctortrack[extra] >= 1 ; python_version > "3"', 'edx-proctoring-proctortrack'],
    ['-e git+https://github.com/org/repo.git@abc123#egg=edx_proctoring_proctortrack', 'edx-proctoring-proctortrack'],
    ['--editable=git+https://h/x.git#subdirectory=pkg&egg=Foo.Bar', 'foo-bar'],
    ['git+https://github.com/org/repo.git@v1#egg=some_pkg', 'some-pkg'],
    ['git+https://github.com/org/edx-lint.git@v0.3.2#egg=edx_lint==0.3.2', 'edx-lint'],
    ['some_pkg @ git+https://github.com/org/repo.git@v1', 'some-pkg'],
    ['six==1.16.0 --hash=sha256:abc', 'six'],
    ['six  # via edx-when', 'six'],
  ])('%s -> %s', (line, name) => expect(requirementName(line)).toBe(name));

  it.each(['-r base.in', '-c constraints.txt', '--index-url https://x', '-e git+https://github.com/org/repo.git@abc', './local/path', 'not a requirement line'])(
    '%s has no name',
    (line) => expect(requirementName(line)).toBeNull(),
  );

  it('normalises like PEP 503', () => expect(normalizeName('A__b-.C')).toBe('a-b-c'));
});

describe('parseRequirements', () => {
  it('reads split, list and inline annotations and hash continuations', () => {
    const text = [
      'a==1 \\',
      '    --hash=sha256:00',
      '    # via',
      '    #   -r x.in',
      '    #   b',
      'b==2',
      '    # via -r x.in',
      'c==3                      # via a, b',
      '',
    ].join('\n');
    const file = parseRequirements(text);
    expect(file.compiled).toBe(true);
    expect(file.requirements.map((r) => [r.name, r.first, r.last, r.annotation?.style, r.annotation?.sources])).toEqual([
      ['a', 0, 4, 'split', ['-r x.in', 'b']],
      ['b', 5, 6, 'list', ['-r x.in']],
      ['c', 7, 7, 'inline', ['a', 'b']],
    ]);
  });
});

describe('removeRequirements in pip-compile output', () => {
  it('removes the entry with its annotation and collapses a via block left with one source', () => {
    const text = 'a==1\n    # via\n    #   -r x.in\n    #   edx-proctoring-proctortrack\n-e git+https://h/p.git@1#egg=edx_proctoring_proctortrack\n    # via -r x.in\nz==1\n    # via -r x.in\n';
    expect(remove(text, 'edx-proctoring-proctortrack')).toBe('a==1\n    # via -r x.in\nz==1\n    # via -r x.in\n');
  });

  it('drops a source line when several sources remain, and orphans nothing required them', () => {
    const text = 'a==1\n    # via\n    #   -c c.txt\n    #   b\n    #   edx-proctoring-proctortrack\nb==1\n    # via -r x.in\nedx-proctoring-proctortrack==1\n    # via -r x.in\n';
    expect(remove(text, 'edx_proctoring_proctortrack')).toBe('a==1\n    # via\n    #   -c c.txt\n    #   b\nb==1\n    # via -r x.in\n');
  });

  it('removes entries only the package required, transitively; a constraint alone does not keep one', () => {
    const text = [
      'dep==1',
      '    # via edx-proctoring-proctortrack',
      'dep-of-dep==1',
      '    # via',
      '    #   -c c.txt',
      '    #   dep',
      'edx-proctoring-proctortrack==1',
      '    # via -r x.in',
      'keep==1',
      '    # via',
      '    #   dep',
      '    #   other',
      'other==1',
      '    # via -r x.in',
      '',
    ].join('\n');
    const result = removeRequirements(text, new Set(['edx-proctoring-proctortrack']));
    expect(result.orphaned.map((r) => r.name)).toEqual(['dep', 'dep-of-dep']);
    expect(applyEdits(text, result.edits)).toBe('keep==1\n    # via other\nother==1\n    # via -r x.in\n');
  });

  it('rewrites inline (line style) annotations and hashed entries', () => {
    const text = 'a==1                      # via -r x.in, edx-proctoring-proctortrack\nedx-proctoring-proctortrack==1 \\\n    --hash=sha256:aa \\\n    --hash=sha256:bb\n    # via -r x.in\n';
    expect(remove(text, 'edx-proctoring-proctortrack')).toBe('a==1                      # via -r x.in\n');
  });

  it('keeps the missing final newline of a last via block', () => {
    expect(remove('a==1\n    # via\n    #   -r x.in\n    #   p', 'p')).toBe('a==1\n    # via -r x.in');
  });
});

describe('removeRequirements in hand-written files', () => {
  it('takes the comment lines directly above and one blank line', () => {
    const text = 'a\n\n# About p\n# more\n-e git+https://h/p.git#egg=p\n\nb\n';
    expect(remove(text, 'p')).toBe('a\n\nb\n');
  });

  it('keeps a comment heading a group and tidies the end of the file', () => {
    expect(remove('# Forks\np==1\nq==1\n', 'p')).toBe('# Forks\nq==1\n');
    expect(remove('a\n\n# p\np\n', 'p')).toBe('a\n');
    expect(remove('a\np', 'p')).toBe('a\n');
  });

  it('leaves names that differ after normalisation', () => {
    const text = 'p-fork==1\npp==1\n-e git+https://h/p.git#egg=p_fork\n';
    expect(removeRequirements(text, new Set(['p'])).edits).toEqual([]);
  });
});
