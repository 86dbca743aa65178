import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PATTERN_LENGTH, redirectPattern } from '../../../src/rules/util/redirect-pattern.js';

/** Whether the entry, as a pattern, matches the candidate; throws when the entry is not a supported pattern. */
function matches(entry: string, candidate: string): boolean {
  const pattern = redirectPattern(entry);
  if (pattern.kind !== 'pattern') throw new Error(`${entry}: ${pattern.kind}`);
  return pattern.matches(candidate);
}

describe('redirectPattern', () => {
  it('leaves plain entries to origin comparison', () => {
    for (const entry of ['https://prod.example.com', 'https://prod.example.com/nl/jsp/logon.jsp?x=1', 'prod.example.com:8443']) {
      expect(redirectPattern(entry), entry).toEqual({ kind: 'plain' });
    }
  });

  it.each([
    // regex style, as in the Adobe Developer Console
    ['https://prod\\.campaign\\.example\\.com/.*', 'https://prod.campaign.example.com/', true],
    ['https://prod\\.campaign\\.example\\.com/.*', 'https://prod.campaign.example.com/nl/jsp/ims.jsp', true],
    ['https://prod\\.campaign\\.example\\.com/.*', 'https://prodXcampaign.example.com/', false],
    ['https://prod\\.campaign\\.example\\.com/.*', 'https://prod.campaign.example.com', false],
    ['https://.*\\.example\\.com', 'https://a.b.example.com', true],
    ['https://.*\\.example\\.com', 'https://example.com', false],
    ['https://.+\\.example\\.com', 'https://.example.com', false],
    ['https://.+\\.example\\.com', 'https://x.example.com', true],
    ['https://.*?\\.example\\.com', 'https://x.example.com', true],
    ['^https://prod\\.example\\.com/.*$', 'https://prod.example.com/a', true],
    ['^https://prod\\.example\\.com/.*$', 'xhttps://prod.example.com/a', false],
    ['https://prod.example.com/.*', 'https://prodXexample.com/a', true], // an unescaped dot is any character
    ['https://prod\\.example\\.com/cb\\?.*', 'https://prod.example.com/cb?x=1', true],
    ['https://PROD\\.example\\.com/.*', 'https://prod.EXAMPLE.com/', true], // case-insensitive
    // wildcard style
    ['https://*.campaign.example.com', 'https://stage.campaign.example.com', true],
    ['https://*.campaign.example.com', 'https://a.b.campaign.example.com', true],
    ['https://*.campaign.example.com', 'https://evil.com/.campaign.example.com', false], // * stays within the host
    ['https://*.campaign.example.com', 'https://stageXcampaign.example.com', false], // . is literal
    ['https://x.example.com/*', 'https://x.example.com/a/b/c', true],
    ['https://x.example.com/*', 'https://y.example.com/a', false],
    ['https://x.example.com/cb?a=*', 'https://x.example.com/cb?a=1', true], // ? is literal
    ['https://*', 'https://a/b', false],
  ])('%s on %s: %s', (entry, candidate, expected) => {
    expect(matches(entry, candidate)).toBe(expected);
  });

  it.each([
    ['https://(a+)+\\.example\\.com', 'it uses "(" at character 9'],
    ['https://prod\\.example\\.com/(.*)', 'it uses "(" at character 28'],
    ['https://[a-z]+\\.example\\.com', 'it uses "[" at character 9'],
    ['https://(prod|stage)\\.example\\.com', 'it uses "(" at character 9'],
    ['https://prod\\.example\\.com/a+', 'it uses "+" at character 29'],
    ['https://prod\\.example\\.com/.{2}', 'it uses "{" at character 29'],
    ['https://\\d+\\.example\\.com/.*', 'it uses "\\\\d" at character 9'],
    ['https://prod\\.example\\.com/.*\\', 'it ends with a lone backslash'],
    ['https://prod\\.example\\.com/a$b.*', 'it uses "$" at character 29'],
    ['https://prod\\.example\\.com/.?', 'it uses "?" at character 29'],
  ])('refuses %s: %s', (entry, reason) => {
    const pattern = redirectPattern(entry);
    expect(pattern.kind).toBe('unsupported');
    if (pattern.kind !== 'unsupported') return;
    expect(pattern.reason).toContain(reason);
    expect(pattern.reason).toContain('supported are literal characters');
  });

  it(`refuses a pattern longer than ${MAX_PATTERN_LENGTH} characters`, () => {
    const entry = `https://${'a'.repeat(MAX_PATTERN_LENGTH)}\\.example\\.com/.*`;
    expect(redirectPattern(entry)).toEqual({
      kind: 'unsupported',
      reason: `it is ${MAX_PATTERN_LENGTH + 25} characters long; at most ${MAX_PATTERN_LENGTH} are supported`,
    });
    expect(redirectPattern(entry.slice(entry.length - MAX_PATTERN_LENGTH)).kind).toBe('pattern');
  });

  it('matches patterns of more than 32 tokens (several state words)', () => {
    const host = `${'ab'.repeat(40)}.example.com`;
    const entry = `https://${host.replace(/\./g, '\\.')}/.*`;
    expect(matches(entry, `https://${host}/cb`)).toBe(true);
    expect(matches(entry, `https://${host}x/cb`)).toBe(false);
    expect(matches(`https://${'.*a'.repeat(30)}.*`, `https://${'ba'.repeat(30)}`)).toBe(true);
    expect(matches(`https://${'.*a'.repeat(30)}.*`, `https://${'ba'.repeat(29)}`)).toBe(false);
  });

  it('agrees with the regular expression for every supported regex-style pattern', () => {
    const unit = fc.constantFrom('a', 'b', '/', '.', '.*', '.+', '\\.', '.*?');
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '/', '.', 'A'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 8 }), text, (units, candidate) => {
        // '\\.' makes every generated entry regex style, so that the RegExp is the reference
        const entry = `\\.${units.join('')}`;
        expect(matches(entry, candidate)).toBe(new RegExp(`^(?:${entry})$`, 'i').test(candidate));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the glob-as-regex reference for every wildcard-style pattern', () => {
    const unit = fc.constantFrom('a', 'b', '/', '*', '**', 'x.x');
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '/', 'x', '.', 'B'), maxLength: 12 });
    const reference = (entry: string): RegExp => {
      // The documented rule as a JS RegExp (the matcher under test is a Shift-And automaton, not a regex): * is
      // [^/]* up to the first / after the scheme, .* after it; everything else literal.
      const end = entry.indexOf('/', entry.indexOf('://') === -1 ? 0 : entry.indexOf('://') + 3);
      const convert = (part: string, star: string): string =>
        part
          .split('*')
          .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join(star);
      const head = end === -1 ? entry : entry.slice(0, end);
      const tail = end === -1 ? '' : entry.slice(end);
      return new RegExp(`^${convert(head, '[^/]*')}${convert(tail, '.*')}$`, 'i');
    };
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 8 }), text, (units, candidate) => {
        const entry = `h://*${units.join('')}`;
        expect(matches(entry, `h://${candidate}`)).toBe(reference(entry).test(`h://${candidate}`));
      }),
      { numRuns: 2000 },
    );
  });
});
