// plural(): the one way src/ counts words in messages (util/plural.ts).
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../../scripts/layers.mjs';
import { plural, pluralForm } from '../../src/util/plural.js';

describe('plural', () => {
  it.each([
    [0, 'file', undefined, '0 files'],
    [1, 'file', undefined, '1 file'],
    [2, 'file', undefined, '2 files'],
    [1, 'was', 'were', '1 was'],
    [3, 'was', 'were', '3 were'],
    [1, 'more finding', undefined, '1 more finding'],
  ])('plural(%i, %j, %j) is %j', (count, word, many, expected) => {
    expect(plural(count, word, many)).toBe(expected);
  });

  it('pluralForm gives the word alone', () => {
    expect([pluralForm(1, 'instance'), pluralForm(2, 'instance'), pluralForm(0, 'is', 'are')]).toEqual(['instance', 'instances', 'are']);
  });
});

describe('src/', () => {
  it('adds no plural "s" of its own outside util/plural.ts', () => {
    const inline = /[=!]== 1 \? '' : 's'|[=!]== 1 \? 's' : ''/;
    expect(
      [...sourceFiles(process.cwd())].filter(([file, text]) => file !== 'src/util/plural.ts' && inline.test(text)).map(([file]) => file),
    ).toEqual([]);
  });
});
