import { describe, expect, it } from 'vitest';
import { checkImsServer } from '../../src/rules/util/ims-server.js';
import { ruleTester } from '../helpers/rule-tester.js';

// The IMS account as the client console exports it. imsServer (when given) is on line 7, column 17.
function accountPackage(instance: string, imsServer?: string): string {
  const server = imsServer === undefined ? '' : `imsServer="${imsServer}" `;
  return `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <desc/>
  <version buildDate="2021-09-03 14:41:08.993Z"/>
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud" type="Adobe Marketing Cloud" active="1"
                ${server}imsScope="openid,AdobeID,read_organizations" imsClientId="campaign-${instance}"
                imsCallbackServer="https://${instance}.campaign.example.com" imsOrgId="ABCDEF1234567890@AdobeOrg"
                imsAssociationMask="Campaign - ${instance} - (.*)" productContext="dma_campaign_classic"/>
  </entities>
</package>
`;
}

// authIMSEndpoint is on line 4, column 10.
function serverConf(endpoint: string): string {
  return `<?xml version='1.0'?>
<serverconf>
  <shared>
    <ims authIMSEndpoint="${endpoint}" authIMSClientId="campaign-technical" authIMSClientSecret="@57QS5VHMb9BCsojLVrKI/Q=="/>
  </shared>
  <web>
    <redirection IMSOrgId="ABCDEF1234567890@AdobeOrg"/>
  </web>
</serverconf>
`;
}

ruleTester('IMS003', {
  valid: [
    {
      name: 'stage and production on the same production endpoint, written as URL or bare host',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'https://ims-na1.adobelogin.com'),
        'stage/packages/ims-account.xml': accountPackage('stage', 'IMS-NA1.adobelogin.com/'),
        'dev/packages/ims-account.xml': accountPackage('dev', 'ims-na1.adobelogin.com'),
      },
    },
    {
      name: 'adobeid-na1 everywhere; serverConf keeps its documented default for the technical account',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'https://adobeid-na1.services.adobe.com'),
        'stage/packages/ims-account.xml': accountPackage('stage', 'https://adobeid-na1.services.adobe.com/'),
        'conf/serverConf.xml': serverConf('https://ims-na1.adobelogin.com'),
        'conf/config-prod.xml': serverConf('https://ims-na1.adobelogin.com'),
      },
    },
    {
      name: 'an instance without an explicit IMS server is not compared',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'https://adobeid-na1.services.adobe.com'),
        'stage/packages/ims-account.xml': accountPackage('stage'),
      },
    },
    {
      name: 'two non-production instances that disagree: no reference to tell which is wrong',
      files: {
        'stage/packages/ims-account.xml': accountPackage('stage', 'https://adobeid-na1.services.adobe.com'),
        'dev/packages/ims-account.xml': accountPackage('dev', 'https://ims-na1.adobelogin.com'),
      },
    },
  ],
  invalid: [
    {
      name: 'an http:// URL with a path',
      files: { 'prod/packages/ims-account.xml': accountPackage('prod', 'http://ims-na1.adobelogin.com/ims') },
      errors: [
        {
          file: 'prod/packages/ims-account.xml',
          line: 7,
          column: 17,
          message:
            'IMS server "http://ims-na1.adobelogin.com/ims" of instance "prod" uses the scheme "http://" instead of https://: expected https://ims-na1.adobelogin.com or https://adobeid-na1.services.adobe.com',
        },
      ],
    },
    {
      name: 'stage on the IMS stage endpoint is reported once, not again across instances',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'https://ims-na1.adobelogin.com'),
        'stage/packages/ims-account.xml': accountPackage('stage', 'https://ims-na1-stg1.adobelogin.com'),
      },
      errors: [
        {
          file: 'stage/packages/ims-account.xml',
          line: 7,
          column: 17,
          message: 'has the host "ims-na1-stg1.adobelogin.com", which is not an IMS production endpoint',
        },
      ],
    },
    {
      name: 'stage on one production endpoint and production on the other',
      files: {
        'prod/packages/ims-account.xml': accountPackage('prod', 'https://ims-na1.adobelogin.com'),
        'stage/packages/ims-account.xml': accountPackage('stage', 'https://adobeid-na1.services.adobe.com'),
        'qa/packages/ims-account.xml': accountPackage('qa', 'ims-na1.adobelogin.com'),
      },
      errors: [
        {
          file: 'stage/packages/ims-account.xml',
          line: 7,
          column: 17,
          message:
            'IMS server "https://adobeid-na1.services.adobe.com" of instance "stage" differs from "ims-na1.adobelogin.com" used by instance "prod"',
        },
      ],
    },
    {
      name: 'config-named instances: "live" is the production one',
      files: {
        '.github/ims-gate.yml': 'instances:\n  live:\n    paths: ["env/emea-live/**"]\n  test:\n    paths: ["env/emea-test/**"]\n',
        'env/emea-live/ims-account.xml': accountPackage('live', 'https://ims-na1.adobelogin.com'),
        'env/emea-test/ims-account.xml': accountPackage('test', 'https://adobeid-na1.services.adobe.com'),
      },
      errors: [
        {
          file: 'env/emea-test/ims-account.xml',
          line: 7,
          column: 17,
          message: 'differs from "ims-na1.adobelogin.com" used by instance "live"',
        },
      ],
    },
    {
      name: 'the one instance not named as a non-production one is production',
      files: {
        '.github/ims-gate.yml': 'instances:\n  emea:\n    paths: ["emea/**"]\n  emea-stage:\n    paths: ["emea-stage/**"]\n',
        'emea/ims-account.xml': accountPackage('emea', 'https://adobeid-na1.services.adobe.com'),
        'emea-stage/ims-account.xml': accountPackage('emea-stage', 'https://ims-na1.adobelogin.com'),
      },
      errors: [
        {
          file: 'emea-stage/ims-account.xml',
          line: 7,
          column: 17,
          message: 'differs from "adobeid-na1.services.adobe.com" used by instance "emea"',
        },
      ],
    },
    {
      name: 'without a production instance, the odd one out of the most common endpoint',
      files: {
        'stage/packages/ims-account.xml': accountPackage('stage', 'https://adobeid-na1.services.adobe.com'),
        'qa/packages/ims-account.xml': accountPackage('qa', 'https://adobeid-na1.services.adobe.com'),
        'dev/packages/ims-account.xml': accountPackage('dev', 'https://ims-na1.adobelogin.com'),
      },
      errors: [
        {
          file: 'dev/packages/ims-account.xml',
          line: 7,
          column: 17,
          message: 'differs from "adobeid-na1.services.adobe.com" used by instance "qa"',
        },
      ],
    },
    {
      name: 'serverConf authIMSEndpoint with a port, a trailing space, and across instances',
      files: {
        'prod/conf/serverConf.xml': serverConf('https://ims-na1.adobelogin.com:443'),
        'stage/conf/config-stage.xml': serverConf('https://ims-na1.adobelogin.com '),
        'conf/config-preprod.xml': serverConf('https://adobeid-na1.services.adobe.com'),
        'conf/config-production.xml': serverConf('ims-na1.adobelogin.com'),
      },
      errors: [
        {
          file: 'prod/conf/serverConf.xml',
          line: 4,
          column: 10,
          message: 'serverConf authIMSEndpoint "https://ims-na1.adobelogin.com:443" of instance "prod" has a port',
        },
        {
          file: 'stage/conf/config-stage.xml',
          line: 4,
          column: 10,
          message: 'serverConf authIMSEndpoint "https://ims-na1.adobelogin.com " of instance "stage" contains white space',
        },
        {
          file: 'conf/config-preprod.xml',
          line: 4,
          column: 10,
          message: 'differs from "ims-na1.adobelogin.com" used by instance "production"',
        },
      ],
    },
  ],
});

describe('checkImsServer', () => {
  it.each([
    ['ims-na1.adobelogin.com', 'ims-na1.adobelogin.com'],
    ['https://ims-na1.adobelogin.com', 'ims-na1.adobelogin.com'],
    ['https://ims-na1.adobelogin.com/', 'ims-na1.adobelogin.com'],
    ['HTTPS://AdobeID-NA1.services.adobe.com', 'adobeid-na1.services.adobe.com'],
    ['adobeid-na1.services.adobe.com/', 'adobeid-na1.services.adobe.com'],
  ])('accepts %j', (value, host) => {
    expect(checkImsServer(value)).toEqual({ ok: true, host });
  });

  it.each([
    ['', 'is empty'],
    [' https://ims-na1.adobelogin.com', 'contains white space'],
    ['https://ims-na1.adobelogin.com\u00a0', 'contains white space'],
    ['https://ims-na1.adobelogin.com\u200b', 'contains white space'],
    ['http://ims-na1.adobelogin.com', 'uses the scheme "http://"'],
    ['ftp://ims-na1.adobelogin.com', 'uses the scheme "ftp://"'],
    ['https://ims-na1.adobelogin.com:443', 'has a port'],
    ['https://ims-na1.adobelogin.com/ims/token', 'has a path ("/ims/token")'],
    ['https://ims-na1.adobelogin.com?x=1', 'has a query or fragment'],
    ['https://user@ims-na1.adobelogin.com', 'contains credentials'],
    ['https://ims-na1-stg1.adobelogin.com', 'not an IMS production endpoint'],
    ['https://ims-na1.adobelogin.com.evil.example', 'not an IMS production endpoint'],
    ['//ims-na1.adobelogin.com', 'is not a valid URL'],
    ['https://', 'is not a valid URL'],
  ])('rejects %j', (value, problem) => {
    const result = checkImsServer(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });
});
