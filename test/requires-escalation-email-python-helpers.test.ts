// Unit tests of the generic Python helpers the requires-escalation-email codemod added under transforms/python/.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../src/engine/edits.ts';
import { parse } from '../src/engine/languages.ts';
import type { SyntaxNode } from '../src/engine/types.ts';
import { wrapCommentLines } from '../transforms/python/comment-wrap.ts';
import { literalComparison } from '../transforms/python/comparisons.ts';
import { findPair, insertPairAfter } from '../transforms/python/dict-entries.ts';
import { dominantQuote, pyString } from '../transforms/python/quotes.ts';
import { comparisonToCall } from '../transforms/python/replace-comparison.ts';

const root = (text: string) => parse('python', text)!.rootNode;
const first = (node: SyntaxNode, type: string) => node.descendantsOfType(type)[0];

function rewriteComparison(text: string): string {
  const check = literalComparison(first(root(text), 'comparison_operator'), 'v')!;
  return applyEdits(text, [comparisonToCall(check, (subject) => `f(${subject})`)]);
}

describe('comparisonToCall', () => {
  it('drops redundant parentheses around ==, keeps polarity for !=', () => {
    expect(rewriteComparison("k = dict(a=(x == 'v'))\n")).toBe('k = dict(a=f(x))\n');
    expect(rewriteComparison('if (\n    "v" == y.z\n):\n    pass\n')).toBe('if f(y.z):\n    pass\n');
    expect(rewriteComparison("if a and x != 'v':\n    pass\n")).toBe('if a and not f(x):\n    pass\n');
    expect(rewriteComparison("k = (x != 'v')\n")).toBe('k = (not f(x))\n');
  });
});

describe('insertPairAfter', () => {
  const insert = (text: string) => {
    const dict = first(root(text), 'dictionary');
    return applyEdits(text, insertPairAfter(text, findPair(dict, 'a')!, "'b': 2"));
  };
  it('follows the layout: own line (adding a missing comma), or inline', () => {
    expect(insert("d = {\n    'a': 1\n}\n")).toBe("d = {\n    'a': 1,\n    'b': 2\n}\n");
    expect(insert("d = {\n    'a': 1,  # one\n}\n")).toBe("d = {\n    'a': 1,  # one\n    'b': 2,\n}\n");
    expect(insert("d = {'a': 1, 'c': 3}\n")).toBe("d = {'a': 1, 'b': 2, 'c': 3}\n");
  });
});

describe('quotes, comment wrapping', () => {
  it('picks the dominant quote and escapes it', () => {
    expect(dominantQuote(root('a = "x"\nb = "y"\nc = \'z\'\n'))).toBe('"');
    expect(pyString("it's", "'")).toBe("'it\\'s'");
  });
  it('wraps words into prefixed lines no wider than the width', () => {
    expect(wrapCommentLines('one two three four', '# ', 12)).toEqual(['# one two', '# three four']);
  });
});
