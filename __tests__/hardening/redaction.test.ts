// Redaction of source text (code frames), URL userinfo and values quoted in messages (issue 10, section 4), and
// its cost on adversarial input (section 5: linear time).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RedactedText, redactLines, redactText, scrub, secretSpans } from '../../src/util/redact.js';
import { maskUrlUserinfo, maskUserinfo, maskUserinfoInText, redactSecretValues } from '../../src/util/secrets.js';
import { timeRatio } from '../helpers/timing.js';

const M = '********';
const HASH = 'a'.repeat(64);

describe('redactText masks secret values in every syntax', () => {
  const cases: [string, string, string][] = [
    // XML attributes
    ['XML attribute', '<a clientSecret="abc" x="1"/>', `<a clientSecret="${M}" x="1"/>`],
    ['XML attribute, single quotes holding "', `<a password='a"b'/>`, `<a password='${M}'/>`],
    ['XML alias attribute (fields: mapping) holding &', '<a imsAppKey="ab&amp;c&d" x="1"/>', `<a imsAppKey="${M}" x="1"/>`],
    ['XML raw quote, tail attached', '<a clientSecret="ab"cd" x="1"/>', `<a clientSecret="${M}" x="1"/>`],
    ['XML raw quote, tail after a space', '<a clientSecret="ab" cd" x="1"/>', `<a clientSecret="${M}" x="1"/>`],
    ['XML raw quote and >', '<a clientSecret="ab">cd"/>', `<a clientSecret="${M}"/>`],
    ['XML unterminated value', '<a clientSecret="abc\n   def/>\n', `<a clientSecret="${M}\n   ${M}\n`],
    ['XML multi-line PEM', '<a authIMSTAPrivateKey="-----BEGIN-----\nxyz\n-----END-----"/>', `<a authIMSTAPrivateKey="${M}\n${M}\n${M}"/>`],
    ['XML commented-out secret', '<a/><!-- clientSecret="abc" -->', `<a/><!-- clientSecret="${M}" -->`],
    ['XML unclosed label hiding a secret', '<a label="x clientSecret="s3cret"/>', `<a label="x clientSecret="${M}"/>`],
    ['XML element text', '<r><password>abc</password></r>', `<r><password>${M}</password></r>`],
    ['XML URL userinfo', '<a imsServer="https://u:p@h/x" cb="http://tok@h"/>', `<a imsServer="https://${M}@h/x" cb="http://${M}@h"/>`],
    ['XML scheme-less userinfo of a URL attribute', '<a imsServer="u:p@h"/>', `<a imsServer="${M}@h"/>`],
    ['XML not a secret', '<a imsOrgId="X@AdobeOrg" name="clientSecret"/>', '<a imsOrgId="X@AdobeOrg" name="clientSecret"/>'],
    // YAML block
    ['YAML plain', 'clientSecret: abc\nx: 1\n', `clientSecret: ${M}\nx: 1\n`],
    ['YAML inner quote', 'clientSecret: "ab"cd"\nx: 1', `clientSecret: "${M}"${M}\nx: 1`],
    ['YAML single-quoted with inner quote', "clientSecret: 'ab'cd'\nx: 1", `clientSecret: '${M}'${M}\nx: 1`],
    ['YAML plain continuation', 'clientSecret: abc\n  def\nx: 1', `clientSecret: ${M}\n  ${M}\nx: 1`],
    ['YAML block scalar', 'clientSecret: |\n  line1\n  line2\nx: 1', `clientSecret: |\n  ${M}\n  ${M}\nx: 1`],
    ['YAML nested map under a secret key', 'a:\n  clientSecret:\n    value: abc\n  other: 1', `a:\n  clientSecret:\n    ${M}\n  other: 1`],
    ['YAML sequence item', '- clientSecret: abc\n- x: 1', `- clientSecret: ${M}\n- x: 1`],
    ['YAML no space after the colon', 'clientSecret:abc\nx: 1', `clientSecret:${M}\nx: 1`],
    ['YAML commented-out secret', 'x: 1 # clientSecret: abc\n', `x: 1 # clientSecret: ${M}\n`],
    ['YAML unterminated quote before a secret', 'description: "abc\nclientSecret: s3cret\n', `description: "abc\nclientSecret: ${M}\n`],
    ['YAML hash shown', `clientSecretSha256: ${HASH}\n`, `clientSecretSha256: ${HASH}\n`],
    ['YAML non-hash in a hash key', 'clientSecretSha256: s3cret\n', `clientSecretSha256: ${M}\n`],
    ['YAML list under a secret key', 'clientSecrets: [a, "b"]\nx: 1', `clientSecrets: [${M}]\nx: 1`],
    // YAML flow and JSON
    ['YAML flow map', 'clientId: {clientSecret: abc, x: 1}', `clientId: {clientSecret: ${M}, x: 1}`],
    ['YAML flow map, no space', 'clientId: {clientSecret:abc, x: 1}', `clientId: {clientSecret:${M}, x: 1}`],
    ['JSON minified', '{"clientSecret":"abc","x":1}', `{"clientSecret":"${M}","x":1}`],
    ['JSON minified, nested', '{"a":{"b":[{"clientSecret":"abc"}]},"c":2}', `{"a":{"b":[{"clientSecret":"${M}"}]},"c":2}`],
    ['JSON inner raw quote', '{"clientSecret":"ab"cd","x":1}', `{"clientSecret":"${M}","x":1}`],
    ['JSON inner raw quote and bracket', '{"clientSecret":"ab"},cd","x":[1,{"y":true}]}', `{"clientSecret":"${M}","x":[1,{"y":true}]}`],
    ['JSON value followed by a closing bracket', '[{"token":"abc"}, {"x":null}]', `[{"token":"${M}"}, {"x":null}]`],
    ['JSON escaped quote', '{"clientSecret":"ab\\"cd","x":1}', `{"clientSecret":"${M}","x":1}`],
    [
      'JSON pretty',
      '{\n  "kind": "x",\n  "clientSecret": "abc",\n  "x": 1\n}',
      `{\n  "kind": "x",\n  "clientSecret": "${M}",\n  "x": 1\n}`,
    ],
    ['JSON object under a secret key', '{"credential":{"id":"a","value":"b"},"x":1}', `{"credential":{${M}},"x":1}`],
    ['JSON escaped slashes in a URL', '{"imsServer":"https:\\/\\/u:p@h"}', `{"imsServer":"https:\\/\\/${M}@h"}`],
  ];
  test.each(cases)('%s', (_name, input, expected) => {
    expect(redactText(input, { secretNames: ['imsAppKey'] })).toBe(expected);
  });

  test('a known secret value is masked wherever it is, raw, XML-escaped or URL-encoded', () => {
    const secret = 'rt&s/cr"t';
    const text = `<a label="rt&amp;s/cr&quot;t" b="x"/>\n# rt&s/cr"t\nurl: https://h/?s=${encodeURIComponent(secret)}`;
    const out = redactText(text, { secrets: [secret] });
    expect(out).toBe(`<a label="${M}" b="x"/>\n# ${M}\nurl: https://h/?s=${M}`);
  });
});

describe('a mask has a fixed length and columns follow it', () => {
  test('every masked piece is the same mask, whatever its length', () => {
    for (const secret of ['abcd', 'x'.repeat(300)]) expect(redactText(`<a clientSecret="${secret}"/>`)).toBe(`<a clientSecret="${M}"/>`);
  });

  test('a column inside a mask maps to the mask; after it, shifted by the difference', () => {
    const text = '<a clientSecret="0123456789abcdef" x="1"/>';
    const [line] = redactLines(text, secretSpans(text));
    expect(line.text).toBe(`<a clientSecret="${M}" x="1"/>`);
    const valueStart = text.indexOf('0') + 1;
    const valueEnd = text.indexOf('f') + 2;
    expect(line.column(valueStart, 'start')).toBe(line.text.indexOf(M) + 1);
    expect(line.column(valueStart + 5, 'start')).toBe(line.text.indexOf(M) + 1);
    expect(line.column(valueEnd, 'end')).toBe(line.text.indexOf(M) + 1 + M.length);
    expect(line.column(valueStart + 3, 'end')).toBe(line.text.indexOf(M) + 1 + M.length);
    expect(line.column(text.indexOf('x=') + 1, 'start')).toBe(line.text.indexOf('x=') + 1);
    expect(line.column(3, 'start')).toBe(3);
  });
});

describe('URL userinfo is masked', () => {
  const cases: [string, string, string][] = [
    ['user and password', 'https://user:password@host/x', `https://${M}@host/x`],
    ['user only (a token)', 'https://ghp_token@github.com', `https://${M}@github.com`],
    ['several @', 'https://a@b:c@host', `https://${M}@host`],
    ['no userinfo', 'https://host/a@b', 'https://host/a@b'],
    ['scheme-less', 'user:pass@host', `${M}@host`],
    ['scheme-less user only, a URL field', 'user@host', `${M}@host`],
    ['protocol-relative', '//u:p@host', `//${M}@host`],
    ['one slash', 'https:/u:p@host', `https:/${M}@host`],
    ['quote inside the userinfo', 'https://us"er:p@host', `https://${M}@host`],
  ];
  test.each(cases)('maskUrlUserinfo: %s', (_name, input, expected) => expect(maskUrlUserinfo(input)).toBe(expected));

  test('maskUserinfo leaves organization IDs and e-mail addresses alone, not user:password@', () => {
    expect(maskUserinfo('A1B2C3@AdobeOrg')).toBe('A1B2C3@AdobeOrg');
    expect(maskUserinfo('ops@example.com')).toBe('ops@example.com');
    expect(maskUserinfo('u:p@example.com')).toBe(`${M}@example.com`);
    expect(maskUserinfo('see https://u:p@h and https://v@h')).toBe(`see https://${M}@h and https://${M}@h`);
  });

  test('in free text, every scheme://…@ is masked', () => {
    expect(maskUserinfoInText('IMS server "https://alice:pw@ims-na1.adobelogin.com" of instance "prod"')).toBe(
      `IMS server "https://${M}@ims-na1.adobelogin.com" of instance "prod"`,
    );
  });

  test('scrub masks userinfo and every escaped form of a known secret', () => {
    expect(scrub('a "s3\\"cr3t" and s3"cr3t and s3%22cr3t at http://u:p@h', ['s3"cr3t'])).toBe(
      `a "${M}" and ${M} and ${M} at http://${M}@h`,
    );
  });
});

describe('values quoted in messages', () => {
  test('secret-named keys are masked at any depth, URL userinfo in strings', () => {
    const value = {
      a: { clientSecret: 'x', list: [{ password: { deep: 'y' } }, 'https://u:p@h'] },
      tokenValue: ['z'],
      clientSecretSha256: 'not-a-hash',
    };
    expect(redactSecretValues(value)).toEqual({
      a: { clientSecret: M, list: [{ password: M }, `https://${M}@h`] },
      tokenValue: M,
      clientSecretSha256: M,
    });
  });

  test('a key named __proto__ stays a plain key', () => {
    const value = JSON.parse('{"__proto__": {"clientSecret": "x"}}');
    expect(JSON.stringify(redactSecretValues(value))).toBe(`{"__proto__":{"clientSecret":"${M}"}}`);
  });
});

// ---------------------------------------------------------------- linear time

const ADVERSARIAL: [string, (size: number) => string][] = [
  ['secret value of raw quotes', (size) => `<a clientSecret="${'a"'.repeat(size / 2)}`],
  ['secret value of quotes and >', (size) => `<a clientSecret="${'">'.repeat(size / 2)}`],
  ['unclosed labels', (size) => `<a ${'l="x '.repeat(size / 5)}`],
  ['attribute names without values', (size) => `<a ${'clientSecret '.repeat(size / 13)}`],
  ['comments with open quotes', (size) => '<!-- a=" -->'.repeat(size / 12)],
  ['plain scalar of colons', (size) => `x${':a'.repeat(size / 2)}`],
  ['secret-ish colons', (size) => `clientSecret${':'.repeat(size)}`],
  ['quotes over lines', (size) => '"\n\'\n'.repeat(size / 4)],
  ['open brackets', (size) => '{['.repeat(size / 2)],
  ['secret keys in flow', (size) => `{${'clientSecret: "a'.repeat(size / 16)}`],
  ['deep block', (size) => `clientSecret:\n${'  x\n'.repeat(size / 4)}`],
  ['URL schemes', (size) => 'https://'.repeat(size / 8)],
  ['URL userinfo runs', (size) => `https://${'a@'.repeat(size / 2)}`],
  ['colon slashes', (size) => ':\\/\\/a@'.repeat(size / 7)],
  ['comments', (size) => '# a: b #'.repeat(size / 8)],
  ['quoted tokens on one line', (size) => '"a",'.repeat(size / 4)],
  ['minified JSON secrets on one line', (size) => `{${'"clientSecret":"a","x":1,'.repeat(size / 26)}}`],
  ['pretty JSON secrets', (size) => `{\n${'  "token": "a"}, x\n'.repeat(size / 20)}}`],
  ['XML comments and CDATA', (size) => '<!--a="--><![CDATA[<password>'.repeat(size / 30)],
  ['unclosed declarations', (size) => '<!<?</'.repeat(size / 6)],
  ['secret elements', (size) => '<password>'.repeat(size / 10)],
  ['alias attributes', (size) => `<a ${'imsAppKey="x" '.repeat(size / 15)}`],
];

describe('redaction costs linear time on adversarial input', () => {
  test.each(ADVERSARIAL)('%s: 1 MB vs 10 KB', (_name, make) => {
    const small = make(10_000);
    const large = make(1_000_000);
    const options = { secretNames: ['imsAppKey'], secrets: ['s3cr3t-value'] };
    const redact = (text: string) => {
      new RedactedText(text, secretSpans(text, options)).line(2);
      scrub(text, ['s3cr3t-value']);
      maskUrlUserinfo(text);
    };
    // 100 times the input: linear is ~100, quadratic would be ~10 000 (the shared helper re-measures a noisy run).
    expect(timeRatio(redact, small, large, 400)).toBeLessThan(400);
  });
});

// ---------------------------------------------------------------- property: no syntax hides a secret

const CORE = fc.string({ unit: fc.constantFrom(...'ghijkmnpqrstuvwxyzGHJKLMNPQRSTUVWXYZ'), minLength: 12, maxLength: 12 });
const AROUND = fc.string({ unit: fc.constantFrom(...'&<>"\'%\\`|*_:,;=?#@/ ${}[]!~-'), maxLength: 4 });
const SECRET_VALUE = fc.tuple(AROUND, CORE, AROUND).map(([a, core, b]) => ({ core, value: `${a}${core}${b}` }));
/** Lines of noise: structure characters, quotes and words, balanced or not. */
const NOISE = fc.array(fc.string({ unit: fc.constantFrom(...'ab: -#{}[],"\'|>&<=/x'), maxLength: 16 }), { maxLength: 4 });

describe('property: a secret value is masked in any YAML or JSON syntax, after any noise', () => {
  const yamlSyntaxes: ((value: string) => string)[] = [
    (v) => `clientSecret: ${JSON.stringify(v)}`,
    (v) => `clientSecret: '${v.replace(/'/g, "''")}'`,
    (v) => `clientSecret: ${v}`,
    (v) => `password:${v}`,
    (v) => `x: {a: 1, clientSecret: ${JSON.stringify(v)}, y: 2}`,
    (v) => `{"a":{"clientSecret":${JSON.stringify(v)}},"b":[1,2]}`,
    (v) => `{\n  "a": 1,\n  "token": ${JSON.stringify(v)}\n}`,
    (v) => `clientSecret: |\n  ${v}\n`,
    (v) => `- clientSecret: ${JSON.stringify(v)}`,
    (v) => `a:\n  b:\n    password: ${JSON.stringify(v)}`,
    (v) => `scopes: [openid, {x: {password: ${JSON.stringify(v)}}}]`,
    (v) => `imsAppKey: ${JSON.stringify(v)}`,
    (v) => `clientSecret: "${v}"`, // a raw quote inside: malformed
    (v) => `{"a":1,"clientSecret":"${v}","b":2}`,
    // Unquoted in a flow map, a ',' or a bracket ends the value in any reading: the secret cannot hold one.
    (v) => `x: {a: 1, token: ${v.replace(/[,[\]{}]/g, '')}}`,
    (v) => `# clientSecret: ${v}`,
  ];
  test('YAML and JSON', () => {
    fc.assert(
      fc.property(NOISE, fc.nat(yamlSyntaxes.length - 1), SECRET_VALUE, NOISE, (before, syntax, secret, after) => {
        const text = [...before, yamlSyntaxes[syntax](secret.value), ...after].join('\n');
        const out = redactText(text, { secretNames: ['imsAppKey'] });
        expect(out, `${JSON.stringify(text)}\n→ ${JSON.stringify(out)}`).not.toContain(secret.core);
      }),
      { numRuns: 1500 },
    );
  });

  const xmlSyntaxes: ((value: string) => string)[] = [
    (v) => `<a clientSecret="${v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}" b="1"/>`,
    (v) => `<a b='1' password='${v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;')}'>`,
    (v) => `<a imsAppKey="${v.replace(/["<\s=]/g, '')}"/>`, // raw & kept: an invalid reference
    (v) => `<a clientSecret="x"${v.replace(/["<>'\s=]/g, '')}" b="1"/>`, // the tail after a raw quote
    (v) => `<!-- clientSecret="${v.replace(/"/g, '').replace(/-->/g, '')}" -->`,
    (v) => `<a authIMSTAPrivateKey="-----BEGIN-----\n${v.replace(/[&<"]/g, '')}\n-----END-----"/>`,
    (v) => `<password>${v.replace(/</g, '')}</password>`,
  ];
  const XML_NOISE = fc.array(fc.string({ unit: fc.constantFrom(...'ab =x"\'<>/!-?&;'), maxLength: 16 }), { maxLength: 4 });
  test('XML', () => {
    fc.assert(
      fc.property(XML_NOISE, fc.nat(xmlSyntaxes.length - 1), SECRET_VALUE, XML_NOISE, (before, syntax, secret, after) => {
        const text = ['<r>', ...before, xmlSyntaxes[syntax](secret.value), ...after].join('\n');
        const out = redactText(text, { secretNames: ['imsAppKey'] });
        expect(out, `${JSON.stringify(text)}\n→ ${JSON.stringify(out)}`).not.toContain(secret.core);
      }),
      { numRuns: 1500 },
    );
  });
});
