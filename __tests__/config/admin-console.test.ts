// `adminConsole:` in the config: defaults, the place of its key, and what the schema refuses (a host that is not
// Adobe's, a plain-http host that is not loopback, a user name in a URL, an env name that looks like a value, a
// budget out of 10–3600 s).
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { DEFAULT_BUDGET_SECONDS, umapiLimits } from '../../src/read/umapi/limits.js';

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

  it.each([10, 1500, 3600])('takes a budget of %i s, which the read uses over the default of 120 s', (seconds) => {
    const { config, problems } = parseConfig(`adminConsole:\n  source: umapi\n  orgId: ${ORG}\n  budgetSeconds: ${seconds}\n`, FILE);
    expect(problems).toEqual([]);
    expect(config.adminConsole?.budgetSeconds).toBe(seconds);
    expect(umapiLimits({}, config.adminConsole?.budgetSeconds).budgetMs).toBe(seconds * 1000);
    // The tests' own override still wins, so that a stand-in runs in seconds.
    expect(umapiLimits({ IMS_GATE_TEST_UMAPI_BUDGET_MS: '800' }, seconds).budgetMs).toBe(800);
  });

  it('reads within 120 s unless told otherwise', () => {
    expect(umapiLimits({}).budgetMs).toBe(120_000);
    expect(DEFAULT_BUDGET_SECONDS).toBe(120);
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
    ['a budget below 10 s', `source: umapi\n  orgId: ${ORG}\n  budgetSeconds: 9`],
    ['a budget above an hour', `source: umapi\n  orgId: ${ORG}\n  budgetSeconds: 3601`],
    ['a budget that is not whole seconds', `source: umapi\n  orgId: ${ORG}\n  budgetSeconds: 12.5`],
    ['a budget that is a string', `source: umapi\n  orgId: ${ORG}\n  budgetSeconds: "600"`],
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
