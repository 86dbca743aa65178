// Property tests: the readers never throw, and every location they report lies inside the file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readFile, sniffKind } from '../../src/read/index.js';
import type { FileKind, Loc, ReadResult } from '../../src/types.js';

const KINDS: FileKind[] = ['campaign-xml', 'server-conf', 'ims-manifest', 'admin-console-csv'];
const NAMES: Record<FileKind, string> = { 'campaign-xml': 'p.xml', 'server-conf': 'conf/config-prod.xml', 'ims-manifest': 'ims/m.yml', 'admin-console-csv': 'users.csv' };

/** The lines of the file as the readers count them (decoded text; bytes for binary files). */
function fileLines(bytes: Buffer): string[] {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else if (bytes.includes(0)) text = bytes.toString('latin1');
  else {
    const declared = /^(?:\xef\xbb\xbf)?<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(bytes.toString('latin1', 0, 512))?.[1];
    let label = 'utf-8';
    if (declared && !/^(utf-?8|utf-?16(le|be)?|unicode)$/i.test(declared)) {
      try {
        new TextDecoder(declared);
        label = declared;
      } catch {
        // the reader reports it; positions are then at line 1
      }
    }
    text = new TextDecoder(label).decode(bytes);
  }
  return text.split('\n');
}

function expectInside(loc: Loc, lines: string[], file: string, what: string): void {
  const where = `${what} at ${JSON.stringify(loc)}`;
  expect(loc.file, where).toBe(file);
  expect(loc.line, where).toBeGreaterThanOrEqual(1);
  expect(loc.endLine, where).toBeGreaterThanOrEqual(loc.line);
  expect(loc.endLine, where).toBeLessThanOrEqual(lines.length);
  expect(loc.column, where).toBeGreaterThanOrEqual(1);
  expect(loc.endColumn, where).toBeGreaterThanOrEqual(1);
  if (loc.line === loc.endLine) expect(loc.endColumn, where).toBeGreaterThanOrEqual(loc.column);
  // Binary files are located in bytes; everything else in characters of the decoded line.
  const lineLength = (n: number): number => Math.max(lines[n - 1].length, Buffer.byteLength(lines[n - 1]));
  expect(loc.column, where).toBeLessThanOrEqual(lineLength(loc.line) + 1);
  expect(loc.endColumn, where).toBeLessThanOrEqual(lineLength(loc.endLine) + 1);
}

function allLocs(result: ReadResult): [string, Loc][] {
  const locs: [string, Loc][] = [];
  for (const r of result.records ?? []) {
    locs.push(['record', r.loc]);
    for (const [k, v] of Object.entries(r.attrs)) locs.push([`attr ${k}`, v.loc]);
  }
  for (const node of [result.serverConf?.ims, result.serverConf?.redirection]) {
    if (!node) continue;
    locs.push(['serverConf node', node.loc]);
    for (const [k, v] of Object.entries(node.attrs)) locs.push([`attr ${k}`, v.loc]);
  }
  if (result.manifest) {
    for (const [k, v] of Object.entries(result.manifest)) {
      if (k === 'loc') {
        locs.push(['manifest', v as Loc]);
        continue;
      }
      const located = v as { value: unknown; loc: Loc };
      locs.push([k, located.loc]);
      if (Array.isArray(located.value)) for (const item of located.value as { loc: Loc }[]) locs.push([`${k}[]`, item.loc]);
    }
  }
  for (const u of result.dashboard?.users ?? []) {
    locs.push(['user', u.loc]);
    for (const g of u.groups) locs.push(['group', g.loc]);
  }
  for (const s of result.suppressions) locs.push(['suppression', s.loc]);
  for (const p of result.problems) locs.push([`problem "${p.message}"`, p.loc]);
  return locs;
}

function check(bytes: Buffer, kind: FileKind, file = NAMES[kind]): ReadResult {
  let result: ReadResult | undefined;
  expect(() => {
    result = readFile(file, bytes, kind);
  }).not.toThrow();
  const r = result as ReadResult;
  expect(r.file).toBe(file);
  expect(r.kind).toBe(kind);
  expect(r.records || r.serverConf || r.manifest || r.dashboard || r.problems.length > 0).toBeTruthy();
  const lines = fileLines(bytes);
  for (const [what, loc] of allLocs(r)) expectInside(loc, lines, file, what);
  return r;
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'read');
const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => {
    const dir = join(FIXTURES, e.name);
    const input = readdirSync(dir).find((n) => n.startsWith('input.')) as string;
    const file = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { file: string }).file;
    return { name: e.name, bytes: readFileSync(join(dir, input)), file };
  });

describe('readers never throw and locate inside the file', () => {
  test.each(KINDS)('arbitrary bytes as %s', (kind) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        check(Buffer.from(bytes), kind);
      }),
      { numRuns: 1500 },
    );
  });

  const tokens: Record<FileKind, string[]> = {
    'campaign-xml': ['<package>', '</package>', '<entities schema="nms:extAccount">', "<entities schema='xtk:group'>", '</entities>', '<extAccount ', '<group ', 'name="a"', " label='b&amp;c'", 'xtkschema="xtk:group"', '/>', '>', '<', '"', "'", '&', '&#x41;', '&lt;', '&bogus;', '<!--', '-->', '<!-- ims-gate-disable-next-line IMS001 - r -->', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<!DOCTYPE p [<!ENTITY e "x">]>', '\n', '\r\n', '\t', ' ', 'é', '\uFEFF', '\u{1F600}'],
    'server-conf': ['<serverconf>', '</serverconf>', '<shared>', '</shared>', '<web>', '</web>', '<ims authIMSClientId="x"/>', '<redirection IMSOrgId="y"/>', '<ims ', '/>', '>', '<', '"', '&amp;', '<!-- ims-gate-disable-next-line IMS002 -->', '\n', '\r\n', ' ', 'x'],
    'ims-manifest': ['kind: ims-provisioning\n', 'clientId: ', 'scopes:\n', '  - ', 'a', '"b"', "'c'", '[', ']', '{', '}', ',', ':', '\n', '\r\n', '# ims-gate-disable-next-line IMS006 -- x\n', '---\n', '&x ', '*x', '|\n', '  ', '\t', 'redirectUris: ', 'clientSecretSha256: ', '%YAML 1.2\n', '!!str ', '?', '-'],
    'admin-console-csv': ['Username,Email,Product Configurations,User Groups\n', 'Email;User Groups\r\n', 'sep=;\n', 'u', ',', ';', '"', '""', '\n', '\r\n', '\r', ' ', 'Campaign - prod - admin', '\t', 'é'],
  };
  test.each(KINDS)('token soup as %s', (kind) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens[kind]), { maxLength: 80 }), (parts) => {
        check(Buffer.from(parts.join('')), kind);
      }),
      { numRuns: 1500 },
    );
  });

  test.each(fixtures.map((f) => [f.name, f] as const))('truncations and mutations of %s', (_name, fixture) => {
    const kind = sniffKind(fixture.file, fixture.bytes) as FileKind;
    const { bytes } = fixture;
    for (let cut = 0; cut <= bytes.length; cut += Math.max(1, Math.floor(bytes.length / 200))) check(bytes.subarray(0, cut), kind, fixture.file);
    fc.assert(
      fc.property(fc.nat(bytes.length), fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat(3), (at, insert, drop) => {
        const mutated = Buffer.concat([bytes.subarray(0, at), Buffer.from(insert), bytes.subarray(Math.min(bytes.length, at + drop))]);
        check(mutated, kind, fixture.file);
      }),
      { numRuns: 150 },
    );
  });
});
