// Property (issue 7): readers never throw, on arbitrary input. For every FileKind, readFile(path, bytes, kind)
// and sniffKind(path, bytes) return normally, and readFile reports what it cannot read as problems (never an
// "internal error", which would mean a reader bug caught by the safety net in src/read/index.ts).
//
// Already covered: __tests__/read/property.test.ts (random bytes, token soup and byte mutations of the golden
// fixtures, with locations inside the file) and __tests__/read/sniff.test.ts (sniffKind on random bytes and
// marker noise). This suite adds generated realistic documents of every kind, edited with hostile tokens
// (markup, entities, `]]>`, `<!--`, quotes, BOMs, NUL, YAML and CSV syntax), truncations, deletions,
// duplications and raw byte changes, each read as every kind.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readFile, sniffKind } from '../../src/read/index.js';
import type { FileKind, ReadResult } from '../../src/types.js';
import {
  applyEdits,
  csvSpec,
  csvText,
  edit,
  manifestSpec,
  manifestText,
  packageSpec,
  packageXml,
  serverConfSpec,
  serverConfXml,
} from './arbitraries.js';

const KINDS: FileKind[] = ['campaign-xml', 'server-conf', 'ims-manifest', 'admin-console-csv'];
const PATHS = [
  'prod/packages/ims.xml',
  'conf/serverConf.xml',
  'conf/config-prod.xml',
  'ims/prod.yml',
  'ims/prod.json',
  'admin/users.csv',
  'weird name é/x.txt',
  '',
];

/**
 * readFile catches everything a reader throws and reports it as a problem, so "does not throw" cannot fail: what is
 * asserted is that its safety net never fired ("internal error", or "nested too deeply" for a RangeError).
 */
function readNeverThrows(path: string, bytes: Buffer, kind: FileKind): ReadResult {
  const r = readFile(path, bytes, kind);
  expect(r.file).toBe(path);
  expect(r.kind).toBe(kind);
  expect(Array.isArray(r.problems) && Array.isArray(r.suppressions)).toBe(true);
  // Something is always said: a payload, or why there is none.
  expect(
    Boolean(r.records || r.serverConf || r.manifest || r.dashboard) || r.problems.length > 0,
    `${kind}: neither payload nor problem`,
  ).toBe(true);
  for (const problem of r.problems) {
    expect(problem.message, `${kind}: a reader bug surfaced as a problem`).not.toMatch(
      /^internal error|^the file is nested too deeply or is too large/,
    );
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.loc.file).toBe(path);
  }
  return r;
}

function sniffNeverThrows(path: string, bytes: Buffer): void {
  let kind: FileKind | undefined | 'threw' = 'threw';
  expect(
    () => {
      kind = sniffKind(path, bytes);
    },
    `sniffKind(${JSON.stringify(path)}) threw`,
  ).not.toThrow();
  expect(kind === undefined || KINDS.includes(kind as FileKind)).toBe(true);
}

/** Realistic documents of each kind, as text. */
const documents: [string, fc.Arbitrary<string>][] = [
  ['package export', packageSpec.map(packageXml)],
  ['serverConf', serverConfSpec.map(serverConfXml)],
  ['YAML manifest', manifestSpec('prod').map((m) => manifestText({ ...m, json: false }))],
  ['JSON manifest', manifestSpec('prod').map((m) => manifestText({ ...m, json: true }))],
  ['Admin Console CSV', csvSpec.map(csvText)],
];

describe('readers never throw on edited realistic documents', () => {
  test.each(documents)('%s, edited, read as every kind', (_name, document) => {
    fc.assert(
      fc.property(
        document,
        fc.array(edit, { maxLength: 6 }),
        fc.constantFrom(...PATHS),
        fc.constantFrom('none', 'utf16le', 'utf16be'),
        (text, edits, path, encoding) => {
          let bytes = applyEdits(Buffer.from(text), edits);
          if (encoding !== 'none') {
            // The edited text re-encoded as UTF-16 with a BOM (edits may already have broken it).
            const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]);
            bytes = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
          }
          sniffNeverThrows(path, bytes);
          for (const kind of KINDS) readNeverThrows(path, bytes, kind);
        },
      ),
      // Each run reads one edited document as all four kinds, so 100 runs are 400 reads per document kind.
      { numRuns: 100 },
    );
  });

  test('a document read as its own kind, unedited, has a payload and no problem', () => {
    const own: [fc.Arbitrary<string>, FileKind, string][] = [
      [packageSpec.map(packageXml), 'campaign-xml', 'p.xml'],
      [serverConfSpec.map(serverConfXml), 'server-conf', 'serverConf.xml'],
      [manifestSpec('prod').map((m) => manifestText({ ...m, json: false })), 'ims-manifest', 'ims/m.yml'],
      [manifestSpec('prod').map((m) => manifestText({ ...m, json: true })), 'ims-manifest', 'ims/m.json'],
      [csvSpec.map(csvText), 'admin-console-csv', 'users.csv'],
    ];
    for (const [document, kind, path] of own) {
      fc.assert(
        fc.property(document, (text) => {
          const bytes = Buffer.from(text);
          const result = readNeverThrows(path, bytes, kind);
          // The generators escape what they embed, so every generated document is well-formed for its reader: the
          // only problems are schema errors on generated manifest values (an empty clientId, a bad hash), and those
          // of characters XML does not allow at all (NUL, other C0 controls, U+FFFE/U+FFFF, lone surrogates).
          const illegal = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/.test(text);
          const unexpected = result.problems.filter((p) => !/^invalid IMS manifest: /.test(p.message) && !illegal);
          expect(unexpected, `${kind}: ${JSON.stringify(result.problems)}`).toEqual([]);
          expect(sniffKind(path, bytes), `${kind} sniffed`).toBe(kind);
        }),
        { numRuns: 60 },
      );
    }
  });

  test('splices of two documents of different kinds, and prefixes of every length', () => {
    const any = fc.oneof(...documents.map(([, d]) => d));
    fc.assert(
      fc.property(
        any,
        any,
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom(...PATHS),
        (a, b, i, j, path) => {
          const x = Buffer.from(a);
          const y = Buffer.from(b);
          const spliced = Buffer.concat([
            x.subarray(0, Math.floor((i / 10_000) * x.length)),
            y.subarray(Math.floor((j / 10_000) * y.length)),
          ]);
          sniffNeverThrows(path, spliced);
          for (const kind of KINDS) readNeverThrows(path, spliced, kind);
        },
      ),
      { numRuns: 100 },
    );
  });
});
