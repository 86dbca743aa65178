// The live Admin Console through the whole scan: IMS004 and IMS005 judge its profiles and users as they judge a CSV,
// their findings sit at the mask or the operator group (never at a file that does not exist), users are counted
// and never named, the committed CSV is compared with it, and a failure is a finding rather than a crash.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline.js';
import { schemaValidator } from '../../src/policy/schemas.js';
import type { Finding } from '../../src/types.js';
import { FOOTER, HEADER } from '../helpers/campaign.js';
import { writeRepo } from '../helpers/repo.js';
import { type StandIn, type StandInOptions, standInUsers, startStandIn } from '../read/umapi/stand-in.js';

const ORG = '4F2A1B2C3D4E5F6A7B8C9D0E@AdobeOrg';
const CLIENT_ID = 'stand-in-client-id';
const CLIENT_SECRET = 'p8e-SECRETqwxzvk';
const ENV = { UMAPI_CLIENT_ID: CLIENT_ID, UMAPI_CLIENT_SECRET: CLIENT_SECRET, IMS_GATE_TEST_UMAPI_RETRY_BASE_MS: '5' };

const open: StandIn[] = [];
afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});

const MANAGER = 'Campaign - acme - campaignManager';
const VIEWER = 'Campaign - acme - reportViewer';
const NOTHING = 'Campaign - acme - nothingHere';

/** 12 users hold only MANAGER (whose group was renamed), 3 hold VIEWER, 2 only NOTHING; one only a user group. */
function liveUsers() {
  return [
    ...standInUsers(12, () => [MANAGER], 'manager'),
    ...standInUsers(3, () => [VIEWER, 'Marketing team'], 'viewer'),
    ...standInUsers(2, () => [NOTHING], 'nothing'),
    ...standInUsers(1, () => ['Marketing team'], 'other'),
  ];
}

async function standIn(options: Partial<StandInOptions> = {}): Promise<StandIn> {
  const server = await startStandIn({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    orgId: ORG,
    groups: [
      { groupName: MANAGER, type: 'PRODUCT_PROFILE', memberCount: 12 },
      { groupName: VIEWER, type: 'PRODUCT_PROFILE', memberCount: 3 },
      { groupName: NOTHING, type: 'PRODUCT_PROFILE', memberCount: 2 },
      { groupName: 'Marketing team', type: 'USER_GROUP', memberCount: 4 },
    ],
    users: liveUsers(),
    usersPageSize: 5,
    ...options,
  });
  open.push(server);
  return server;
}

const ACCOUNT = `${HEADER}
    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsServer="https://ims-na1.adobelogin.com"
                imsScope="openid,AdobeID" imsAssociationMask="Campaign - acme - (.*)"/>
${FOOTER}`;

const GROUPS = `<?xml version='1.0'?>
<package name="groups" namespace="cus">
  <entities schema="xtk:group">
    <group name="campaignManagers" label="Campaign managers"/>
    <group name="reportViewer" label="Report viewers"/>
  </entities>
</package>
`;

function repo(server: StandIn, extra: Record<string, string> = {}, csv = false): string {
  const config = `instances:
  acme:
    paths: ["acme/**"]
adminConsole:
  source: umapi
  orgId: ${ORG}
  imsUrl: ${server.url}
  umapiUrl: ${server.url}
${csv ? 'enterpriseDashboard: admin-console/users.csv\n' : ''}`;
  return writeRepo({ '.github/ims-gate.yml': config, 'acme/packages/ims.xml': ACCOUNT, 'acme/packages/groups.xml': GROUPS, ...extra });
}

const CSV_HEADER = 'Identity Type,Username,Domain,Email,Product Configurations,User Groups';

const shown = (finding: Finding) =>
  `${finding.ruleId} ${finding.severity} ${finding.file}:${finding.line}:${finding.column} ${finding.message}`;

describe('scan with the live Admin Console', () => {
  it('reports the renamed group at the group, the unmapped profile and the users who cannot log in at the mask, counted', async () => {
    const server = await standIn();
    const root = repo(server);
    const { report } = await scan({ root, failOn: 'error', env: ENV });
    expect(server.violations).toEqual([]);
    expect(report.findings.map(shown)).toEqual([
      'IMS005 error acme/packages/groups.xml:4:12 operator group "campaignManagers" does not match Enterprise Dashboard group "Campaign - acme - campaignManager" (Admin Console (live)): expected internal name "campaignManager"; it was renamed? (instance "acme", mask prefix "Campaign - acme - ")',
      'IMS005 error acme/packages/ims.xml:7:43 2 users hold "Campaign - acme - nothingHere" (Admin Console (live)), which maps to no operator group: instance "acme" has no operator group "nothingHere" (mask prefix "Campaign - acme - " + operator group internal name)',
      'IMS005 warning acme/packages/ims.xml:7:43 14 users of the live Admin Console cannot log in to Campaign: none of their Campaign profiles maps to an existing operator group ("Login does not have any right matching the expression"); the profiles they hold: "Campaign - acme - campaignManager" (12 users), "Campaign - acme - nothingHere" (2 users)',
    ]);
    // No location names a file that does not exist; no related location points at the live source.
    for (const finding of report.findings) {
      expect(existsSync(join(root, finding.file)), finding.file).toBe(true);
      for (const related of finding.related ?? []) expect(existsSync(join(root, related.file)), related.file).toBe(true);
    }
    expect(JSON.stringify(report)).not.toMatch(/@example\.org|SECRETqwxzvk/);
    for (const token of server.tokens) expect(JSON.stringify(report)).not.toContain(token);
    expect(report.sources?.adminConsole).toMatchObject({ kind: 'umapi', users: 18, profiles: 3 });
    const readAt = (report.sources?.adminConsole as { readAt?: string } | undefined)?.readAt ?? '';
    expect(Math.abs(Date.parse(readAt) - Date.now())).toBeLessThan(60_000);
    // Coverage names the source and when it was read, for every instance that the live users reach.
    for (const instance of report.coverage?.instances ?? []) expect(instance.sources.adminConsole).toEqual({ kind: 'umapi', readAt });
    const validate = schemaValidator('report.schema.json');
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('finds what a CSV export of the same Admin Console finds, at the CSV cells instead', async () => {
    const server = await standIn();
    const rows = liveUsers().map((user) => {
      const profiles = (user.groups ?? []).filter((group) => group !== 'Marketing team');
      const groups = (user.groups ?? []).filter((group) => group === 'Marketing team');
      return `Federated ID,${user.username},example.org,${user.email},"${profiles.join(',')}","${groups.join(',')}"`;
    });
    const csvRoot = writeRepo({
      '.github/ims-gate.yml': 'instances:\n  acme:\n    paths: ["acme/**"]\nenterpriseDashboard: admin-console/users.csv\n',
      'acme/packages/ims.xml': ACCOUNT,
      'acme/packages/groups.xml': GROUPS,
      'admin-console/users.csv': `${CSV_HEADER}\n${rows.join('\n')}\n`,
    });
    const fromCsv = (await scan({ root: csvRoot, failOn: 'error', env: {} })).report.findings;
    const fromLive = (await scan({ root: repo(server), failOn: 'error', env: ENV })).report.findings;
    // The same problems: one renamed group, one unmapped profile, the same users who cannot log in.
    expect(fromCsv.filter((f) => f.message.includes('it was renamed?'))).toHaveLength(1);
    expect(fromCsv.filter((f) => f.message.includes('none exists'))).toHaveLength(1);
    expect(fromCsv.filter((f) => f.message.includes('cannot log in'))).toHaveLength(14);
    expect(fromLive.map((f) => f.ruleId)).toEqual(['IMS005', 'IMS005', 'IMS005']);
  });

  it('uses the live source over the CSV, and says by how much the CSV differs from it (counts only)', async () => {
    const server = await standIn();
    const csv = `${CSV_HEADER}
Federated ID,manager.000@example.org,example.org,manager.000@example.org,"${MANAGER}",
Federated ID,gone.user@example.org,example.org,gone.user@example.org,"${VIEWER}",
Federated ID,viewer.000@example.org,example.org,viewer.000@example.org,"${MANAGER}","Marketing team"
`;
    const root = repo(server, { 'admin-console/users.csv': csv }, true);
    const { report } = await scan({ root, failOn: 'error', env: ENV });
    const drift = report.findings.filter((f) => f.ruleId === 'IMS000');
    expect(drift.map(shown)).toEqual([
      'IMS000 notice .github/ims-gate.yml:9:22 Admin Console export admin-console/users.csv differs from the live Admin Console, which the rules checked instead: 15 users added, 1 removed, 1 changed (Campaign profiles only)',
    ]);
    // The CSV's own users are not judged: the live source replaced it.
    expect(report.findings.filter((f) => f.file === 'admin-console/users.csv')).toEqual([]);
    expect(JSON.stringify(report)).not.toMatch(/example\.org/);
  });

  it.each([
    [
      'a wrong secret',
      { UMAPI_CLIENT_SECRET: 'not-the-SECRETxyz' },
      {},
      'IMS answered 401 (invalid_client) to POST /ims/token/v3 (check UMAPI_CLIENT_ID/UMAPI_CLIENT_SECRET)',
    ],
    [
      'a revoked token',
      {},
      { revokeAfter: 1 },
      `UMAPI answered 401 to GET /v2/usermanagement/users/${ORG}/0: the token was refused (check UMAPI_CLIENT_ID/UMAPI_CLIENT_SECRET)`,
    ],
  ] as const)('reports %s as a warning at the adminConsole key, never a crash or a silent pass', async (_, env, options, problem) => {
    const server = await standIn(options);
    const root = repo(server);
    const { report } = await scan({ root, failOn: 'error', env: { ...ENV, ...env } });
    expect(report.findings.map(shown)).toEqual([
      `IMS000 warning .github/ims-gate.yml:4:1 Admin Console not read: ${problem}; IMS004 and IMS005 were not checked against the Admin Console`,
    ]);
    expect(report.sources?.adminConsole).toEqual({ kind: 'umapi', problem });
    expect(report.findings[0].remediation).toContain('UMAPI_CLIENT_ID and UMAPI_CLIENT_SECRET');
  });

  it('falls back to the committed CSV when the live source cannot be read, and says so', async () => {
    const server = await standIn({ fault: (kind) => (kind === 'token' ? { status: 503 } : undefined) });
    const csv = `${CSV_HEADER}\nFederated ID,a@example.org,example.org,a@example.org,"${NOTHING}",\n`;
    const root = repo(server, { 'admin-console/users.csv': csv }, true);
    const { report } = await scan({ root, failOn: 'error', env: ENV });
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([
      'IMS000 .github/ims-gate.yml:4',
      'IMS005 admin-console/users.csv:2',
      'IMS005 admin-console/users.csv:2',
    ]);
    expect(report.findings[0].message).toBe(
      `Admin Console not read: ${new URL(server.url).host} answered 503 to POST /ims/token/v3 (3 attempts); IMS004 and IMS005 checked the committed Admin Console exports instead`,
    );
  });
});

describe('a live read that fails, in a check', () => {
  it.each([
    [
      'a users page with "users": null and lastPage: true',
      (kind: string) => (kind === 'users' ? { status: 200, body: { lastPage: true, result: 'success', users: null } } : undefined),
      /^Admin Console not read: UMAPI answered a users page without a users list \(GET \/v2\/usermanagement\/users\/[^/]+\/0\); IMS004 and IMS005 were not checked against the Admin Console$/,
    ],
    [
      'a 429 with a Retry-After date in 2099 on every call, under the default budget',
      (kind: string) => (kind === 'token' ? undefined : { status: 429, retryAfter: 'Wed, 21 Oct 2099 07:28:00 GMT' }),
      /^Admin Console not read: UMAPI asked to retry after \d{10} s, beyond the time budget of 120 s for reading the Admin Console \(GET \/v2\/usermanagement\/groups\/[^/]+\/0: 1[12]\d s left; a large organization can raise adminConsole\.budgetSeconds\); IMS004 and IMS005 were not checked against the Admin Console$/,
    ],
    [
      'an IMS that answers 429 with Retry-After: 999999',
      (kind: string) => (kind === 'token' ? { status: 429, retryAfter: '999999' } : undefined),
      /^Admin Console not read: IMS asked to retry after 999999 s, beyond the time budget of 120 s for reading the Admin Console \(POST \/ims\/token\/v3: /,
    ],
  ] as const)('is an error under require: [adminConsole], soon, never an empty Admin Console: %s', async (_, fault, message) => {
    const server = await standIn({ fault });
    const root = repo(server);
    const config = join(root, '.github/ims-gate.yml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}require: [adminConsole]\n`);
    const started = Date.now();
    const { report } = await scan({ root, failOn: 'error', env: ENV });
    expect(Date.now() - started).toBeLessThan(5000);
    const read = report.findings.filter((f) => f.ruleId === 'IMS000' && f.message.startsWith('Admin Console not read'));
    expect(read.map((f) => `${f.severity} ${f.file}:${f.line}`)).toEqual(['error .github/ims-gate.yml:4']);
    expect(read[0].message).toMatch(message);
    expect(report.findings.filter((f) => f.ruleId === 'IMS004' || f.ruleId === 'IMS005')).toEqual([]);
    expect(report.sources?.adminConsole).not.toHaveProperty('readAt');
  });
});

describe('the live source’s own findings', () => {
  it('makes a failed read an error when require: names adminConsole (issue 12), a warning otherwise', async () => {
    const { liveSourceDiagnostics } = await import('../../src/rules/util/live-source.js');
    const { defaultConfig } = await import('../../src/config/types.js');
    const config = {
      ...defaultConfig(),
      adminConsole: {
        source: 'umapi' as const,
        orgId: ORG,
        clientIdEnv: 'UMAPI_CLIENT_ID',
        clientSecretEnv: 'UMAPI_CLIENT_SECRET',
        imsUrl: 'https://ims-na1.adobelogin.com',
        umapiUrl: 'https://usermanagement.adobe.io',
        loc: { file: '.github/ims-gate.yml', line: 3, column: 1, endLine: 3, endColumn: 13 },
      },
    };
    const model = (required: boolean) => ({
      instances: [],
      fallbackInstance: 'default',
      dashboards: [],
      suppressions: [],
      problems: [],
      liveAdminConsole: { kind: 'umapi' as const, problem: 'UMAPI_CLIENT_SECRET is not set in the environment', required },
    });
    expect(liveSourceDiagnostics(model(true), config).map((d) => [d.severity, d.loc.line, d.data?.problem])).toEqual([
      ['error', 3, 'UMAPI_CLIENT_SECRET is not set in the environment'],
    ]);
    expect(liveSourceDiagnostics(model(false), config).map((d) => d.severity)).toEqual(['warning']);
  });

  it('lets IMS004 judge the mask against the live profiles, and keeps SARIF locations on real files', async () => {
    const server = await standIn();
    const root = repo(server, { 'acme/packages/ims.xml': ACCOUNT.replace('Campaign - acme - (.*)', 'Campaign - Acme - (.*)') });
    const outcome = await scan({ root, failOn: 'error', env: ENV });
    expect(outcome.report.findings.map(shown)).toEqual([
      'IMS004 error acme/packages/ims.xml:7:43 association mask "Campaign - Acme - (.*)" of instance "acme" matches no Enterprise Dashboard group: no group name starts with its prefix "Campaign - Acme - "; did you mean "Campaign - acme - "?',
    ]);
    const { formatNamed } = await import('../../src/report/formats.js');
    const { describedRules } = await import('../../src/policy/rule-help.js');
    const sarif = JSON.parse(formatNamed('sarif')?.(outcome.report, { root, color: false, rules: describedRules() }) ?? '{}');
    const uris = [...JSON.stringify(sarif).matchAll(/"uri":"([^"]+)"/g)].map((match) => match[1]).filter((uri) => !uri.startsWith('http'));
    expect(uris).toContain('acme/packages/ims.xml');
    for (const uri of uris) expect(existsSync(join(root, uri)), uri).toBe(true);
  });
});
