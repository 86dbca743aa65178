import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { boundedDistance } from '../../../src/rules/util/edit-distance.js';

describe('boundedDistance', () => {
  it.each([
    ['', '', 2, 0],
    ['abc', 'abc', 0, 0],
    ['', 'ab', 2, 2],
    ['', 'abc', 2, 3],
    ['kitten', 'sitting', 3, 3],
    ['kitten', 'sitting', 2, 3],
    ['delivery', 'delivry', 1, 1],
    ['Campaign - prod', 'campaign - prod', 0, 1],
    ['abcdef', 'badcfe', 2, 3],
  ])('%j, %j within %i: %i', (a, b, max, expected) => {
    expect(boundedDistance(a, b, max)).toBe(expected);
  });

  it('is the Levenshtein distance when within the threshold, else threshold + 1', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A'), maxLength: 14 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 6 }), (a, b, max) => {
        expect(boundedDistance(a, b, max)).toBe(Math.min(distance(a, b), max + 1));
      }),
      { numRuns: 5000 },
    );
  });

  it('compares 200,000-character near misses (a full table would be 4·10^10 cells)', () => {
    const a = 'ab'.repeat(100_000);
    const b = `x${a.slice(1, 150_000)}y${a.slice(150_000)}`;
    expect(boundedDistance(a, b, 2)).toBe(2);
    expect(boundedDistance(a, `${b}zz`, 2)).toBe(3);
  });
});
