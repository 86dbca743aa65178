// `adminConsole:` in the config: defaults, the place of its key, and what the schema refuses (a host that is not
// Adobe's, a plain-http host that is not loopback, a user name in a URL, an env name that looks like a value).
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';

const FILE = '.github/ims-gate.yml';
const ORG = '4F2A1B2C3D4E5F6A7B8C9D0E@AdobeOrg';

describe('adminConsole', () => {
  it('takes the defaults, trims trailing slashes and knows where its key is', () => {
    const { config, problems } = parseConfig(
      `hosting: on-premise\nadminConsole:\n  source: umapi\n  orgId: ${ORG}\n  umapiUrl: http://127.0.0.1:8080/\n`,
      FILE,
    );
    expect(problems).toEqual([]);
    expect(config.adminConsole).toEqual({
      source: 'umapi',
      orgId: ORG,
      clientIdEnv: 'UMAPI_CLIENT_ID',
      clientSecretEnv: 'UMAPI_CLIENT_SECRET',
      imsUrl: 'https://ims-na1.adobelogin.com',
      umapiUrl: 'http://127.0.0.1:8080',
      loc: { file: FILE, line: 2, column: 1, endLine: 2, endColumn: 13 },
    });
  });

  it('is absent unless configured', () => {
    expect(parseConfig('hosting: on-premise\n', FILE).config.adminConsole).toBeUndefined();
  });

  it.each([
    ['no orgId', 'source: umapi'],
    ['another source', `source: csv\n  orgId: ${ORG}`],
    ['an orgId that is not one', 'source: umapi\n  orgId: acme'],
    ['an IMS host that is not Adobe’s', `source: umapi\n  orgId: ${ORG}\n  imsUrl: https://ims.evil.example`],
    [
      'a UMAPI host that only looks like Adobe’s',
      `source: umapi\n  orgId: ${ORG}\n  umapiUrl: https://usermanagement.adobe.io.evil.example`,
    ],
    ['plain http to a remote host', `source: umapi\n  orgId: ${ORG}\n  imsUrl: http://ims-na1.adobelogin.com`],
    ['a user name in the URL', `source: umapi\n  orgId: ${ORG}\n  imsUrl: https://me:pw@ims-na1.adobelogin.com`],
    ['a path in the URL', `source: umapi\n  orgId: ${ORG}\n  umapiUrl: https://usermanagement.adobe.io/v2`],
    ['an env name that looks like a value', `source: umapi\n  orgId: ${ORG}\n  clientSecretEnv: p8e-abcDEF123`],
    ['a lower-case env name', `source: umapi\n  orgId: ${ORG}\n  clientIdEnv: umapi_client_id`],
    ['an unknown key', `source: umapi\n  orgId: ${ORG}\n  clientSecret: p8e-abcDEF123`],
  ])('refuses %s, at its line, without quoting the value', (_, body) => {
    const { config, problems } = parseConfig(`adminConsole:\n  ${body}\n`, FILE);
    expect(problems.length).toBeGreaterThan(0);
    expect(config.adminConsole).toBeUndefined();
    for (const problem of problems) {
      expect(problem.message).toMatch(/^invalid config: /);
      expect(problem.message).not.toContain('p8e-abcDEF123');
      expect(problem.message).not.toContain(':pw@');
    }
  });
});
