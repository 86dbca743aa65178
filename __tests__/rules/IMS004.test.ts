import { ruleTester } from '../helpers/rule-tester.js';
import { adminConsoleCsv as adminConsole } from '../helpers/campaign.js';

// The IMS account as the client console exports it. The record's start tag begins on line 6, column 5; the
// mask attribute (when given) is on line 9, column 54. `mask: null` leaves the attribute out.
function accountPackage(instance: string, mask: string | null, extra = ''): string {
  const maskAttr = mask === null ? '' : ` imsAssociationMask="${mask}"`;
  return `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <desc/>
  <version buildDate="2021-09-03 14:41:08.993Z"/>
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud" type="Adobe Marketing Cloud" active="1"${extra}
                imsServer="https://ims-na1.adobelogin.com" imsScope="openid,AdobeID,read_organizations" imsClientId="campaign-${instance}"
                imsClientSecret="@57QS5VHMb9BCsojLVrKI/Q==" imsCallbackServer="https://${instance}.campaign.example.com"
                imsOrgId="ABCDEF1234567890@AdobeOrg"${maskAttr} productContext="dma_campaign_classic"/>
  </entities>
</package>
`;
}

const users = adminConsole(
  ['jane.doe@example.com', ['Campaign - prod - delivery', 'Campaign - prod - admin']],
  ['john.roe@example.com', ['Campaign - stage - delivery', 'Analytics - Default Access']],
);

ruleTester('IMS004', {
  valid: [
    {
      name: 'masks of prod and stage are prefixes of the shared Admin Console export',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'Campaign - prod - (.*)'),
        'stage/packages/ims-account.xml': accountPackage('stage', 'Campaign - stage - (.*)'),
        'admin-console/users.csv': users,
      },
    },
    {
      name: 'without an Admin Console export only the mask itself is checked',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'Campaign - prod - (.*)'),
        'stage/packages/ims-account.xml': accountPackage('stage', 'Campaign - Stage - (.+)'),
      },
    },
    {
      name: 'a mask written without a group keeps the space that separates it from the group name',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'Campaign - prod - '),
        'admin-console/users.csv': users,
      },
    },
    {
      name: 'a record that only updates other fields of the account says nothing about the mask',
      files: {
        'prod/packages/ims-scope.xml': accountPackage('prod', null, ' _operation="update"'),
      },
    },
    {
      name: 'an instance without an IMS account, and a deleted account, are not checked',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', null, ' _operation="delete"'),
        'stage/packages/workflows.xml': `<?xml version='1.0'?>
<package author="Administrator (admin)" buildNumber="9336" buildVersion="7.3" name="" namespace="" vendor="">
  <entities schema="xtk:workflow">
    <workflow internalName="wkfCleanup" label="Cleanup" schema="nms:recipient"/>
  </entities>
</package>
`,
        'admin-console/users.csv': users,
      },
    },
  ],
  invalid: [
    {
      name: 'missing mask: reported at the account record',
      files: { 'prod/packages/ims-account.xml': accountPackage('prod', null) },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 6,
          column: 5,
          message:
            'of instance "prod" has no association mask; expected the Enterprise Dashboard group name prefix followed by (.*), e.g. "Campaign - prod - (.*)"',
        },
      ],
    },
    {
      name: 'empty mask: reported at the attribute',
      files: { 'prod/packages/ims-account.xml': accountPackage('prod', '') },
      errors: [{ file: 'prod/packages/ims-account.xml', line: 9, column: 54, message: 'association mask "" of instance "prod" is empty' }],
    },
    {
      name: 'doubled space, also when no export is there to compare with',
      files: { 'stage/packages/ims-account.xml': accountPackage('stage', 'Campaign - stage -  (.*)') },
      errors: [
        {
          file: 'stage/packages/ims-account.xml',
          line: 9,
          column: 54,
          message: 'has a doubled space at position 19; expected "Campaign - stage - (.*)"',
        },
      ],
    },
    {
      name: 'leading space and a trailing non-breaking space, shown escaped',
      files: { 'prod/packages/ims-account.xml': accountPackage('prod', ' Campaign - prod - (.*)&#160;'), 'admin-console/users.csv': users },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 9,
          column: 54,
          message:
            'association mask " Campaign - prod - (.*)\\u00a0" of instance "prod" has a leading space and a trailing non-breaking space (\\u00a0) at position 24, and matches no Enterprise Dashboard group: no group name starts with its prefix " Campaign - prod - "; did you mean "Campaign - prod - "?',
        },
      ],
    },
    {
      name: 'zero-width space inside the mask',
      files: { 'prod/packages/ims-account.xml': accountPackage('prod', 'Campaign -&#8203; prod - (.*)') },
      errors: [{ file: 'prod/packages/ims-account.xml', line: 9, column: 54, message: 'has a zero-width space (\\u200b) at position 11' }],
    },
    {
      name: 'a prefix that differs in case from the Enterprise Dashboard names: did you mean',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'Campaign - Prod - (.*)'),
        'stage/packages/ims-account.xml': accountPackage('stage', 'Campaign - stage - (.*)'),
        'admin-console/users.csv': users,
      },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 9,
          column: 54,
          message: 'no group name starts with its prefix "Campaign - Prod - "; did you mean "Campaign - prod - "?',
        },
      ],
    },
    {
      name: 'a misspelt prefix (edit distance 1) in an instance-specific export',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'Campaing - prod - (.*)'),
        'prod/admin-console/users.csv': users,
      },
      errors: [{ file: 'prod/packages/ims-account.xml', line: 9, column: 54, message: 'did you mean "Campaign - prod - "?' }],
    },
    {
      name: "no near miss: the message lists names that exist, never another instance's prefix as a suggestion",
      files: {
        'dev/packages/ims-account.xml': accountPackage('dev', 'Campaign - dev - (.*)'),
        'prod/packages/ims-account.xml': accountPackage('prod', 'Campaign - prod - (.*)'),
        'admin-console/users.csv': users,
      },
      errors: [
        {
          file: 'dev/packages/ims-account.xml',
          line: 9,
          column: 54,
          message:
            'no group name starts with its prefix "Campaign - dev - "; the Admin Console export lists "Campaign - stage - delivery", "Analytics - Default Access"',
        },
      ],
    },
    {
      name: 'a mask cut short before the separator of the names',
      files: { 'prod/packages/ims-account.xml': accountPackage('prod', 'Campaign - prod(.*)'), 'admin-console/users.csv': users },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 9,
          column: 54,
          message:
            'which stops just before the white space that follows it in the Enterprise Dashboard group names (e.g. "Campaign - prod - delivery"); did you mean "Campaign - prod - "?',
        },
      ],
    },
    {
      name: 'a mask that stops before the space of the names (no space before the group)',
      files: { 'prod/packages/ims-account.xml': accountPackage('prod', 'Campaign - prod -(.*)'), 'admin-console/users.csv': users },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 9,
          column: 54,
          message:
            'which stops just before the white space that follows it in the Enterprise Dashboard group names (e.g. "Campaign - prod - delivery"); did you mean "Campaign - prod - "?',
        },
      ],
    },
  ],
});
