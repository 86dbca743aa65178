// Property (issue 7): every reported location lies inside its file. Generated two-instance repositories (IMS
// accounts, operator groups, serverConf, manifests, an Admin Console export, a config with suppressions), with
// hostile edits on some files, go through scan(); every finding, every related location and every suppressed
// finding names a file that exists under the root and a place inside it:
//   1 ≤ line ≤ lines of the file, 1 ≤ column ≤ length of that line + 1, line ≤ endLine ≤ lines of the file,
//   endColumn ≤ length of the end line + 1, and endColumn ≥ column on a one-line span.
//
// Already covered at the reader level (each reader's own locations): __tests__/read/property.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { scan } from '../../src/pipeline.js';
import type { Report } from '../../src/types.js';
import { CONFIG_PATH, repoFiles, repoSpec, textEdit } from './arbitraries.js';

const base = mkdtempSync(join(tmpdir(), 'ims-gate-prop-loc-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;

function writeFiles(files: Record<string, Buffer>): string {
  const root = join(base, `r${n++}`);
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  return root;
}

/**
 * The lines of a file as the readers count them: decoded text (UTF-16 by its BOM; latin-1 for a binary file, whose
 * columns are bytes; an XML-declared code page; else UTF-8, lossy), split at '\n'. The BOM is not a column.
 */
function fileLines(bytes: Buffer): string[] {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else if (bytes.includes(0)) text = bytes.toString('latin1').replace(/^\xef\xbb\xbf/, '');
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
        // unsupported: the reader reports it at a byte position
      }
    }
    text = new TextDecoder(label).decode(bytes);
  }
  return text.split('\n');
}

interface Place {
  what: string;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

function places(report: Report): Place[] {
  const all: Place[] = [];
  const add = (what: string, f: Omit<Place, 'what'>) => all.push({ ...f, what });
  for (const f of report.findings) {
    add(`finding ${f.ruleId} "${f.message}"`, f);
    for (const r of f.related ?? []) add(`related location of ${f.ruleId} "${r.message}"`, r);
  }
  for (const f of report.suppressed) {
    add(`suppressed (${f.suppressedBy}) ${f.ruleId} "${f.message}"`, f);
    for (const r of f.related ?? []) add(`related location of suppressed ${f.ruleId}`, r);
  }
  return all;
}

function expectInside(root: string, place: Place, cache: Map<string, string[]>): void {
  let where = `${place.what} at ${place.file}:${place.line}:${place.column}-${place.endLine}:${place.endColumn}`;
  // A POSIX path relative to the root, naming a file that exists there.
  expect(place.file, where).not.toMatch(/^\/|^\.\.?(\/|$)|\\|\/\.\.?(\/|$)/);
  expect(statSync(join(root, place.file), { throwIfNoEntry: false })?.isFile(), `${where}: no such file under the root`).toBe(true);
  let lines = cache.get(place.file);
  if (!lines) {
    lines = fileLines(readFileSync(join(root, place.file)));
    cache.set(place.file, lines);
  }
  // Columns count UTF-16 code units of the decoded line (bytes for a binary file): allow the larger of the two.
  const length = (line: number) => Math.max(lines[line - 1].length, Buffer.byteLength(lines[line - 1]));
  const shown = lines.slice(Math.max(0, place.line - 2), (place.endLine ?? place.line) + 1);
  where += `\n  lines ${Math.max(1, place.line - 1)}…: ${JSON.stringify(shown)}`;
  expect(Number.isInteger(place.line) && Number.isInteger(place.column), where).toBe(true);
  expect(place.line, where).toBeGreaterThanOrEqual(1);
  expect(place.line, `${where}: the file has ${lines.length} lines`).toBeLessThanOrEqual(lines.length);
  expect(place.column, where).toBeGreaterThanOrEqual(1);
  expect(place.column, `${where}: line ${place.line} has ${length(place.line)} characters`).toBeLessThanOrEqual(length(place.line) + 1);
  if (place.endLine === undefined || place.endColumn === undefined) return;
  expect(place.endLine, where).toBeGreaterThanOrEqual(place.line);
  expect(place.endLine, `${where}: the file has ${lines.length} lines`).toBeLessThanOrEqual(lines.length);
  expect(place.endColumn, where).toBeGreaterThanOrEqual(1);
  expect(place.endColumn, `${where}: line ${place.endLine} has ${length(place.endLine)} characters`).toBeLessThanOrEqual(
    length(place.endLine) + 1,
  );
  if (place.endLine === place.line) expect(place.endColumn, where).toBeGreaterThanOrEqual(place.column);
}

async function checkRepository(files: Record<string, Buffer>): Promise<Report> {
  const root = writeFiles(files);
  const { report } = await scan({ root, failOn: 'error' });
  const cache = new Map<string, string[]>();
  for (const place of places(report)) expectInside(root, place, cache);
  rmSync(root, { recursive: true, force: true });
  return report;
}

// Each run writes a ten-file repository and scans it (about 50 ms under load): 20 to 30 runs per variant check the
// pipeline's own locations (related locations, suppressions, cross-file findings); the readers' locations on many
// thousands of inputs are checked in __tests__/read/property.test.ts and __tests__/property/readers.test.ts.
describe('every reported location lies inside its file', () => {
  test('generated repositories, unedited', async () => {
    let findings = 0;
    await fc.assert(
      fc.asyncProperty(repoSpec(), async (spec) => {
        const report = await checkRepository(repoFiles({ ...spec, edits: {} }));
        findings += report.findings.length + report.suppressed.length;
      }),
      { numRuns: 20 },
    );
    // The generators do produce findings and suppressions to check.
    expect(findings).toBeGreaterThan(20);
  });

  test('generated repositories with hostile text edits (markup, entities, quotes, line breaks, truncation)', async () => {
    await fc.assert(
      fc.asyncProperty(repoSpec(textEdit), async (spec) => {
        await checkRepository(repoFiles(spec));
      }),
      { numRuns: 30 },
    );
  });

  test('generated repositories with raw byte edits (invalid UTF-8, NUL, BOMs) and UTF-16 files', async () => {
    await fc.assert(
      fc.asyncProperty(
        repoSpec(),
        fc.array(fc.constantFrom('prod/packages/ims.xml', 'prod/ims/manifest.yml', 'admin-console/users.csv', CONFIG_PATH), {
          maxLength: 2,
        }),
        async (spec, utf16Files) => {
          const files = repoFiles(spec);
          for (const path of utf16Files) {
            // UTF-16LE with a BOM (the config is always read as UTF-8: it becomes unreadable, at line 1).
            files[path] = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(files[path].toString('utf8'), 'utf16le')]);
          }
          await checkRepository(files);
        },
      ),
      { numRuns: 20 },
    );
  });
});
