import { ruleTester } from '../helpers/rule-tester.js';

const HEAD = `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <desc/>
  <version buildDate="2021-09-03 14:41:08.993Z"/>
`;

// The IMS account as the client console exports it: the record starts on line 6, column 5; imsClientId (when
// given) is on line 7, column 105.
function accountPackage(instance: string, clientId?: string): string {
  const id = clientId === undefined ? '' : ` imsClientId="${clientId}"`;
  return `${HEAD}  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud" type="Adobe Marketing Cloud" active="1"
                imsServer="https://ims-na1.adobelogin.com" imsScope="openid,AdobeID,read_organizations"${id}
                imsClientSecret="@57QS5VHMb9BCsojLVrKI/Q==" imsCallbackServer="https://${instance}.campaign.example.com"
                imsOrgId="ABCDEF1234567890@AdobeOrg" imsAssociationMask="Campaign - ${instance} - (.*)" productContext="dma_campaign_classic"/>
  </entities>
</package>
`;
}

// clientId is on line 3, column 11.
function manifest(instance: string, clientId = `campaign-${instance}`): string {
  return `kind: ims-provisioning
instance: ${instance}
clientId: ${clientId}
scopes: [openid, AdobeID, read_organizations]
productContext: dma_campaign_classic
orgId: ABCDEF1234567890@AdobeOrg
redirectUris:
  - https://${instance}.campaign.example.com
`;
}

ruleTester('IMS008', {
  valid: [
    {
      name: 'the client ID provisioned by IMS, on every instance',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'campaign-prod'),
        'prod/ims/manifest.yml': manifest('prod'),
        'stage/packages/ims-account.xml': accountPackage('stage', 'campaign-stage'),
        'stage/ims/manifest.yml': manifest('stage'),
      },
    },
    {
      name: 'no manifest for the instance: nothing to compare with',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'campaign-prod'),
        'stage/packages/ims-account.xml': accountPackage('stage', 'anything'),
        'prod/ims/manifest.yml': manifest('prod'),
      },
    },
    {
      name: 'an update package that does not touch the client ID',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'campaign-prod'),
        'prod/packages/ims-scope-update.xml': `${HEAD}  <entities schema="nms:extAccount">
    <extAccount _operation="update" name="Adobe_Marketing_Cloud" imsScope="openid,AdobeID"/>
  </entities>
</package>
`,
        'prod/ims/manifest.yml': manifest('prod'),
      },
    },
  ],
  invalid: [
    {
      name: "another instance's client ID",
      files: {
        'stage/packages/ims-account.xml': accountPackage('stage', 'campaign-prod'),
        'stage/ims/manifest.yml': manifest('stage'),
      },
      errors: [
        {
          file: 'stage/packages/ims-account.xml',
          line: 7,
          column: 105,
          message: 'IMS client identifier "campaign-prod" of instance "stage" must equal the clientId provisioned by IMS, "campaign-stage"',
        },
      ],
    },
    {
      name: 'the right client ID with a stray trailing space',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'campaign-prod '),
        'prod/ims/manifest.yml': manifest('prod'),
      },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 7,
          column: 105,
          message: 'differs from the provisioned clientId "campaign-prod" only by stray white space (in the account value)',
        },
      ],
    },
    {
      name: 'no client ID on the account while IMS provisioned one',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/ims/manifest.yml': manifest('prod'),
      },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 6,
          column: 5,
          message: 'IMS external account of instance "prod" has no IMS client identifier: expected "campaign-prod"',
        },
      ],
    },
    {
      name: 'a JSON manifest whose client ID has a different case',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'Campaign-Prod'),
        'prod/ims/manifest.json': `{\n  "kind": "ims-provisioning",\n  "instance": "prod",\n  "clientId": "campaign-prod"\n}\n`,
      },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 7,
          column: 105,
          message: 'IMS client identifier "Campaign-Prod" of instance "prod" must equal the clientId provisioned by IMS, "campaign-prod"',
        },
      ],
    },
  ],
});
