// Property (issue 15): the live Admin Console's secrets never reach an output channel. Part of the planted-secret
// suite (planted-secrets.test.ts plants the repository's secrets; this file plants the live source's).
//
// Every run plants, each with its own random core of 12 letters that are not hex digits:
//   - the UMAPI client secret (UMAPI_CLIENT_SECRET), between hostile characters;
//   - the access token the IMS stand-in issues;
//   - the e-mail addresses and usernames of the live Admin Console's users, and their first and last names;
//   - and, for a failing read, an error answer whose `result` is a username (a server is not trusted to hold none).
// The users are such that every live finding is there: a renamed group, a profile that maps to no group, users who
// cannot log in. Every channel is searched: the CLI's stylish, json, sarif, github and markdown output, the PR
// comment, the job summary and the Checks API requests rendered in process, `admin-console pull --check`, and the
// built action (dist/index.js) against the loopback GitHub API: stdout, stderr, GITHUB_OUTPUT, the step summary,
// the report and SARIF files and every request body.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { GitHubClient } from '../../src/github/octokit.js';
import { runCli } from '../../src/cli/run.js';
import { scan } from '../../src/pipeline.js';
import { checkOutput, publishCheckRun } from '../../src/report/checks-api.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary.js';
import { FakeGitHub } from '../e2e/fake-github.js';
import { publishedChannels } from './action-channels.js';
import { cleanup, commitAll, pullRequestOpened, runAction, tempDir, TOKEN } from '../e2e/harness.js';
import { OpenApiValidator } from '../e2e/openapi.js';
import { FOOTER, HEADER } from '../helpers/campaign.js';
import { type StandIn, type StandInUser, startStandIn } from '../read/umapi/stand-in.js';

const CORE_LETTERS = 'ghijkmnpqrstuvwxyzGHJKLMNPQRSTUVWXYZ';
const HOSTILE = '&<>"\'%\\`|*_:,;=?#@/ ${}[]!~';
const TOKEN_SAFE = 'abcdef0123456789-_.';

const core = fc.string({ unit: fc.constantFrom(...CORE_LETTERS), minLength: 12, maxLength: 12 });
const around = (chars: string) => fc.string({ unit: fc.constantFrom(...chars), maxLength: 5 });

interface Planted {
  clientSecret: { core: string; value: string };
  token: { core: string; value: string };
  people: { email: string; username: string; first: string; last: string }[];
}

const planted: fc.Arbitrary<Planted> = fc.record({
  clientSecret: fc.tuple(around(HOSTILE), core, around(HOSTILE)).map(([a, c, b]) => ({ core: c, value: `${a}${c}${b}` })),
  token: fc.tuple(around(TOKEN_SAFE), core, around(TOKEN_SAFE)).map(([a, c, b]) => ({ core: c, value: `eyJ${a}${c}${b}` })),
  people: fc
    .array(fc.tuple(core, core, core, core), { minLength: 4, maxLength: 4 })
    .map((cores) => cores.map(([email, username, first, last]) => ({ email: `${email}.x@corp.example`, username, first, last }))),
});

/** Every form of a planted value that must appear nowhere. */
function forbidden(p: Planted): string[] {
  const values = [p.clientSecret.core, p.clientSecret.value, encodeURIComponent(p.clientSecret.value), p.token.core, p.token.value];
  for (const person of p.people) values.push(person.email, person.email.split('.x@')[0], person.username, person.first, person.last);
  return [...new Set(values)];
}

const ORG = '4F2A1B2C3D4E5F6A7B8C9D0E@AdobeOrg';
const CLIENT_ID = 'stand-in-client-id';
const MANAGER = 'Campaign - prod - campaignManager';
const NOTHING = 'Campaign - prod - nothingHere';
const VIEWER = 'Campaign - prod - reportViewer';

function users(p: Planted): StandInUser[] {
  const profiles = [[MANAGER], [NOTHING], [VIEWER, MANAGER], [NOTHING, 'Marketing']];
  return p.people.map((person, i) => ({
    email: person.email,
    username: person.username,
    firstname: person.first,
    lastname: person.last,
    type: 'federatedID',
    groups: profiles[i],
  }));
}

const open: StandIn[] = [];
afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});
const dirs: string[] = [];
afterAll(() => cleanup(...dirs));

async function standIn(p: Planted, failing: boolean): Promise<StandIn> {
  const server = await startStandIn({
    clientId: CLIENT_ID,
    clientSecret: p.clientSecret.value,
    orgId: ORG,
    token: p.token.value,
    groups: [
      { groupName: MANAGER, type: 'PRODUCT_PROFILE', memberCount: 2 },
      { groupName: NOTHING, type: 'PRODUCT_PROFILE', memberCount: 2 },
      { groupName: VIEWER, type: 'PRODUCT_PROFILE', memberCount: 1 },
      { groupName: 'Marketing', type: 'USER_GROUP', memberCount: 1 },
    ],
    users: users(p),
    usersPageSize: 2,
    fault: failing
      ? (kind, _, page) => (kind === 'users' && page === 1 ? { status: 400, body: { result: p.people[0].username } } : undefined)
      : undefined,
  });
  open.push(server);
  return server;
}

const ACCOUNT = `${HEADER}
    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsServer="https://ims-na1.adobelogin.com"
                imsScope="openid,AdobeID" imsAssociationMask="Campaign - prod - (.*)"/>
${FOOTER}`;

const GROUPS = `<?xml version='1.0'?>
<package name="groups" namespace="cus">
  <entities schema="xtk:group">
    <group name="campaignManagers" label="Campaign managers"/>
    <group name="reportViewer" label="Report viewers"/>
  </entities>
</package>
`;

function repository(server: StandIn, p: Planted): { root: string; base: string } {
  const root = tempDir('planted-live');
  dirs.push(root);
  // The committed export names the same people: the drift notice and `pull --check` compare it with the live users.
  const csv = `Identity Type,Username,Domain,Email,Product Configurations,User Groups\n${p.people
    .map((person) => `Federated ID,${person.username},corp.example,${person.email},"${VIEWER}",`)
    .join('\n')}\n`;
  const files: Record<string, string> = {
    '.github/ims-gate.yml': `instances:\n  prod:\n    paths: ["prod/**"]\nenterpriseDashboard: admin-console/users.csv\nadminConsole:\n  source: umapi\n  orgId: ${ORG}\n  imsUrl: ${server.url}\n  umapiUrl: ${server.url}\n`,
    'prod/packages/ims.xml': ACCOUNT,
    'prod/packages/groups.xml': GROUPS,
    'admin-console/users.csv': csv,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const base = commitAll(root, 'base');
  return { root, base };
}

function envOf(p: Planted): Record<string, string> {
  return { UMAPI_CLIENT_ID: CLIENT_ID, UMAPI_CLIENT_SECRET: p.clientSecret.value, IMS_GATE_TEST_UMAPI_RETRY_BASE_MS: '5' };
}

async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; text: string }> {
  const out: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => out.push(t), env, isTty: false });
  return { code, text: out.join('') };
}

function recordingClient(requests: unknown[]): GitHubClient {
  const respond = async (body: unknown) => {
    requests.push(body);
    return { data: { id: 17, html_url: 'https://github.com/o/r/runs/17' } };
  };
  return { rest: { checks: { create: respond, update: respond } } } as unknown as GitHubClient;
}

async function inProcessChannels(root: string, p: Planted, failing: boolean): Promise<Record<string, string>> {
  const env = envOf(p);
  const channels: Record<string, string> = {};
  for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown']) {
    const run = await cli(['check', root, '--format', format, '--no-color'], env);
    expect(run.code, `check --format ${format} ran to a verdict\n${run.text}`).toBe(failing ? 0 : 1);
    channels[`CLI --format ${format}`] = run.text;
  }
  const pull = await cli(['admin-console', 'pull', root, '--check'], env);
  expect(pull.code, pull.text).toBe(failing ? 2 : 1);
  channels['admin-console pull --check'] = pull.text;
  const { report } = await scan({ root, failOn: 'error', env });
  if (!failing) {
    const messages = report.findings.map((f) => f.message).join('\n');
    expect(messages).toContain('it was renamed?');
    expect(messages).toContain('2 users hold "Campaign - prod - nothingHere" (Admin Console (live))');
    expect(messages).toContain('of the live Admin Console cannot log in');
    expect(messages).toContain('differs from the live Admin Console');
  } else expect(report.findings.map((f) => f.message).join('\n')).toContain('Admin Console not read: UMAPI answered 400 to GET');
  const sha = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
  const location = { link: (path: string, line: number) => `https://github.com/o/r/blob/${sha}/${path}#L${line}`, sha };
  const requests: unknown[] = [];
  const fullReport = { url: 'https://github.com/o/r/actions/runs/1', text: 'job summary' };
  await publishCheckRun(recordingClient(requests), {
    owner: 'o',
    repo: 'r',
    headSha: sha,
    report,
    conclusion: 'failure',
    location,
    output: checkOutput(report, { ...location, fullReport }),
  });
  channels['PR comment body'] = renderMarkdown(report, { ...location, fullReport });
  channels['job summary'] = renderSummary(report, { ...location, delivery: [], fullReport: 'JSON report' });
  channels['Checks API requests'] = JSON.stringify(requests);
  return channels;
}

let validator: OpenApiValidator;
beforeAll(() => {
  validator = new OpenApiValidator();
});

async function actionChannels(root: string, base: string, p: Planted): Promise<Record<string, string>> {
  const server = new FakeGitHub(validator, { token: TOKEN, owner: 'Codertocat', repo: 'Hello-World' });
  await server.start();
  try {
    const payload = pullRequestOpened();
    payload.pull_request.base.sha = base;
    const sarif = join(root, '..', `${root.split('/').pop()}.sarif`);
    dirs.push(sarif);
    const result = await runAction({
      workspace: root,
      event: 'pull_request',
      payload,
      apiUrl: server.apiUrl,
      inputs: { 'sarif-file': sarif },
      env: envOf(p),
    });
    dirs.push(result.runnerTemp);
    expect(result.outputs.result, `the action ran to its verdict\n${result.stdout}\n${result.stderr}`).toBe('fail');
    // The runner consumes `::add-mask::` lines: the one place the secret and the token must be, before anything else.
    const masks = result.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'));
    expect(
      masks.some((line) => line.includes(p.token.core)),
      'the token is masked in the job log',
    ).toBe(true);
    expect(
      masks.some((line) => line.includes(p.clientSecret.core)),
      'the client secret is masked in the job log',
    ).toBe(true);
    return publishedChannels(result, sarif, server);
  } finally {
    await server.stop();
  }
}

function expectNoLeak(channels: Record<string, string>, p: Planted): void {
  const forms = forbidden(p);
  for (const [channel, text] of Object.entries(channels)) {
    if (channel !== 'action stderr') expect(text.length, `${channel} is empty`).toBeGreaterThan(0);
    for (const form of forms) expect(text.includes(form), `${channel} contains the planted ${JSON.stringify(form)}`).toBe(false);
  }
}

describe('no channel shows the live Admin Console’s secret, token or people', () => {
  test('the CLI in every format, pull --check, the PR comment, the job summary and the Checks API', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(planted, fc.boolean(), async (p, failing) => {
        const server = await standIn(p, failing);
        const { root } = repository(server, p);
        expectNoLeak(await inProcessChannels(root, p, failing), p);
        // The stand-in issued the planted token and saw the planted secret: the planted values were really in play.
        expect(server.tokens).toContain(p.token.value);
        expect(server.violations).toEqual([]);
      }),
      { numRuns: 6 },
    );
  });

  test('the built action against the loopback GitHub API: streams, outputs, files and every request body', {
    timeout: 240_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(planted, async (p) => {
        const server = await standIn(p, false);
        const { root, base } = repository(server, p);
        expectNoLeak(await actionChannels(root, base, p), p);
      }),
      { numRuns: 2, endOnFailure: true },
    );
  });
});
