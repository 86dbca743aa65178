// IMS005 and the built-in operator groups: an instance's exported groups that include a built-in group are complete,
// so a built-in group missing from them was renamed or deleted; shared packages count for every instance.
import { describe, expect, it } from 'vitest';
import { renamedBuiltinCandidate } from '../../src/rules/util/renamed-groups.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { adminConsoleCsv as adminConsole, groupsPackage } from '../helpers/campaign.js';

function accountPackage(instance: string, mask = `Campaign - ${instance} - (.*)`): string {
  return `<?xml version='1.0'?>
<package author="Administrator (admin)" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud" type="Adobe Marketing Cloud" active="1"
                imsServer="https://ims-na1.adobelogin.com" imsClientId="campaign-${instance}" imsAssociationMask="${mask}"/>
  </entities>
</package>
`;
}

const COMPLETE = '(which include built-in "admin") do not contain it';

ruleTester('IMS005', {
  valid: [
    {
      name: 'a clean repository: complete exports with built-in and custom groups, every profile maps',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'stage/packages/ims-account.xml': accountPackage('stage'),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'delivery', 'operation', 'marketing'),
        'stage/packages/operator-groups.xml': groupsPackage('admin', 'delivery', 'marketing'),
        'admin-console/users.csv': adminConsole(
          ['ann@example.com', ['Campaign - prod - delivery', 'Campaign - prod - operation', 'Campaign - stage - delivery']],
          ['bob@example.com', ['Campaign - prod - admin', 'Campaign - stage - marketing', 'Campaign - stage - admin']],
          ['eve@example.com', ['Analytics - Default Access']],
        ),
      },
    },
    {
      name: 'exported groups without any built-in group: the built-ins keep counting as existing',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('marketing', 'deliveryOps'),
        'admin-console/users.csv': adminConsole(
          ['ann@example.com', ['Campaign - prod - delivery', 'Campaign - prod - operation', 'Campaign - prod - marketing']],
          ['bob@example.com', ['Campaign - prod - deliveryOps', 'Campaign - prod - workflowSupervisor']],
        ),
      },
    },
    {
      name: "the config's operatorGroups exist even when the instance's export is complete",
      files: {
        '.github/ims-gate.yml': 'operatorGroups: [content, report]\n',
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'marketing'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - prod - content', 'Campaign - prod - report']]),
      },
    },
    {
      name: 'groups only in a package shared by all instances: every profile maps',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'stage/packages/ims-account.xml': accountPackage('stage'),
        'packages/operator-groups.xml': groupsPackage('admin', 'delivery', 'marketing'),
        'admin-console/users.csv': adminConsole(
          ['ann@example.com', ['Campaign - prod - delivery', 'Campaign - stage - marketing']],
          ['bob@example.com', ['Campaign - stage - admin']],
        ),
      },
    },
    {
      name: 'a built-in group missing from a complete export that no profile names is not reported',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'deliveryOps'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - prod - admin', 'Campaign - prod - deliveryOps']]),
      },
    },
  ],
  invalid: [
    {
      name: 'delivery renamed to deliveryOps: reported at the renamed group, saying the built-in is missing',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'deliveryOps', 'marketing'),
        'admin-console/users.csv': adminConsole(
          ['ann@example.com', ['Campaign - prod - delivery', 'Campaign - prod - marketing']],
          ['bob@example.com', ['Campaign - prod - admin']],
        ),
      },
      errors: [
        {
          file: 'prod/packages/operator-groups.xml',
          line: 6,
          column: 12,
          severity: 'error',
          message:
            'operator group "deliveryOps" does not match Enterprise Dashboard group "Campaign - prod - delivery": expected internal name "delivery"; it was renamed? "delivery" is a built-in group, but this instance\'s exported groups (which include built-in "admin") do not contain it (instance "prod", mask prefix "Campaign - prod - ")',
        },
      ],
    },
    {
      name: 'operation renamed to operations: a near miss of a built-in group; its only user cannot log in',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'marketing', 'operations'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - prod - operation']]),
      },
      errors: [
        {
          file: 'prod/packages/operator-groups.xml',
          line: 7,
          column: 12,
          severity: 'error',
          message: `operator group "operations" does not match Enterprise Dashboard group "Campaign - prod - operation": expected internal name "operation"; it was renamed? "operation" is a built-in group, but this instance's exported groups ${COMPLETE}`,
        },
        { file: 'admin-console/users.csv', line: 2, column: 1, severity: 'warning', message: 'user "ann@example.com" cannot log in' },
      ],
    },
    {
      name: 'a case-only rename of a built-in group in a complete export (Delivery vs delivery)',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'Delivery'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - prod - admin', 'Campaign - prod - delivery']]),
      },
      errors: [
        {
          file: 'prod/packages/operator-groups.xml',
          line: 6,
          column: 12,
          message: `operator group "Delivery" does not match Enterprise Dashboard group "Campaign - prod - delivery": expected internal name "delivery"; it was renamed? "delivery" is a built-in group`,
        },
      ],
    },
    {
      name: 'a case-only rename of a custom group (Marketing vs marketing)',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('Marketing'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - prod - delivery', 'Campaign - prod - marketing']]),
      },
      errors: [
        {
          file: 'prod/packages/operator-groups.xml',
          line: 5,
          column: 12,
          message:
            'operator group "Marketing" does not match Enterprise Dashboard group "Campaign - prod - marketing": expected internal name "marketing"; it was renamed? (instance "prod"',
        },
      ],
    },
    {
      name: 'a built-in group missing from a complete export, with no candidate: reported at the profile',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'marketing'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - prod - content', 'Campaign - prod - marketing']]),
      },
      errors: [
        {
          file: 'admin-console/users.csv',
          line: 2,
          column: 71,
          severity: 'error',
          message: `Enterprise Dashboard group "Campaign - prod - content" expects the operator group "content" in instance "prod": "content" is a built-in group, but this instance's exported groups ${COMPLETE}, so it was renamed or deleted`,
        },
      ],
    },
    {
      name: 'two groups that both keep the built-in name: no guess, the profile is reported',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'deliveryOps', 'deliveryTeam'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - prod - admin', 'Campaign - prod - delivery']]),
      },
      errors: [{ file: 'admin-console/users.csv', line: 2, column: 95, message: '"delivery" is a built-in group, but' }],
    },
    {
      name: 'an instance with only shared group records is judged; the renamed shared record is blamed',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'stage/packages/ims-account.xml': accountPackage('stage'),
        'packages/operator-groups.xml': groupsPackage('admin', 'deliveryOps'),
        'admin-console/users.csv': adminConsole(
          ['ann@example.com', ['Campaign - prod - admin', 'Campaign - stage - admin']],
          ['bob@example.com', ['Campaign - stage - delivery', 'Campaign - stage - admin']],
        ),
      },
      errors: [
        {
          file: 'packages/operator-groups.xml',
          line: 6,
          column: 12,
          message: `operator group "deliveryOps" does not match Enterprise Dashboard group "Campaign - stage - delivery": expected internal name "delivery"; it was renamed? "delivery" is a built-in group, but this instance's exported groups ${COMPLETE} (instance "stage"`,
        },
      ],
    },
    {
      name: 'a shared record is a near-miss candidate of an instance that also has its own groups',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'stage/packages/ims-account.xml': accountPackage('stage'),
        'prod/packages/operator-groups.xml': groupsPackage('analysts'),
        'packages/operator-groups.xml': groupsPackage('campaignManagr'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - prod - analysts', 'Campaign - prod - campaignManager']]),
      },
      errors: [
        {
          file: 'packages/operator-groups.xml',
          line: 5,
          column: 12,
          message: 'operator group "campaignManagr" does not match Enterprise Dashboard group "Campaign - prod - campaignManager"',
        },
      ],
    },
    {
      name: 'a profile that nearly spells an exported built-in group is misspelt: the built-in was not renamed',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'delivery'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - prod - admin', 'Campaign - prod - delivry']]),
      },
      errors: [
        {
          file: 'admin-console/users.csv',
          line: 2,
          column: 95,
          message:
            'expects an operator group "delivry" in instance "prod"; none exists (mask prefix "Campaign - prod - " + operator group internal name); did you mean "Campaign - prod - delivery"?',
        },
      ],
    },
  ],
});

describe('renamedBuiltinCandidate', () => {
  const groups = (...names: string[]) => names.map((value) => ({ name: { value } }));
  it.each([
    ['delivery', ['deliveryOps'], 'deliveryOps'],
    ['delivery', ['OpsDelivery'], 'OpsDelivery'],
    ['operation', ['operations', 'marketing'], 'operations'],
    ['workflowSupervisor', ['workflowSup'], 'workflowSup'],
    ['delivery', ['deliveryOps', 'deliveryTeam'], undefined],
    ['delivery', ['marketing'], undefined],
    ['delivery', ['Delivery'], undefined],
    ['offer', ['off'], undefined],
  ])('%s among %j → %s', (builtin, names, expected) => {
    expect(renamedBuiltinCandidate(builtin, groups(...names))?.name.value).toBe(expected);
  });
});
