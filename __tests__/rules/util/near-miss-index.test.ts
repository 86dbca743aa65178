import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { NearMissIndex } from '../../../src/rules/util/near-miss-index.js';
import { timeRatio } from '../../helpers/timing.js';

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
          const found = index
            .within(text, max)
            .map((match) => `${match.item}:${match.distance}`)
            .sort();
          const expected = list.flatMap((name) => {
            const d = distance(name.toLowerCase(), text.toLowerCase());
            return d <= max ? [`${name}:${d}`] : [];
          });
          expect(found).toEqual(expected.sort());
        }
        const best = Math.min(...list.map((name) => distance(name.toLowerCase(), text.toLowerCase())));
        expect(index.nearestLevel(text).map((match) => match.distance)).toEqual(
          best <= 2 ? list.filter((name) => distance(name.toLowerCase(), text.toLowerCase()) === best).map(() => best) : [],
        );
      }),
      { numRuns: 1000 },
    );
  });

  // 10 times the names and 10 times the queries: comparing each query with every name takes about 100 times as
  // long; the index (map look-ups, deletion neighbourhoods, a pruned walk of the sorted names) 8 to 17 times here.
  // A ratio, not an absolute time (see __tests__/helpers/timing.ts).
  it('answers N queries against N names sharing a long prefix in near-linear time, not N²', () => {
    const id = (i: number) => String(i).padStart(5, '0');
    const corpus = (n: number) => {
      const names = Array.from({ length: n }, (_, i) => `operator_group_${id(i)}`);
      // Near misses at distance 1 (an extra character, a missing one) and 2 (two missing), and one far query.
      const queries = names.flatMap((_, i) => [
        `operator_group_${id(i)}x`,
        `operator_grop_${id(i)}`,
        `operatr_grop_${id(i)}`,
        `reporting_${id(i)}`,
      ]);
      return { names, queries };
    };
    const answer = ({ names, queries }: { names: string[]; queries: string[] }) => {
      const index = new NearMissIndex(names, (name) => name);
      return queries.map((query) => index.nearest(query));
    };
    const small = corpus(500);
    const large = corpus(5000);
    const answers = answer(large);
    expect(answers.slice(4 * 4321, 4 * 4321 + 4)).toEqual([
      { item: 'operator_group_04321', distance: 1 },
      { item: 'operator_group_04321', distance: 1 },
      { item: 'operator_group_04321', distance: 2 },
      undefined,
    ]);
    expect(answers.filter((found, i) => (i % 4 === 3 ? found !== undefined : found?.item !== large.names[Math.floor(i / 4)]))).toEqual([]);
    const ratio = timeRatio(answer, small, large, 40);
    expect(ratio, `10 times the names and queries take ${ratio.toFixed(0)} times as long`).toBeLessThan(40);
  });
});
