import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostHasToken, parseUrl } from '../../../src/rules/util/url.js';

describe('parseUrl', () => {
  it.each([
    ['https://prod.example.com', { scheme: 'https', host: 'prod.example.com', port: undefined, path: '' }],
    [
      ' HTTPS://User:pw@Prod.Example.com.:8443/nl/jsp?x#y ',
      { scheme: 'https', host: 'prod.example.com', port: '8443', path: '/nl/jsp?x#y' },
    ],
    ['prod.example.com:80', { scheme: undefined, host: 'prod.example.com', port: '80', path: '' }],
    ['https://[::1]:8080/x', { scheme: 'https', host: '[::1]', port: '8080', path: '/x' }],
  ])('%s', (value, expected) => {
    expect(parseUrl(value)).toMatchObject(expected);
  });

  // Worked out by hand from the doc comment of ParsedUrl: the authority runs to the first '/', '?' or '#'; the host
  // follows its last '@'; a port is digits after the last ':'; one trailing dot is dropped; no white space inside.
  it.each([
    [
      'prod.example.com/nl/jsp',
      { raw: 'prod.example.com/nl/jsp', scheme: undefined, host: 'prod.example.com', port: undefined, path: '/nl/jsp' },
    ],
    ['https://a@b@Host.com/x', { raw: 'https://a@b@Host.com/x', scheme: 'https', host: 'host.com', port: undefined, path: '/x' }],
    ['ftp://x.y', { raw: 'ftp://x.y', scheme: 'ftp', host: 'x.y', port: undefined, path: '' }],
    ['https://host.com?x#y', { raw: 'https://host.com?x#y', scheme: 'https', host: 'host.com', port: undefined, path: '?x#y' }],
    ['https://host.com.', { raw: 'https://host.com.', scheme: 'https', host: 'host.com', port: undefined, path: '' }],
    ['  https://h.com  ', { raw: 'https://h.com', scheme: 'https', host: 'h.com', port: undefined, path: '' }],
    ['https://h.com:0080/', { raw: 'https://h.com:0080/', scheme: 'https', host: 'h.com', port: '0080', path: '/' }],
    ['h_t.com:8', { raw: 'h_t.com:8', scheme: undefined, host: 'h_t.com', port: '8', path: '' }],
    ['HTTPS://[2001:DB8::1]/', { raw: 'HTTPS://[2001:DB8::1]/', scheme: 'https', host: '[2001:db8::1]', port: undefined, path: '/' }],
    // no '://', so no scheme: the authority is the whole value and the host follows its '@'
    ['mailto:x@y.z', { raw: 'mailto:x@y.z', scheme: undefined, host: 'y.z', port: undefined, path: '' }],
  ])('%j by hand', (value, expected) => {
    expect(parseUrl(value)).toEqual(expected);
  });

  it.each([
    'https://prod.example.com/a b',
    'https://',
    '',
    'https://a:b:c',
    'https://pro d.example.com',
    'https://host.com:abc',
    'https://[::1',
    'https://h.com:',
    '//h.com',
    'https://a.b/c\td',
  ])('%j is not a URL', (value) => {
    expect(parseUrl(value)).toBeUndefined();
  });

  // The reference is the WHATWG URL parser (node's URL), on http(s) URLs built from known parts: the parts are the
  // expected result, and URL confirms the host (it drops a default port and normalises the path, so those come
  // from the parts alone).
  it('takes apart generated http(s) URLs into the parts they were built from, with the host URL finds', () => {
    // Labels start with a letter: URL reads an all-digit host as an IPv4 address (http://0 is 0.0.0.0).
    const label = fc.stringMatching(/^[a-zA-Z]([a-zA-Z0-9-]{0,6}[a-zA-Z0-9])?$/);
    const parts = fc.record({
      scheme: fc.constantFrom('http', 'https', 'HTTPS', 'Http'),
      userinfo: fc.constantFrom('', 'user@', 'user:pw@', 'a@b@'),
      labels: fc.array(label, { minLength: 1, maxLength: 4 }),
      trailingDot: fc.boolean(),
      port: fc.option(fc.integer({ min: 1, max: 65535 }).map(String), { nil: undefined }),
      path: fc.constantFrom('', '/', '/nl/jsp/logon.jsp', '/a/b?x=1&y=2', '?q', '#frag', '/cb?next=https://x.example.com/#top', '/%20'),
    });
    fc.assert(
      fc.property(parts, (p) => {
        const host = `${p.labels.join('.')}${p.trailingDot ? '.' : ''}`;
        const value = `${p.scheme}://${p.userinfo}${host}${p.port === undefined ? '' : `:${p.port}`}${p.path}`;
        const expectedHost = p.labels.join('.').toLowerCase();
        expect(parseUrl(value), value).toEqual({
          raw: value,
          scheme: p.scheme.toLowerCase(),
          host: expectedHost,
          port: p.port,
          path: p.path,
        });
        expect(new URL(value).hostname.replace(/\.$/, ''), value).toBe(expectedHost);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses every value with white space inside (space, tab, no-break space, line break)', () => {
    const inner = fc.constantFrom(' ', '\t', '\u00a0', '\n');
    fc.assert(
      fc.property(fc.constantFrom('https://a', 'https://a.example.com/x', 'a.example.com'), inner, fc.nat(30), (url, space, at) => {
        const cut = 1 + (at % (url.length - 1));
        const value = `${url.slice(0, cut)}${space}${url.slice(cut)}`;
        expect(parseUrl(value), JSON.stringify(value)).toBeUndefined();
      }),
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
