// The UMAPI client against the loopback stand-in: paging, throttling, refused and revoked credentials, 5xx, a
// server that never answers, and pacing to the per-client limits. Every request is checked by the stand-in.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import type { AdminConsoleConfig } from '../../../src/config/types.js';
import { readLiveAdminConsole } from '../../../src/read/umapi/index.js';
import { retryAfterMs } from '../../../src/read/umapi/http.js';
import { type StandIn, type StandInOptions, standInUsers, startStandIn } from './stand-in.js';

const ORG = '4F2A1B2C3D4E5F6A7B8C9D0E@AdobeOrg';
const CLIENT_ID = 'stand-in-client-id';
const CLIENT_SECRET = 'p8e-SECRETqwxzvk';

const open: StandIn[] = [];
afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});

const PROFILES = [
  { groupName: 'Campaign - acme - delivery', type: 'PRODUCT_PROFILE', memberCount: 4, groupId: 1 },
  { groupName: 'Campaign - acme - campaignManager', type: 'PRODUCT_PROFILE', memberCount: 1, groupId: 2 },
  { groupName: 'Marketing team', type: 'USER_GROUP', memberCount: 2, groupId: 3 },
];

async function standIn(options: Partial<StandInOptions> = {}): Promise<StandIn> {
  const server = await startStandIn({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    orgId: ORG,
    groups: PROFILES,
    users: standInUsers(5, (i) => (i % 2 ? ['Campaign - acme - delivery', 'Marketing team'] : ['Campaign - acme - delivery'])),
    usersPageSize: 2,
    ...options,
  });
  open.push(server);
  return server;
}

function configFor(server: StandIn): AdminConsoleConfig {
  return {
    source: 'umapi',
    orgId: ORG,
    clientIdEnv: 'UMAPI_CLIENT_ID',
    clientSecretEnv: 'UMAPI_CLIENT_SECRET',
    imsUrl: server.url,
    umapiUrl: server.url,
    loc: { file: '.github/ims-gate.yml', line: 1, column: 1, endLine: 1, endColumn: 13 },
  };
}

/** Short waits, so that retries and a silent server take milliseconds; everything else as shipped. */
const FAST = {
  UMAPI_CLIENT_ID: CLIENT_ID,
  UMAPI_CLIENT_SECRET: CLIENT_SECRET,
  IMS_GATE_TEST_UMAPI_RETRY_BASE_MS: '5',
  IMS_GATE_TEST_UMAPI_TIMEOUT_MS: '300',
  IMS_GATE_TEST_UMAPI_BUDGET_MS: '5000',
};

async function read(server: StandIn, env: Record<string, string> = {}) {
  return readLiveAdminConsole(configFor(server), { env: { ...FAST, ...env } });
}

const listings = (server: StandIn, kind: 'groups' | 'users') => server.requests.filter((r) => r.kind === kind).map((r) => r.path);

/** What no problem message may hold. */
function expectNothingSecret(text: string, server: StandIn): void {
  expect(text).not.toContain(CLIENT_SECRET);
  for (const token of server.tokens) expect(text).not.toContain(token);
  expect(text).not.toMatch(/@example\.org/);
}

describe('reading the live Admin Console from UMAPI', () => {
  it('asks for the token once, then reads 3 pages of users, 0-based until lastPage, with the headers on every call', async () => {
    const server = await standIn();
    const live = await read(server);
    expect(live.ok).toBe(true);
    if (!live.ok) return;
    expect(server.violations).toEqual([]);
    expect(server.requests.filter((r) => r.kind === 'token')).toHaveLength(1);
    expect(listings(server, 'groups')).toEqual([`/v2/usermanagement/groups/${ORG}/0`]);
    expect(listings(server, 'users')).toEqual([0, 1, 2].map((page) => `/v2/usermanagement/users/${ORG}/${page}`));
    for (const request of server.requests.filter((r) => r.kind !== 'token')) {
      expect(request.headers.authorization).toBe(`Bearer ${server.tokens[0]}`);
      expect(request.headers['x-api-key']).toBe(CLIENT_ID);
    }
    expect(live.read.users.map((user) => user.email)).toEqual(standInUsers(5, () => []).map((user) => user.email));
    expect(live.read.groups).toEqual([
      { name: 'Campaign - acme - delivery', type: 'PRODUCT_PROFILE', memberCount: 4 },
      { name: 'Campaign - acme - campaignManager', type: 'PRODUCT_PROFILE', memberCount: 1 },
      { name: 'Marketing team', type: 'USER_GROUP', memberCount: 2 },
    ]);
    // Names and country are dropped as they are read: they cannot reach an output.
    expect(JSON.stringify(live.read)).not.toMatch(/First|Last|"FR"/);
    // What every output must mask: the secret, the token, every e-mail.
    expect(live.secrets).toEqual(expect.arrayContaining([CLIENT_SECRET, server.tokens[0], 'person.000@example.org']));
  });

  it('fails on an answer with neither lastPage nor X-Page-Count, rather than guess', async () => {
    const server = await standIn({
      fault: (kind, _attempt, page) =>
        kind === 'users' && page === 0
          ? { status: 200, body: { result: 'success', users: [{ email: 'x@example.org', groups: [] }] } }
          : undefined,
      usersPageSize: 200,
    });
    const live = await read(server);
    // The fault answers without the headers: no lastPage and no X-Page-Count is a failure, never a guess.
    expect(live.ok).toBe(false);
    if (!live.ok) expect(live.problem).toBe(`UMAPI answered GET /v2/usermanagement/users/${ORG}/0 without lastPage or X-Page-Count`);
  });

  it('goes by X-Page-Count when the pages have no lastPage', async () => {
    const server = await standIn({ omitLastPage: true });
    const live = await read(server);
    expect(live.ok).toBe(true);
    expect(listings(server, 'users')).toEqual([0, 1, 2].map((page) => `/v2/usermanagement/users/${ORG}/${page}`));
  });

  it.each([
    ['with Retry-After', '0'],
    ['without Retry-After', undefined],
  ])('waits and asks again for a throttled page (429 %s)', async (_, retryAfter) => {
    const server = await standIn({
      fault: (kind, attempt) => (kind === 'users' && attempt === 2 ? { status: 429, retryAfter } : undefined),
    });
    const live = await read(server);
    expect(live.ok).toBe(true);
    expect(server.violations).toEqual([]);
    expect(listings(server, 'users')).toEqual([0, 1, 1, 2].map((page) => `/v2/usermanagement/users/${ORG}/${page}`));
  });

  it('gives up on a page throttled again and again, after a bounded number of attempts', async () => {
    const server = await standIn({ fault: (kind) => (kind === 'users' ? { status: 429, retryAfter: '0' } : undefined) });
    const live = await read(server);
    expect(live).toMatchObject({
      ok: false,
      problem: `UMAPI answered 429 Too Many Requests to GET /v2/usermanagement/users/${ORG}/0 6 times`,
    });
    expect(listings(server, 'users')).toHaveLength(6);
  });

  it('does not wait for a Retry-After longer than the budget allows', async () => {
    const server = await standIn({ fault: (kind) => (kind === 'groups' ? { status: 429, retryAfter: '3600' } : undefined) });
    const started = Date.now();
    const live = await read(server, { IMS_GATE_TEST_UMAPI_BUDGET_MS: '2000', IMS_GATE_TEST_UMAPI_MAX_WAIT_MS: '600000' });
    expect(live.ok).toBe(false);
    if (!live.ok)
      expect(live.problem).toMatch(
        /^UMAPI asked to retry after 3600 s, beyond the time budget of 2 s for reading the Admin Console \(GET \/v2\/usermanagement\/groups\/[^/]+\/0: [01] s left; a large organization can raise adminConsole\.budgetSeconds\)$/,
      );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops at the revoked token with the fix, not a crash', async () => {
    const server = await standIn({ revokeAfter: 2 });
    const live = await read(server);
    expect(live).toMatchObject({
      ok: false,
      problem: `UMAPI answered 401 to GET /v2/usermanagement/users/${ORG}/1: the token was refused (check UMAPI_CLIENT_ID/UMAPI_CLIENT_SECRET)`,
    });
    if (!live.ok) expectNothingSecret(live.problem, server);
    expect(server.violations).toEqual([]);
  });

  it.each([
    [
      'a wrong client secret',
      { UMAPI_CLIENT_SECRET: 'wrong-SECRETzzz' },
      {},
      'IMS answered 401 (invalid_client) to POST /ims/token/v3 (check UMAPI_CLIENT_ID/UMAPI_CLIENT_SECRET)',
    ],
    ['no client secret', { UMAPI_CLIENT_SECRET: '' }, {}, 'UMAPI_CLIENT_SECRET is not set in the environment'],
    [
      'no credential at all',
      { UMAPI_CLIENT_ID: '', UMAPI_CLIENT_SECRET: '' },
      {},
      'UMAPI_CLIENT_ID and UMAPI_CLIENT_SECRET are not set in the environment',
    ],
    [
      'a 403',
      {},
      { fault: (kind: string) => (kind === 'groups' ? { status: 403 } : undefined) },
      `UMAPI answered 403 to GET /v2/usermanagement/groups/${ORG}/0: the credential may not read this organization (add the User Management API to the project of UMAPI_CLIENT_ID, and check orgId)`,
    ],
    [
      'a 5xx on every attempt',
      {},
      { fault: (kind: string) => (kind === 'users' ? { status: 503 } : undefined) },
      `127.0.0.1 answered 503 to GET /v2/usermanagement/users/${ORG}/0 (3 attempts)`,
    ],
  ] as const)('fails with a clear problem on %s', async (_, env, options, problem) => {
    const server = await standIn(options as Partial<StandInOptions>);
    const live = await read(server, env);
    expect(live).toMatchObject({ ok: false, problem: problem.replace('127.0.0.1', new URL(server.url).host) });
    if (!live.ok) expectNothingSecret(live.problem, server);
  });

  it('retries a 5xx a bounded number of times and goes on', async () => {
    const server = await standIn({ fault: (kind, attempt) => (kind === 'users' && attempt <= 2 ? { status: 502 } : undefined) });
    const live = await read(server);
    expect(live.ok).toBe(true);
    expect(listings(server, 'users')).toEqual([0, 0, 0, 1, 2].map((page) => `/v2/usermanagement/users/${ORG}/${page}`));
  });

  it('ends at the budget when the server never answers', async () => {
    const server = await standIn({ fault: (kind) => (kind === 'users' ? 'hang' : undefined) });
    const live = await read(server, { IMS_GATE_TEST_UMAPI_TIMEOUT_MS: '200', IMS_GATE_TEST_UMAPI_BUDGET_MS: '1500' });
    expect(live.ok).toBe(false);
    if (!live.ok) expect(live.problem).toBe(`no answer to GET /v2/usermanagement/users/${ORG}/0 within 0.2 s (3 attempts)`);
    const silent = await standIn({ fault: () => 'hang' });
    const never = await read(silent, { IMS_GATE_TEST_UMAPI_TIMEOUT_MS: '100000', IMS_GATE_TEST_UMAPI_BUDGET_MS: '800' });
    expect(never).toMatchObject({
      ok: false,
      problem:
        'the time budget of 0.8 s for reading the Admin Console ran out (POST /ims/token/v3; a large organization can raise adminConsole.budgetSeconds)',
    });
  }, 15_000);

  it('stops at the page cap rather than read a listing that never ends', async () => {
    const server = await standIn({
      fault: (kind) => (kind === 'users' ? { status: 200, body: { lastPage: false, result: 'success', users: [] } } : undefined),
    });
    const live = await read(server, { IMS_GATE_TEST_UMAPI_MAX_PAGES: '4' });
    expect(live).toMatchObject({
      ok: false,
      problem: 'UMAPI listed more than 4 pages of users without a last page; the page cap stopped the read',
    });
    expect(listings(server, 'users')).toHaveLength(4);
  });

  it('paces the users listing to 25 requests a window, and only when it would exceed it', async () => {
    const server = await standIn({ users: standInUsers(30, () => ['Campaign - acme - delivery']), usersPageSize: 1 });
    const live = await read(server, { IMS_GATE_TEST_UMAPI_WINDOW_MS: '3000', IMS_GATE_TEST_UMAPI_BUDGET_MS: '20000' });
    expect(live.ok).toBe(true);
    const at = server.requests.filter((r) => r.kind === 'users').map((r) => r.at);
    expect(at).toHaveLength(30);
    // No 26 requests within one window (the stand-in sees them a little after they are sent, hence the slack); the
    // first 25 went out without waiting for one.
    for (let i = 25; i < at.length; i++) expect(at[i] - at[i - 25]).toBeGreaterThanOrEqual(2700);
    expect(at[24] - at[0]).toBeLessThan(3000);
  }, 15_000);
});

describe('Retry-After', () => {
  it.each([
    ['120', 120_000],
    [' 3 ', 3000],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %j ms', (value, ms) => {
    expect(retryAfterMs(value, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(ms);
  });
});

describe('the bounds of a read that would never end', () => {
  const USERS_0 = `GET /v2/usermanagement/users/${ORG}/0`;

  it('cuts off an answer whose body drips one byte at a time at the request timeout, on every attempt', async () => {
    const server = await standIn({ fault: (kind) => (kind === 'users' ? 'drip' : undefined) });
    const started = Date.now();
    const live = await read(server, { IMS_GATE_TEST_UMAPI_TIMEOUT_MS: '400', IMS_GATE_TEST_UMAPI_BUDGET_MS: '20000' });
    const elapsed = Date.now() - started;
    expect(live).toMatchObject({ ok: false, problem: `the answer to ${USERS_0} did not end within 0.4 s (3 attempts)` });
    expect(listings(server, 'users')).toHaveLength(3);
    // 3 attempts of 0.4 s and two short back-offs; the budget of 20 s is far away.
    expect(elapsed).toBeGreaterThanOrEqual(1200);
    expect(elapsed).toBeLessThan(6000);
  }, 15_000);

  it('cuts it off even when the garbage collector runs during the read (a timeout nothing else holds on to)', async () => {
    // AbortSignal.timeout() is held weakly by its timer and by fetch: collected mid-read, it never fired, and the
    // drip held the read for ever. Collections are forced here every 50 ms.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const collector = setInterval(gc, 50);
    try {
      const server = await standIn({ fault: (kind) => (kind === 'users' ? 'drip' : undefined) });
      const live = await read(server, { IMS_GATE_TEST_UMAPI_TIMEOUT_MS: '500', IMS_GATE_TEST_UMAPI_BUDGET_MS: '60000' });
      expect(live).toMatchObject({ ok: false, problem: `the answer to ${USERS_0} did not end within 0.5 s (3 attempts)` });
    } finally {
      clearInterval(collector);
    }
  }, 15_000);

  // Retry-After of 8 s: whichever bound it breaks, the read gives up at once, well before half of it.
  it.each([
    [
      'seconds, beyond the budget',
      'users',
      (): string => '8',
      { IMS_GATE_TEST_UMAPI_BUDGET_MS: '5000' },
      /^UMAPI asked to retry after 8 s, beyond the time budget of 5 s for reading the Admin Console \(GET \/v2\/usermanagement\/users\/[^/]+\/0: [45] s left; a large organization can raise adminConsole\.budgetSeconds\)$/,
    ],
    [
      'an HTTP date, beyond the budget',
      'groups',
      // Made when the test runs, not when the table is: the date is 8 to 9 s ahead.
      (): string => new Date(Date.now() + 9000).toUTCString(),
      { IMS_GATE_TEST_UMAPI_BUDGET_MS: '5000' },
      /^UMAPI asked to retry after [89] s, beyond the time budget of 5 s for reading the Admin Console \(GET \/v2\/usermanagement\/groups\/[^/]+\/0: /,
    ],
    [
      'an HTTP date in 2099, on the token',
      'token',
      (): string => 'Wed, 21 Oct 2099 07:28:00 GMT',
      {},
      /^IMS asked to retry after \d{10} s, beyond the time budget of 5 s for reading the Admin Console \(POST \/ims\/token\/v3: /,
    ],
    [
      'seconds, beyond the longest wait but within the budget',
      'users',
      (): string => '8',
      { IMS_GATE_TEST_UMAPI_BUDGET_MS: '60000', IMS_GATE_TEST_UMAPI_MAX_WAIT_MS: '2000' },
      /^UMAPI asked to retry after 8 s, beyond the longest wait of 2 s ims-gate accepts \(GET \/v2\/usermanagement\/users\/[^/]+\/0\)$/,
    ],
  ] as const)('gives up without waiting on a Retry-After in %s', async (_, where, retryAfter, env, problem) => {
    const server = await standIn({ fault: (kind) => (kind === where ? { status: 429, retryAfter: retryAfter() } : undefined) });
    const started = Date.now();
    const live = await read(server, env);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(live.ok).toBe(false);
    if (!live.ok) expect(live.problem).toMatch(problem);
    expect(server.requests.filter((r) => r.kind === where)).toHaveLength(1);
  });

  it('fails before a pacing wait that the budget cannot hold, when a listing keeps saying lastPage: false', async () => {
    const server = await standIn({
      fault: (kind, attempt) =>
        kind === 'users'
          ? { status: 200, body: { lastPage: false, result: 'success', users: [{ email: `p${attempt}@example.org`, groups: [] }] } }
          : undefined,
    });
    const started = Date.now();
    const live = await read(server, { IMS_GATE_TEST_UMAPI_WINDOW_MS: '1500', IMS_GATE_TEST_UMAPI_BUDGET_MS: '2500' });
    const elapsed = Date.now() - started;
    expect(live).toMatchObject({
      ok: false,
      problem: `the time budget of 2.5 s for reading the Admin Console would run out waiting for UMAPI's limit of 25 users requests per 1.5 s (GET /v2/usermanagement/users/${ORG}/50; a large organization can raise adminConsole.budgetSeconds)`,
    });
    if (!live.ok) expectNothingSecret(live.problem, server);
    // Two windows of 25 pages; the third would outlast the budget, so the read stops before it, not at the budget.
    expect(listings(server, 'users')).toHaveLength(50);
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(2500);
  }, 15_000);

  it('fails the same way on a groups listing that never ends (5 a window)', async () => {
    const server = await standIn({
      fault: (kind, attempt) =>
        kind === 'groups'
          ? { status: 200, body: { lastPage: false, result: 'success', groups: [{ groupName: `g${attempt}`, type: 'PRODUCT_PROFILE' }] } }
          : undefined,
    });
    const live = await read(server, { IMS_GATE_TEST_UMAPI_WINDOW_MS: '1000', IMS_GATE_TEST_UMAPI_BUDGET_MS: '1500' });
    expect(live).toMatchObject({
      ok: false,
      problem: `the time budget of 1.5 s for reading the Admin Console would run out waiting for UMAPI's limit of 5 groups requests per 1 s (GET /v2/usermanagement/groups/${ORG}/10; a large organization can raise adminConsole.budgetSeconds)`,
    });
    expect(listings(server, 'groups')).toHaveLength(10);
    expect(listings(server, 'users')).toEqual([]);
  });

  it.each([
    [
      'more pages than the page cap',
      '999999999',
      {},
      `UMAPI announced 999999999 pages of users (X-Page-Count), more than the page cap of 1000 (${USERS_0})`,
    ],
    [
      'more pages than the budget can pace',
      '100',
      { IMS_GATE_TEST_UMAPI_WINDOW_MS: '1000', IMS_GATE_TEST_UMAPI_BUDGET_MS: '2500' },
      `the time budget of 2.5 s for reading the Admin Console cannot hold the 99 more pages of users UMAPI announces, at its limit of 25 users requests per 1 s (${USERS_0}; a large organization can raise adminConsole.budgetSeconds)`,
    ],
  ])('fails after the first page when X-Page-Count announces %s', async (_, count, env, problem) => {
    const server = await standIn({
      fault: (kind, _attempt, page) =>
        kind === 'users'
          ? {
              status: 200,
              headers: { 'X-Page-Count': count, 'X-Current-Page': String(page) },
              body: { lastPage: false, result: 'success', users: [{ email: `p${page}@example.org`, groups: [] }] },
            }
          : undefined,
    });
    const live = await read(server, env);
    expect(live).toMatchObject({ ok: false, problem });
    expect(listings(server, 'users')).toHaveLength(1);
  });

  it('reads a listing the budget can pace, whatever X-Page-Count says of it', async () => {
    const server = await standIn({ users: standInUsers(30, () => []), usersPageSize: 1 });
    const live = await read(server, { IMS_GATE_TEST_UMAPI_WINDOW_MS: '1000', IMS_GATE_TEST_UMAPI_BUDGET_MS: '5000' });
    expect(live.ok).toBe(true);
    expect(listings(server, 'users')).toHaveLength(30);
  });
});

describe('a page that is not what UMAPI documents', () => {
  const at = (kind: string) => `GET /v2/usermanagement/${kind}/${ORG}/0`;
  it.each([
    [
      '"users": null on a last page',
      'users',
      { lastPage: true, result: 'success', users: null },
      `UMAPI answered a users page without a users list (${at('users')})`,
    ],
    [
      'no users at all on a last page',
      'users',
      { lastPage: true, result: 'success' },
      `UMAPI answered a users page without a users list (${at('users')})`,
    ],
    [
      'users that are not a list',
      'users',
      { lastPage: true, result: 'success', users: { a: 1 } },
      `UMAPI answered a users page without a users list (${at('users')})`,
    ],
    [
      '"groups": null',
      'groups',
      { lastPage: true, result: 'success', groups: null },
      `UMAPI answered a groups page without a groups list (${at('groups')})`,
    ],
    [
      'a user that is null',
      'users',
      { lastPage: true, result: 'success', users: [{ email: 'a@example.org' }, null] },
      `UMAPI answered a users page with an item that is not an object (${at('users')}, item 1)`,
    ],
    [
      'a user that is a string',
      'users',
      { lastPage: true, result: 'success', users: ['a@example.org'] },
      `UMAPI answered a users page with an item that is not an object (${at('users')}, item 0)`,
    ],
    [
      'a group that is a list',
      'groups',
      { lastPage: true, result: 'success', groups: [['Campaign - acme - delivery']] },
      `UMAPI answered a groups page with an item that is not an object (${at('groups')}, item 0)`,
    ],
    ['a body that is a list', 'users', [], `UMAPI answered a users page without a users list (${at('users')})`],
  ])('fails on %s, never reads an empty Admin Console', async (_, where, body, problem) => {
    const server = await standIn({ fault: (kind, _attempt, page) => (kind === where && page === 0 ? { status: 200, body } : undefined) });
    const live = await read(server);
    expect(live).toMatchObject({ ok: false, problem });
    if (!live.ok) expectNothingSecret(live.problem, server);
  });

  it('still reads a page past the end as the end of the listing', async () => {
    const server = await standIn({
      fault: (kind, _attempt, page) =>
        kind === 'users' && page === 2
          ? { status: 200, body: { lastPage: false, result: 'success', users: [] } }
          : kind === 'users' && page === 3
            ? { status: 404, body: { lastPage: true, result: 'Not found' } }
            : undefined,
    });
    const live = await read(server);
    expect(live.ok).toBe(true);
    if (live.ok) expect(live.read.users).toHaveLength(4);
    expect(listings(server, 'users')).toHaveLength(4);
  });
});
