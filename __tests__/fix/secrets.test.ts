// A fix is written into files and shown in every report: it never carries a secret, whatever the rule.
import { describe, expect, it } from 'vitest';
import { dropSecretFixes } from '../../src/fix/offered.js';
import type { Finding } from '../../src/types.js';
import { scanFiles } from '../helpers/repo.js';
import { imsAccountPackage, manifest } from '../sarif/fixtures.js';

describe('a fix never contains a secret', () => {
  it.each([
    [
      'IMS007',
      'imsCallbackServer="https://prod.campaign.example.com"',
      'imsCallbackServer="http://ops:Pa55wordSecret@prod.campaign.example.com"',
    ],
    ['IMS003', 'imsServer="https://ims-na1.adobelogin.com"', 'imsServer="http://admin:Pa55wordSecret@ims-na1.adobelogin.com"'],
  ])('%s: a URL with a password gets no fix', async (rule, from, to) => {
    const report = await scanFiles({
      'prod/packages/ims.xml': imsAccountPackage('prod').replace(from, to),
      'prod/ims/manifest.yml': manifest('prod'),
    });
    const findings = report.findings.filter((finding) => finding.ruleId === rule);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((finding) => finding.fix)).toEqual(findings.map(() => undefined));
    expect(JSON.stringify(report)).not.toContain('Pa55wordSecret');
  });

  it('IMS008: a provisioned client ID that is also the plaintext client secret is not offered as a fix', async () => {
    const secret = 'plaintextSecretValue42';
    const report = await scanFiles({
      'prod/packages/ims.xml': imsAccountPackage('prod', { secret }),
      'prod/ims/manifest.yml': manifest('prod', secret),
    });
    const mismatch = report.findings.find((finding) => finding.ruleId === 'IMS008');
    expect(mismatch).toBeDefined();
    expect(mismatch?.fix).toBeUndefined();
  });

  it('dropSecretFixes removes a fix whose text holds a known secret, and keeps the others', () => {
    const base = {
      severity: 'error',
      message: 'm',
      remediation: 'r',
      file: 'f',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      fingerprint: 'x',
    } as const;
    const loc = { file: 'f', line: 1, column: 1, endLine: 1, endColumn: 2 };
    const findings: Finding[] = [
      { ...base, ruleId: 'IMS008', fix: { replacements: [{ loc, text: 'has-s3cretvalue-in' }] } },
      { ...base, ruleId: 'IMS002', fix: { replacements: [{ loc, text: 'dma_campaign_classic' }] } },
    ];
    dropSecretFixes(findings, ['s3cretvalue']);
    expect(findings.map((finding) => finding.fix?.replacements[0].text)).toEqual([undefined, 'dma_campaign_classic']);
  });

  it.each(['IMS001', 'IMS009', 'IMS000'])('%s findings never carry a fix', async (rule) => {
    const duplicate = imsAccountPackage('prod').replace(
      '  </entities>',
      '    <extAccount name="Adobe_Marketing_Cloud2" type="Adobe Marketing Cloud" imsServer="https://ims-na1.adobelogin.com"/>\n  </entities>',
    );
    const report = await scanFiles({
      'prod/packages/ims.xml': duplicate.replace('imsClientSecret="@57QS5VHMb9BCsojLVrKI/Q=="', 'imsClientSecret="plaintextSecretValue42"'),
      'prod/packages/broken.xml': '<package><entities schema="nms:extAccount"><extAccount name="x"',
      'prod/ims/manifest.yml': manifest('prod'),
    });
    const findings = report.findings.filter((finding) => finding.ruleId === rule);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((finding) => finding.fix)).toEqual([]);
  });
});
