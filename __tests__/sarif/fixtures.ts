// Realistic repositories with findings, shared by the SARIF and baseline tests.

export interface AccountOptions {
  imsServer?: string;
  secret?: string;
  productContext?: string;
  scope?: string;
  /** Lines of unrelated XML inserted before the account (to move it down). */
  padding?: number;
}

/** A Campaign package export holding the IMS external account of `instance`. */
export function imsAccountPackage(instance: string, options: AccountOptions = {}): string {
  const server = options.imsServer ?? 'https://ims-na1.adobelogin.com';
  const secret = options.secret ?? '@57QS5VHMb9BCsojLVrKI/Q==';
  const context = options.productContext ?? 'dma_campaign_classic';
  const scope = options.scope ?? 'openid,AdobeID,read_organizations';
  const padding = Array.from(
    { length: options.padding ?? 0 },
    (_, i) => `    <extAccount name="fda_${i}" label="FDA ${i}" type="7" active="1" server="db${i}.example.com"/>\n`,
  ).join('');
  return `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <desc/>
  <version buildDate="2021-09-03 14:41:08.993Z"/>
  <entities schema="nms:extAccount">
${padding}    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud" type="Adobe Marketing Cloud" active="1"
                imsServer="${server}" imsScope="${scope}" imsClientId="campaign-${instance}"
                imsClientSecret="${secret}" imsCallbackServer="https://${instance}.campaign.example.com"
                imsOrgId="ABCDEF1234567890@AdobeOrg" imsAssociationMask="Campaign - ${instance} - (.*)" productContext="${context}"/>
  </entities>
</package>
`;
}

export function manifest(instance: string, clientId = `campaign-${instance}`): string {
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

export const UNRELATED_PACKAGE = `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <desc/>
  <version buildDate="2021-09-03 14:41:08.993Z"/>
  <entities schema="xtk:workflow">
    <workflow internalName="wkfScanOpenCriteria" label="Scan open criteria" schema="nms:recipient"/>
  </entities>
</package>
`;

/** prod and stage, each with findings on its IMS account; plus an unrelated package. */
export function repoWithFindings(): Record<string, string> {
  return {
    'prod/packages/ims-account.xml': imsAccountPackage('prod', {
      imsServer: 'http://ims-na1.adobelogin.com/ims',
      secret: 'hunter2-plaintext',
    }),
    'prod/ims/manifest.yml': manifest('prod'),
    'stage/packages/ims-account.xml': imsAccountPackage('stage', {
      imsServer: 'https://ims-na1-stg1.adobelogin.com',
      productContext: 'dma_campaign_standard',
    }),
    'stage/ims/manifest.yml': manifest('stage', 'campaign-staging'),
    'prod/packages/workflows.xml': UNRELATED_PACKAGE,
  };
}
