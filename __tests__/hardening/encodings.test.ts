// Hardening (issue 7): binary files, invalid UTF-8, UTF-16 with a byte-order mark, and the size limit, through the
// whole pipeline. Each case ends with an IMS000 finding (or a correct read) naming the file, and the rest of the
// scan intact.
//
// Already covered at the reader level: __tests__/read/xml.test.ts "encodings" (UTF-8 BOM columns; UTF-16 LE/BE
// decode to the same records as UTF-8; odd-length UTF-16; invalid UTF-8 at the offending byte; NUL → binary) and
// the golden fixtures xml-binary, xml-invalid-utf8, xml-utf16le, xml-utf16be. A binary *.xml that carries a
// Campaign marker, through scan(): __tests__/pipeline/unreadable.test.ts "keeps scanning past a binary file".
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline.js';
import { describedRules } from '../../src/policy/rule-help.js';
import { codeFrames } from '../../src/excerpt/code-frames.js';
import { formats } from '../../src/report/formats.js';
import { writeRepo } from '../helpers/repo.js';
import {
  allFormats,
  expectOneProblem,
  expectSentinel,
  inputFindings,
  SENTINEL,
  SENTINEL_FILE,
  SENTINEL_LOC,
  sentinel,
  utf16,
} from './helpers.js';

const MANIFEST = `kind: ims-provisioning
instance: stage
clientId: campaign-stage
scopes:
  - openid
  - AdobeID
`;

const CSV = `Username,Email,Product Configurations
ana@example.com,ana@example.com,"Campaign - prod - delivery"
`;

describe('binary files', () => {
  it('a binary serverConf.xml (sniffed by its name) is an IMS000 error naming it', async () => {
    const bytes = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0a, 0x00, 0xff]);
    const root = writeRepo({ ...sentinel(), 'prod/conf/serverConf.xml': bytes });
    const { report } = await scan({ root, failOn: 'error' });
    const problem = expectOneProblem(report, 'prod/conf/serverConf.xml', 'error', /^binary file: NUL byte at offset 3/);
    expect(problem).toMatchObject({ line: 1, column: 4 });
    expectSentinel(report);
    for (const [name, output] of allFormats(report, root)) expect(output.includes('\u0000'), `${name} holds a NUL byte`).toBe(false);
  });

  it('a binary *.xml without any Campaign marker (a renamed archive) is counted, not read, not reported', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(4096, 0xa5)]);
    const root = writeRepo({ ...sentinel(), 'prod/packages/logo.xml': png });
    const { report } = await scan({ root, failOn: 'error' });
    // Unrelated files cost one read and a byte search; they are not IMS configuration, so nothing is said about them.
    expect(report.findings.filter((f) => f.file === 'prod/packages/logo.xml')).toEqual([]);
    expect(report.stats.filesScanned).toBe(2);
    expectSentinel(report);
  });
});

describe('invalid UTF-8', () => {
  const bad = (text: string, at: string): Buffer => {
    const i = text.indexOf(at);
    return Buffer.concat([Buffer.from(text.slice(0, i)), Buffer.from([0xc3, 0x28]), Buffer.from(text.slice(i))]);
  };

  it.each([
    ['an IMS package', 'stage/packages/ims.xml', bad(SENTINEL, 'ims-na1'), 5, 35],
    ['a manifest', 'stage/ims/manifest.yml', bad(MANIFEST, 'campaign-stage'), 3, 11],
    ['an Admin Console export', 'admin-console/users.csv', bad(CSV, 'ana@'), 2, 1],
  ])('in %s: IMS000 at the offending byte, naming the file', async (_what, file, bytes, line, column) => {
    const root = writeRepo({ ...sentinel(), [file]: bytes });
    const { report } = await scan({ root, failOn: 'error' });
    const problem = expectOneProblem(report, file, 'error', /^invalid UTF-8: the byte 0xC3 at offset \d+ starts an invalid UTF-8 sequence/);
    expect([problem.line, problem.column]).toEqual([line, column]);
    expectSentinel(report);
    for (const [name, output] of allFormats(report, root)) expect(output.length, name).toBeGreaterThan(0);
  });
});

describe('UTF-16 with a byte-order mark', () => {
  it.each(['le', 'be'] as const)('UTF-16%s package: read, the finding at the same line and columns as in UTF-8', async (endian) => {
    const file = `stage/packages/ims-utf16${endian}.xml`;
    const root = writeRepo({ ...sentinel(), [file]: utf16(SENTINEL, endian) });
    const { report } = await scan({ root, failOn: 'error' });
    expect(inputFindings(report, file)).toEqual([]);
    expectSentinel(report);
    expectSentinel(report, file);
    // Same findings, same places as the UTF-8 sentinel (other than the file and its instance).
    const shape = (f: (typeof report.findings)[number]) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn, f.severity];
    expect(report.findings.filter((f) => f.file === file).map(shape)).toEqual(
      report.findings.filter((f) => f.file === SENTINEL_FILE).map(shape),
    );
  });

  it('the stylish code frame of a UTF-16 file shows the decoded line, not raw UTF-16 bytes', async () => {
    const file = 'stage/packages/ims-utf16le.xml';
    const root = writeRepo({ [file]: utf16(SENTINEL, 'le') });
    const { report } = await scan({ root, failOn: 'error' });
    const output = formats.stylish(report, { root, color: false, rules: describedRules(), frames: codeFrames(report, root) });
    expect(output.includes('\u0000'), 'the stylish output holds NUL bytes').toBe(false);
    expect(output).toContain(`> ${SENTINEL_LOC.line} |                 imsServer="http://ims-na1.adobelogin.com"/>`);
  });

  it('UTF-16 serverConf.xml, manifest and Admin Console export are read', async () => {
    const conf = `<?xml version="1.0" encoding="UTF-16"?>\n<serverconf>\n  <shared>\n    <ims authIMSEndpoint="http://ims-na1.adobelogin.com" authIMSClientId="campaign-stage"/>\n  </shared>\n</serverconf>\n`;
    const root = writeRepo({
      ...sentinel(),
      'stage/conf/serverConf.xml': utf16(conf, 'be'),
      'stage/ims/manifest.yml': utf16(MANIFEST, 'le'),
      'admin-console/users.csv': utf16(CSV, 'le'),
    });
    const { report, model } = await scan({ root, failOn: 'error' });
    for (const file of ['stage/conf/serverConf.xml', 'stage/ims/manifest.yml', 'admin-console/users.csv'])
      expect(inputFindings(report, file), file).toEqual([]);
    const stage = model?.instances.find((i) => i.name === 'stage');
    expect(stage?.serverConfs[0].data.ims?.attrs.authIMSEndpoint).toMatchObject({
      value: 'http://ims-na1.adobelogin.com',
      loc: { line: 4, column: 10 },
    });
    expect(stage?.manifests[0].clientId).toMatchObject({ value: 'campaign-stage', loc: { line: 3, column: 11 } });
    expect(model?.dashboards[0]?.users[0].groups[0]).toMatchObject({ value: 'Campaign - prod - delivery', loc: { line: 2, column: 34 } });
    expectSentinel(report);
  });
});

describe('size limit (maxFileSize)', () => {
  const CONFIG = '.github/ims-gate.yml';

  it('a file over the configured limit is skipped with an IMS000 notice naming it; the rest is scanned', async () => {
    // 1000 bytes is the limit; the big package holds a misconfigured account that must not be read.
    const big = SENTINEL.replace('<package', `<!-- ${'x'.repeat(1200)} -->\n<package`);
    const exact = SENTINEL.replace('<package', `<!-- ${'y'.repeat(1000 - SENTINEL.length - 10)} -->\n<package`);
    expect(Buffer.byteLength(exact)).toBe(1000);
    const root = writeRepo({
      ...sentinel(),
      [CONFIG]: 'maxFileSize: 1000\n',
      'stage/packages/big.xml': big,
      'stage/packages/exact.xml': exact,
      'stage/notes/big.txt': 'z'.repeat(5000),
    });
    const { report } = await scan({ root, failOn: 'error' });
    const size = Buffer.byteLength(big);
    const notice = expectOneProblem(
      report,
      'stage/packages/big.xml',
      'notice',
      new RegExp(`^file of ${size} bytes is over the size limit of 1000 bytes \\(maxFileSize\\), not scanned$`),
    );
    expect(notice).toMatchObject({ line: 1, column: 1 });
    // Skipped means not read: no finding about its account.
    expect(report.findings.filter((f) => f.file === 'stage/packages/big.xml')).toHaveLength(1);
    // Any file over the limit gets the notice, even an unrelated one (it was not looked at).
    expectOneProblem(report, 'stage/notes/big.txt', 'notice', /over the size limit of 1000 bytes/);
    // A file of exactly the limit is read.
    expect(report.findings.some((f) => f.ruleId === 'IMS003' && f.file === 'stage/packages/exact.xml')).toBe(true);
    expectSentinel(report);
    // The skipped files are not counted as scanned: the sentinel, the config, the exact-size package.
    expect(report.stats.filesScanned).toBe(3);
    // A notice does not fail the gate by itself.
    expect(report.findings.filter((f) => f.ruleId === 'IMS000' && f.severity !== 'notice')).toEqual([]);
  });
});
