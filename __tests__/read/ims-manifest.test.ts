import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { readFile } from '../../src/read/index.js';

const read = (text: string, file = 'ims/prod.yml') => readFile(file, Buffer.from(text), 'ims-manifest');
const SCHEMA = join(import.meta.dirname, '..', '..', 'policies', 'schemas', 'manifest.schema.json');

describe('manifest schema', () => {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Record<string, unknown>;
  const validate = new Ajv({ strict: true, allowMatchingProperties: true }).compile(schema);

  test('is a strict draft-07 schema that requires kind and clientId', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.required).toEqual(['kind', 'clientId']);
    expect(validate({ kind: 'ims-provisioning', clientId: 'x' })).toBe(true);
    expect(validate({ kind: 'ims-provisioning' })).toBe(false);
    expect(validate({ kind: 'other', clientId: 'x' })).toBe(false);
  });

  test('accepts every documented field and x- extensions, refuses unknown keys', () => {
    const full = {
      kind: 'ims-provisioning',
      instance: 'prod',
      clientId: 'abc',
      scopes: ['openid', 'AdobeID'],
      productContext: 'dma_campaign_classic',
      orgId: 'A@AdobeOrg',
      redirectUris: ['https://x.example.com/'],
      imsServer: 'ims-na1.adobelogin.com',
      clientSecretSha256: 'A'.repeat(64),
      'x-owner': 'team',
    };
    expect(validate(full)).toBe(true);
    expect(validate({ ...full, clientSecret: 'plain' })).toBe(false);
    expect(validate({ ...full, clientSecretSha256: 'g'.repeat(64) })).toBe(false);
  });
});

describe('manifest reader', () => {
  test('values are strings as written; aliases are followed and located where used', () => {
    const result = read('kind: ims-provisioning\nclientId: &id 0x1F\norgId: *id\nscopes: &s [a, b]\nredirectUris: *s\n');
    expect(result.problems).toEqual([]);
    expect(result.manifest?.clientId).toMatchObject({ value: '0x1F', loc: { line: 2, column: 15, endColumn: 19 } }); // the node, after its anchor
    expect(result.manifest?.orgId).toMatchObject({ value: '0x1F', loc: { line: 3, column: 8, endColumn: 11 } });
    expect(result.manifest?.redirectUris?.value.map((v) => v.value)).toEqual(['a', 'b']);
  });

  test('a JSON manifest with numbers and booleans keeps them as written', () => {
    const result = read('{"kind": "ims-provisioning", "clientId": 12345, "instance": true}', 'ims/prod.json');
    expect(result.problems).toEqual([]);
    expect(result.manifest?.clientId?.value).toBe('12345');
    expect(result.manifest?.instance?.value).toBe('true');
  });

  test('a JSON syntax error is reported as JSON at its line', () => {
    const result = read('{\n  "kind": "ims-provisioning",\n  "clientId": "x",,\n}\n', 'ims/prod.json');
    expect(result.manifest).toBeUndefined();
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems[0].message).toMatch(/^malformed JSON: /);
    expect(result.problems[0].loc.line).toBe(3);
  });

  test.each([
    ['YAML block map', 'ims/prod.yml', 'kind: ims-provisioning\nclientId: a\nx-v:\n  k: 1\n  j: 2\n  k: 3\n', 'YAML', 6, 3],
    ['YAML flow map', 'ims/prod.yml', 'kind: ims-provisioning\nclientId: a\nx-v: {k: 1, j: 2, k: 3}\n', 'YAML', 3, 19],
    ['minified JSON', 'ims/prod.json', '{"kind":"ims-provisioning","clientId":"a","clientId":"b"}', 'JSON', 1, 43],
  ])('a duplicate key in a %s is malformed at the repeated key', (_name, file, text, format, line, column) => {
    const result = read(text, file);
    expect(result.manifest).toBeUndefined();
    expect(result.problems.map((p) => [p.message, p.loc.line, p.loc.column])).toEqual([
      [`malformed ${format}: Map keys must be unique`, line, column],
    ]);
  });

  test.each([
    ['an escaped JSON key', 'ims/prod.json', '{"kind":"ims-provisioning","x-v":{"client\\u0053ecret":"s3cret-json"}}', ['s3cret-json']],
    ['a complex YAML key', 'ims/prod.yml', 'kind: ims-provisioning\nx-v:\n  ? clientSecret\n  : s3cret-complex\n', ['s3cret-complex']],
    [
      'an anchor used under a secret key later',
      'ims/prod.yml',
      'kind: ims-provisioning\nx-a: &s s3cret-anchor\nx-v: {clientSecret: *s}\n',
      ['s3cret-anchor'],
    ],
    ['every scalar of a map under a secret key', 'ims/prod.yml', 'kind: ims-provisioning\napiToken: {a: one, b: [two]}\n', ['one', 'two']],
    ['no secret-named key, and a hash', 'ims/prod.yml', 'kind: ims-provisioning\nclientId: x\nclientSecretSha256: abc\n', undefined],
  ])('the values under secret-named keys are collected: %s', (_name, file, text, expected) => {
    expect(read(text, file).secretValues?.sort()).toEqual(expected);
  });

  test('collecting secret values walks each anchored node once (an alias bomb costs no more than its text)', () => {
    const lines = ['kind: ims-provisioning', 'a0: &a0 [s3cret-bomb]'];
    for (let level = 1; level < 12; level++)
      lines.push(
        `a${level}: &a${level} [${Array(9)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      );
    lines.push('clientSecret: *a11');
    const result = read(`${lines.join('\n')}\n`);
    expect(result.secretValues).toEqual(['s3cret-bomb']);
  });

  test('several manifests in one file: the first is read, the others are problems', () => {
    const result = read('kind: ims-provisioning\nclientId: a\n---\nkind: ims-provisioning\nclientId: b\n');
    expect(result.manifest?.clientId?.value).toBe('a');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toMatch(
      /several "kind: ims-provisioning" documents in one file; only the first \(line 1, column 1\) is read/,
    );
    expect(result.problems[0].loc).toMatchObject({ line: 4, column: 1, endColumn: 5 });
  });

  test('a file with no top-level manifest is a problem', () => {
    const result = read('metadata:\n  kind: ims-provisioning\n');
    expect(result.problems[0].message).toMatch(/^not an IMS provisioning manifest/);
  });

  test('invalid keys are left out of the manifest, valid ones stay', () => {
    const result = read('kind: ims-provisioning\nclientId: abc\nscopes: {a: 1}\norgId: ""\n');
    expect(result.problems.map((p) => [p.loc.line, p.message])).toEqual([
      [3, 'invalid IMS manifest: scopes must be array, found {"a":"1"}'],
      [4, 'invalid IMS manifest: orgId must NOT have fewer than 1 characters'],
    ]);
    expect(result.manifest?.clientId?.value).toBe('abc');
    expect(result.manifest?.scopes).toBeUndefined();
    expect(result.manifest?.orgId).toBeUndefined();
  });

  test('a directive inside a block scalar is text, not a comment', () => {
    const result = read(
      'kind: ims-provisioning\nclientId: abc\nx-notes: |\n  # ims-gate-disable-next-line IMS006\n  text\n# ims-gate-disable-next-line IMS007\nscopes: [a]\n',
    );
    expect(result.suppressions.map((s) => [s.ruleIds, s.loc.line, s.targetStartLine, s.targetEndLine])).toEqual([[['IMS007'], 6, 7, 7]]);
  });

  test('a directive on the last line covers the line after it', () => {
    const result = read('kind: ims-provisioning\nclientId: abc\n# ims-gate-disable-next-line IMS001');
    expect(result.suppressions[0]).toMatchObject({ ruleIds: ['IMS001'], targetStartLine: 4, targetEndLine: 4 });
  });

  test('an alias bomb is refused', () => {
    const lines = ['kind: ims-provisioning', 'clientId: abc', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    const result = read(`${lines.join('\n')}\n`);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.manifest).toBeUndefined();
  });

  test('flow collections nested 100,000 deep do not crash the reader', () => {
    const result = read(`kind: ims-provisioning\nclientId: abc\nx-deep: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems[0].loc.line).toBeGreaterThanOrEqual(1);
  });
});
