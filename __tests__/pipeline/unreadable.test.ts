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
    expect(unreadable.map((f) => [f.file, f.severity])).toEqual(
      [
        ['prod/packages/backup.xml', 'error'],
        ['qa/ims/manifest.yml', 'error'],
        ['stage/ims/manifest.yml', 'error'],
      ].sort(),
    );
    // Each at the parser's own position: the end of the truncated file, the line where the unclosed flow
    // sequence breaks off, and the offending node (a string where a list is expected).
    expect(unreadable.map((f) => [f.file, f.line, f.column])).toEqual([
      ['prod/packages/backup.xml', 5, 58],
      ['qa/ims/manifest.yml', 6, 15],
      ['stage/ims/manifest.yml', 5, 1],
    ]);
    expect(unreadable[0].message).toContain('opened at line 4');
    expect(unreadable[1].message).toContain('redirectUris must be array');
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
