// Hardening (issue 7): scale. A 100,000-row Admin Console export and a repository of 50,000 tiny files go
// through the whole pipeline and finish, with every file counted and the findings right. No timing assertions:
// performance is measured by the benchmark (bench/), never by tests.
//
// Already covered at the reader level: __tests__/read/admin-console-csv.test.ts "100,000 rows are read, with exact
// positions to the last row".
import { mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline.js';
import { writeRepo } from '../helpers/repo.js';
import { allFormats, expectSentinel, SENTINEL, SENTINEL_FILE, sentinel } from './helpers.js';

const HEADER =
  'Identity Type,Username,Domain,Email,First Name,Last Name,Country Code,Product Configurations,Admin Roles,Product Configurations Administered,User Groups,User Groups Administered,Products Administered,Developer Access';

const ACCOUNT = `<?xml version='1.0'?>
<package name="ims" namespace="cus">
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud" type="Adobe Marketing Cloud" active="1"
                imsServer="https://ims-na1.adobelogin.com" imsScope="openid,AdobeID,read_organizations" imsClientId="campaign-stage"
                imsClientSecret="@57QS5VHMb9BCsojLVrKI/Q==" imsCallbackServer="https://stage.campaign.example.com"
                imsOrgId="ABCDEF1234567890@AdobeOrg" imsAssociationMask="Campaign - stage - (.*)" productContext="dma_campaign_classic"/>
  </entities>
</package>
`;

const GROUPS = `<?xml version='1.0'?>
<package name="groups" namespace="cus">
  <entities schema="xtk:group">
    <group name="delivery" label="Delivery operators"/>
    <group name="admin" label="Administrators"/>
  </entities>
</package>
`;

describe('a 100,000-row Admin Console export', () => {
  it('is read and checked to its last row; the finding on the last row is at its exact place', { timeout: 120_000 }, async () => {
    const rows = [HEADER];
    for (let i = 0; i < 100_000; i++) {
      const groups =
        i === 99_999
          ? 'Campaign - stage - delivry'
          : i % 2
            ? 'Campaign - stage - delivery,Campaign - stage - admin'
            : 'Campaign - stage - admin';
      rows.push(`Federated ID,user${i}@example.com,example.com,user${i}@example.com,F,L,US,"${groups}",,,,,,`);
    }
    const csv = `${rows.join('\r\n')}\r\n`;
    const root = writeRepo({
      ...sentinel(),
      '.github/ims-gate.yml':
        'instances:\n  stage:\n    paths: ["stage/**"]\n  prod:\n    paths: ["prod/**"]\nenterpriseDashboard: admin-console/users.csv\n',
      'stage/packages/ims.xml': ACCOUNT,
      'stage/packages/groups.xml': GROUPS,
      'admin-console/users.csv': csv,
    });
    const { report, model } = await scan({ root, failOn: 'error' });
    expect(report.findings.filter((f) => f.ruleId === 'IMS000')).toEqual([]);
    expect(model?.dashboards[0].users).toHaveLength(100_000);
    // The misspelt profile on the last row (line 100,001): the error is at its exact cell, naming the group it
    // nearly spells (as related location); the user who cannot log in is a warning on that row.
    const prefix = 'Federated ID,user99999@example.com,example.com,user99999@example.com,F,L,US,"';
    const misspelt = report.findings.filter((f) => f.ruleId === 'IMS005' && f.severity === 'error');
    expect(misspelt).toHaveLength(1);
    expect(misspelt[0]).toMatchObject({ file: 'admin-console/users.csv', line: 100_001, column: prefix.length + 1 });
    expect(misspelt[0].message).toContain('did you mean "Campaign - stage - delivery"?');
    expect(misspelt[0].related).toEqual([{ file: 'stage/packages/groups.xml', line: 4, column: 12, message: 'operator group "delivery"' }]);
    const onCsv = report.findings.filter((f) => f.file === 'admin-console/users.csv');
    expect(onCsv.map((f) => [f.ruleId, f.severity, f.line, f.column])).toEqual([
      ['IMS005', 'warning', 100_001, 1],
      ['IMS005', 'error', 100_001, prefix.length + 1],
    ]);
    expectSentinel(report);
    for (const [name, output] of allFormats(report, root)) expect(output.length, name).toBeGreaterThan(0);
  });
});

describe('a repository of 50,000 tiny files', () => {
  /**
   * A folder on tmpfs when there is room (50,000 files take ~200 MB there): creating them on a busy disk can take
   * half a minute, on tmpfs under a second. Falls back to the system temporary folder.
   */
  function fastTempRoot(): string {
    try {
      const fs = statfsSync('/dev/shm');
      if (fs.bavail * fs.bsize > 1024 ** 3) return mkdtempSync('/dev/shm/ims-gate-50k-');
    } catch {
      // no tmpfs here
    }
    return mkdtempSync(join(tmpdir(), 'ims-gate-50k-'));
  }
  let root: string | undefined;
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('completes, counts every file, and still reports the one misconfigured account', { timeout: 300_000 }, async () => {
    root = fastTempRoot();
    mkdirSync(join(root, 'prod', 'packages'), { recursive: true });
    writeFileSync(join(root, SENTINEL_FILE), SENTINEL);
    const count = 50_000;
    // 50 folders of 1,000 files: unrelated packages, scripts, and tiny files that carry a marker but are harmless.
    for (let d = 0; d < 50; d++) {
      const dir = join(root, 'packages', `batch-${String(d).padStart(2, '0')}`);
      mkdirSync(dir, { recursive: true });
      for (let f = 0; f < count / 50; f++) {
        const n = d * 1000 + f;
        const content =
          n % 3 === 0
            ? `<package><entities schema="xtk:workflow"><workflow internalName="w${n}"/></entities></package>\n`
            : n % 3 === 1
              ? `// script ${n}\n`
              : `<group xtkschema="xtk:group" name="g${n}"/>\n`;
        writeFileSync(join(dir, n % 3 === 1 ? `s${n}.js` : `p${n}.xml`), content);
      }
    }
    const { report } = await scan({ root, failOn: 'error' });
    expect(report.stats.filesScanned).toBe(count + 1);
    expect(report.findings.filter((f) => f.ruleId === 'IMS000')).toEqual([]);
    expectSentinel(report);
    // Every format renders the result.
    for (const [name, output] of allFormats(report, root)) expect(output.length, name).toBeGreaterThan(0);
  });
});
