// The texts of IMS003's and IMS007's findings, pinned as they were before their messages moved to their policy
// YAML (issue 11): the rule tests match messages, these match message and remediation whole, for the cases the
// rule tests leave out (each remediation variant, IMS007's "not a URL"), with a URL password that stays masked.
import { describe, expect, it } from 'vitest';
import { scanFiles } from '../helpers/repo.js';

function account(instance: string, attrs: string): string {
  return `<?xml version='1.0'?>
<package name="" namespace="">
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud" type="Adobe Marketing Cloud" active="1"
                imsScope="openid,AdobeID,read_organizations" imsClientId="campaign-${instance}" imsOrgId="ABCDEF1234567890@AdobeOrg"
                imsAssociationMask="Campaign - ${instance} - (.*)" productContext="dma_campaign_classic" ${attrs}/>
  </entities>
</package>
`;
}

function serverConf(endpoint: string): string {
  return `<?xml version='1.0'?>
<serverconf>
  <shared>
    <ims authIMSEndpoint="${endpoint}" authIMSClientId="campaign-technical"/>
  </shared>
</serverconf>
`;
}

async function texts(ruleId: string, files: Record<string, string>): Promise<{ message: string; remediation: string }[]> {
  const report = await scanFiles(files);
  return report.findings.filter((finding) => finding.ruleId === ruleId).map(({ message, remediation }) => ({ message, remediation }));
}

const CONSOLE =
  'the "Adobe Marketing Cloud" external account (internal name Adobe_Marketing_Cloud) in the Campaign client console (Administration > Platform > External accounts)';
const PRODUCTION_URLS = 'https://ims-na1.adobelogin.com or https://adobeid-na1.services.adobe.com';
const restart = (instance: string): string =>
  `After deploying the change, restart the Campaign server: run \`nlserver restart web\` on each application server that hosts instance ${instance} (it restarts the web process of every instance on that server). IMS settings are only read at start-up.`;

const CASES: { name: string; ruleId: string; files: Record<string, string>; expected: { message: string; remediation: string }[] }[] = [
  {
    name: 'IMS003, a serverConf endpoint with a password: the serverConf remediation, the password masked',
    ruleId: 'IMS003',
    files: {
      'prod/packages/ims-account.xml': account(
        'prod',
        'imsServer="https://ims-na1.adobelogin.com" imsCallbackServer="https://prod.campaign.example.com"',
      ),
      'conf/config-prod.xml': serverConf('https://admin:hunter2@ims-na1-stg1.adobelogin.com'),
    },
    expected: [
      {
        message: `serverConf authIMSEndpoint "https://********@ims-na1-stg1.adobelogin.com" of instance "prod" contains credentials: expected ${PRODUCTION_URLS} (host only: no port, path or query)`,
        remediation: `Set authIMSEndpoint of <serverconf><shared><ims> in conf/config-prod.xml to ${PRODUCTION_URLS}, the same production endpoint on every instance. ${restart('prod')}`,
      },
    ],
  },
  {
    name: 'IMS003, stage on another production endpoint than prod: the external account remediation',
    ruleId: 'IMS003',
    files: {
      'prod/packages/ims-account.xml': account('prod', 'imsServer="https://ims-na1.adobelogin.com"'),
      'stage/packages/ims-account.xml': account('stage', 'imsServer="https://adobeid-na1.services.adobe.com"'),
    },
    expected: [
      {
        message:
          'IMS server "https://adobeid-na1.services.adobe.com" of instance "stage" differs from "ims-na1.adobelogin.com" used by instance "prod": stage and production instances must point to the same IMS production endpoint',
        remediation: `Set the IMS server URL of ${CONSOLE} to ${PRODUCTION_URLS}, the same production endpoint on every instance, and the same value in its package. ${restart('stage')}`,
      },
    ],
  },
  {
    name: 'IMS007, a callback server that is not a URL, with a password',
    ruleId: 'IMS007',
    files: {
      'prod/packages/ims-account.xml': account(
        'prod',
        'imsServer="https://ims-na1.adobelogin.com" imsCallbackServer="https://admin:hunter2@[::1"',
      ),
    },
    expected: [
      {
        message:
          'callback server "https://********@[::1" of instance "prod" is not a URL; expected https://<host of instance prod> (IMS refuses the callback and users are redirected to an adobe.com page)',
        remediation: `Set the callback server to the https URL of the instance. Edit the Callback server field of ${CONSOLE} for instance prod; the value must also be on the redirect URI allowlist of the IMS client (the manifest's \`redirectUris\`). ${restart('prod')}`,
      },
    ],
  },
];

describe('IMS003 and IMS007 texts, unchanged by messages as data', () => {
  for (const testCase of CASES) {
    it(testCase.name, async () => {
      const actual = await texts(testCase.ruleId, testCase.files);
      expect(actual).toEqual(testCase.expected);
      expect(JSON.stringify(actual)).not.toContain('hunter2');
    });
  }
});
