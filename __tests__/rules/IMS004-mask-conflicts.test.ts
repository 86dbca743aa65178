// IMS004: a mask that takes another instance's Enterprise Dashboard profiles (the same prefix as another
// instance's mask, or a prefix that also matches another instance's family), reported at the mask; and IMS005,
// which then does not blame the profiles with a misleading "create operator group X" fix.
import { ruleTester } from '../helpers/rule-tester.js';
import { adminConsoleCsv as adminConsole, groupsPackage } from '../helpers/campaign.js';

// The IMS account; the mask attribute is on line 6, column 17.
function accountPackage(instance: string, mask: string): string {
  return `<?xml version='1.0'?>
<package author="Administrator (admin)" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud" type="Adobe Marketing Cloud" active="1"
                imsServer="https://ims-na1.adobelogin.com" imsClientId="campaign-${instance}"
                imsAssociationMask="${mask}"/>
  </entities>
</package>
`;
}

/** Users of both families, acme (prod) and acme-stage (stage). */
const TWO_FAMILIES = adminConsole(
  ['ann@example.com', ['Campaign - acme - delivery', 'Campaign - acme - finance']],
  ['bob@example.com', ['Campaign - acme-stage - delivery', 'Campaign - acme-stage - admin']],
);

const PROD = 'Campaign - acme - (.*)';
const STAGE = 'Campaign - acme-stage - (.*)';
const MASK = { line: 6, column: 17 };

ruleTester('IMS004', {
  valid: [
    {
      name: 'prod and stage with masks of their own families',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', PROD),
        'stage/packages/ims-account.xml': accountPackage('stage', STAGE),
        'admin-console/users.csv': TWO_FAMILIES,
      },
    },
    {
      name: 'one instance whose mask covers both families on purpose, as a regular expression',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'Campaign - acme(-stage)? - (.*)'),
        'admin-console/users.csv': TWO_FAMILIES,
      },
    },
    {
      name: 'one instance only',
      files: { 'prod/packages/ims-account.xml': accountPackage('prod', PROD), 'admin-console/users.csv': TWO_FAMILIES },
    },
    {
      name: "a package outside every instance's folder with prod's mask is no instance of its own",
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', PROD),
        'stage/packages/ims-account.xml': accountPackage('stage', STAGE),
        'packages/ims-account-template.xml': accountPackage('template', PROD),
        'admin-console/users.csv': TWO_FAMILIES,
      },
    },
  ],
  invalid: [
    {
      name: "stage carries prod's mask: reported at stage's mask, naming prod and stage's uncovered family",
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', PROD),
        'stage/packages/ims-account.xml': accountPackage('stage', PROD),
        'admin-console/users.csv': TWO_FAMILIES,
      },
      errors: [
        {
          file: 'stage/packages/ims-account.xml',
          ...MASK,
          severity: 'error',
          message:
            'association mask "Campaign - acme - (.*)" of instance "stage" has the same prefix "Campaign - acme - " as the mask of instance "prod": users get "prod"\'s Enterprise Dashboard groups (e.g. "Campaign - acme - delivery") in "stage", and this instance\'s own groups, such as "Campaign - acme-stage - delivery", are covered by no mask; did you mean "Campaign - acme-stage - (.*)"?',
        },
      ],
    },
    {
      name: 'the same mask on prod and stage without an Admin Console export: reported at the non-production one',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', PROD),
        'stage/packages/ims-account.xml': accountPackage('stage', '^Campaign - acme - (.+)$'),
      },
      errors: [
        {
          file: 'stage/packages/ims-account.xml',
          ...MASK,
          message:
            'association mask "^Campaign - acme - (.+)$" of instance "stage" has the same prefix "Campaign - acme - " as the mask of instance "prod": both instances map the same Enterprise Dashboard groups (e.g. "Campaign - acme - <operator group>")',
        },
      ],
    },
    {
      name: 'the same mask on two non-production instances: reported at both, each naming the other',
      files: {
        'dev/packages/ims-account.xml': accountPackage('dev', PROD),
        'test/packages/ims-account.xml': accountPackage('test', PROD),
        'admin-console/users.csv': TWO_FAMILIES,
      },
      errors: [
        {
          file: 'dev/packages/ims-account.xml',
          ...MASK,
          message: 'of instance "dev" has the same prefix "Campaign - acme - " as the mask of instance "test"',
        },
        {
          file: 'test/packages/ims-account.xml',
          ...MASK,
          message: 'of instance "test" has the same prefix "Campaign - acme - " as the mask of instance "dev"',
        },
      ],
    },
    {
      name: "a prefix cut short of the instance's family that also matches prod's profiles",
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', PROD),
        'stage/packages/ims-account.xml': accountPackage('stage', 'Campaign - (.*)'),
        'admin-console/users.csv': TWO_FAMILIES,
      },
      errors: [
        {
          file: 'stage/packages/ims-account.xml',
          ...MASK,
          message:
            'association mask "Campaign - (.*)" of instance "stage" has the prefix "Campaign - ", which also matches the Enterprise Dashboard groups of instance "prod" (e.g. "Campaign - acme - delivery"), and this instance\'s own groups, such as "Campaign - acme-stage - delivery", are covered by no mask; did you mean "Campaign - acme-stage - (.*)"?',
        },
      ],
    },
    {
      name: "a mask whose own names map cleanly but whose prefix starts another instance's family (acme - stage - …)",
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', PROD),
        'stage/packages/ims-account.xml': accountPackage('stage', 'Campaign - acme - stage - (.*)'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - acme - delivery', 'Campaign - acme - stage - delivery']]),
      },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          ...MASK,
          severity: 'error',
          message:
            'association mask "Campaign - acme - (.*)" of instance "prod" has the prefix "Campaign - acme - ", which also matches the Enterprise Dashboard groups of instance "stage" (e.g. "Campaign - acme - stage - delivery"): the two instances\' families of product profiles start one another, so one mask takes the other\'s profiles',
        },
      ],
    },
    {
      name: 'masks that differ only in white space are not the same mask: only the stray white space is reported',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', PROD),
        'stage/packages/ims-account.xml': accountPackage('stage', 'Campaign -  acme - (.*)'),
        'admin-console/users.csv': TWO_FAMILIES,
      },
      errors: [{ file: 'stage/packages/ims-account.xml', ...MASK, message: 'has a doubled space' }],
    },
    {
      name: 'a regular-expression mask that matches no Enterprise Dashboard group is still reported',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'Campaign - acme(-prod)? - (.*)'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - other - delivery']]),
      },
      errors: [{ file: 'prod/packages/ims-account.xml', ...MASK, message: 'matches no Enterprise Dashboard group' }],
    },
  ],
});

ruleTester('IMS005', {
  valid: [
    {
      name: "an overlapping mask keeps its own profiles: prod is judged on them, not on stage's longer family",
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', PROD),
        'stage/packages/ims-account.xml': accountPackage('stage', 'Campaign - acme - stage - (.*)'),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'delivery'),
        'stage/packages/operator-groups.xml': groupsPackage('admin', 'delivery'),
        'admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - acme - delivery', 'Campaign - acme - stage - delivery']]),
      },
    },
    {
      name: "stage carries prod's mask: its profiles are not blamed on stage's operator groups",
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', PROD),
        'stage/packages/ims-account.xml': accountPackage('stage', PROD),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'delivery', 'finance'),
        'stage/packages/operator-groups.xml': groupsPackage('admin', 'delivery'),
        'admin-console/users.csv': TWO_FAMILIES,
      },
    },
    {
      name: "a prefix that also matches prod's profiles: stage is not judged on them",
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', PROD),
        'stage/packages/ims-account.xml': accountPackage('stage', 'Campaign - (.*)'),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'delivery', 'finance'),
        'stage/packages/operator-groups.xml': groupsPackage('admin', 'delivery'),
        'admin-console/users.csv': TWO_FAMILIES,
      },
    },
    {
      name: 'a regular-expression mask is not split by its literal prefix',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'Campaign - acme(-stage)? - (.*)'),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'marketing'),
        'admin-console/users.csv': TWO_FAMILIES,
      },
    },
  ],
  invalid: [
    {
      name: 'beside a stage that carries its mask, prod is still judged with its own groups',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', PROD),
        'stage/packages/ims-account.xml': accountPackage('stage', PROD),
        'prod/packages/operator-groups.xml': groupsPackage('admin', 'delivery'),
        'stage/packages/operator-groups.xml': groupsPackage('admin', 'delivery', 'finance'),
        'admin-console/users.csv': TWO_FAMILIES,
      },
      errors: [
        {
          file: 'admin-console/users.csv',
          line: 2,
          column: 98,
          message: 'Enterprise Dashboard group "Campaign - acme - finance" expects an operator group "finance" in instance "prod"',
        },
      ],
    },
  ],
});

function accountWithOrg(instance: string, mask: string, org: string): string {
  return accountPackage(instance, mask).replace('imsClientId=', `imsOrgId="${org}" imsClientId=`);
}

ruleTester('IMS004', {
  valid: [
    {
      name: 'the same mask in two IMS organizations: separate Admin Consoles, separate profiles',
      files: {
        'prod/packages/ims-account.xml': accountWithOrg('prod', PROD, 'AAAA1111@AdobeOrg'),
        'stage/packages/ims-account.xml': accountWithOrg('stage', PROD, 'BBBB2222@AdobeOrg'),
        'prod/admin-console/users.csv': adminConsole(['ann@example.com', ['Campaign - acme - delivery']]),
        'stage/admin-console/users.csv': adminConsole(['bob@example.com', ['Campaign - acme - delivery']]),
      },
    },
  ],
  invalid: [
    {
      name: 'two non-production instances: the one whose own family shows up uncovered is the one reported',
      files: {
        'dev/packages/ims-account.xml': accountPackage('dev', PROD),
        'qa/packages/ims-account.xml': accountPackage('qa', PROD),
        'admin-console/users.csv': adminConsole(
          ['ann@example.com', ['Campaign - acme - delivery']],
          ['bob@example.com', ['Campaign - acme-qa - delivery']],
        ),
      },
      errors: [
        {
          file: 'qa/packages/ims-account.xml',
          line: 6,
          column: 17,
          message: 'such as "Campaign - acme-qa - delivery", are covered by no mask; did you mean "Campaign - acme-qa - (.*)"?',
        },
      ],
    },
    {
      name: 'the same mask and the same IMS organization: reported at stage, whose own family names it',
      files: {
        '.github/ims-gate.yml': 'instances:\n  campaign-prod:\n    paths: ["prod/**"]\n  campaign-stage:\n    paths: ["stage/**"]\n',
        'prod/packages/ims-account.xml': accountWithOrg('prod', PROD, 'AAAA1111@AdobeOrg'),
        'stage/packages/ims-account.xml': accountWithOrg('stage', PROD, 'aaaa1111@AdobeOrg'),
        'admin-console/users.csv': TWO_FAMILIES,
      },
      errors: [
        {
          file: 'stage/packages/ims-account.xml',
          line: 6,
          column: 17,
          message:
            'of instance "campaign-stage" has the same prefix "Campaign - acme - " as the mask of instance "campaign-prod": users get',
        },
      ],
    },
  ],
});
