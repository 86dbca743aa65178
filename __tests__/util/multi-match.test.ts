// The one-pass matcher behind secret masking: every occurrence of every pattern, as a plain indexOf search finds them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MultiMatcher } from '../../src/util/multi-match.js';
import { scrubReport } from '../../src/util/redact.js';
import { timeRatio } from '../helpers/timing.js';

/** The reference: every start of every pattern, by indexOf, overlapping ones included. */
function naive(text: string, patterns: string[]): string[] {
  const found = new Set<string>();
  for (const pattern of patterns.filter((p) => p !== '')) {
    for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) found.add(`${at}-${at + pattern.length}`);
  }
  return [...found].sort();
}

const sorted = (spans: [number, number][]): string[] => [...new Set(spans.map(([a, b]) => `${a}-${b}`))].sort();

describe('MultiMatcher', () => {
  it.each([
    ['ababab', ['abab'], ['0-4', '2-6']],
    ['she sells', ['he', 'she', 'sell', 'ells'], ['0-3', '1-3', '4-8', '5-9']],
    ['aaaa', ['a', 'aa'], ['0-1', '0-2', '1-2', '1-3', '2-3', '2-4', '3-4']],
    ['x😀y', ['😀y'], ['1-4']],
    ['nothing here', ['secret'], []],
  ])('finds every occurrence in %j of %j', (text, patterns, expected) => {
    expect(sorted(new MultiMatcher(patterns).spans(text))).toEqual(expected);
  });

  it('agrees with indexOf on generated texts and patterns', () => {
    const small = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '😀'), maxLength: 30 });
    fc.assert(
      fc.property(
        small,
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', '😀'), minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        (text, patterns) => {
          expect(sorted(new MultiMatcher(patterns).spans(text))).toEqual(naive(text, patterns));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('masks many known secrets in many report strings in time linear in the strings', () => {
    // 4,000 secret values (a manifest full of secret-named keys), against 100 times the report strings.
    const secrets = Array.from({ length: 4000 }, (_, i) => `s3cr3t-${i.toString(36).padStart(6, '0')}`);
    const report = (strings: number) => ({
      findings: Array.from({ length: strings }, (_, i) => ({ message: `finding ${i} near s3cr3t-00000 and s3cr3t-0000zz` })),
    });
    const small = report(20);
    const large = report(2000);
    scrubReport(small, secrets); // builds the matcher once for this list of secrets
    expect(JSON.stringify(scrubReport(small, secrets))).not.toContain('s3cr3t-0000zz');
    expect(timeRatio((r: typeof small) => scrubReport(r, secrets), small, large, 400)).toBeLessThan(400);
  });
});
