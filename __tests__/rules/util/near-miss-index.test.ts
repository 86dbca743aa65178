import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { NearMissIndex } from '../../../src/rules/util/near-miss-index.js';

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

  it('finds exactly what comparing with every name finds, at every distance', () => {
    const names = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'C', '-', ' ', 'é'), maxLength: 9 }), { maxLength: 40 });
    const query = fc.string({ unit: fc.constantFrom('a', 'B', 'c', '-', 'É'), maxLength: 9 });
    fc.assert(
      fc.property(names, query, (list, text) => {
        const index = new NearMissIndex(list, (name) => name);
        for (const max of [0, 1, 2]) {
          const found = index.within(text, max).map((match) => `${match.item}:${match.distance}`).sort();
          const expected = list.flatMap((name) => {
            const d = distance(name.toLowerCase(), text.toLowerCase());
            return d <= max ? [`${name}:${d}`] : [];
          });
          expect(found).toEqual(expected.sort());
        }
        const best = Math.min(...list.map((name) => distance(name.toLowerCase(), text.toLowerCase())));
        expect(index.nearestLevel(text).map((match) => match.distance)).toEqual(best <= 2 ? list.filter((name) => distance(name.toLowerCase(), text.toLowerCase()) === best).map(() => best) : []);
      }),
      { numRuns: 1000 },
    );
  });

  it('stays fast on thousands of names sharing a long prefix (no all-pairs comparison)', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `operator_group_${String(i).padStart(5, '0')}`);
    const index = new NearMissIndex(names, (name) => name);
    expect(index.nearest('operator_group_0004x')).toEqual({ item: 'operator_group_00040', distance: 1 });
    expect(index.nearestLevel('OPERATOR_GROUP_01999')).toEqual([{ item: 'operator_group_01999', distance: 0 }]);
    expect(index.nearest('reporting')).toBeUndefined();
  });
});
