import { ruleTester } from '../helpers/rule-tester.js';
import { FOOTER, HEADER } from '../helpers/campaign.js';

/** The IMS account of an instance; imsCallbackServer is on line 10, column 17. */
function account(instance: string, callback: string): string {
  return `${HEADER}
    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud" type="Adobe Marketing Cloud" active="1"
                imsServer="https://ims-na1.adobelogin.com"
                imsScope="openid,AdobeID,read_organizations"
                imsClientId="campaign-${instance}" imsClientSecret="@57QS5VHMb9BCsojLVrKI/Q=="
                imsCallbackServer="${callback}"
                imsOrgId="ABCDEF1234567890@AdobeOrg" imsAssociationMask="Campaign - ${instance} - (.*)" productContext="dma_campaign_classic"/>
    <extAccount name="defaultPopAccount" label="Inbound emails" type="0" server="pop.example.com" account="bounces" active="1"/>
${FOOTER}`;
}

/** A manifest whose first redirect URI is on line 8. */
function manifest(instance: string, ...redirectUris: string[]): string {
  return `kind: ims-provisioning
instance: ${instance}
clientId: campaign-${instance}
orgId: ABCDEF1234567890@AdobeOrg
productContext: dma_campaign_classic
scopes: [openid, AdobeID, read_organizations]
redirectUris:
${redirectUris.map((uri) => `  - '${uri}'`).join('\n')}
`;
}

const CONFIG = `hosting: on-premise
instances:
  prod:
    url: https://prod.campaign.example.com
  stage:
    url: https://stage.campaign.example.com
`;

ruleTester('IMS007', {
  valid: [
    {
      name: 'https callback on the allowlist',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'https://prod.campaign.example.com'),
        'prod/ims/manifest.yml': manifest('prod', 'https://prod.campaign.example.com'),
      },
    },
    {
      name: 'allowlist entries written as patterns or with a path, and configured urls',
      files: {
        '.github/ims-gate.yml': CONFIG,
        'prod/packages/ims-account.xml': account('prod', 'https://prod.campaign.example.com'),
        'prod/ims/manifest.yml': manifest('prod', 'https://prod.campaign.example.com/nl/jsp/logon.jsp'),
        'stage/packages/ims-account.xml': account('stage', 'https://STAGE.campaign.example.com:443/'),
        'stage/ims/manifest.yml': manifest('stage', 'https://*.campaign.example.com'),
      },
    },
    {
      name: 'a regex-style allowlist entry',
      files: {
        'stage/packages/ims-account.xml': account('stage', 'https://stage.campaign.example.com'),
        'stage/ims/manifest.yml': manifest('stage', 'https://stage\\.campaign\\.example\\.com/.*'),
      },
    },
    {
      name: 'no manifest and no config: only the scheme is checked',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'https://prod.campaign.example.com'),
        'stage/packages/ims-account.xml': account('stage', 'https://stage.campaign.example.com'),
      },
    },
    {
      name: 'an empty callback server is left to other checks',
      files: {
        'prod/packages/ims-account.xml': account('prod', ''),
        'prod/ims/manifest.yml': manifest('prod', 'https://prod.campaign.example.com'),
      },
    },
  ],
  invalid: [
    {
      name: 'a long allowlist is quoted in part in the message',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'https://campaign.example.com'),
        'prod/ims/manifest.yml': manifest('prod', ...Array.from({ length: 7 }, (_, i) => `https://h${i}.example.com`)),
      },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 10,
          column: 17,
          message:
            'among the manifest\'s redirectUris ("https://h0.example.com", "https://h1.example.com", "https://h2.example.com", "https://h3.example.com", "https://h4.example.com" and 2 more)',
        },
      ],
    },
    {
      name: 'a redirect URI pattern with unsupported syntax is reported at the entry, and matches nothing',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'https://prod.campaign.example.com'),
        'prod/ims/manifest.yml': manifest('prod', 'https://(prod|stage)\\.campaign\\.example\\.com', 'https://(a+)+\\.example\\.com'),
      },
      errors: [
        {
          file: 'prod/ims/manifest.yml',
          line: 8,
          column: 5,
          message:
            'redirect URI pattern "https://(prod|stage)\\\\.campaign\\\\.example\\\\.com" of instance "prod" cannot be checked: it uses "(" at character 9; supported are literal characters',
        },
        {
          file: 'prod/ims/manifest.yml',
          line: 9,
          column: 5,
          message:
            'redirect URI pattern "https://(a+)+\\\\.example\\\\.com" of instance "prod" cannot be checked: it uses "(" at character 9',
        },
        { file: 'prod/packages/ims-account.xml', line: 10, column: 17, message: 'is not on the IMS redirect URI allowlist' },
      ],
    },
    {
      name: 'http:// callback: one finding, not one per check',
      files: {
        '.github/ims-gate.yml': CONFIG,
        'prod/packages/ims-account.xml': account('prod', 'http://prod.campaign.example.com'),
        'prod/ims/manifest.yml': manifest('prod', 'https://prod.campaign.example.com'),
      },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 10,
          column: 17,
          message: 'callback server "http://prod.campaign.example.com" of instance "prod" uses "http://"; it must start with https://',
        },
      ],
    },
    {
      name: 'a bare host: no scheme, the host is still checked against the allowlist',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'prod.campaign.example.com'),
        'prod/ims/manifest.yml': manifest('prod', 'https://prod.campaign.example.com'),
        'stage/packages/ims-account.xml': account('stage', 'stage.campaign.example.com'),
        'stage/ims/manifest.yml': manifest('stage', 'https://stage.example.com'),
      },
      errors: [
        { file: 'prod/packages/ims-account.xml', line: 10, column: 17, message: 'has no scheme; it must start with https://' },
        // One finding per attribute, naming every failed check.
        {
          file: 'stage/packages/ims-account.xml',
          line: 10,
          column: 17,
          message: /has no scheme; it must start with https:\/\/; also, it is not on the IMS redirect URI allowlist/,
        },
      ],
    },
    {
      name: 'not on the allowlist',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'https://campaign.example.com'),
        'prod/ims/manifest.yml': manifest('prod', 'https://prod.campaign.example.com', 'https://*.prod.example.com'),
      },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 10,
          column: 17,
          message:
            'is not on the IMS redirect URI allowlist: expected an origin or pattern among the manifest\'s redirectUris ("https://prod.campaign.example.com", "https://*.prod.example.com")',
        },
      ],
    },
    {
      name: 'stage calls back to production',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'https://prod.campaign.example.com'),
        'prod/ims/manifest.yml': manifest('prod', 'https://prod.campaign.example.com'),
        'stage/packages/ims-account.xml': account('stage', 'https://prod.campaign.example.com'),
        'stage/ims/manifest.yml': manifest('stage', 'https://stage.campaign.example.com'),
      },
      errors: [
        {
          file: 'stage/packages/ims-account.xml',
          line: 10,
          column: 17,
          message: /of instance "stage" is not on the IMS redirect URI allowlist.*; also, it is the callback server of instance "prod"/,
        },
      ],
    },
    {
      name: 'stage calls back to the configured url of prod (no manifests)',
      files: {
        '.github/ims-gate.yml': CONFIG,
        'stage/packages/ims-account.xml': account('stage', 'https://prod.campaign.example.com'),
      },
      errors: [
        {
          file: 'stage/packages/ims-account.xml',
          line: 10,
          column: 17,
          message: /must be on the host "stage.campaign.example.com" of the instance's url.*; also, it is the url of instance "prod"/,
        },
      ],
    },
    {
      name: 'same callback in two instances, decided by the instance name in the host',
      files: {
        'prod/packages/ims-account.xml': account('prod', 'https://campaign-stage.example.com'),
        'stage/packages/ims-account.xml': account('stage', 'https://campaign-stage.example.com'),
      },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 10,
          column: 17,
          message: 'of instance "prod" is the callback server of instance "stage"',
        },
      ],
    },
  ],
});
