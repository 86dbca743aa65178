// Shared pieces of the hardening suite (issue 7): a "sentinel" repository file whose finding must survive
// every hostile neighbour, and small assertions on what a scan says about one file.
import { expect } from 'vitest';
import { describedRules } from '../../src/policy/rule-help.js';
import { codeFrames } from '../../src/excerpt/code-frames.js';
import { formats } from '../../src/report/formats.js';
import type { Finding, Report } from '../../src/types.js';

/** Where the sentinel lives, and the one finding it must always yield (IMS003: http:// IMS server). */
export const SENTINEL_FILE = 'prod/packages/ims.xml';

export const SENTINEL = `<?xml version='1.0'?>
<package buildNumber="9379" buildVersion="7.4" name="ims" namespace="cus">
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud"
                imsServer="http://ims-na1.adobelogin.com"/>
  </entities>
</package>
`;

/** The sentinel's IMS003 finding: line 5, the `imsServer="…"` attribute (columns 17 to 58, end exclusive). */
export const SENTINEL_LOC = { line: 5, column: 17, endLine: 5, endColumn: 58 };

/** The sentinel repository file, to spread into writeRepo/scanFiles. */
export const sentinel = (): Record<string, string> => ({ [SENTINEL_FILE]: SENTINEL });

/** The rest of the scan is intact: the sentinel's misconfigured IMS account still yields its IMS003 error. */
export function expectSentinel(report: Report, file = SENTINEL_FILE): void {
  const found = report.findings.filter((f) => f.ruleId === 'IMS003' && f.file === file);
  expect(found, `the IMS003 finding of ${file} (rest of the scan intact)`).toHaveLength(1);
  expect(found[0]).toMatchObject({ severity: 'error', ...SENTINEL_LOC });
}

/** IMS000 findings (read problems, skip notices) about one file. */
export function inputFindings(report: Report, file: string): Finding[] {
  return report.findings.filter((f) => f.ruleId === 'IMS000' && f.file === file);
}

/** Exactly one IMS000 finding names `file`, with this severity and a message matching `message`. */
export function expectOneProblem(report: Report, file: string, severity: Finding['severity'], message: RegExp): Finding {
  const found = inputFindings(report, file);
  expect(
    found.map((f) => `${f.severity}: ${f.message}`),
    `IMS000 findings of ${file}`,
  ).toHaveLength(1);
  expect(found[0].severity).toBe(severity);
  expect(found[0].message).toMatch(message);
  return found[0];
}

/** Every CLI output format of the report, by name (stylish with the root, so that code frames are read). */
export function allFormats(report: Report, root: string): [string, string][] {
  return Object.entries(formats).map(([name, format]) => [
    name,
    format(report, { root, color: false, rules: describedRules(), frames: codeFrames(report, root) }),
  ]);
}

/** The UTF-16 encoding of a text, with its byte-order mark. */
export function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (endian === 'le') return le;
  const be = Buffer.from(le);
  be.swap16();
  return be;
}
