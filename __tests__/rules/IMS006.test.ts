import { ruleTester } from '../helpers/rule-tester.js';
import { FOOTER, HEADER } from '../helpers/campaign.js';

/** The IMS account of an instance, one attribute per line from line 6; imsScope is on line 8, column 17. */
function account(instance: string, scope: string): string {
  return `${HEADER}
    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud" type="Adobe Marketing Cloud" active="1"
                imsServer="https://ims-na1.adobelogin.com"
                imsScope="${scope}"
                imsClientId="campaign-${instance}"
                imsCallbackServer="https://${instance}.campaign.example.com"
                imsOrgId="ABCDEF1234567890@AdobeOrg" imsAssociationMask="Campaign - ${instance} - (.*)" productContext="dma_campaign_classic"/>
${FOOTER}`;
}

function manifest(instance: string, scopes: string): string {
  return `kind: ims-provisioning
instance: ${instance}
clientId: campaign-${instance}
orgId: ABCDEF1234567890@AdobeOrg
productContext: dma_campaign_classic
scopes: ${scopes}
redirectUris:
  - https://${instance}.campaign.example.com
`;
}

const WORKFLOWS = `${HEADER.replace('nms:extAccount', 'xtk:workflow')}
    <workflow internalName="wkfCleanup" label="Cleanup" scope="all"/>
${FOOTER}`;

ruleTester('IMS006', {
  valid: [
    {
      name: 'account scopes equal the provisioned scopes',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'openid,AdobeID,read_organizations'),
        'prod/ims/manifest.yml': manifest('prod', '[openid, AdobeID, read_organizations]'),
      },
    },
    {
      name: 'a strict subset, separated by commas and spaces',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'openid, AdobeID'),
        'prod/ims/manifest.yml': manifest(
          'prod',
          '\n  - openid\n  - AdobeID\n  - read_organizations\n  - additional_info.projectedProductContext',
        ),
        'prod/packages/workflows.xml': WORKFLOWS,
      },
    },
    {
      name: 'no manifest for the instance: skipped',
      files: { 'stage/packages/ims-account.xml': account('stage', 'openid,AdobeID,read_pc.dma_campaign') },
    },
    {
      name: 'a manifest without scopes: skipped',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'openid,AdobeID,read_pc.dma_campaign'),
        'prod/ims/manifest.yml': 'kind: ims-provisioning\ninstance: prod\nclientId: campaign-prod\n',
      },
    },
    {
      name: 'each instance is compared with its own manifest',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'openid,AdobeID,read_organizations'),
        'prod/ims/manifest.yml': manifest('prod', '[openid, AdobeID, read_organizations]'),
        'stage/packages/ims-account.xml': account('stage', 'openid AdobeID'),
        'stage/ims/manifest.yml': manifest('stage', '[openid, AdobeID]'),
      },
    },
    {
      name: 'an account removed with _operation="delete" is not checked',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'openid,read_pc').replace('active="1"', 'active="1" _operation="delete"'),
        'prod/ims/manifest.yml': manifest('prod', '[openid]'),
      },
    },
  ],
  invalid: [
    {
      name: 'one scope that IMS did not provision',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'openid,AdobeID,read_organizations,additional_info.roles'),
        'prod/ims/manifest.yml': manifest('prod', '[openid, AdobeID, read_organizations]'),
      },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 8,
          column: 17,
          message: 'scope "additional_info.roles" of the IMS account in instance "prod" is not provisioned by IMS',
        },
      ],
    },
    {
      name: 'each extra scope is its own finding',
      files: {
        'stage/packages/ims-account.xml': account('stage', 'openid AdobeID read_pc session'),
        'stage/ims/manifest.yml': manifest('stage', '[openid, AdobeID]'),
      },
      errors: [
        { file: 'stage/packages/ims-account.xml', line: 8, column: 17, message: '"read_pc"' },
        { file: 'stage/packages/ims-account.xml', line: 8, column: 17, message: '"session"' },
      ],
    },
    {
      name: 'scopes are case-sensitive',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'openid,adobeid'),
        'prod/ims/manifest.yml': manifest('prod', '[openid, AdobeID]'),
      },
      errors: [{ file: 'prod/packages/ims-account.xml', line: 8, column: 17, message: 'did you mean "AdobeID"?' }],
    },
    {
      name: 'only the instance whose account differs from its own manifest',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'openid,AdobeID,read_organizations'),
        'prod/ims/manifest.yml': manifest('prod', '[openid, AdobeID, read_organizations]'),
        'stage/packages/ims-account.xml': account('stage', 'openid,AdobeID,read_organizations'),
        'stage/ims/manifest.yml': manifest('stage', '[openid, AdobeID]'),
      },
      errors: [
        {
          file: 'stage/packages/ims-account.xml',
          line: 8,
          column: 17,
          message: "expected a subset of the manifest's scopes (openid, AdobeID)",
        },
      ],
    },
    {
      name: 'an attribute named scope (from the field mapping), several attributes on one line',
      files: {
        'prod/packages/ims-account.xml': `${HEADER}
    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" scope="openid,AdobeID,read_organizations,offline_access" imsClientId="campaign-prod"/>
${FOOTER}`,
        'prod/ims/manifest.yml': manifest('prod', '[openid, AdobeID, read_organizations]'),
      },
      errors: [{ file: 'prod/packages/ims-account.xml', line: 6, column: 75, message: '"offline_access"' }],
    },
  ],
});
