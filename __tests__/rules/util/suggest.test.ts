import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { NearMissIndex, nearPrefix } from '../../../src/rules/util/suggest.js';

describe('NearMissIndex', () => {
  const groups = ['admin', 'Delivery', 'marketting', 'workflowSupervisor', 'ab', 'x'];
  const index = new NearMissIndex(groups, (name) => name);

  it('finds case-insensitive equals first, then names within distance 2', () => {
    expect(index.nearest('delivery')).toEqual({ item: 'Delivery', distance: 0 });
    expect(index.nearest('marketing')).toEqual({ item: 'marketting', distance: 1 });
    expect(index.nearest('workflowSupervisors')).toEqual({ item: 'workflowSupervisor', distance: 1 });
    expect(index.nearest('reporting')).toBeUndefined();
  });

  it('handles names shorter than the number of segments', () => {
    expect(index.matches('a').map((match) => match.item)).toEqual(['ab', 'x']);
    expect(index.nearest('abc')).toEqual({ item: 'ab', distance: 1 });
  });

  it('prefers the exact-case spelling on equal distance, then input order', () => {
    const cased = new NearMissIndex(['DELIVERY', 'delivery', 'Delivery'], (name) => name);
    expect(cased.matches('Delivery').map((match) => match.item)).toEqual(['Delivery', 'delivery', 'DELIVERY']);
  });

  it('finds exactly what comparing with every name finds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'C', '-', ' '), maxLength: 9 }), { maxLength: 40 }), fc.string({ unit: fc.constantFrom('a', 'B', 'c', '-'), maxLength: 9 }), (names, query) => {
        const found = new NearMissIndex(names, (name) => name)
          .matches(query)
          .map((match) => match.item)
          .sort();
        const expected = names.filter((name) => distance(name.toLowerCase(), query.toLowerCase()) <= 2).sort();
        expect(found).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('nearPrefix', () => {
  it('returns the beginning of a name as the name spells it', () => {
    expect(nearPrefix('Campaign - Prod - ', ['Campaign - prod - delivery'])).toBe('Campaign - prod - ');
    expect(nearPrefix('Campaing - prod - ', ['Analytics - Default', 'Campaign - prod - delivery'])).toBe('Campaign - prod - ');
    expect(nearPrefix('Campaign - prod - ', ['Campaign - stage - delivery'])).toBeUndefined();
  });
});
