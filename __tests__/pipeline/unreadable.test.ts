// Issue 2 acceptance: unreadable configuration becomes IMS000 at the parser's line, and the scan goes on.
import { describe, expect, it } from 'vitest';
import { scanFiles } from '../helpers/repo.js';

const GOOD_ACCOUNT = `<?xml version='1.0'?>
<package buildNumber="9379" buildVersion="7.4" name="ims" namespace="cus">
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud"
                imsServer="http://ims-na1.adobelogin.com"/>
  </entities>
</package>
`;

const TRUNCATED = `<?xml version='1.0'?>
<package buildNumber="9379" name="backup" namespace="cus">
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud"
                imsServer="https://ims-na1.adobelogin.com"`;

const YAML_SYNTAX = `kind: ims-provisioning
instance: stage
clientId: campaign-stage
scopes: [openid, AdobeID
productContext: dma_campaign_classic
`;

const SCHEMA_INVALID = `kind: ims-provisioning
instance: qa
clientId: campaign-qa
scopes:
  - openid
  - 42
redirectUris: https://qa.example.com
`;

describe('unreadable input', () => {
  it('reports IMS000 at the parser line for each broken file and still reports the other files', async () => {
    const report = await scanFiles({
      'prod/packages/ims.xml': GOOD_ACCOUNT,
      'prod/packages/backup.xml': TRUNCATED,
      'stage/ims/manifest.yml': YAML_SYNTAX,
      'qa/ims/manifest.yml': SCHEMA_INVALID,
    });
    const unreadable = report.findings.filter((f) => f.ruleId === 'IMS000');
    expect(unreadable.map((f) => [f.file, f.severity])).toEqual([
      ['prod/packages/backup.xml', 'error'],
      ['qa/ims/manifest.yml', 'error'],
      ['stage/ims/manifest.yml', 'error'],
    ].sort());
    const byFile = Object.fromEntries(unreadable.map((f) => [f.file, f]));
    // The truncated element starts at line 4 and the file ends on line 5.
    expect([4, 5]).toContain(byFile['prod/packages/backup.xml'].line);
    // The flow sequence opened on line 4 is never closed; the parser notices on line 4 or 5.
    expect([4, 5]).toContain(byFile['stage/ims/manifest.yml'].line);
    // The schema errors point at the offending nodes: the number 42 (line 6) or the string redirectUris (line 7).
    const qa = unreadable.filter((f) => f.file === 'qa/ims/manifest.yml').map((f) => f.line);
    expect(qa.every((line) => line === 6 || line === 7)).toBe(true);
    // The readable file's own finding is still reported.
    expect(report.findings.some((f) => f.ruleId !== 'IMS000' && f.file === 'prod/packages/ims.xml')).toBe(true);
    expect(report.verdict.result).toBe('fail');
  });

  it('keeps scanning past a binary file that carries a marker', async () => {
    const binary = Buffer.concat([Buffer.from('<entities schema="nms:extAccount">'), Buffer.from([0, 1, 2, 0, 255, 254])]);
    const report = await scanFiles({ 'prod/blob.xml': binary, 'prod/packages/ims.xml': GOOD_ACCOUNT });
    expect(report.findings.filter((f) => f.ruleId === 'IMS000').map((f) => f.file)).toEqual(['prod/blob.xml']);
    expect(report.findings.some((f) => f.file === 'prod/packages/ims.xml')).toBe(true);
  });
});
