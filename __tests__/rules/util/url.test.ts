import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostHasToken, parseUrl } from '../../../src/rules/util/url.js';

/** The former parser, one regular expression over the whole value (quadratic on an inner space): the reference. */
function formerParseUrl(value: string) {
  const raw = value.trim();
  const match = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?([^/?#\s]*)([^\s]*)$/.exec(raw);
  if (!match) return undefined;
  const authority = match[2].slice(match[2].lastIndexOf('@') + 1);
  let host = authority;
  let port: string | undefined;
  const hostPort = /^(\[[^\]]*\]|[^:]*):(\d+)$/.exec(authority);
  if (hostPort) {
    host = hostPort[1];
    port = hostPort[2];
  }
  host = host.replace(/\.$/, '').toLowerCase();
  if (host === '' || !/^(\[[0-9a-f:.]+\]|[^:\[\]]+)$/.test(host)) return undefined;
  return { raw, scheme: match[1]?.toLowerCase(), host, port, path: match[3] };
}

describe('parseUrl', () => {
  it.each([
    ['https://prod.example.com', { scheme: 'https', host: 'prod.example.com', port: undefined, path: '' }],
    [' HTTPS://User:pw@Prod.Example.com.:8443/nl/jsp?x#y ', { scheme: 'https', host: 'prod.example.com', port: '8443', path: '/nl/jsp?x#y' }],
    ['prod.example.com:80', { scheme: undefined, host: 'prod.example.com', port: '80', path: '' }],
    ['https://[::1]:8080/x', { scheme: 'https', host: '[::1]', port: '8080', path: '/x' }],
  ])('%s', (value, expected) => {
    expect(parseUrl(value)).toMatchObject(expected);
  });

  it.each(['https://prod.example.com/a b', 'https://', '', 'https://a:b:c', 'https://pro d.example.com'])('%j is not a URL', (value) => {
    expect(parseUrl(value)).toBeUndefined();
  });

  it('parses every value as the former single regular expression did', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'H', '1', ':', '/', '//', '://', '?', '#', '@', '.', '[', ']', ' ', '\t', '\u00a0', '+'), maxLength: 14 });
    fc.assert(
      fc.property(text, (value) => {
        expect(parseUrl(value)).toEqual(formerParseUrl(value));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('hostHasToken', () => {
  it.each([
    ['stage.campaign.example.com', 'stage', true],
    ['campaign-prod.example.com', 'prod', true],
    ['prod', 'prod', true],
    ['production.example.com', 'prod', false],
    ['myprod.example.com', 'prod', false],
    ['prodprod-prod', 'prod', true],
    ['a.b', '', false],
  ])('%s has %s: %s', (host, token, expected) => {
    expect(hostHasToken(host, token)).toBe(expected);
  });
});
