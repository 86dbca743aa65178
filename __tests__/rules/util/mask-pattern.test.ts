import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandPrefix } from '../../../src/rules/util/mask-pattern.js';

describe('expandPrefix', () => {
  it.each([
    ['Campaign - acme(-stage)? - ', ['Campaign - acme-stage - ', 'Campaign - acme - ']],
    ['Campaign - (prod|stage) - ', ['Campaign - prod - ', 'Campaign - stage - ']],
    ['Campaign - (?:prod|stg)s? - ', ['Campaign - prods - ', 'Campaign - prod - ', 'Campaign - stgs - ', 'Campaign - stg - ']],
    ['Campaign - acme\\.com - ', ['Campaign - acme.com - ']],
    ['Campaign - acme\\(eu\\) - ', ['Campaign - acme(eu) - ']],
    ['Campaign - ((a|b)(c|d)) - ', ['Campaign - ac - ', 'Campaign - ad - ', 'Campaign - bc - ', 'Campaign - bd - ']],
  ])('%s', (prefix, expected) => {
    expect(expandPrefix(prefix)).toEqual(expected);
  });

  it.each([
    ['a star', 'Campaign - .* - '],
    ['a plus', 'Campaign - a+ - '],
    ['a class', 'Campaign - [ps]rod - '],
    ['a count', 'Campaign - a{2} - '],
    ['a class escape', 'Campaign - \\d - '],
    ['an unclosed group', 'Campaign - (prod - '],
    ['a stray closing parenthesis', 'Campaign - prod) - '],
    ['an anchor inside', 'Campaign - ^prod - '],
    ['more than 64 alternatives', 'Campaign - (a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b) - '],
    ['groups nested too deep', `${'('.repeat(9)}a${')'.repeat(9)}`],
  ])('%s is not read', (_, prefix) => {
    expect(expandPrefix(prefix)).toBeUndefined();
  });

  it('property: a literal prefix (no syntax) stands for itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 _.:-]{0,40}$/), (text) => {
        expect(expandPrefix(text)).toEqual([text]);
      }),
    );
  });

  it('a crafted prefix of 60,000 nested groups or alternatives is refused without exhausting the stack', () => {
    expect(expandPrefix('('.repeat(30_000) + ')'.repeat(30_000))).toBeUndefined();
    expect(expandPrefix(`(${'a|'.repeat(30_000)}a)`)).toBeUndefined();
  });
});
