import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { adminConsoleCsv as adminConsole, groupsPackage } from '../helpers/campaign.js';

// The IMS account as the client console exports it, with its association mask.
function accountPackage(instance: string, mask = `Campaign - ${instance} - (.*)`): string {
  return `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <desc/>
  <version buildDate="2021-09-03 14:41:08.993Z"/>
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud" type="Adobe Marketing Cloud" active="1"
                imsServer="https://ims-na1.adobelogin.com" imsScope="openid,AdobeID,read_organizations" imsClientId="campaign-${instance}"
                imsClientSecret="@57QS5VHMb9BCsojLVrKI/Q==" imsCallbackServer="https://${instance}.campaign.example.com"
                imsOrgId="ABCDEF1234567890@AdobeOrg" imsAssociationMask="${mask}" productContext="dma_campaign_classic"/>
  </entities>
</package>
`;
}

ruleTester('IMS005', {
  valid: [
    {
      name: 'every profile maps to a versioned or built-in operator group, on two instances sharing one export',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'stage/packages/ims-account.xml': accountPackage('stage'),
        'prod/packages/operator-groups.xml': groupsPackage('marketing', 'analysts'),
        'stage/packages/operator-groups.xml': groupsPackage('marketing'),
        'admin-console/users.csv': adminConsole(
          ['ann@example.com', ['Campaign - prod - marketing', 'Campaign - prod - delivery']],
          ['bob@example.com', ['Campaign - prod - analysts', 'Campaign - stage - marketing', 'Campaign - stage - workflowSupervisor']],
          ['eve@example.com', ['Analytics - Default Access']],
        ),
      },
    },
    {
      name: 'an instance whose operator groups are not in the repository is not judged',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - prod - reporting']]),
      },
    },
    {
      name: 'a mask that fits no Enterprise Dashboard name is left to IMS004',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'Campaign - Prod - (.*)'),
        'prod/packages/operator-groups.xml': groupsPackage('marketing'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - prod - reporting']]),
      },
    },
    {
      name: 'shared operator-group packages count for every instance; profiles of unknown instances are ignored',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('analysts'),
        'packages/common-operator-groups.xml': groupsPackage('marketing'),
        'admin-console/users.csv': adminConsole(
          ['ann@example.com', ['Campaign - prod - marketing', 'Campaign - prod - analysts']],
          ['bob@example.com', ['Campaign - dev - reporting']],
        ),
      },
    },
    {
      name: 'no Admin Console export: nothing to compare',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('Delivery'),
      },
    },
  ],
  invalid: [
    {
      name: 'a built-in group renamed in case is reported at the group; its only user cannot log in',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('marketing', 'Delivery'),
        'admin-console/users.csv': adminConsole(
          ['ann@example.com', ['Campaign - prod - delivery']],
          ['bob@example.com', ['Campaign - prod - delivery', 'Campaign - prod - marketing']],
        ),
      },
      errors: [
        {
          file: 'prod/packages/operator-groups.xml',
          line: 6,
          column: 12,
          severity: 'error',
          message:
            'operator group "Delivery" does not match Enterprise Dashboard group "Campaign - prod - delivery": expected internal name "delivery"; it was renamed?',
        },
        {
          file: 'admin-console/users.csv',
          line: 2,
          column: 1,
          severity: 'warning',
          message: 'user "ann@example.com" cannot log in to Campaign',
        },
      ],
    },
    {
      name: 'a profile naming no group is reported at its first cell',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('marketing'),
        'admin-console/users.csv': adminConsole(
          ['ann@example.com', ['Campaign - prod - marketing', 'Campaign - prod - reporting']],
          ['bob@example.com', ['Campaign - prod - reporting']],
        ),
      },
      errors: [
        {
          file: 'admin-console/users.csv',
          line: 2,
          column: 99,
          severity: 'error',
          message:
            'Enterprise Dashboard group "Campaign - prod - reporting" expects an operator group "reporting" in instance "prod"; none exists',
        },
        { file: 'admin-console/users.csv', line: 3, column: 1, severity: 'warning', message: '("Campaign - prod - reporting")' },
      ],
    },
    {
      name: 'a misspelt custom group is blamed once; a second near name goes to its cell',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'marketting', 'analysts'),
        'admin-console/users.csv': adminConsole(
          ['ann@example.com', ['Campaign - prod - marketing', 'Campaign - prod - analysts']],
          ['bob@example.com', ['Campaign - prod - marketings', 'Campaign - prod - admin']],
        ),
      },
      errors: [
        {
          file: 'prod/packages/operator-groups.xml',
          line: 6,
          column: 12,
          message:
            'operator group "marketting" does not match Enterprise Dashboard group "Campaign - prod - marketing": expected internal name "marketing"',
        },
        {
          file: 'admin-console/users.csv',
          line: 3,
          column: 71,
          message: 'Enterprise Dashboard group "Campaign - prod - marketings" expects an operator group "marketings"',
        },
      ],
    },
    {
      name: 'a misspelt profile next to the correct one is reported at its CSV cell, with the spelling that maps',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('delivery', 'campaignManager'),
        'admin-console/users.csv': adminConsole(
          ['ann@example.com', ['Campaign - prod - campaignManager']],
          ['bob@example.com', ['Campaign - prod - campaignManagers', 'Campaign - prod - delivery']],
        ),
      },
      errors: [
        {
          // "Federated ID,bob@example.com,example.com,bob@example.com,Jane,Doe,US,\"" is 70 characters.
          file: 'admin-console/users.csv',
          line: 3,
          column: 71,
          message:
            'expects an operator group "campaignManagers" in instance "prod"; none exists (mask prefix "Campaign - prod - " + operator group internal name); did you mean "Campaign - prod - campaignManager"?',
        },
      ],
    },
    {
      name: 'stray white space after the mask prefix, in one profile of the export',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('marketing'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - prod - marketing', 'Campaign - prod -  delivery']]),
      },
      errors: [
        {
          file: 'admin-console/users.csv',
          line: 2,
          column: 99,
          message:
            'Enterprise Dashboard group "Campaign - prod -  delivery" has a leading space at position 19 after the mask prefix "Campaign - prod - "; expected "Campaign - prod - delivery"',
        },
      ],
    },
    {
      name: 'each instance is judged with its own groups; a user with one good profile can still log in',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'stage/packages/ims-account.xml': accountPackage('stage'),
        'prod/packages/operator-groups.xml': groupsPackage('marketing', 'analysts'),
        'stage/packages/operator-groups.xml': groupsPackage('marketing'),
        'admin-console/users.csv': adminConsole(
          ['ann@example.com', ['Campaign - prod - analysts', 'Campaign - stage - analysts']],
          ['bob@example.com', ['Campaign - stage - marketing']],
        ),
      },
      errors: [
        {
          file: 'admin-console/users.csv',
          line: 2,
          column: 98,
          message: 'expects an operator group "analysts" in instance "stage"; none exists',
        },
      ],
    },
  ],
});

describe("IMS005 with the config's operatorGroups", () => {
  it('counts a group named in operatorGroups as existing in every instance', async () => {
    const { scanFiles } = await import('../helpers/repo.js');
    const files = {
      'prod/packages/ims.xml': `<package><entities schema="nms:extAccount"><extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsAssociationMask="Campaign - prod - (.*)"/></entities></package>\n`,
      'prod/packages/groups.xml': `<package><entities schema="xtk:group"><group name="delivery"/></entities></package>\n`,
      'users.csv': 'Username,Email,Product Configurations\nana,ana@example.com,"Campaign - prod - delivery,Campaign - prod - finance"\n',
    };
    const without = await scanFiles(files, { onlyRules: ['IMS005'] });
    expect(without.findings.filter((f) => f.severity === 'error').map((f) => [f.file, f.line, f.column])).toEqual([['users.csv', 2, 49]]);
    const withConfig = await scanFiles({ ...files, '.github/ims-gate.yml': 'operatorGroups: [finance]\n' }, { onlyRules: ['IMS005'] });
    expect(withConfig.findings).toEqual([]);
  });
});
