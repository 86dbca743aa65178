// Suppressions: inline (XML and YAML), by config, forbidden by config; none is ever dropped silently.
import { describe, expect, it } from 'vitest';
import { scanFiles } from '../helpers/repo.js';

const account = (comment: string) => `<?xml version='1.0'?>
<package name="ims" namespace="cus">
  <entities schema="nms:extAccount">
    ${comment}
    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsAssociationMask="Campaign - prod - (.*)"
                imsServer="https://ims-na1-stg1.adobelogin.com"/>
  </entities>
</package>
`;

const manifest = (comment: string) => `kind: ims-provisioning
instance: prod
clientId: campaign-prod
${comment}
productContext: dma_campaign
scopes: [openid]
`;

const prodAccount = `<package><entities schema="nms:extAccount">
<extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsClientId="campaign-prod" productContext="dma_campaign_classic"/>
</entities></package>
`;

describe('suppressions', () => {
  it('an XML comment with a reason suppresses the rule on the next element (even on a later line of it), and is listed', async () => {
    const report = await scanFiles({
      'prod/ims.xml': account('<!-- ims-gate-disable-next-line IMS003 - stage host kept until the March migration -->'),
    });
    expect(report.findings.filter((f) => f.ruleId === 'IMS003')).toEqual([]);
    expect(report.suppressed.map((f) => [f.ruleId, f.line, f.suppressedBy, f.reason])).toEqual([
      ['IMS003', 6, 'inline', 'stage host kept until the March migration'],
    ]);
    expect(report.verdict.result).toBe('pass');
  });

  it('does not suppress other rules, and a comment without a reason is itself a warning', async () => {
    const report = await scanFiles({ 'prod/ims.xml': account('<!-- ims-gate-disable-next-line IMS007 -->') });
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([
      ['IMS000', 'warning', 4],
      ['IMS003', 'error', 6],
    ]);
    expect(report.findings[0].message).toContain('gives no reason');
  });

  it('a YAML comment suppresses the next line only', async () => {
    const files = { 'prod/packages/ims.xml': prodAccount };
    const plain = await scanFiles({ ...files, 'prod/ims/manifest.yml': manifest('') }, { onlyRules: ['IMS002'] });
    expect(plain.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([['IMS002', 'prod/ims/manifest.yml', 5]]);
    const suppressed = await scanFiles(
      { ...files, 'prod/ims/manifest.yml': manifest('# ims-gate-disable-next-line IMS002 -- product context migrates in ticket 4711') },
      { onlyRules: ['IMS002'] },
    );
    expect(suppressed.findings).toEqual([]);
    expect(suppressed.suppressed.map((f) => [f.ruleId, f.line, f.reason])).toEqual([
      ['IMS002', 5, 'product context migrates in ticket 4711'],
    ]);
    const elsewhere = await scanFiles(
      { ...files, 'prod/ims/manifest.yml': `# ims-gate-disable-next-line IMS002 -- wrong place\n${manifest('')}` },
      { onlyRules: ['IMS002'] },
    );
    expect(elsewhere.findings.map((f) => [f.ruleId, f.line])).toEqual([['IMS002', 6]]);
  });

  it('rules: {ID: off} moves the findings to the suppressed list', async () => {
    const report = await scanFiles({ '.github/ims-gate.yml': 'rules:\n  IMS003: off\n', 'prod/ims.xml': account('') });
    expect(report.findings).toEqual([]);
    expect(report.suppressed.map((f) => [f.ruleId, f.suppressedBy])).toEqual([['IMS003', 'config']]);
  });

  it('rules: {ID: warning} changes the severity, and so the verdict', async () => {
    const report = await scanFiles({ '.github/ims-gate.yml': 'rules:\n  IMS003: warning\n', 'prod/ims.xml': account('') });
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['IMS003', 'warning']]);
    expect(report.verdict.result).toBe('pass');
    expect(report.stats).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('allowInlineSuppressions: false keeps the finding and flags the comment', async () => {
    const report = await scanFiles({
      '.github/ims-gate.yml': 'allowInlineSuppressions: false\n',
      'prod/ims.xml': account('<!-- ims-gate-disable-next-line IMS003 - please -->'),
    });
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([
      ['IMS000', 'warning', 4],
      ['IMS003', 'error', 6],
    ]);
    expect(report.findings[0].message).toContain('allowInlineSuppressions: false');
    expect(report.suppressed).toEqual([]);
  });

  it('a suppression naming an unknown rule is a warning', async () => {
    const report = await scanFiles({ 'prod/ims.xml': account('<!-- ims-gate-disable-next-line IMS999 - typo -->') });
    expect(report.findings.filter((f) => f.ruleId === 'IMS000').map((f) => f.message)).toEqual([
      expect.stringContaining('unknown rule IMS999'),
    ]);
  });
});

describe('suppression problems', () => {
  it('a comment that names no rule says so, and two of them in one file keep distinct fingerprints', async () => {
    const twice = account('<!-- ims-gate-disable-next-line -->').replace(
      '<entities schema="nms:extAccount">',
      '<entities schema="nms:extAccount">\n    <!-- ims-gate-disable-next-line -->\n    <extAccount name="other" type="3"/>',
    );
    const report = await scanFiles({ 'prod/ims.xml': twice });
    const problems = report.findings.filter((f) => f.ruleId === 'IMS000');
    expect(problems.map((f) => [f.line, f.severity])).toEqual([
      [4, 'warning'],
      [6, 'warning'],
    ]);
    expect(problems[0].message).toContain('names no rule');
    expect(new Set(problems.map((f) => f.fingerprint)).size).toBe(2);
  });
});
