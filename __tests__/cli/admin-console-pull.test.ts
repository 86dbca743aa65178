// `ims-gate admin-console pull` against the loopback stand-in: byte-identical re-runs whatever order UMAPI lists
// users in, only Campaign profiles unless --all, read back by the CSV reader into the live source's users,
// `--check` with counts and line numbers (never an e-mail), and writes only inside the scan root.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/run.js';
import { readAdminConsoleCsv } from '../../src/read/admin-console-csv.js';
import { liveExport, readLiveAdminConsole } from '../../src/read/umapi/index.js';
import { loadConfig } from '../../src/config/load.js';
import { FOOTER, HEADER } from '../helpers/campaign.js';
import { writeRepo } from '../helpers/repo.js';
import { type StandIn, type StandInUser, startStandIn, standInUsers } from '../read/umapi/stand-in.js';

const ORG = '4F2A1B2C3D4E5F6A7B8C9D0E@AdobeOrg';
const CLIENT_ID = 'stand-in-client-id';
const CLIENT_SECRET = 'p8e-SECRETqwxzvk';
const ENV = { UMAPI_CLIENT_ID: CLIENT_ID, UMAPI_CLIENT_SECRET: CLIENT_SECRET, IMS_GATE_TEST_UMAPI_RETRY_BASE_MS: '5' };

const open: StandIn[] = [];
afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});

const GROUPS = [
  { groupName: 'Campaign - acme - delivery', type: 'PRODUCT_PROFILE', memberCount: 3 },
  { groupName: 'Campaign - acme - reportViewer', type: 'PRODUCT_PROFILE', memberCount: 2 },
  { groupName: 'Analytics - everyone', type: 'PRODUCT_PROFILE', memberCount: 5 },
  { groupName: 'Marketing EMEA', type: 'USER_GROUP', memberCount: 2 },
];

function people(): StandInUser[] {
  return [
    ...standInUsers(
      3,
      (i) =>
        i === 0 ? ['Campaign - acme - reportViewer', 'Campaign - acme - delivery', 'Marketing EMEA'] : ['Campaign - acme - delivery'],
      'zed',
    ),
    ...standInUsers(1, () => ['Campaign - acme - reportViewer', 'Analytics - everyone'], 'amy'),
    ...standInUsers(2, () => ['Analytics - everyone', 'Marketing EMEA'], 'bob'),
    { email: 'Quote"Person@example.org', username: 'quote', type: 'adobeID', groups: ['Campaign - acme - delivery'] },
  ];
}

async function standIn(users: StandInUser[] = people(), secret = CLIENT_SECRET): Promise<StandIn> {
  const server = await startStandIn({ clientId: CLIENT_ID, clientSecret: secret, orgId: ORG, groups: GROUPS, users, usersPageSize: 3 });
  open.push(server);
  return server;
}

const ACCOUNT = `${HEADER}
    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsAssociationMask="Campaign - acme - (.*)"/>
${FOOTER}`;

function repo(server: StandIn): string {
  return writeRepo({
    '.github/ims-gate.yml': `instances:\n  acme:\n    paths: ["acme/**"]\nadminConsole:\n  source: umapi\n  orgId: ${ORG}\n  imsUrl: ${server.url}\n  umapiUrl: ${server.url}\n`,
    'acme/packages/ims.xml': ACCOUNT,
  });
}

async function cli(args: string[], env: Record<string, string> = ENV) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, isTty: false };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const HEADER_LINE =
  'Identity Type,Username,Domain,Email,First Name,Last Name,Country Code,Product Configurations,Admin Roles,Product Configurations Administered,User Groups,User Groups Administered,Products Administered,Developer Access';

describe('ims-gate admin-console pull', () => {
  it('writes only the Campaign profiles and their users, sorted, in the export format', async () => {
    const server = await standIn();
    const root = repo(server);
    const run = await cli(['admin-console', 'pull', root]);
    expect(run).toEqual({
      code: 0,
      stdout: 'wrote admin-console/users.csv: 5 users, 2 product profiles from the live Admin Console\n',
      stderr: '',
    });
    expect(readFileSync(join(root, 'admin-console/users.csv'), 'utf8')).toBe(`${HEADER_LINE}
Federated ID,amy.000@example.org,example.org,amy.000@example.org,,,,Campaign - acme - reportViewer,,,,,,
Adobe ID,quote,,"Quote""Person@example.org",,,,Campaign - acme - delivery,,,,,,
Federated ID,zed.000@example.org,example.org,zed.000@example.org,,,,"Campaign - acme - delivery,Campaign - acme - reportViewer",,,,,,
Federated ID,zed.001@example.org,example.org,zed.001@example.org,,,,Campaign - acme - delivery,,,,,,
Federated ID,zed.002@example.org,example.org,zed.002@example.org,,,,Campaign - acme - delivery,,,,,,
`);
    expect(server.violations).toEqual([]);
  });

  it('is byte-identical on a re-run, whatever order UMAPI lists the users and their groups in', async () => {
    const first = await standIn();
    const root = repo(first);
    expect((await cli(['admin-console', 'pull', root, '--all'])).code).toBe(0);
    const before = readFileSync(join(root, 'admin-console/users.csv'));
    const shuffled = people()
      .reverse()
      .map((user) => ({ ...user, groups: [...(user.groups ?? [])].reverse() }));
    const second = await standIn(shuffled);
    writeFileSync(
      join(root, '.github/ims-gate.yml'),
      readFileSync(join(root, '.github/ims-gate.yml'), 'utf8').replaceAll(first.url, second.url),
    );
    expect((await cli(['admin-console', 'pull', root, '--all'])).code).toBe(0);
    expect(readFileSync(join(root, 'admin-console/users.csv')).equals(before)).toBe(true);
    expect(await cli(['admin-console', 'pull', root, '--all', '--check'])).toMatchObject({
      code: 0,
      stdout: 'admin-console/users.csv is up to date with the live Admin Console (7 users, 3 product profiles)\n',
    });
  });

  it('writes with --all what the CSV reader reads back into the live source’s users', async () => {
    const server = await standIn();
    const root = repo(server);
    expect((await cli(['admin-console', 'pull', root, '--all', '--out', 'ac/all.csv'])).code).toBe(0);
    const read = readAdminConsoleCsv('ac/all.csv', readFileSync(join(root, 'ac/all.csv')));
    expect(read.problems).toEqual([]);
    const config = loadConfig(root).config.adminConsole;
    if (!config) throw new Error('no adminConsole');
    const live = await readLiveAdminConsole(config, { env: ENV });
    if (!live.ok) throw new Error(live.problem);
    const shape = (users: { email?: string; username?: string; groups: { value: string }[] }[]) =>
      users.map((user) => ({ email: user.email, username: user.username, groups: user.groups.map((group) => group.value) }));
    expect(shape(read.dashboard?.users ?? [])).toEqual(shape(liveExport(live.read).users));
  });

  it('warns of a name with a comma, which the export format cannot keep as one name', async () => {
    const server = await startStandIn({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      orgId: ORG,
      groups: [...GROUPS, { groupName: 'Sales, EMEA', type: 'USER_GROUP' }],
      users: [{ email: 'a@example.org', groups: ['Campaign - acme - delivery', 'Sales, EMEA'] }],
    });
    open.push(server);
    const run = await cli(['admin-console', 'pull', repo(server), '--all']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `ims-gate: warning: 1 group name holds a comma, which the Admin Console's CSV format reads as a separator: "Sales, EMEA"\n`,
    );
  });

  it('--check exits 1 with counts and line numbers, never an e-mail, when the Admin Console changed', async () => {
    const server = await standIn();
    const root = repo(server);
    await cli(['admin-console', 'pull', root]);
    const changed = people().filter((user) => user.email !== 'zed.001@example.org');
    changed[0] = { ...changed[0], groups: ['Campaign - acme - delivery'] };
    changed.push(...standInUsers(2, () => ['Campaign - acme - reportViewer'], 'new'));
    const later = await standIn(changed);
    writeFileSync(
      join(root, '.github/ims-gate.yml'),
      readFileSync(join(root, '.github/ims-gate.yml'), 'utf8').replaceAll(server.url, later.url),
    );
    const before = readFileSync(join(root, 'admin-console/users.csv'));
    const run = await cli(['admin-console', 'pull', root, '--check']);
    expect(run).toEqual({
      code: 1,
      stdout:
        'admin-console/users.csv differs from the live Admin Console: 2 users added, 1 removed, 1 changed (removed: line 5; changed: line 4 of admin-console/users.csv)\n',
      stderr: '',
    });
    expect(readFileSync(join(root, 'admin-console/users.csv')).equals(before)).toBe(true);
    expect(run.stdout).not.toMatch(/@/);
  });

  it('--check exits 1 when the file is missing', async () => {
    const root = repo(await standIn());
    expect(await cli(['admin-console', 'pull', root, '--check'])).toMatchObject({
      code: 1,
      stdout:
        'admin-console/users.csv does not exist; the live Admin Console has 5 users, 2 product profiles (run ims-gate admin-console pull)\n',
    });
    expect(existsSync(join(root, 'admin-console/users.csv'))).toBe(false);
  });

  it.each([
    ['outside the root', ['--out', '../elsewhere.csv'], /^ims-gate: --out: \.\.\/elsewhere\.csv is not inside the scan root/],
    [
      'through a symbolic link',
      ['--out', 'linked/users.csv'],
      /^ims-gate: --out: linked is a symbolic link; ims-gate writes no file through one/,
    ],
    ['onto a symbolic link', ['--out', 'link.csv'], /^ims-gate: --out: link\.csv is a symbolic link/],
    ['into .git', ['--out', '.git/hooks/pre-commit'], /^ims-gate: --out: \.git\/hooks\/pre-commit is inside \.git/],
  ])('refuses to write %s', async (_, args, message) => {
    const root = repo(await standIn());
    const outside = writeRepo({ 'target.csv': 'untouched\n' });
    symlinkSync(outside, join(root, 'linked'));
    symlinkSync(join(outside, 'target.csv'), join(root, 'link.csv'));
    const run = await cli(['admin-console', 'pull', root, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(readFileSync(join(outside, 'target.csv'), 'utf8')).toBe('untouched\n');
    expect(existsSync(join(outside, 'users.csv'))).toBe(false);
  });

  it('exits 2 with the cause, and no secret, when the Admin Console cannot be read', async () => {
    const root = repo(await standIn(people(), 'another-secret'));
    const run = await cli(['admin-console', 'pull', root]);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'ims-gate: Admin Console not read: IMS answered 401 (invalid_client) to POST /ims/token/v3 (check UMAPI_CLIENT_ID/UMAPI_CLIENT_SECRET)\n',
    });
    expect(existsSync(join(root, 'admin-console/users.csv'))).toBe(false);
  });

  describe('a read that would never end', () => {
    const infinitePaging = (kind: string, attempt: number) =>
      kind === 'users'
        ? { status: 200, body: { lastPage: false, result: 'success', users: [{ email: `p${attempt}@example.org`, groups: [] }] } }
        : undefined;
    it.each([
      [
        'a users listing that keeps saying lastPage: false',
        infinitePaging,
        { IMS_GATE_TEST_UMAPI_WINDOW_MS: '1000', IMS_GATE_TEST_UMAPI_BUDGET_MS: '1500' },
        /^ims-gate: Admin Console not read: the time budget of 1\.5 s for reading the Admin Console would run out waiting for UMAPI's limit of 25 users requests per 1 s \(GET \/v2\/usermanagement\/users\/[^/]+\/50; a large organization can raise adminConsole\.budgetSeconds\)\n$/,
      ],
      [
        'a 429 with Retry-After: 999999 on every call, under the default budget',
        (kind: string) => (kind === 'token' ? undefined : { status: 429, retryAfter: '999999' }),
        {},
        /^ims-gate: Admin Console not read: UMAPI asked to retry after 999999 s, beyond the time budget of 120 s for reading the Admin Console \(GET \/v2\/usermanagement\/groups\/[^/]+\/0: 1[12]\d s left; a large organization can raise adminConsole\.budgetSeconds\)\n$/,
      ],
      [
        'a users page with "users": null',
        (kind: string) => (kind === 'users' ? { status: 200, body: { lastPage: true, result: 'success', users: null } } : undefined),
        {},
        /^ims-gate: Admin Console not read: UMAPI answered a users page without a users list \(GET \/v2\/usermanagement\/users\/[^/]+\/0\)\n$/,
      ],
    ] as const)(
      'exits 2 on %s, soon, and leaves the file as it was',
      async (_, fault, env, message) => {
        const server = await startStandIn({
          clientId: CLIENT_ID,
          clientSecret: CLIENT_SECRET,
          orgId: ORG,
          groups: GROUPS,
          users: people(),
          fault,
        });
        open.push(server);
        const root = repo(server);
        writeFileSync(join(root, 'admin-console-users.csv'), 'kept\n');
        for (const args of [
          ['--out', 'admin-console-users.csv'],
          ['--check', '--out', 'admin-console-users.csv'],
        ]) {
          const started = Date.now();
          const run = await cli(['admin-console', 'pull', root, ...args], { ...ENV, ...env });
          expect(Date.now() - started).toBeLessThan(5000);
          expect(run.code).toBe(2);
          expect(run.stdout).toBe('');
          expect(run.stderr).toMatch(message);
          expect(run.stderr).not.toMatch(/@example\.org|SECRETqwxzvk/);
          expect(readFileSync(join(root, 'admin-console-users.csv'), 'utf8')).toBe('kept\n');
        }
      },
      20_000,
    );
  });

  it('needs adminConsole in the config, and a mask unless --all', async () => {
    const bare = writeRepo({ 'acme/packages/ims.xml': ACCOUNT });
    expect((await cli(['admin-console', 'pull', bare])).stderr).toMatch(/the config has no adminConsole/);
    const server = await standIn();
    const noMask = repo(server);
    writeFileSync(join(noMask, 'acme/packages/ims.xml'), `${HEADER}\n${FOOTER}`);
    mkdirSync(join(noMask, 'admin-console'), { recursive: true });
    const run = await cli(['admin-console', 'pull', noMask]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no instance has an IMS account with an association mask.*pass --all/);
  });
});
