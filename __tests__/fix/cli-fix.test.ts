// `dist/cli.js check --fix` as users run it: for every fixable rule, a tree that fails that rule is fixed into one
// that passes it, and the fixed file is byte for byte the clean file the failure was made from (so every byte
// outside the replaced spans is kept), in UTF-8 and in CRLF files with a byte-order mark.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imsAccountPackage, manifest } from '../sarif/fixtures.js';
import { writeRepo } from '../helpers/repo.js';
import type { Report } from '../../src/types.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

function cli(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, 'check', root, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', IMS_CLIENT_SECRET: '' },
  });
}

function jsonReport(root: string, ...args: string[]): { report: Report; status: number | null; stderr: string } {
  const run = cli(root, '--format', 'json', ...args);
  return { report: JSON.parse(run.stdout) as Report, status: run.status, stderr: run.stderr };
}

const ACCOUNT = 'prod/packages/ims-account.xml';
const MANIFEST = 'prod/ims/manifest.yml';

/** Two clean instances: every rule passes. */
function cleanTree(): Record<string, string> {
  return {
    [ACCOUNT]: imsAccountPackage('prod'),
    [MANIFEST]: manifest('prod'),
    'stage/packages/ims-account.xml': imsAccountPackage('stage'),
    'stage/ims/manifest.yml': manifest('stage'),
  };
}

interface Case {
  rule: string;
  file: string;
  /** The clean text, and the failing text it is turned into. */
  from: string;
  to: string;
}

const CASES: Case[] = [
  {
    rule: 'IMS003',
    file: ACCOUNT,
    from: 'imsServer="https://ims-na1.adobelogin.com"',
    to: 'imsServer="http://ims-na1.adobelogin.com/ims"',
  },
  // Stage uses another production endpoint than prod: it takes prod's.
  {
    rule: 'IMS003',
    file: 'stage/packages/ims-account.xml',
    from: 'imsServer="https://ims-na1.adobelogin.com"',
    to: 'imsServer="https://adobeid-na1.services.adobe.com"',
  },
  {
    rule: 'IMS004',
    file: ACCOUNT,
    from: 'imsAssociationMask="Campaign - prod - (.*)"',
    to: 'imsAssociationMask="Campaign  - prod - (.*)"',
  },
  {
    rule: 'IMS007',
    file: ACCOUNT,
    from: 'imsCallbackServer="https://prod.campaign.example.com"',
    to: 'imsCallbackServer="http://prod.campaign.example.com"',
  },
  { rule: 'IMS002', file: ACCOUNT, from: 'productContext="dma_campaign_classic"', to: 'productContext="dma_campaign_standard"' },
  { rule: 'IMS002', file: MANIFEST, from: 'productContext: dma_campaign_classic', to: 'productContext: dma_campaign' },
  {
    rule: 'IMS006',
    file: ACCOUNT,
    from: 'imsScope="openid,AdobeID,read_organizations"',
    to: 'imsScope="openid,AdobeID,additional_info.projectedProductContext,read_organizations"',
  },
  {
    rule: 'IMS006',
    file: ACCOUNT,
    from: 'imsScope="openid,AdobeID,read_organizations"',
    to: 'imsScope="openid,adobeid,read_organizations"',
  },
  { rule: 'IMS008', file: ACCOUNT, from: 'imsClientId="campaign-prod"', to: 'imsClientId="campaign-prodd"' },
];

/** CRLF line ends and a UTF-8 byte-order mark. */
function crlfBom(text: string): string {
  return `\uFEFF${text.replace(/\n/g, '\r\n')}`;
}

describe.each([
  ['LF', (text: string) => text],
  ['CRLF + BOM', crlfBom],
])('check --fix (%s files)', (_name, style) => {
  it.each(CASES)('$rule: "$to" is fixed back to "$from"', ({ rule, file, from, to }) => {
    const clean = Object.fromEntries(Object.entries(cleanTree()).map(([path, text]) => [path, style(text)]));
    const broken = { ...clean, [file]: clean[file].replace(from, to) };
    expect(broken[file]).not.toBe(clean[file]);
    const root = writeRepo(broken);

    const before = jsonReport(root);
    const failing = before.report.findings.filter((finding) => finding.ruleId === rule);
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((finding) => finding.fix && finding.fix.replacements.length > 0)).toBe(true);
    expect(before.status).toBe(1);

    const fixed = jsonReport(root, '--fix');
    expect(fixed.stderr).toContain(`fixed ${file}:${failing[0].line} ${rule}\n`);
    expect(fixed.report.findings).toEqual([]);
    expect(fixed.status).toBe(0);
    // Byte for byte the clean file: the BOM, the CRLFs, the quotes and the indentation are kept.
    expect(readFileSync(join(root, file))).toEqual(Buffer.from(clean[file], 'utf8'));

    const again = cli(root, '--fix');
    expect(again.stderr).toContain('ims-gate: --fix: 0 fixes applied in 0 files\n');
    expect(readFileSync(join(root, file))).toEqual(Buffer.from(clean[file], 'utf8'));
  });
});

describe('check --fix keeps the quote style of YAML and JSON values, and escapes XML', () => {
  it.each([
    ['YAML single-quoted', MANIFEST, "productContext: 'dma_campaign'", "productContext: 'dma_campaign_classic'"],
    ['YAML double-quoted', MANIFEST, 'productContext: "dma_campaign"', 'productContext: "dma_campaign_classic"'],
    ['JSON', 'prod/ims/manifest.json', '"productContext": "dma_campaign"', '"productContext": "dma_campaign_classic"'],
  ])('%s', (_name, file, broken, fixed) => {
    const clean = cleanTree();
    const manifestText =
      file === MANIFEST
        ? clean[MANIFEST].replace('productContext: dma_campaign_classic', broken)
        : `{"kind": "ims-provisioning", "instance": "prod", "clientId": "campaign-prod", "scopes": ["openid", "AdobeID", "read_organizations"], ${broken}, "orgId": "ABCDEF1234567890@AdobeOrg", "redirectUris": ["https://prod.campaign.example.com"]}\n`;
    const tree = { ...clean, [MANIFEST]: undefined, [file]: manifestText } as Record<string, string | undefined>;
    const root = writeRepo(Object.fromEntries(Object.entries(tree).filter((entry): entry is [string, string] => entry[1] !== undefined)));
    const run = jsonReport(root, '--fix');
    expect(run.stderr).toContain(`fixed ${file}:`);
    expect(run.report.findings).toEqual([]);
    expect(readFileSync(join(root, file), 'utf8')).toBe(manifestText.replace(broken, fixed));
  });

  it('an XML value with entity references is rewritten whole, escaped for its quote', () => {
    const clean = cleanTree();
    const broken = clean[ACCOUNT].replace('imsClientId="campaign-prod"', "imsClientId='campaign&#45;prodd'");
    const root = writeRepo({ ...clean, [ACCOUNT]: broken });
    const run = jsonReport(root, '--fix');
    expect(run.report.findings).toEqual([]);
    expect(readFileSync(join(root, ACCOUNT), 'utf8')).toBe(
      broken.replace("imsClientId='campaign&#45;prodd'", "imsClientId='campaign-prod'"),
    );
  });
});

describe('IMS007: a callback to another instance', () => {
  it("becomes this instance's configured url", () => {
    const config =
      'instances:\n  prod:\n    paths: ["prod/**"]\n    url: https://prod.campaign.example.com\n  stage:\n    paths: ["stage/**"]\n    url: https://stage.campaign.example.com\n';
    const clean: Record<string, string> = { ...cleanTree(), '.github/ims-gate.yml': config };
    const from = 'imsCallbackServer="https://prod.campaign.example.com"';
    const broken = { ...clean, [ACCOUNT]: clean[ACCOUNT].replace(from, 'imsCallbackServer="https://stage.campaign.example.com"') };
    const root = writeRepo(broken);
    const before = jsonReport(root);
    expect(before.report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([`IMS007 ${ACCOUNT}:8`]);
    const fixed = jsonReport(root, '--fix');
    expect(fixed.report.findings).toEqual([]);
    expect(readFileSync(join(root, ACCOUNT), 'utf8')).toBe(clean[ACCOUNT]);
  });
});

describe('check --fix-dry-run', () => {
  it('prints the unified diff, writes nothing, and exits as the check of the tree as it is', () => {
    const clean = cleanTree();
    const root = writeRepo({ ...clean, [ACCOUNT]: clean[ACCOUNT].replace('imsClientId="campaign-prod"', 'imsClientId="campaign-prodd"') });
    const bytes = readFileSync(join(root, ACCOUNT));
    const run = cli(root, '--fix-dry-run');
    expect(run.status).toBe(1);
    // The secret is on the line after the change: never a context line (see dry-run-diff.test.ts).
    expect(run.stdout).toContain(`--- a/${ACCOUNT}\n+++ b/${ACCOUNT}\n@@ -7,1 +7,1 @@\n`);
    expect(run.stdout).toContain(
      '\n-                imsServer="https://ims-na1.adobelogin.com" imsScope="openid,AdobeID,read_organizations" imsClientId="campaign-prodd"\n',
    );
    expect(run.stdout).toContain(
      '\n+                imsServer="https://ims-na1.adobelogin.com" imsScope="openid,AdobeID,read_organizations" imsClientId="campaign-prod"\n',
    );
    expect(run.stdout).not.toContain('imsClientSecret');
    expect(run.stderr).toBe(
      `ims-gate: --fix-dry-run: ${ACCOUNT}:7 (hunk without context after it, a secret follows: apply with git apply --unidiff-zero, or patch)\n` +
        'ims-gate: --fix-dry-run: 1 fix in 1 file would be applied; nothing was written\n',
    );
    expect(readFileSync(join(root, ACCOUNT))).toEqual(bytes);
  });

  it('--fix and --fix-dry-run together are a usage error (exit 2)', () => {
    const run = cli(writeRepo(cleanTree()), '--fix', '--fix-dry-run');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('ims-gate: --fix: cannot be combined with --fix-dry-run; choose one\n');
  });
});

describe('IMS005: a suggestion only', () => {
  it('offers the spelling that maps, and --fix leaves the Admin Console export alone', () => {
    const groups = `<?xml version='1.0'?>
<package author="a" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <entities schema="xtk:group">
    <group name="campaignManager" label="Campaign managers" type="1"/>
    <group name="reportViewer" label="Report viewers" type="1"/>
  </entities>
</package>
`;
    const csv =
      'Identity Type,Username,Domain,Email,First Name,Last Name,Country Code,Product Configurations,Admin Roles,Product Configurations Administered,User Groups,User Groups Administered,Products Administered,Developer Access\n' +
      'Federated ID,a@example.com,example.com,a@example.com,A,B,FR,"Campaign - prod - campaignManager,Campaign - prod - reportViewer",,,,,,\n' +
      'Federated ID,c@example.com,example.com,c@example.com,C,D,FR,Campaign - prod - campaignManagers,,,,,,\n';
    const root = writeRepo({ ...cleanTree(), 'prod/packages/groups.xml': groups, 'admin-console/users.csv': csv });
    const before = jsonReport(root);
    const misspelt = before.report.findings.find((finding) => finding.ruleId === 'IMS005' && finding.message.includes('did you mean'));
    expect(misspelt?.fix).toEqual({
      replacements: [
        {
          loc: { file: 'admin-console/users.csv', line: 3, column: 61, endLine: 3, endColumn: 95 },
          text: 'Campaign - prod - campaignManager',
        },
      ],
      suggestionOnly: true,
    });
    const fixed = jsonReport(root, '--fix');
    expect(fixed.stderr).toBe('ims-gate: --fix: 0 fixes applied in 0 files\n');
    expect(readFileSync(join(root, 'admin-console/users.csv'), 'utf8')).toBe(csv);
  });
});
