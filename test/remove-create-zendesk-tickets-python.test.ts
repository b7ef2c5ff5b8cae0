// Unit tests of the generic Python helpers the remove-create-zendesk-tickets parts are built on.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../src/engine/edits.ts';
import { parse } from '../src/engine/languages.ts';
import type { SyntaxNode } from '../src/engine/types.ts';
import { removeElement } from '../transforms/python/collections.ts';
import { outermostEdits } from '../transforms/python/edit-nesting.ts';
import { removeElements } from '../transforms/python/element-runs.ts';
import { loggersLeftUnused, removeImportsLeftUnused } from '../transforms/python/left-unused.ts';
import { findAll } from '../transforms/python/nodes.ts';
import { deleteStatements } from '../transforms/python/statement-runs.ts';

const tree = (text: string) => parse('python', text)!;
const first = (text: string, type: string) => tree(text).rootNode.descendantsOfType(type)[0];
const elementsOf = (container: SyntaxNode) => container.namedChildren.filter((c) => c.type !== 'comment');

describe('removeElements', () => {
  const withoutItems = (text: string, type: string, picked: string[]) => {
    const elements = elementsOf(first(text, type));
    const edits = removeElements(text, elements, elements.filter((e) => picked.includes(e.text)));
    return edits && applyEdits(text, edits);
  };

  it('removes inline runs with their separators', () => {
    expect(withoutItems('x = [a, b, c, d, e]\n', 'list', ['b', 'c', 'e'])).toBe('x = [a, d]\n');
  });

  it('removes elements on lines of their own line by line, keeping a magic trailing comma', () => {
    expect(withoutItems('x = [\n    a,\n    b,\n    c,\n]\n', 'list', ['a', 'c'])).toBe('x = [\n    b,\n]\n');
  });

  it('drops the comma before a removed last element when the list had no trailing comma', () => {
    expect(withoutItems('f(\n    a=1,\n    b=2\n)\n', 'argument_list', ['b=2'])).toBe('f(\n    a=1\n)\n');
  });

  it('keeps a two-element tuple a tuple', () => {
    expect(withoutItems('x = (\n    a,\n    b\n)\n', 'tuple', ['b'])).toBe('x = (\n    a,\n)\n');
    expect(withoutItems('x = (a, b)\n', 'tuple', ['b'])).toBe('x = (a,)\n');
  });

  it('returns null when every element would go', () => {
    expect(withoutItems('x = [a, b]\n', 'list', ['a', 'b'])).toBeNull();
  });
});

describe('removeElement (tuple fix)', () => {
  it('re-adds the comma a removed last element took with it', () => {
    const text = 'KEYS = ("a", "b")\n';
    const tuple = first(text, 'tuple');
    expect(applyEdits(text, removeElement(text, tuple.namedChildren[1])!)).toBe('KEYS = ("a",)\n');
  });
});

describe('deleteStatements', () => {
  const text = 'class A:\n    x = 1\n\n    # about y\n    y = 2\n    z = 3\n\n    w = 4\n';
  const statements = (names: string[]) =>
    findAll(tree(text).rootNode, (n) => n.type === 'expression_statement' && names.includes(n.text[0]));

  it('merges neighbours into one gap and takes the comments the caller accepts', () => {
    const { edits, emptied } = deleteStatements(text, statements(['y', 'z']), (c) => c.includes('about y'));
    expect(applyEdits(text, edits)).toBe('class A:\n    x = 1\n\n    w = 4\n');
    expect(emptied).toEqual([]);
  });

  it('leaves `pass` in a block it empties and reports the block', () => {
    const { edits, emptied } = deleteStatements(text, statements(['x', 'y', 'z', 'w']));
    expect(applyEdits(text, edits)).toBe('class A:\n    pass\n');
    expect(emptied.length).toBe(1);
  });

  it('refuses a statement sharing its line', () => {
    const shared = 'a = 1; b = 2\n';
    const result = deleteStatements(shared, [first(shared, 'expression_statement')]);
    expect(result.edits).toEqual([]);
    expect(result.refused.length).toBe(1);
  });
});

describe('removeImportsLeftUnused and loggersLeftUnused', () => {
  const text = [
    'import logging',
    'import os',
    'from x import a, b, c',
    '',
    'LOGGER = logging.getLogger(__name__)',
    '',
    '',
    'def f():',
    '    LOGGER.info(a)',
    '    return b(c)',
    '',
  ].join('\n');

  it('drops only names the removals leave unused, and loggers with them', () => {
    const parsed = tree(text);
    const logLine = text.indexOf('    LOGGER.info(a)\n');
    const removed = [{ start: logLine, end: logLine + '    LOGGER.info(a)\n'.length, text: '' }];
    const loggers = loggersLeftUnused(parsed, removed);
    expect(loggers.map((l) => l.text)).toEqual(['LOGGER = logging.getLogger(__name__)']);
    const loggerEdits = deleteStatements(text, loggers).edits;
    const all = [...removed, ...loggerEdits];
    const result = applyEdits(text, outermostEdits([...all, ...removeImportsLeftUnused(text, parsed, all)]));
    // `os` was unused before: not this removal's business.
    expect(result).toBe('import os\nfrom x import b, c\n\n\ndef f():\n    return b(c)\n');
  });
});

describe('outermostEdits', () => {
  it('drops edits inside another, keeps insertions at its boundary', () => {
    const edits = [
      { start: 0, end: 10, text: '' },
      { start: 2, end: 4, text: '' },
      { start: 0, end: 0, text: ',' },
      { start: 10, end: 10, text: ',' },
      { start: 5, end: 5, text: 'x' },
    ];
    expect(outermostEdits(edits)).toEqual([
      { start: 0, end: 10, text: '' },
      { start: 0, end: 0, text: ',' },
      { start: 10, end: 10, text: ',' },
    ]);
  });
});
