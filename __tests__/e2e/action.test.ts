// End-to-end: the built dist/index.js under the runner's contract, against a loopback GitHub API that
// validates every request with GitHub's OpenAPI description. The JSON report the action writes
// (`report-file`) is the oracle for what must be delivered; no expected count is written into a test.
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import type { FakeGitHub, RecordedRequest } from './fake-github.js';
import {
  commandLines,
  commitAll,
  pullRequestFromFork,
  pullRequestOpened,
  push,
  runAction,
  TOKEN,
  workspaceFrom,
  type RunOptions,
  type RunResult,
} from './harness.js';
import { e2eSession, OWNER, REPO } from './session.js';
import { imsAccountPackage, manifest } from '../sarif/fixtures.js';

const MARKER = '<!-- ims-gate:sticky-comment -->';
const CLIENT_SECRET = 'imsS3cretPLANTED-never-print-4f1c9e';

const { dirs, github } = e2eSession();

/**
 * A correct IMS account and manifest for prod: the fixture "clean" holds no IMS configuration, which is an error
 * since issue 12 (nothing to check), so a clean run needs one.
 */
function writeCleanImsConfiguration(ws: string): void {
  mkdirSync(join(ws, 'prod', 'ims'), { recursive: true });
  writeFileSync(join(ws, 'prod', 'ims-external-account.xml'), imsAccountPackage('prod'));
  writeFileSync(join(ws, 'prod', 'ims', 'manifest.yml'), manifest('prod'));
}

function workspace(fixture: string): string {
  const dir = workspaceFrom(fixture);
  dirs.push(dir);
  return dir;
}

async function run(options: RunOptions): Promise<RunResult & { report: Report }> {
  const result = await runAction(options);
  dirs.push(result.runnerTemp);
  const file = result.outputs['report-file'];
  if (!file) throw new Error(`no report-file output; exit ${result.code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  return { ...result, report: JSON.parse(readFileSync(file, 'utf8')) as Report };
}

/** The findings of a report as `path:line [RULE]` keys, for comparing with annotations. */
function findingKeys(report: Report, prefix = ''): string[] {
  return report.findings.map((f) => `${prefix}${f.file}:${f.line} [${f.ruleId}]`).sort();
}

function annotationKeys(annotations: { path: string; start_line: number; title: string }[]): string[] {
  return annotations.map((a) => `${a.path}:${a.start_line} [${/^\[(IMS\d{3})\]/.exec(a.title)?.[1]}]`).sort();
}

/**
 * The token and the client secret appear nowhere: log, summary, outputs, files written, API request bodies.
 * The one exception is the client secret's `::add-mask::` line: that is how core.setSecret hands a secret to
 * the runner, which removes the line from the log. The token is not even there.
 */
function expectNoSecrets(result: RunResult, server: FakeGitHub | undefined, extraFiles: string[] = []): void {
  const log = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((line) => line !== `::add-mask::${CLIENT_SECRET}`)
    .join('\n');
  const files = [result.outputs['report-file'], result.outputs['sarif-file'], ...extraFiles]
    .filter(Boolean)
    .map((f) => readFileSync(f, 'utf8'));
  const bodies = (server?.requests ?? []).map((r: RecordedRequest) => `${r.path} ${JSON.stringify(r.query)} ${r.rawBody}`);
  for (const secret of [TOKEN, CLIENT_SECRET]) {
    for (const [where, text] of [
      ['log', log],
      ['summary', result.summary],
      ['outputs', JSON.stringify(result.outputs)],
      ['files', files.join('\n')],
      ['requests', bodies.join('\n')],
    ] as const) {
      expect(text.includes(secret), `secret found in ${where}`).toBe(false);
    }
  }
}

function expectConformingRequests(server: FakeGitHub): void {
  expect(server.violations).toEqual([]);
}

function sticky(server: FakeGitHub, issue: number) {
  return server.commentsOf(issue).filter((c) => c.body.includes(MARKER));
}

/** A repository with many IMS accounts in one instance, each with a bad IMS server: well over 120 findings. */
function manyFindingsWorkspace(accounts = 130): string {
  const dir = workspace('clean');
  const records = Array.from(
    { length: accounts },
    (_, i) =>
      `    <extAccount name="Adobe_Marketing_Cloud${i === 0 ? '' : `_${i}`}" label="IMS ${i}" type="Adobe Marketing Cloud"\n` +
      `                imsServer="http://ims-na1.adobelogin.com/tenant${i}" imsScope="openid,AdobeID" imsClientId="client-${i}"/>`,
  ).join('\n');
  mkdirSync(join(dir, 'prod'), { recursive: true });
  writeFileSync(
    join(dir, 'prod', 'many-accounts.xml'),
    `<?xml version='1.0'?>\n<package name="many" namespace="cus">\n  <entities schema="nms:extAccount">\n${records}\n  </entities>\n</package>\n`,
  );
  return dir;
}

describe.concurrent('dist/index.js on GitHub (loopback API validated against the OpenAPI description)', () => {
  it('delivers every finding of a large report as check-run annotations, at most 50 per request, on the PR head', async () => {
    const server = await github({ seedComments: { 2: 150 } });
    const payload = pullRequestOpened();
    const result = await run({
      workspace: manyFindingsWorkspace(),
      event: 'pull_request',
      payload,
      apiUrl: server.apiUrl,
      inputs: { 'client-secret': CLIENT_SECRET },
    });

    expect(result.report.findings.length).toBeGreaterThanOrEqual(120);
    expect(result.code).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(result.outputs.errors).toBe(String(result.report.stats.errors));
    expect(result.outputs.warnings).toBe(String(result.report.stats.warnings));
    expect(result.outputs.notices).toBe(String(result.report.stats.notices));

    const creates = server.calls('checks/create');
    expect(creates).toHaveLength(1);
    expect(creates[0].body.head_sha).toBe(payload.pull_request.head.sha);
    expect(creates[0].body.name).toBe('IMS policy gate');
    expect(creates[0].body.conclusion).toBe('failure');
    const carrying = [...creates, ...server.calls('checks/update')];
    for (const request of carrying) expect(request.body.output.annotations.length).toBeLessThanOrEqual(50);
    const [checkRun] = server.checkRuns.values();
    expect(checkRun.annotations).toHaveLength(result.report.findings.length);
    expect(annotationKeys(checkRun.annotations)).toEqual(findingKeys(result.report));
    expect(checkRun.output.summary!.length).toBeLessThanOrEqual(65535);

    // The comment list was paged through (150 unrelated comments) before the sticky comment was created.
    expect(server.calls('issues/list-comments').length).toBeGreaterThanOrEqual(2);
    expect(sticky(server, 2)).toHaveLength(1);
    expect(result.summary).toContain('IMS policy gate failed');
    expectConformingRequests(server);
    expectNoSecrets(result, server);
  });

  it('on a fork PR (read-only token: 403) falls back to workflow commands and the summary, and still fails', async () => {
    const server = await github();
    server.readOnly();
    const result = await run({
      workspace: manyFindingsWorkspace(40),
      event: 'pull_request',
      payload: pullRequestFromFork(),
      apiUrl: server.apiUrl,
    });

    expect(result.code).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(server.calls('checks/create').map((r) => r.status)).toEqual([403]);
    expect(server.checkRuns.size).toBe(0);
    expect(server.calls('issues/create-comment').map((r) => r.status)).toEqual([403]);
    expect(server.commentsOf(2)).toHaveLength(0);
    expect(result.outputs.errors).toBe(String(result.report.stats.errors));
    // Every finding is issued as a workflow command, errors first.
    const lines = [
      ...commandLines(result.stdout, 'error'),
      ...commandLines(result.stdout, 'warning'),
      ...commandLines(result.stdout, 'notice'),
    ];
    expect(lines).toHaveLength(result.report.findings.length);
    const firstNonError = result.stdout.split('\n').findIndex((l) => l.startsWith('::warning ') || l.startsWith('::notice '));
    const lastError = result.stdout.split('\n').findLastIndex((l) => l.startsWith('::error '));
    if (firstNonError >= 0) expect(lastError).toBeLessThan(firstNonError);
    // The runner shows 10 per level: the log and the summary say how many were not shown.
    expect(result.report.stats.errors).toBeGreaterThan(10);
    expect(result.stdout).toMatch(/were not shown as annotations/);
    expect(result.summary).toMatch(/were not shown as annotations/);
    expect(result.stdout).toMatch(/comes from a fork.*checks: write/);
    expect(result.summary).toContain('IMS policy gate failed');
    expectConformingRequests(server);
    expectNoSecrets(result, server);
  });

  it('retries a 502 from the Checks API', async () => {
    const server = await github();
    server.failOnce('POST', /\/check-runs$/, 502);
    const result = await run({
      workspace: workspace('misconfigured'),
      event: 'pull_request',
      payload: pullRequestOpened(),
      apiUrl: server.apiUrl,
    });

    expect(server.calls('checks/create').map((r) => r.status)).toEqual([502, 201]);
    expect(result.stdout).toContain(`Retrying POST /repos/${OWNER}/${REPO}/check-runs in 10 ms after HTTP 502 (attempt 2 of 3).`);
    expect(server.checkRuns.size).toBe(1);
    const [checkRun] = server.checkRuns.values();
    expect(annotationKeys(checkRun.annotations)).toEqual(findingKeys(result.report));
    expect(result.code).toBe(result.report.verdict.result === 'fail' ? 1 : 0);
    expectConformingRequests(server);
    expectNoSecrets(result, server);
  });

  it('updates the sticky comment on a second run instead of adding one, and says "clean" once fixed', async () => {
    const server = await github({ seedComments: { 2: 120 } });
    const payload = pullRequestOpened();
    const ws = workspace('misconfigured');
    const first = await run({ workspace: ws, event: 'pull_request', payload, apiUrl: server.apiUrl });
    expect(first.report.findings.length).toBeGreaterThan(0);
    expect(sticky(server, 2)).toHaveLength(1);

    const second = await run({ workspace: ws, event: 'pull_request', payload, apiUrl: server.apiUrl });
    expect(second.code).toBe(first.code);
    expect(server.calls('issues/create-comment')).toHaveLength(1);
    expect(server.calls('issues/update-comment')).toHaveLength(1);
    expect(sticky(server, 2)).toHaveLength(1);

    // The PR is fixed: prod's IMS account is a correct one, stage's misconfigured one is gone (removing every IMS
    // file would leave nothing to check, an error since issue 12).
    writeCleanImsConfiguration(ws);
    rmSync(join(ws, 'stage'), { recursive: true });
    const clean = await run({ workspace: ws, event: 'pull_request', payload, apiUrl: server.apiUrl });
    expect(clean.report.findings).toHaveLength(0);
    expect(clean.code).toBe(0);
    expect(clean.outputs.result).toBe('pass');
    expect(sticky(server, 2)).toHaveLength(1);
    expect(sticky(server, 2)[0].body).toMatch(/clean/i);
    expect(server.calls('issues/create-comment')).toHaveLength(1);
    const runs = [...server.checkRuns.values()];
    expect(runs.map((r) => r.conclusion)).toEqual([
      first.code === 1 ? 'failure' : 'neutral',
      second.code === 1 ? 'failure' : 'neutral',
      'success',
    ]);
    expectConformingRequests(server);
    for (const r of [first, second, clean]) expectNoSecrets(r, server);
  });

  it('on push (GHES API prefix) creates the check run on the pushed commit and posts no comment', async () => {
    const server = await github({ prefix: '/api/v3' });
    const payload = push();
    const result = await run({
      workspace: workspace('misconfigured'),
      event: 'push',
      payload,
      apiUrl: server.apiUrl,
      inputs: { 'sarif-file': 'out/ims-gate.sarif' },
    });

    const sarif = JSON.parse(readFileSync(result.outputs['sarif-file'], 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(result.report.suppressed).toHaveLength(0);
    expect(sarif.runs[0].results).toHaveLength(result.report.findings.length);
    const creates = server.calls('checks/create');
    expect(creates).toHaveLength(1);
    expect(creates[0].body.head_sha).toBe(payload.after);
    expect(server.requests.filter((r) => r.path.includes('/issues/'))).toEqual([]);
    expect(result.code).toBe(result.report.verdict.result === 'fail' ? 1 : 0);
    expectConformingRequests(server);
    expectNoSecrets(result, server);
  });

  it('on a clean PR succeeds without creating a comment', async () => {
    const server = await github();
    const ws = workspace('clean');
    writeCleanImsConfiguration(ws);
    const result = await run({ workspace: ws, event: 'pull_request', payload: pullRequestOpened(), apiUrl: server.apiUrl });
    expect(result.report.findings).toHaveLength(0);
    expect(result.code).toBe(0);
    expect(result.outputs.result).toBe('pass');
    expect([...server.checkRuns.values()].map((r) => r.conclusion)).toEqual(['success']);
    expect(server.calls('issues/create-comment')).toHaveLength(0);
    expect(result.summary).toMatch(/clean/i);
    expectConformingRequests(server);
    expectNoSecrets(result, server);
  });

  it('adds the restart label when an IMS field changed since the PR base, and removes it when it no longer applies', async () => {
    const server = await github();
    const ws = workspace('clean');
    const account = (server: string) =>
      `<?xml version='1.0'?>\n<package name="ims" namespace="cus">\n  <entities schema="nms:extAccount">\n` +
      `    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud (MAC)" type="Adobe Marketing Cloud"\n` +
      `                imsServer="${server}" imsScope="openid,AdobeID"/>\n  </entities>\n</package>\n`;
    mkdirSync(join(ws, 'prod'), { recursive: true });
    writeFileSync(join(ws, 'prod', 'ims.xml'), account('https://ims-na1.adobelogin.com'));
    const base = commitAll(ws, 'base');
    writeFileSync(join(ws, 'prod', 'ims.xml'), account('https://adobeid-na1.services.adobe.com'));
    commitAll(ws, 'head');
    const payload = pullRequestOpened();
    payload.pull_request.base.sha = base; // the default base-ref

    const changed = await run({ workspace: ws, event: 'pull_request', payload, apiUrl: server.apiUrl });
    expect(changed.report.restart.required).toBe(true);
    expect(changed.outputs['restart-required']).toBe('true');
    expect(changed.outputs['restart-instances']).toBe(changed.report.restart.instances.join(','));
    expect(changed.report.restart.instances).toContain('prod');
    expect(server.labelsOf(2)).toEqual(['ims-restart-required']);
    expect(changed.summary).toMatch(/restart/i);
    expect(sticky(server, 2)[0]?.body).toMatch(/\| `prod` \| [^|]+ \| `nlserver restart web` \|/);
    expect(JSON.parse(changed.outputs['restart-commands'] ?? '')).toMatchObject({ prod: 'nlserver restart web' });

    // Reverted: nothing changed against the base any more.
    writeFileSync(join(ws, 'prod', 'ims.xml'), account('https://ims-na1.adobelogin.com'));
    const reverted = await run({ workspace: ws, event: 'pull_request', payload, apiUrl: server.apiUrl });
    expect(reverted.report.restart.required).toBe(false);
    expect(reverted.outputs['restart-required']).toBe('false');
    expect(server.labelsOf(2)).toEqual([]);
    expect(server.calls('issues/remove-label').map((r) => r.status)).toEqual([200]);
    expectConformingRequests(server);
    for (const r of [changed, reverted]) expectNoSecrets(r, server);
  });

  it('with require-restart-ack fails until the PR carries the restart-planned label', async () => {
    const server = await github();
    const ws = workspace('clean');
    const account = (scope: string) =>
      `<?xml version='1.0'?>\n<package name="ims" namespace="cus">\n  <entities schema="nms:extAccount">\n` +
      `    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsServer="https://ims-na1.adobelogin.com" imsScope="${scope}"/>\n` +
      `  </entities>\n</package>\n`;
    mkdirSync(join(ws, 'prod'), { recursive: true });
    writeFileSync(join(ws, 'prod', 'ims.xml'), account('openid,AdobeID'));
    const base = commitAll(ws, 'base');
    writeFileSync(join(ws, 'prod', 'ims.xml'), account('openid,AdobeID,read_organizations'));
    const payload = pullRequestOpened();
    const inputs = { 'require-restart-ack': 'true', 'base-ref': base, 'fail-on': 'never' };

    const unacknowledged = await run({ workspace: ws, event: 'pull_request', payload, apiUrl: server.apiUrl, inputs });
    expect(unacknowledged.report.restart.required).toBe(true);
    expect(unacknowledged.code).toBe(1);
    expect(unacknowledged.outputs.result).toBe('fail');
    expect(unacknowledged.stdout).toMatch(/ims-restart-planned/);

    // Labelled since, but this run's event predates the label (a re-run): the verdict uses the event's labels,
    // never the API's, and the log says how to get a run that sees the label.
    server.labelsOf(2).push('ims-restart-planned');
    const rerun = await run({ workspace: ws, event: 'pull_request', payload, apiUrl: server.apiUrl, inputs });
    expect(rerun.code).toBe(1);
    expect(rerun.outputs.result).toBe('fail');
    expect(rerun.stdout).toMatch(/^::warning::The pull request carries 'ims-restart-planned' now, but the event of this run did not/m);

    // The `labeled` event carries the label: the gate passes without reading labels from the API first.
    const labeled: Record<string, any> = { ...structuredClone(payload), action: 'labeled' };
    labeled.pull_request.labels = [
      ...labeled.pull_request.labels,
      { id: 7, node_id: 'LA_7', url: '', name: 'ims-restart-planned', color: 'ededed', default: false, description: null },
    ];
    const before = server.requests.length;
    const acknowledged = await run({ workspace: ws, event: 'pull_request', payload: labeled, apiUrl: server.apiUrl, inputs });
    expect(acknowledged.code).toBe(0);
    expect(acknowledged.outputs.result).toBe('pass');
    expect(server.requests[before]?.operationId).toBe('checks/create');
    expectConformingRequests(server);
  });

  it('with annotations: commands and comment: false writes no check run and no comment', async () => {
    const server = await github();
    const result = await run({
      workspace: workspace('misconfigured'),
      event: 'pull_request',
      payload: pullRequestOpened(),
      apiUrl: server.apiUrl,
      inputs: { annotations: 'commands', comment: 'false' },
    });
    expect(server.calls('checks/create')).toHaveLength(0);
    expect(server.requests.filter((r) => r.path.includes('/comments'))).toEqual([]);
    const issued = ['error', 'warning', 'notice'].flatMap((level) => commandLines(result.stdout, level as 'error'));
    expect(issued).toHaveLength(result.report.findings.length);
    expect(result.code).toBe(result.report.verdict.result === 'fail' ? 1 : 0);
    expectConformingRequests(server);
    expectNoSecrets(result, server);
  });

  it('without a token delivers workflow commands and the summary, and names the permission', async () => {
    const server = await github();
    const result = await run({
      workspace: workspace('misconfigured'),
      event: 'pull_request',
      payload: pullRequestOpened(),
      apiUrl: server.apiUrl,
      inputs: { 'github-token': '' },
    });
    expect(server.requests).toEqual([]);
    expect(result.code).toBe(result.report.verdict.result === 'fail' ? 1 : 0);
    const issued = ['error', 'warning', 'notice'].flatMap((level) => commandLines(result.stdout, level as 'error'));
    expect(issued).toHaveLength(result.report.findings.length);
    expect(result.stdout).toMatch(/checks: write/);
    expect(result.summary.length).toBeGreaterThan(0);
    expectNoSecrets(result, server);
  });

  it('rejects an invalid input with a message naming it, before calling anything', async () => {
    const server = await github();
    const result = await runAction({
      workspace: workspace('misconfigured'),
      event: 'pull_request',
      payload: pullRequestOpened(),
      apiUrl: server.apiUrl,
      inputs: { 'fail-on': 'warn' },
    });
    dirs.push(result.runnerTemp);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Invalid input 'fail-on': 'warn'. Expected one of error, warning, notice, never.");
    expect(server.requests).toEqual([]);
  });
});
