// Property (issue 7): for random planted secrets, no output channel contains the secret.
//
// Each run plants random secrets (8–40 characters, letters, digits and punctuation, XML-escaped where embedded) as
//   - the plaintext imsClientSecret of the prod IMS account (or the attribute a config maps with `fields: clientSecret:`),
//   - a `__PLAINTEXT__` imsClientSecret of the stage IMS account,
//   - serverConf's authIMSClientSecret, and authIMSTAPrivateKey as a multi-line PEM-like key,
//   - the runtime client secret (secrets.clientSecret / the action's client-secret input), against manifests whose
//     clientSecretSha256 does not match it,
// with findings next to them (so that code frames show their lines), in UTF-8 or UTF-16, with either quote style,
// and optionally with a base commit holding other secrets (so that restart detection diffs secret fields). Then
// every channel is searched for every secret, raw and in each escaped form a channel could give it (XML, JSON,
// Markdown, workflow-command escaping), and with NUL bytes removed (what a terminal shows of raw UTF-16):
//   stylish (with the root: code frames), json, sarif, github (workflow commands), markdown (CLI), the PR comment
//   body, the job summary, the Checks API requests (through a fake octokit that records them), and the action run
//   end to end (its log of workflow commands, job summary, JSON report, SARIF file and step outputs).
// Failure messages name the channel and the planted secret's place.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { GitHubClient } from '../../src/github/octokit.js';
import { run } from '../../src/main.js';
import { scan } from '../../src/pipeline.js';
import { describedRules } from '../../src/policy/rule-help.js';
import { checkOutput, publishCheckRun } from '../../src/report/checks-api.js';
import { renderWorkflowCommands } from '../../src/report/github-commands.js';
import { formatJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { formatAzure } from '../../src/report/azure.js';
import { formatGitlab } from '../../src/report/gitlab.js';
import { formatJunit } from '../../src/report/junit.js';
import { escapeMd } from '../../src/report/md.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { codeFrames } from '../../src/excerpt/code-frames.js';
import { renderSummary } from '../../src/report/summary.js';
import type { Report } from '../../src/types.js';
import { inputEnv, parseOutputFile, pullRequestOpened } from '../e2e/harness.js';
import { runGit } from '../restart/git-repo.js';
import { type Quote, xmlEscape } from './arbitraries.js';

// ---------------------------------------------------------------- secrets and where they go

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' + '!#$%()*+,-./:;=?@[]^_{|}~ &<>"\'\\`';

/** A secret: 8–40 characters of the alphabet, with enough letters and digits not to be mistaken for layout. */
const secret = fc
  .string({ unit: fc.constantFrom(...ALPHABET), minLength: 8, maxLength: 40 })
  .filter((s) => (s.match(/[A-Za-z0-9]/g)?.length ?? 0) >= 4 && new Set(s).size >= 4);

interface Planted {
  accountSecret: string;
  plaintextPrefixed: string;
  serverConfSecret: string;
  pemLine1: string;
  pemLine2: string;
  runtime: string;
}

/** Where each secret is planted, for failure messages. */
const PLACES: Record<keyof Planted, string> = {
  accountSecret: 'the client secret (imsClientSecret, or the attribute mapped by fields:) of the prod IMS account',
  plaintextPrefixed: 'a __PLAINTEXT__ client secret of the stage IMS account',
  serverConfSecret: 'authIMSClientSecret of serverConf.xml',
  pemLine1: 'line 1 of the authIMSTAPrivateKey PEM body',
  pemLine2: 'line 2 of the authIMSTAPrivateKey PEM body',
  runtime: 'the runtime client secret (client-secret / IMS_CLIENT_SECRET)',
};

const planted: fc.Arbitrary<Planted> = fc.record({
  accountSecret: secret,
  plaintextPrefixed: secret,
  serverConfSecret: secret,
  pemLine1: secret,
  pemLine2: secret,
  runtime: secret,
});

interface Layout {
  quote: Quote;
  escapeGt: boolean;
  /** Encoding of the prod account package. */
  encoding: 'utf8' | 'utf16le' | 'utf16be';
  crlf: boolean;
  /** The attribute of the IMS accounts' client secret: the default name, or one mapped with `fields: clientSecret:`. */
  secretAttribute: 'imsClientSecret' | 'imsAppKey';
  /** A base commit with other secrets: restart detection then diffs the secret fields. */
  base?: Planted;
}

const layout: fc.Arbitrary<Layout> = fc.record({
  quote: fc.constantFrom<Quote>('"', "'"),
  escapeGt: fc.boolean(),
  encoding: fc.constantFrom('utf8', 'utf8', 'utf16le', 'utf16be'),
  crlf: fc.boolean(),
  secretAttribute: fc.constantFrom('imsClientSecret', 'imsClientSecret', 'imsAppKey'),
  base: fc.option(planted, { nil: undefined, freq: 4 }),
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function repository(p: Planted, l: Layout): Record<string, Buffer> {
  const a = (name: string, value: string) => `${name}=${l.quote}${xmlEscape(value, l.quote, l.escapeGt)}${l.quote}`;
  const eol = (text: string) => (l.crlf ? text.replace(/\n/g, '\r\n') : text);
  const account = (instance: string, clientSecret: string) =>
    eol(`<?xml version='1.0'?>
<package name="ims" namespace="cus">
  <entities schema="nms:extAccount">
    <extAccount ${a('name', 'Adobe_Marketing_Cloud')} ${a('type', 'Adobe Marketing Cloud')}
                ${a('imsServer', 'http://ims-na1.adobelogin.com')}
                ${a(l.secretAttribute, clientSecret)}
                ${a('imsScope', 'openid,AdobeID')}
                ${a('imsAssociationMask', `Campaign -  ${instance} - (.*)`)}/>
  </entities>
</package>
`);
  const prod = account('prod', p.accountSecret);
  const encode = (text: string): Buffer => {
    if (l.encoding === 'utf8') return Buffer.from(text);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    return l.encoding === 'utf16le' ? le : Buffer.from(le).swap16();
  };
  const pem = `-----BEGIN PRIVATE KEY-----\n${p.pemLine1}\n${p.pemLine2}\n-----END PRIVATE KEY-----`;
  const serverConf = eol(`<?xml version='1.0' encoding='utf-8'?>
<serverconf>
  <shared>
    <ims ${a('authIMSEndpoint', 'http://ims-na1.adobelogin.com')}
         ${a('authIMSClientSecret', p.serverConfSecret)}
         ${a('authIMSTAPrivateKey', pem)}
         ${a('authIMSClientId', 'campaign prod')}/>
  </shared>
</serverconf>
`);
  const manifest = (instance: string) =>
    `kind: ims-provisioning\ninstance: ${instance}\nclientId: campaign-${instance}\nproductContext: dma_campaign\nclientSecretSha256: ${sha256(`not the runtime secret of ${instance}`)}\n`;
  return {
    '.github/ims-gate.yml': Buffer.from(
      'instances:\n  prod:\n    paths: ["prod/**"]\n    imsManifest: prod/ims/manifest.yml\n  stage:\n    paths: ["stage/**"]\n    imsManifest: stage/ims/manifest.yml\n' +
        (l.secretAttribute === 'imsClientSecret' ? '' : `fields:\n  clientSecret: [${l.secretAttribute}]\n`),
    ),
    'prod/packages/ims.xml': encode(prod),
    'stage/packages/ims.xml': Buffer.from(account('stage', `__PLAINTEXT__${p.plaintextPrefixed}`)),
    'prod/conf/serverConf.xml': Buffer.from(serverConf),
    'prod/ims/manifest.yml': Buffer.from(manifest('prod')),
    'stage/ims/manifest.yml': Buffer.from(manifest('stage')),
  };
}

// ---------------------------------------------------------------- channels

const base = mkdtempSync(join(tmpdir(), 'ims-gate-prop-secrets-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;

function writeFiles(root: string, files: Record<string, Buffer>): void {
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
}

/** A fake octokit that records the body of every Checks API request. */
function recordingClient(requests: unknown[]): GitHubClient {
  const respond = async (body: unknown) => {
    requests.push(body);
    return { data: { id: 17, html_url: 'https://github.com/o/r/runs/17' } };
  };
  return { rest: { checks: { create: respond, update: respond } } } as unknown as GitHubClient;
}

/** The action, end to end, on `root`: every file and stream it writes. */
async function runAction(root: string, runtime: string, baseRef: string | undefined): Promise<Record<string, string>> {
  const dir = join(base, `action${n++}`);
  mkdirSync(join(dir, 'temp'), { recursive: true });
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify(pullRequestOpened()));
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary.md'), sarif: join(dir, 'out.sarif') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key];
  Object.assign(
    process.env,
    inputEnv(
      { 'client-secret': runtime, 'github-token': '', annotations: 'commands', 'sarif-file': files.sarif, 'base-ref': baseRef ?? '' },
      'ghs_unused',
    ),
    {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_SHA: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      GITHUB_WORKSPACE: root,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: join(dir, 'temp'),
      GITHUB_RUN_ID: '1',
      GITHUB_SERVER_URL: 'https://github.com',
    },
  );
  const stdout: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true));
  try {
    await run();
  } finally {
    spy.mockRestore();
    process.env = saved;
    process.exitCode = undefined;
  }
  const log = stdout.join('');
  // core.setSecret writes `::add-mask::<secret>` for the runner, which consumes it and never shows it: the one
  // line allowed to carry the runtime secret. Nothing else may.
  const masks = log.split('\n').filter((line) => line.startsWith('::add-mask::'));
  expect(masks, 'the action masks exactly the runtime secret').toHaveLength(1);
  const outputs = parseOutputFile(readFileSync(files.output, 'utf8'));
  expect(outputs.result, 'the action ran to its verdict').toBe('fail');
  return {
    'action log (workflow commands)': log
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    'action job summary': readFileSync(files.summary, 'utf8'),
    'action JSON report (report-file)': readFileSync(outputs['report-file'], 'utf8'),
    'action SARIF file': readFileSync(files.sarif, 'utf8'),
    'action step outputs': readFileSync(files.output, 'utf8'),
  };
}

/** Every output channel, by name, for the repository at `root`. */
async function channels(root: string, runtime: string, baseRef: string | undefined): Promise<Record<string, string>> {
  const { report } = await scan({ root, failOn: 'error', secrets: { clientSecret: runtime }, baseRef });
  expect(
    report.findings.some((f) => f.ruleId === 'IMS009'),
    'IMS009 reported the planted secrets',
  ).toBe(true);
  const sha = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
  const location = { link: (path: string, line: number) => `https://github.com/o/r/blob/${sha}/${path}#L${line}` };
  const requests: unknown[] = [];
  await publishCheckRun(recordingClient(requests), {
    owner: 'o',
    repo: 'r',
    headSha: sha,
    report,
    conclusion: 'failure',
    location,
    output: checkOutput(report, { ...location, sha, fullReport: { url: 'https://github.com/o/r/actions/runs/1', text: 'job summary' } }),
  });
  return {
    'stylish (with code frames)': formatStylish(report, { color: false, frames: codeFrames(report, root) }),
    'stylish (color)': formatStylish(report, { color: true, frames: codeFrames(report, root) }),
    json: formatJson(report),
    sarif: formatSarif(report, { rules: describedRules() }),
    'github (workflow commands)': renderWorkflowCommands(report),
    'markdown (CLI)': renderMarkdown(report, { marker: false }),
    junit: formatJunit(report, { rules: describedRules() }),
    'gitlab (Code Quality)': formatGitlab(report, { rules: describedRules() }),
    'azure (logging commands)': formatAzure(report),
    'stylish (60 columns)': formatStylish(report, { color: false, frames: codeFrames(report, root), width: 60 }),
    'PR comment body': renderMarkdown(report, {
      ...location,
      sha,
      fullReport: { url: 'https://github.com/o/r/actions/runs/1', text: 'job summary' },
    }),
    'job summary': renderSummary(report, {
      ...location,
      delivery: ['Workflow commands: 9 annotations issued.'],
      fullReport: 'JSON report',
    }),
    'Checks API requests (annotations, output)': JSON.stringify(requests),
    ...(await runAction(root, runtime, baseRef)),
  };
}

/** The forms in which a channel could carry a secret: raw, and escaped for XML, JSON, Markdown and workflow commands. */
function forms(value: string): string[] {
  const command = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return [
    ...new Set([
      value,
      xmlEscape(value, '"', true),
      xmlEscape(value, "'", true),
      xmlEscape(value, '"', false),
      xmlEscape(value, "'", false),
      JSON.stringify(value).slice(1, -1),
      escapeMd(value),
      command,
      command.replace(/:/g, '%3A').replace(/,/g, '%2C'),
    ]),
  ];
}

/** The text of every channel of a control repository, whose secrets are fixed: a secret found there is layout. */
let control = '';

function secretsOf(p: Planted, l: Layout): [string, string][] {
  const mine = (Object.keys(PLACES) as (keyof Planted)[]).map((key): [string, string] => [PLACES[key], p[key]]);
  const before = l.base
    ? (Object.keys(PLACES) as (keyof Planted)[]).map((key): [string, string] => [`${PLACES[key]} in the base commit`, l.base![key]])
    : [];
  return [...mine, ...before];
}

async function checkNoLeak(p: Planted, l: Layout): Promise<void> {
  const secrets = secretsOf(p, l);
  // A secret that the output holds anyway (as layout or rule text) cannot be told from a leak: skip it.
  fc.pre(secrets.every(([, value]) => forms(value).every((form) => !control.includes(form))));
  const root = join(base, `repo${n++}`);
  mkdirSync(root, { recursive: true });
  let baseRef: string | undefined;
  if (l.base) {
    runGit(root, 'init', '-q', '-b', 'main');
    runGit(root, 'config', 'user.email', 'test@example.com');
    runGit(root, 'config', 'user.name', 'Test');
    writeFiles(root, repository(l.base, l));
    runGit(root, 'add', '-A');
    runGit(root, 'commit', '-q', '-m', 'base');
    baseRef = 'HEAD~1';
  }
  writeFiles(root, repository(p, l));
  if (l.base) {
    runGit(root, 'add', '-A');
    runGit(root, 'commit', '-q', '-m', 'head');
  }
  const outputs = await channels(root, p.runtime, baseRef);
  for (const [channel, text] of Object.entries(outputs)) {
    expect(text.length, `${channel} is empty`).toBeGreaterThan(0);
    const visible = text.replace(/\u0000/g, '');
    for (const [place, value] of secrets) {
      for (const form of forms(value)) {
        expect(
          text.includes(form),
          `${channel} contains the secret planted as ${place}${form === value ? '' : ` (escaped as ${JSON.stringify(form)})`}: ${JSON.stringify(value)}`,
        ).toBe(false);
      }
      expect(
        visible.includes(value),
        `${channel} shows the secret planted as ${place} once NUL bytes are removed (raw UTF-16 text): ${JSON.stringify(value)}`,
      ).toBe(false);
    }
  }
  if (l.base) {
    const report = JSON.parse(outputs.json) as Report;
    expect(
      report.restart.changes.some((c) => c.field === 'clientSecret' || /Secret|PrivateKey/.test(c.field)),
      'the restart diff covered a secret field',
    ).toBe(true);
  }
  rmSync(root, { recursive: true, force: true });
}

beforeAll(async () => {
  const fixed: Planted = {
    accountSecret: 'CONTROL-account-secret-0001',
    plaintextPrefixed: 'CONTROL-plaintext-0002',
    serverConfSecret: 'CONTROL-serverconf-0003',
    pemLine1: 'CONTROL-pem-line-0004',
    pemLine2: 'CONTROL-pem-line-0005',
    runtime: 'CONTROL-runtime-0006',
  };
  const root = join(base, 'control');
  mkdirSync(root, { recursive: true });
  writeFiles(root, repository(fixed, { quote: '"', escapeGt: false, encoding: 'utf8', crlf: false, secretAttribute: 'imsClientSecret' }));
  control = Object.values(await channels(root, fixed.runtime, undefined)).join('\n');
});

describe('no output channel contains a planted secret', () => {
  test('random secrets, layouts and encodings, with and without a base commit', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(planted, layout, async (p, l) => {
        await checkNoLeak(p, l);
      }),
      { numRuns: 30 },
    );
  });

  test('regression: a client secret under an attribute name mapped with `fields:` is masked in code frames', async () => {
    const p: Planted = {
      accountSecret: 'Mapped-Attribute-S3cret-1',
      plaintextPrefixed: 'Mapped-Attribute-S3cret-2',
      serverConfSecret: 'Plain-ServerConf-S3cret-3',
      pemLine1: 'PemBodyLineOne0123456789',
      pemLine2: 'PemBodyLineTwo0123456789',
      runtime: 'Runtime-Client-S3cret-4',
    };
    await checkNoLeak(p, { quote: '"', escapeGt: false, encoding: 'utf8', crlf: false, secretAttribute: 'imsAppKey' });
  });

  test('secrets made of the characters that need escaping', { timeout: 60_000 }, async () => {
    const hostile = fc
      .string({
        unit: fc.constantFrom('&', '<', '>', '"', "'", '%', '\\', '`', '|', '*', '_', 'a', 'Z', '7', ':', ','),
        minLength: 8,
        maxLength: 24,
      })
      .filter((s) => (s.match(/[aZ7]/g)?.length ?? 0) >= 2 && new Set(s).size >= 4);
    const hostilePlanted = fc.record({
      accountSecret: hostile,
      plaintextPrefixed: hostile,
      serverConfSecret: hostile,
      pemLine1: hostile,
      pemLine2: hostile,
      runtime: hostile,
    });
    await fc.assert(
      fc.asyncProperty(hostilePlanted, layout, async (p, l) => {
        await checkNoLeak(p, { ...l, base: undefined });
      }),
      { numRuns: 15 },
    );
  });
});
