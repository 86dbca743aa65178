// The UMAPI client against the loopback stand-in: paging, throttling, refused and revoked credentials, 5xx, a
// server that never answers, and pacing to the per-client limits. Every request is checked by the stand-in.
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
      expect(live.problem).toMatch(/^the time budget of 2 s for reading the Admin Console ran out \(GET \/v2\/usermanagement\/groups\//);
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
      problem: 'the time budget of 0.8 s for reading the Admin Console ran out (POST /ims/token/v3)',
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
