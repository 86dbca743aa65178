import { ruleTester } from '../helpers/rule-tester.js';

// The IMS account exactly as the client console exports it; productContext (when given) is on line 9, column 17.
function accountPackage(instance: string, productContext?: string): string {
  const context = productContext === undefined ? '' : ` productContext="${productContext}"`;
  return `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <desc/>
  <version buildDate="2021-09-03 14:41:08.993Z"/>
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud" type="Adobe Marketing Cloud" active="1"
                imsServer="https://ims-na1.adobelogin.com" imsScope="openid,AdobeID,read_organizations" imsClientId="campaign-${instance}"
                imsCallbackServer="https://${instance}.campaign.example.com" imsOrgId="ABCDEF1234567890@AdobeOrg" imsAssociationMask="Campaign - ${instance} - (.*)"
                ${context.trim()}/>
  </entities>
</package>
`;
}

// productContext (when given) is on line 5, column 17.
function manifest(instance: string, productContext?: string): string {
  return `kind: ims-provisioning
instance: ${instance}
clientId: campaign-${instance}
scopes: [openid, AdobeID, read_organizations]
${productContext === undefined ? '# productContext not recorded' : `productContext: ${productContext}`}
orgId: ABCDEF1234567890@AdobeOrg
redirectUris:
  - https://${instance}.campaign.example.com
`;
}

ruleTester('IMS002', {
  valid: [
    {
      name: 'Product Context field present: dma_campaign_classic on both sides',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'dma_campaign_classic'),
        'prod/ims/manifest.yml': manifest('prod', 'dma_campaign_classic'),
      },
    },
    {
      name: 'no Product Context field: the default dma_campaign on both sides',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/ims/manifest.yml': manifest('prod', 'dma_campaign'),
        'stage/packages/ims-account.xml': accountPackage('stage', 'dma_campaign_classic'),
        'stage/ims/manifest.yml': manifest('stage', 'dma_campaign_classic'),
      },
    },
    {
      name: 'a manifest without productContext, or without an account to compare with',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'dma_campaign_classic'),
        'prod/ims/manifest.yml': manifest('prod'),
        'stage/ims/manifest.yml': manifest('stage', 'dma_campaign'),
      },
    },
  ],
  invalid: [
    {
      name: 'the Product Context field holds another value',
      files: { 'prod/packages/ims-account.xml': accountPackage('prod', 'dma_campaign') },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 9,
          column: 17,
          message: 'Product Context "dma_campaign" of the IMS external account of instance "prod" must be "dma_campaign_classic"',
        },
      ],
    },
    {
      name: 'no Product Context field, but Experience Cloud uses dma_campaign_classic',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod'),
        'prod/ims/manifest.yml': manifest('prod', 'dma_campaign_classic'),
      },
      errors: [
        {
          file: 'prod/ims/manifest.yml',
          line: 5,
          column: 17,
          message:
            'manifest productContext "dma_campaign_classic" of instance "prod" must equal Campaign\'s product context "dma_campaign"',
        },
      ],
    },
    {
      name: 'Product Context field present, but Experience Cloud uses dma_campaign',
      files: {
        'stage/packages/ims-account.xml': accountPackage('stage', 'dma_campaign_classic'),
        'stage/ims/manifest.yml': manifest('stage', 'dma_campaign'),
      },
      errors: [
        { file: 'stage/ims/manifest.yml', line: 5, column: 17, message: 'must equal Campaign\'s product context "dma_campaign_classic"' },
      ],
    },
    {
      name: 'both sides wrong: two findings',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'dma_campaign'),
        'prod/ims/manifest.yml': manifest('prod', 'dma_campaign'),
      },
      errors: [
        { file: 'prod/packages/ims-account.xml', line: 9, column: 17, message: 'Product Context "dma_campaign"' },
        { file: 'prod/ims/manifest.yml', line: 5, column: 17, message: 'manifest productContext "dma_campaign"' },
      ],
    },
  ],
});
