// compareStrings: the one string comparator of src/ (util/compare.ts), the order of the default sort.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../../scripts/layers.mjs';
import { byString, compareStrings } from '../../src/util/compare.js';

describe('compareStrings', () => {
  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['B', 'a', -1],
    ['a', 'ab', -1],
    ['é', 'z', 1],
    ['\u{1F600}', '\uFFFF', -1],
  ])('%j vs %j: %i', (a, b, expected) => {
    expect(compareStrings(a, b)).toBe(expected);
  });

  it('sorts as the default sort does, whatever the strings', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' })), (strings) => {
        expect([...strings].sort(compareStrings)).toEqual([...strings].sort());
      }),
    );
  });

  it('byString orders items by their key, keeping equal keys in place', () => {
    const items = [
      { k: 'b', n: 1 },
      { k: 'a', n: 2 },
      { k: 'b', n: 3 },
    ];
    expect(items.sort(byString((item) => item.k)).map((item) => item.n)).toEqual([2, 1, 3]);
  });
});

describe('src/', () => {
  // No exception is left: every file takes it from util/.
  const pending = new Set<string>();

  it('writes the string comparator once, in util/compare.ts', () => {
    const inline = /(\w+(?:\.\w+)?) < (\w+(?:\.\w+)?) \? -1 : \1 > \2 \? 1 : 0/;
    const copies = [...sourceFiles(process.cwd())]
      .filter(([file, text]) => file !== 'src/util/compare.ts' && !pending.has(file) && inline.test(text))
      .map(([file]) => file);
    expect(copies).toEqual([]);
    expect(inline.test(readFileSync('src/util/compare.ts', 'utf8'))).toBe(true);
  });
});
