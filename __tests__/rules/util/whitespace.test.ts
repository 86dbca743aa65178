import { describe, expect, it } from 'vitest';
import { cleanWhitespace, joinIssues, strayWhitespace } from '../../../src/rules/util/whitespace.js';

const describeAll = (text: string, options = {}): string => joinIssues(strayWhitespace(text, options));

describe('strayWhitespace', () => {
  it('accepts single spaces between words', () => {
    expect(strayWhitespace('Campaign - prod - (.*)')).toEqual([]);
  });

  it('names leading, trailing, doubled and invisible white space with 1-based positions', () => {
    expect(describeAll(' Campaign - prod - (.*)')).toBe('a leading space');
    expect(describeAll('Campaign - prod - (.*)  ')).toBe('a trailing space at position 23');
    expect(describeAll('Campaign - prod -  (.*)')).toBe('a doubled space at position 18');
    expect(describeAll('Campaign\t- prod - (.*)')).toBe('a tab (\\t) at position 9');
    expect(describeAll('Campaign -\u00a0prod - (.*)')).toBe('a non-breaking space (\\u00a0) at position 11');
    expect(describeAll('Campaign - prod - (.*)\u200b')).toBe('a trailing zero-width space (\\u200b) at position 23');
    expect(describeAll('\ufeffCampaign - prod - (.*)')).toBe('a leading zero-width no-break space (\\ufeff)');
    expect(describeAll('   ')).toBe('only white space (space at position 1)');
  });

  it('reports a mixed run at its invisible character, and lists several issues in order', () => {
    expect(describeAll('a \u00a0b  c ')).toBe(
      'a non-breaking space (\\u00a0) at position 3, a doubled space at position 5 and a trailing space at position 8',
    );
  });

  it('never prints an invisible character raw', () => {
    const text = strayWhitespace('x\u200by\u00a0z\tw')
      .map((issue) => issue.description)
      .join(' ');
    expect(text).not.toMatch(/[\u200b\u00a0\t]/);
  });

  it('allows one plain trailing space when asked (a mask without a group), but not two or a tab', () => {
    expect(strayWhitespace('Campaign - prod - ', { allowTrailingSpace: true })).toEqual([]);
    expect(describeAll('Campaign - prod -  ', { allowTrailingSpace: true })).toBe('a trailing space at position 18');
    expect(describeAll('Campaign - prod -\t', { allowTrailingSpace: true })).toBe('a trailing tab (\\t) at position 18');
  });

  it('shifts positions by an offset, for the part of a name after a prefix', () => {
    expect(describeAll(' delivery', { offset: 18 })).toBe('a leading space at position 19');
    expect(describeAll('work  flow', { offset: 18 })).toBe('a doubled space at position 23');
  });
});

describe('cleanWhitespace', () => {
  it('trims, drops zero-width characters and collapses runs', () => {
    expect(cleanWhitespace(' Campaign -\u00a0 prod\u200b -  (.*)\t')).toBe('Campaign - prod - (.*)');
  });
});
