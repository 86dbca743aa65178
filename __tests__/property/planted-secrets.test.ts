// Property (issue 10, section 4): a secret planted in any kind of position never reaches any output channel.
//
// Every run plants random secrets, each one in its own position:
//   - a secret-named XML attribute (imsClientSecret), XML-escaped, and serverConf's authIMSClientSecret;
//   - an alias attribute (a name the config maps to the client secret with `fields:`), well-formed or holding a raw
//     '&' (an invalid reference: the reader reports it);
//   - the password of URL userinfo in imsServer (IMS003) and in the callback server (IMS007), different in the base
//     and the head revision (IMS010 quotes the old and the new value);
//   - YAML block (`clientSecret: …`, an unknown manifest key), YAML flow (`clientId: {clientSecret: …}`, a schema error
//     that quotes the map), nested keys (`scopes: [openid, {x: {password: …}}]`), a minified JSON manifest;
//   - malformed values: a raw quote inside the value (the tail after it is the secret), a value never closed;
//   - an attribute of the IMS account that the mapping does not know (IMS011 names it, by name only);
//   - the runtime client secret (IMS_CLIENT_SECRET, the action's `client-secret`), also written in a comment and in a
//     label next to findings, so that code frames show those lines.
// Every channel is searched: the CLI's stylish (code frames), json, sarif, github, markdown, junit, gitlab and azure output; the PR comment,
// the job summary and the Checks API requests rendered in process; and the built action (dist/index.js) run against
// the loopback GitHub API: its stdout and stderr, GITHUB_OUTPUT, the step summary, the report file, the SARIF file and
// the body of every request the API received.
//
// Each secret carries a core of 12 letters that are not hex digits (so that no hash or fingerprint can hold it by
// chance) between random hostile characters; the core, and the raw and URL-encoded secret, must appear nowhere. A raw
// quote or '&' is planted before the core, so that a leak of the tail after it is caught too.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
import { xmlEscape } from './arbitraries.js';
import { suggestionsFor } from '../../src/fix/suggestions.js';
import { suggestionBody } from '../../src/report/review.js';

// ---------------------------------------------------------------- secrets

const CORE_LETTERS = 'ghijkmnpqrstuvwxyzGHJKLMNPQRSTUVWXYZ';
const HOSTILE = '&<>"\'%\\`|*_:,;=?#@/ ${}[]!~';

/**
 * What may surround the core of a secret planted in a malformed value: no quote, '=', '<', '>' or white space, with
 * which a malformed value would really read as another attribute (`x" b="…`), so that nothing could tell it apart.
 */
const MALFORMED_SAFE = '&%\\`|*_:,;?#@/${}[]!~';

const core = fc.string({ unit: fc.constantFrom(...CORE_LETTERS), minLength: 12, maxLength: 12 });

interface Secret {
  core: string;
  value: string;
}

/** A secret: characters of `around`, the core, characters of `around`. */
function secretOf(around: string): fc.Arbitrary<Secret> {
  const hostile = fc.string({ unit: fc.constantFrom(...around), maxLength: 5 });
  return fc.tuple(hostile, core, hostile).map(([head, middle, tail]) => ({ core: middle, value: `${head}${middle}${tail}` }));
}

const secret = secretOf(HOSTILE);

const POSITIONS = [
  'xmlAttribute',
  'aliasAttribute',
  'serverConf',
  'imsServerPassword',
  'callbackPassword',
  'baseImsServerPassword',
  'baseCallbackPassword',
  'yamlBlock',
  'yamlFlow',
  'nestedKey',
  'minifiedJson',
  'minifiedJsonNested',
  'rawQuoteTail',
  'unterminated',
  'runtime',
  'unmappedAttribute',
] as const;
type Position = (typeof POSITIONS)[number];
type Planted = Record<Position, Secret>;

const MALFORMED: Position[] = ['rawQuoteTail', 'unterminated'];
const planted: fc.Arbitrary<Planted> = fc.record(
  Object.fromEntries(POSITIONS.map((position) => [position, MALFORMED.includes(position) ? secretOf(MALFORMED_SAFE) : secret])) as Record<
    Position,
    fc.Arbitrary<Secret>
  >,
);

interface Layout {
  quote: '"' | "'";
  /** The alias attribute's value holds a raw '&' (an invalid reference) rather than `&amp;`. */
  rawAmpersand: boolean;
  /** The value never closed is at the end of a file (to EOF) rather than in the middle of a tag. */
  unterminatedAtEof: boolean;
}

const layout: fc.Arbitrary<Layout> = fc.record({
  quote: fc.constantFrom<'"' | "'">('"', "'"),
  rawAmpersand: fc.boolean(),
  unterminatedAtEof: fc.boolean(),
});

// ---------------------------------------------------------------- the repository

const ALIAS = 'campaignAppKey';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** A YAML or JSON double-quoted string. */
const q = (value: string) => JSON.stringify(value);

function config(): string {
  return (
    'instances:\n  prod:\n    paths: ["prod/**"]\n    imsManifest: prod/ims/manifest.yml\n  stage:\n    paths: ["stage/**"]\n    imsManifest: stage/ims/manifest.json\n' +
    `fields:\n  clientSecret: [${ALIAS}]\n`
  );
}

function prodPackage(p: Planted, l: Layout, revision: 'base' | 'head'): string {
  const a = (name: string, value: string) => `${name}=${l.quote}${xmlEscape(value, l.quote, false)}${l.quote}`;
  const imsPassword = revision === 'head' ? p.imsServerPassword : p.baseImsServerPassword;
  const callbackPassword = revision === 'head' ? p.callbackPassword : p.baseCallbackPassword;
  return `<?xml version='1.0'?>
<package name="ims" namespace="cus">
  <entities schema="nms:extAccount">
    <extAccount ${a('name', 'Adobe_Marketing_Cloud')} ${a('type', 'Adobe Marketing Cloud')} ${a('label', `note ${p.runtime.value}`)}
                ${a('imsServer', `https://admin:${encodeURIComponent(imsPassword.value)}@ims-na1.adobelogin.com`)}
                ${a('imsCallbackServer', `http://ops:${encodeURIComponent(callbackPassword.value)}@prod.example.com`)}
                ${a('imsClientSecret', p.xmlAttribute.value)}
                ${a('legacyApiToken', p.unmappedAttribute.value)}
                ${a('imsScope', 'openid,AdobeID')}
                ${a('productContext', 'dma_campaign_standard')}
                ${a('imsAssociationMask', 'Campaign - prod - (.*)')}/>
  </entities>
</package>
`;
}

function stagePackage(p: Planted, l: Layout): string {
  const alias = l.rawAmpersand ? p.aliasAttribute.value.replace(/[<"']/g, '') : xmlEscape(p.aliasAttribute.value, '"');
  return `<?xml version='1.0'?>
<package name="ims" namespace="cus">
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsServer="https://ims-na1.adobelogin.com"
                ${ALIAS}="${l.rawAmpersand ? `&${alias}` : alias}" imsScope="openid,AdobeID"/>
  </entities>
</package>
`;
}

/** Malformed: a raw quote before the core (the tail after the quote is the secret), and a value never closed. */
function brokenPackage(p: Planted, l: Layout): string {
  const tail = `x${l.quote}${p.rawQuoteTail.value}`;
  const lines = [
    `<?xml version='1.0'?>`,
    `<package name="broken" namespace="cus">`,
    `  <entities schema="nms:extAccount">`,
    `    <extAccount name="Broken" imsClientSecret=${l.quote}${tail}${l.quote} imsScope="openid"/>`,
  ];
  if (l.unterminatedAtEof)
    return `${lines.join('\n')}\n  </entities>\n  <extAccount name="Open" imsClientSecret="${p.unterminated.value.replace(/"/g, '')}\n`;
  return `${lines.join('\n')}\n    <extAccount name="Open" imsClientSecret="${p.unterminated.value.replace(/"/g, '')} imsScope="openid"/>\n  </entities>\n</package>\n`;
}

function serverConf(p: Planted): string {
  return `<?xml version='1.0' encoding='utf-8'?>
<serverconf>
  <shared>
    <ims authIMSEndpoint="http://ims-na1.adobelogin.com" authIMSClientSecret="${xmlEscape(p.serverConf.value, '"')}" authIMSClientId="campaign prod"/>
  </shared>
</serverconf>
`;
}

function prodManifest(p: Planted): string {
  return [
    'kind: ims-provisioning',
    'instance: prod',
    `# rotated: ${p.runtime.value}`,
    `clientId: {clientSecret: ${q(p.yamlFlow.value)}, x: 1}`,
    `clientSecret: ${q(p.yamlBlock.value)}`,
    `scopes: [openid, {x: {password: ${q(p.nestedKey.value)}}}]`,
    `clientSecretSha256: ${sha256('not the runtime secret')}`,
    '',
  ].join('\n');
}

function stageManifest(p: Planted): string {
  return JSON.stringify({
    kind: 'ims-provisioning',
    instance: 'stage',
    clientId: { clientSecret: p.minifiedJson.value, id: 'campaign-stage' },
    'x-vault': { nested: { token: p.minifiedJsonNested.value } },
    clientSecretSha256: sha256('not the runtime secret either'),
  });
}

function repository(p: Planted, l: Layout, revision: 'base' | 'head'): Record<string, string> {
  return {
    '.github/ims-gate.yml': config(),
    'prod/packages/ims.xml': prodPackage(p, l, revision),
    'prod/conf/serverConf.xml': serverConf(p),
    'prod/ims/manifest.yml': prodManifest(p),
    'stage/packages/ims.xml': stagePackage(p, l),
    'stage/packages/broken.xml': brokenPackage(p, l),
    'stage/ims/manifest.json': stageManifest(p),
  };
}

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A git repository: the base revision committed, then the head revision committed on top. */
function gitRepository(p: Planted, l: Layout): { root: string; base: string } {
  const root = tempDir('planted');
  dirs.push(root);
  writeFiles(root, repository(p, l, 'base'));
  const base = commitAll(root, 'base');
  writeFiles(root, repository(p, l, 'head'));
  commitAll(root, 'head');
  return { root, base };
}

// ---------------------------------------------------------------- channels

const dirs: string[] = [];
afterAll(() => cleanup(...dirs));

function recordingClient(requests: unknown[]): GitHubClient {
  const respond = async (body: unknown) => {
    requests.push(body);
    return { data: { id: 17, html_url: 'https://github.com/o/r/runs/17' } };
  };
  return { rest: { checks: { create: respond, update: respond } } } as unknown as GitHubClient;
}

async function cli(root: string, base: string, format: string, runtime: string, ...extra: string[]): Promise<string> {
  const out: string[] = [];
  const code = await runCli(['check', root, '--format', format, '--base', base, '--no-color', ...extra], {
    stdout: (text) => out.push(text),
    stderr: (text) => out.push(text),
    env: { IMS_CLIENT_SECRET: runtime },
    isTty: false,
  });
  expect(code, `ims-gate check --format ${format} ran to a verdict`).toBe(1);
  return out.join('');
}

/** The CLI in every format, and the action's renderings (comment, summary, Checks API), in process. */
async function inProcessChannels(root: string, base: string, runtime: string): Promise<Record<string, string>> {
  const channels: Record<string, string> = {};
  for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown', 'junit', 'gitlab', 'azure'])
    channels[`CLI --format ${format}`] = await cli(root, base, format, runtime);
  // The unified diff of --fix-dry-run (it writes nothing), with context lines around every fix.
  channels['CLI --fix-dry-run'] = await cli(root, base, 'json', runtime, '--fix-dry-run');
  expect(channels['CLI --fix-dry-run'], 'the dry run shows a diff').toContain('\n+++ b/');
  const { report, redaction } = await scan({ root, failOn: 'error', baseRef: base, secrets: { clientSecret: runtime } });
  // Pull-request suggestions: whole lines, so none on a line that holds a secret.
  const suggestions = suggestionsFor(root, report.findings, {
    secrets: [...redaction.secrets, runtime],
    secretNames: redaction.secretNames,
  });
  expect(suggestions.length, 'some finding has a suggestion').toBeGreaterThan(0);
  channels['suggestion bodies'] = suggestions.map(suggestionBody).join('\n');
  channels['fixes in the report'] = JSON.stringify(report.findings.map((finding) => finding.fix ?? null));
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
  channels['job summary'] = renderSummary(report, {
    ...location,
    delivery: ['Workflow commands: 9 annotations issued.'],
    fullReport: 'JSON report',
  });
  channels['Checks API requests'] = JSON.stringify(requests);
  expect(
    report.restart.changes.some((change) => change.field.endsWith('imsServer')),
    'IMS010 diffed the imsServer userinfo',
  ).toBe(true);
  // IMS011 names the unmapped attribute (never its value), and the coverage reaches every output.
  expect(report.findings.find((f) => f.ruleId === 'IMS011')?.message).toContain('`legacyApiToken`');
  expect(report.coverage?.instances.length).toBeGreaterThan(0);
  for (const rule of ['IMS000', 'IMS003', 'IMS007', 'IMS009'])
    expect(
      report.findings.some((f) => f.ruleId === rule),
      `${rule} reported`,
    ).toBe(true);
  return channels;
}

let validator: OpenApiValidator;
beforeAll(() => {
  validator = new OpenApiValidator();
});

/** The built action against the loopback API: every stream, file and request body. */
async function actionChannels(root: string, base: string, runtime: string): Promise<Record<string, string>> {
  const server = new FakeGitHub(validator, { token: TOKEN, owner: 'Codertocat', repo: 'Hello-World' });
  await server.start();
  try {
    const payload = pullRequestOpened();
    payload.pull_request.base.sha = base;
    // The diff covers every line of every file: each suggestion the action can make is made, and searched.
    const cover = ['@@ -1,0 +1,60 @@', ...Array.from({ length: 60 }, (_, i) => `+line ${i + 1}`)].join('\n');
    server.pullFiles.set(
      payload.number as number,
      [
        'prod/packages/ims.xml',
        'prod/conf/serverConf.xml',
        'prod/ims/manifest.yml',
        'stage/packages/ims.xml',
        'stage/ims/manifest.json',
      ].map((filename) => ({ filename, patch: cover })),
    );
    const sarif = join(root, '..', `${root.split('/').pop()}.sarif`);
    dirs.push(sarif);
    const result = await runAction({
      workspace: root,
      event: 'pull_request',
      payload,
      apiUrl: server.apiUrl,
      inputs: { 'client-secret': runtime, 'sarif-file': sarif },
    });
    dirs.push(result.runnerTemp);
    expect(result.outputs.result, `the action ran to its verdict\n${result.stdout}\n${result.stderr}`).toBe('fail');
    expect(server.requests.length, 'the action called the API').toBeGreaterThan(0);
    expect(server.calls('pulls/create-review').length, 'the action posted suggestions').toBe(1);
    return publishedChannels(result, sarif, server);
  } finally {
    await server.stop();
  }
}

function expectNoLeak(channels: Record<string, string>, p: Planted): void {
  for (const [channel, text] of Object.entries(channels)) {
    if (channel !== 'action stderr') expect(text.length, `${channel} is empty`).toBeGreaterThan(0);
    for (const position of POSITIONS) {
      const { core: middle, value } = p[position];
      for (const form of new Set([middle, value, encodeURIComponent(value)])) {
        expect(text.includes(form), `${channel} contains the secret planted as ${position}: ${JSON.stringify(form)}`).toBe(false);
      }
    }
  }
}

describe('no channel shows a secret planted in any position', () => {
  test('the CLI in every format, the PR comment, the job summary and the Checks API', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(planted, layout, async (p, l) => {
        const { root, base } = gitRepository(p, l);
        expectNoLeak(await inProcessChannels(root, base, p.runtime.value), p);
      }),
      // Every run plants all sixteen positions at once, each with its own random secret and surroundings.
      { numRuns: 8 },
    );
  });

  test('the built action against the loopback GitHub API: streams, outputs, files and every request body', {
    timeout: 240_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(planted, layout, async (p, l) => {
        const { root, base } = gitRepository(p, l);
        expectNoLeak(await actionChannels(root, base, p.runtime.value), p);
      }),
      // A run of the action takes seconds: a failure is reported as found, not shrunk.
      { numRuns: 3, endOnFailure: true },
    );
  });
});
