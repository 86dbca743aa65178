import { describe, expect, it } from 'vitest';
import { scanFiles } from '../helpers/repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

// Campaign package exports, as the client console writes them (one attribute per line after the first).
const HEAD = `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <desc/>
  <version buildDate="2021-09-03 14:41:08.993Z"/>
`;

/** Records start on line 6; each attribute is on its own line, at column 17. */
function extAccounts(...records: Record<string, string>[]): string {
  const body = records
    .map((attrs) => {
      const lines = Object.entries(attrs).map(([name, value]) => `${name}="${value}"`);
      return `    <extAccount ${lines.join('\n                ')}/>`;
    })
    .join('\n');
  return `${HEAD}  <entities schema="nms:extAccount">\n${body}\n  </entities>\n</package>\n`;
}

function account(instance: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    name: 'Adobe_Marketing_Cloud',
    label: 'Adobe Experience Cloud',
    type: 'Adobe Marketing Cloud',
    active: '1',
    imsServer: 'https://ims-na1.adobelogin.com',
    imsScope: 'openid,AdobeID,read_organizations',
    imsClientId: `campaign-${instance}`,
    imsCallbackServer: `https://${instance}.campaign.example.com`,
    imsOrgId: 'ABCDEF1234567890@AdobeOrg',
    imsAssociationMask: `Campaign - ${instance} - (.*)`,
    productContext: 'dma_campaign_classic',
    ...overrides,
  };
}

const GROUPS = `${HEAD}  <entities schema="xtk:group">
    <group label="Delivery operators" name="delivery"/>
    <group label="Administrators" name="admin"/>
  </entities>
</package>
`;

function manifest(instance: string): string {
  return `kind: ims-provisioning
instance: ${instance}
clientId: campaign-${instance}
scopes: [openid, AdobeID, read_organizations]
productContext: dma_campaign_classic
orgId: ABCDEF1234567890@AdobeOrg
redirectUris:
  - https://${instance}.campaign.example.com
`;
}

ruleTester('IMS001', {
  valid: [
    {
      name: 'one Adobe_Marketing_Cloud account per instance',
      files: {
        'prod/packages/ims-account.xml': extAccounts(account('prod')),
        'prod/ims/manifest.yml': manifest('prod'),
        'stage/packages/ims-account.xml': extAccounts(account('stage')),
        'stage/ims/manifest.yml': manifest('stage'),
      },
    },
    {
      name: 'the same record in two packages (a base export and a later update) is one account',
      files: {
        'prod/packages/ims-account.xml': extAccounts(account('prod')),
        'prod/packages/ims-scope-update.xml': extAccounts({
          name: 'Adobe_Marketing_Cloud',
          _operation: 'update',
          imsScope: 'openid,AdobeID',
        }),
      },
    },
    {
      name: 'a deleted duplicate and unrelated external accounts do not count',
      files: {
        'prod/packages/accounts.xml': extAccounts(
          account('prod'),
          account('prod', { name: 'Adobe_Marketing_Cloud_old', _operation: 'delete' }),
          { name: 'defaultPopAccount', label: 'Default POP', type: '0', server: 'pop.example.com' },
          { name: 'fda_snowflake', label: 'Snowflake', type: '7', server: 'acme.snowflakecomputing.com' },
        ),
      },
    },
    {
      name: 'an instance with only operator groups and no IMS configuration',
      files: {
        'prod/packages/ims-account.xml': extAccounts(account('prod')),
        'stage/packages/operator-groups.xml': GROUPS,
      },
    },
    {
      name: 'manifests without any Campaign package in the repository',
      files: { 'prod/ims/manifest.yml': manifest('prod'), 'stage/ims/manifest.yml': manifest('stage') },
    },
    {
      name: 'an account assigned to no instance may be the manifest instance one',
      files: { 'packages/ims-account.xml': extAccounts(account('prod')), 'ims/manifest.yml': manifest('prod') },
    },
  ],
  invalid: [
    {
      name: 'a duplicate with the same settings under another internal name',
      files: {
        'prod/packages/ims-account.xml': extAccounts(
          account('prod'),
          account('prod', { name: 'Adobe_Marketing_Cloud_copy', label: 'Adobe Experience Cloud (copy)' }),
        ),
      },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 17,
          column: 17,
          message: 'IMS external account "Adobe_Marketing_Cloud_copy" of instance "prod" duplicates the "Adobe_Marketing_Cloud" account',
        },
      ],
    },
    {
      name: 'the only IMS account under another internal name',
      files: { 'stage/packages/ims-account.xml': extAccounts(account('stage', { name: 'adobe_marketing_cloud' })) },
      errors: [
        {
          file: 'stage/packages/ims-account.xml',
          line: 6,
          column: 17,
          message: 'IMS external account "adobe_marketing_cloud" of instance "stage" must have the internal name "Adobe_Marketing_Cloud"',
        },
      ],
    },
    {
      name: 'two IMS accounts, none named Adobe_Marketing_Cloud: the first in file order is the account, the next a duplicate',
      files: {
        'prod/packages/extaccount-ims.xml': extAccounts(account('prod', { name: 'IMS' })),
        'prod/packages/extaccount-ims2.xml': extAccounts(
          account('prod', { name: 'IMS_new', imsServer: 'https://adobeid-na1.services.adobe.com' }),
        ),
      },
      errors: [
        { file: 'prod/packages/extaccount-ims.xml', line: 6, column: 17, message: 'must have the internal name "Adobe_Marketing_Cloud"' },
        {
          file: 'prod/packages/extaccount-ims2.xml',
          line: 6,
          column: 17,
          message: 'IMS external account "IMS_new" of instance "prod" is a second IMS account besides "IMS"',
        },
      ],
    },
    {
      name: 'an IMS account detected by its type, without an internal name, beside Adobe_Marketing_Cloud',
      files: {
        'prod/packages/ims-account.xml': extAccounts(account('prod')),
        'prod/packages/legacy.xml': extAccounts({
          label: 'Adobe ID (legacy)',
          type: 'Adobe Marketing Cloud',
          imsClientId: 'campaign-prod',
        }),
      },
      errors: [
        {
          file: 'prod/packages/legacy.xml',
          line: 6,
          column: 5,
          message: 'IMS external account without an internal name of instance "prod" duplicates',
        },
      ],
    },
    {
      name: 'a manifest in an instance whose packages define no IMS account',
      files: {
        'prod/packages/ims-account.xml': extAccounts(account('prod')),
        'prod/ims/manifest.yml': manifest('prod'),
        'stage/packages/operator-groups.xml': GROUPS,
        'stage/ims/manifest.yml': manifest('stage'),
      },
      errors: [
        {
          file: 'stage/ims/manifest.yml',
          line: 1,
          column: 1,
          message: 'instance "stage" has an IMS provisioning manifest but no IMS external account',
        },
      ],
    },
    {
      name: 'an instance folder holding only a manifest, in a repository that keeps Campaign packages',
      files: {
        'prod/packages/ims-account.xml': extAccounts(account('prod')),
        'stage/manifest.yml': `# IMS client of the stage instance\n${manifest('stage')}`,
      },
      errors: [{ file: 'stage/manifest.yml', line: 2, column: 1, message: 'no IMS external account' }],
    },
  ],
});

describe('IMS001 missing account, when the account may be elsewhere', () => {
  it('does not report a missing account when the instance has an unreadable file (it may hold the account)', async () => {
    const truncated = extAccounts(account('prod')).slice(0, 300);
    const report = await scanFiles({
      'prod/packages/ims-account.xml': truncated,
      'prod/ims/manifest.yml': manifest('prod'),
      'prod/packages/groups.xml': GROUPS,
    });
    expect(report.findings.map((f) => [f.ruleId, f.file])).toEqual([['IMS000', 'prod/packages/ims-account.xml']]);
  });

  it('an account in an unassigned archive folder does not hide the missing account of an instance with its own packages', async () => {
    const report = await scanFiles(
      {
        'archive/2019/ims-account.xml': extAccounts(account('prod')),
        'prod/packages/ims-account.xml': extAccounts(account('prod')),
        'dev/packages/groups.xml': GROUPS,
        'dev/ims/manifest.yml': manifest('dev'),
      },
      { onlyRules: ['IMS001'] },
    );
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['IMS001', 'dev/ims/manifest.yml', 1, 1]]);
  });
});
