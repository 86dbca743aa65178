// Property tests: the readers never fail, every location they report lies inside the file, and a file that an
// independent parser finds malformed is reported as a problem, never read as if it were fine.
//
// readFile catches every exception and turns it into a problem, so "does not throw" cannot fail: a reader that
// crashed would surface as an "internal error" problem (or, for a RangeError, as "nested too deeply or too large"),
// and that is what is asserted absent. Nothing generated here is deep or large enough for a real resource limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { readFile, sniffKind } from '../../src/read/index.js';
import type { FileKind, Loc, ReadResult } from '../../src/types.js';

const KINDS: FileKind[] = ['campaign-xml', 'server-conf', 'ims-manifest', 'admin-console-csv'];
const NAMES: Record<FileKind, string> = {
  'campaign-xml': 'p.xml',
  'server-conf': 'conf/config-prod.xml',
  'ims-manifest': 'ims/m.yml',
  'admin-console-csv': 'users.csv',
};

/** The lines of the file as the readers count them (decoded text; bytes for binary files). */
function fileLines(bytes: Buffer): string[] {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else if (bytes.includes(0)) text = bytes.toString('latin1');
  else {
    const declared = /^(?:\xef\xbb\xbf)?<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(
      bytes.toString('latin1', 0, 512),
    )?.[1];
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

/** The messages of readFile's safety net (src/read/index.ts): a reader threw. */
const SAFETY_NET = /^internal error while reading the file|^the file is nested too deeply or is too large to read/;

function check(bytes: Buffer, kind: FileKind, file = NAMES[kind]): ReadResult {
  const r = readFile(file, bytes, kind);
  expect(r.file).toBe(file);
  expect(r.kind).toBe(kind);
  for (const problem of r.problems) expect(problem.message, `${kind}: the reader threw`).not.toMatch(SAFETY_NET);
  expect(
    r.records || r.serverConf || r.manifest || r.dashboard || r.problems.length > 0,
    `${kind}: neither payload nor problem`,
  ).toBeTruthy();
  const lines = fileLines(bytes);
  for (const [what, loc] of allLocs(r)) expectInside(loc, lines, file, what);
  return r;
}

/** Whether csv-parse reads the text with `,`; `relaxed` also takes a quote inside an unquoted cell literally. */
function csvParses(text: string, relaxed: boolean): boolean {
  try {
    parseCsv(text, {
      delimiter: ',',
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_quotes: relaxed,
      relax_column_count: true,
      skip_empty_lines: true,
    });
    return true;
  } catch {
    return false;
  }
}

/** A problem that says the file's syntax is broken (not a schema, header or row-length problem). */
const SYNTAX_PROBLEM: Record<FileKind, RegExp> = {
  'campaign-xml': /^(malformed|unsafe) XML: /,
  // The serverConf reader refuses a file by its root element before it reaches the end of the document.
  'server-conf': /^(malformed|unsafe) XML: |^not a Campaign server configuration: expected <serverconf> as the root element/,
  'ims-manifest': /^malformed YAML: /,
  'admin-console-csv': /^malformed CSV: (unclosed quote|expected ',' or the end of the line after the closing quote)/,
};

/**
 * fast-xml-parser's validator on the text. Its name characters stop at U+FFFF, while XML allows U+10000-U+EFFFF in
 * names as well; each such character is replaced by 'é', which is allowed wherever it is, for the validator only.
 */
function xmlValidates(text: string): boolean {
  return XMLValidator.validate(text.replace(/^\uFEFF/, '').replace(/[\u{10000}-\u{EFFFF}]/gu, 'é')) === true;
}

/**
 * Intended leniency of the reader, left out of the comparison: a byte-order mark between two concatenated package
 * exports (each starting with its own mark) is the start of the next document, not text, when another root element
 * follows it. A text that validates once such marks are removed is not judged.
 */
const BOM_BEFORE_A_ROOT = /\uFEFF(?=\s*(?:<\?xml[^>]*\?>\s*)?<[A-Za-z_])/g;
const xmlMalformed = (text: string): boolean => !xmlValidates(text) && !xmlValidates(text.replace(BOM_BEFORE_A_ROOT, ''));

/**
 * Whether a parser other than the reader finds the text malformed: fast-xml-parser's validator for XML (more
 * lenient than the reader, e.g. about text after the root element, so only its "malformed" is used); for manifests
 * the YAML parser the reader builds on (this checks that the reader passes on every syntax error instead of reading
 * what it could). The CSV has its own, two-sided comparison below.
 */
const malformed: Partial<Record<FileKind, (text: string) => boolean>> = {
  'campaign-xml': xmlMalformed,
  'server-conf': xmlMalformed,
  'ims-manifest': (text) => parseAllDocuments(text).some((document) => document.errors.length > 0),
};

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
  // Random bytes are refused within their first few bytes (binary, bad encoding, no markup), so a few hundred runs
  // cover what they can reach; the token soups and fixture mutations below go deeper into each reader.
  test.each(KINDS)('arbitrary bytes as %s', (kind) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        check(Buffer.from(bytes), kind);
      }),
      { numRuns: 300 },
    );
  });

  const tokens: Record<FileKind, string[]> = {
    'campaign-xml': [
      '<package>',
      '</package>',
      '<entities schema="nms:extAccount">',
      "<entities schema='xtk:group'>",
      '</entities>',
      '<extAccount ',
      '<group ',
      'name="a"',
      " label='b&amp;c'",
      'xtkschema="xtk:group"',
      '/>',
      '>',
      '<',
      '"',
      "'",
      '&',
      '&#x41;',
      '&lt;',
      '&bogus;',
      '<!--',
      '-->',
      '<!-- ims-gate-disable-next-line IMS001 - r -->',
      '<![CDATA[',
      ']]>',
      '<?xml version="1.0"?>',
      '<!DOCTYPE p [<!ENTITY e "x">]>',
      '\n',
      '\r\n',
      '\t',
      ' ',
      'é',
      '\uFEFF',
      '\u{1F600}',
    ],
    'server-conf': [
      '<serverconf>',
      '</serverconf>',
      '<shared>',
      '</shared>',
      '<web>',
      '</web>',
      '<ims authIMSClientId="x"/>',
      '<redirection IMSOrgId="y"/>',
      '<ims ',
      '/>',
      '>',
      '<',
      '"',
      '&amp;',
      '<!-- ims-gate-disable-next-line IMS002 -->',
      '\n',
      '\r\n',
      ' ',
      'x',
    ],
    'ims-manifest': [
      'kind: ims-provisioning\n',
      'clientId: ',
      'scopes:\n',
      '  - ',
      'a',
      '"b"',
      "'c'",
      '[',
      ']',
      '{',
      '}',
      ',',
      ':',
      '\n',
      '\r\n',
      '# ims-gate-disable-next-line IMS006 -- x\n',
      '---\n',
      '&x ',
      '*x',
      '|\n',
      '  ',
      '\t',
      'redirectUris: ',
      'clientSecretSha256: ',
      '%YAML 1.2\n',
      '!!str ',
      '?',
      '-',
    ],
    'admin-console-csv': [
      'Username,Email,Product Configurations,User Groups\n',
      'Email;User Groups\r\n',
      'sep=;\n',
      'u',
      ',',
      ';',
      '"',
      '""',
      '\n',
      '\r\n',
      '\r',
      ' ',
      'Campaign - prod - admin',
      '\t',
      'é',
    ],
  };
  test.each(KINDS)('token soup as %s', (kind) => {
    const isMalformed = malformed[kind];
    let malformedCount = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens[kind]), { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const result = check(Buffer.from(text), kind);
        if (isMalformed?.(text)) {
          malformedCount++;
          const syntax = result.problems.filter((p) => SYNTAX_PROBLEM[kind].test(p.message));
          expect(
            syntax.length,
            `${kind}: malformed, yet no syntax problem: ${JSON.stringify(text)} gave ${JSON.stringify(result.problems)}`,
          ).toBeGreaterThan(0);
        }
      }),
      // 1,000 soups of up to 80 tokens: every pair of tokens of a kind occurs many times over.
      { numRuns: 1000 },
    );
    // The soups do reach the malformed case, so the assertion above ran.
    if (isMalformed) expect(malformedCount).toBeGreaterThan(100);
  });

  // The reader's CSV grammar lies between csv-parse's two modes: a quote inside an unquoted cell is literal (as with
  // relax_quotes), but a quoted cell must end at its closing quote (as without it). So what strict csv-parse reads,
  // the reader reads without a syntax problem, and what even relaxed csv-parse refuses, the reader refuses.
  test('CSV rows after a header: csv-parse, strict and relaxed, brackets the reader', () => {
    const seen = { refused: 0, read: 0 };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens['admin-console-csv']), { maxLength: 80 }), (parts) => {
        const text = `Username,User Groups\n${parts.join('')}`;
        const result = check(Buffer.from(text), 'admin-console-csv');
        const syntax = result.problems.filter((p) => SYNTAX_PROBLEM['admin-console-csv'].test(p.message));
        if (csvParses(text, false)) {
          seen.read++;
          expect(syntax, `csv-parse reads ${JSON.stringify(text)}`).toEqual([]);
        }
        if (!csvParses(text, true)) {
          seen.refused++;
          expect(syntax.length, `csv-parse refuses ${JSON.stringify(text)}`).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
    expect(seen.read).toBeGreaterThan(100);
    expect(seen.refused).toBeGreaterThan(50);
  });

  test.each(fixtures.map((f) => [f.name, f] as const))('truncations and mutations of %s', (_name, fixture) => {
    const kind = sniffKind(fixture.file, fixture.bytes) as FileKind;
    const { bytes } = fixture;
    for (let cut = 0; cut <= bytes.length; cut += Math.max(1, Math.floor(bytes.length / 100)))
      check(bytes.subarray(0, cut), kind, fixture.file);
    fc.assert(
      fc.property(fc.nat(bytes.length), fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat(3), (at, insert, drop) => {
        const mutated = Buffer.concat([bytes.subarray(0, at), Buffer.from(insert), bytes.subarray(Math.min(bytes.length, at + drop))]);
        check(mutated, kind, fixture.file);
      }),
      // The fixtures are small (most under 1 KB): 100 edits and 100 cuts reach every part of each.
      { numRuns: 100 },
    );
  });
});
