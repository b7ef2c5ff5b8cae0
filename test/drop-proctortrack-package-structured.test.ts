// Generic JSON, YAML and Makefile helpers used by drop-proctortrack-package: exact edits, everything else untouched.
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../src/engine/edits.ts';
import { propertyNamed, removeMembers, valueOf } from '../transforms/json/remove-members.ts';
import { commandName, makefileLines, removeWord } from '../transforms/makefile/shell-words.ts';
import { sequenceItemsToRemove } from '../transforms/yaml/remove-sequence-item.ts';

function withoutKeys(text: string, section: string, keys: string[]): string {
  const map = valueOf(parseTree(text)!, section)!;
  return applyEdits(text, removeMembers(text, map, keys.map((k) => propertyNamed(map, k)!)));
}

describe('removeMembers', () => {
  const json = '{\n  "deps": {\n    "a": "1",\n    "b": "2",\n    "c": "3"\n  }\n}\n';
  it.each([
    [['a'], '{\n  "deps": {\n    "b": "2",\n    "c": "3"\n  }\n}\n'],
    [['b'], '{\n  "deps": {\n    "a": "1",\n    "c": "3"\n  }\n}\n'],
    [['c'], '{\n  "deps": {\n    "a": "1",\n    "b": "2"\n  }\n}\n'],
    [['b', 'c'], '{\n  "deps": {\n    "a": "1"\n  }\n}\n'],
    [['a', 'c'], '{\n  "deps": {\n    "b": "2"\n  }\n}\n'],
    [['a', 'b', 'c'], '{\n  "deps": {}\n}\n'],
  ])('removes %j with the right comma', (keys, expected) => expect(withoutKeys(json, 'deps', keys)).toBe(expected));

  it('works on one-line objects, tabs and arrays', () => {
    expect(withoutKeys('{"deps": {"a": 1, "b": 2}}', 'deps', ['a'])).toBe('{"deps": {"b": 2}}');
    expect(withoutKeys('{\n\t"deps": {\n\t\t"a": 1,\n\t\t"b": 2\n\t}\n}', 'deps', ['b'])).toBe('{\n\t"deps": {\n\t\t"a": 1\n\t}\n}');
    const text = '{"list": ["x", "y", "z"]}';
    const list = valueOf(parseTree(text)!, 'list')!;
    expect(applyEdits(text, removeMembers(text, list, [list.children![2]]))).toBe('{"list": ["x", "y"]}');
  });
});

describe('sequenceItemsToRemove', () => {
  const yaml = '# head\nthird_party:\n    - wiki\n    # comment kept\n    - target   # goes with it\n    - other\nsolo:\n    - target\nflow: [target, x]\n';
  it('removes block items line by line, and explains the rest', () => {
    const found = sequenceItemsToRemove(yaml, (v) => v === 'target');
    expect(found.map((f) => f.reason ?? 'edit')).toEqual(['edit', 'removing it would leave the sequence empty (the key would turn null)', 'the item is not a `- value` line of a block sequence']);
    expect(applyEdits(yaml, found.flatMap((f) => (f.edit ? [f.edit] : [])))).toBe(yaml.replace('    - target   # goes with it\n', ''));
  });

  it('handles the last line without a newline and nested lists', () => {
    const text = 'a:\n  b:\n  - x\n  - target';
    expect(applyEdits(text, sequenceItemsToRemove(text, (v) => v === 'target').map((f) => f.edit!))).toBe('a:\n  b:\n  - x\n');
  });
});

describe('makefile shell words', () => {
  const text = 'X = a.po b.po\n\nt: ## help\n\tcd dir && msgcat a.po b.po \\\n\t\tc.po -o a.po\n\t@rm -f b.po c.po; echo done\n';
  const lines = makefileLines(text);

  it('splits recipe lines into commands and words', () => {
    expect(lines.map((l) => [l.recipe, l.commands.map((c) => c.map((w) => w.text).join(' '))])).toEqual([
      [false, ['X = a.po b.po']],
      [false, []],
      [false, ['t: ## help']],
      [true, ['cd dir', 'msgcat a.po b.po c.po -o a.po']],
      [true, ['@rm -f b.po c.po', 'echo done']],
    ]);
    expect(commandName(lines[4].commands[0])).toBe('rm');
    expect(commandName(['do', 'A=1', 'B=2', 'msgcat'].map((t) => ({ start: 0, end: 0, text: t })))).toBe('msgcat');
  });

  it('removes a word with the blanks and continuations before it', () => {
    const msgcat = lines[3].commands[1];
    const rm = lines[4].commands[0];
    const edits = [removeWord(msgcat, msgcat[3]), removeWord(msgcat, msgcat[2]), removeWord(rm, rm[3])];
    expect(applyEdits(text, [edits[0]])).toContain('\tcd dir && msgcat a.po b.po -o a.po\n');
    expect(applyEdits(text, [edits[1]])).toContain('msgcat a.po \\\n\t\tc.po -o a.po\n');
    expect(applyEdits(text, [edits[2]])).toContain('\t@rm -f b.po; echo done\n');
    expect(() => removeWord(rm, rm[0])).toThrow();
  });
});
