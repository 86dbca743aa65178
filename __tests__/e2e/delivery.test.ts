// End-to-end, through dist/index.js: delivery never decides the verdict and always ends. An API that never
// answers, a comment list that never ends, a 2xx answer that is not JSON, a refused connection: the verdict,
// the outputs, the report file and the job summary are there, the findings reach the log as workflow commands,
// and one line says what happened. The sticky comment cannot be taken over, and no text sent to GitHub pings
// anyone. Every request still validates against the OpenAPI description.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { PAT_USER } from './fake-github.js';
import {
  commandLines,
  commitAll,
  parseOutputFile,
  pullRequestOpened,
  runAction,
  tempDir,
  workspaceFrom,
  type RunOptions,
  type RunResult,
} from './harness.js';
import { liveMentions, liveMentionsInPlainText } from './mentions.js';
import { e2eSession, OWNER, REPO } from './session.js';

const MARKER = '<!-- ims-gate:sticky-comment -->';

const { dirs, github } = e2eSession();

function workspace(fixture = 'misconfigured'): string {
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

/** Every finding reached the log as a workflow command. */
function expectAllAsCommands(result: RunResult & { report: Report }): void {
  const issued = (['error', 'warning', 'notice'] as const).flatMap((level) => commandLines(result.stdout, level));
  expect(issued).toHaveLength(result.report.findings.length);
  expect(result.report.findings.length).toBeGreaterThan(0);
}

/** The verdict is the gate's and is published: exit code, `result` and the other outputs, the summary. */
function expectVerdictPublished(result: RunResult & { report: Report }): void {
  expect(result.code).toBe(result.report.verdict.result === 'fail' ? 1 : 0);
  expect(result.outputs.result).toBe(result.report.verdict.result);
  expect(result.outputs.errors).toBe(String(result.report.stats.errors));
  expect(result.outputs['restart-required']).toBe(String(result.report.restart.required));
  expect(result.summary).toContain(result.report.verdict.result === 'fail' ? 'IMS policy gate failed' : 'IMS policy gate passed');
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe.concurrent('dist/index.js when the API misbehaves', () => {
  it.each([
    {
      name: 'each request times out (30 s in production)',
      env: { IMS_GATE_TEST_REQUEST_TIMEOUT_MS: '400', IMS_GATE_TEST_DELIVERY_BUDGET_MS: '60000' },
      lines: [
        /^::warning::ims-gate could not complete the check run: no answer from 127\.0\.0\.1:\d+ within 400 ms \(POST \/repos\/Codertocat\/Hello-World\/check-runs\)\. Falling back to workflow commands\.$/m,
        /^Retrying GET \/user in 10 ms after no answer within 400 ms \(attempt 2 of 3\)\.$/m,
        /^::warning::ims-gate could not write the pull request comment: no answer from 127\.0\.0\.1:\d+ within 400 ms \(GET \/user\)\. The verdict is unchanged\.$/m,
      ],
    },
    {
      name: 'the delivery budget runs out first (180 s in production)',
      env: { IMS_GATE_TEST_REQUEST_TIMEOUT_MS: '20000', IMS_GATE_TEST_DELIVERY_BUDGET_MS: '1500' },
      lines: [
        /^::warning::ims-gate stopped calling the GitHub API when its delivery budget of 1\.5 s ran out: not written: check run \(its findings are issued as workflow commands instead\); pull request comment; restart label; suggestions\. The verdict is unchanged; the job summary holds the full report\.$/m,
        /^The check run was not completed: the delivery budget of 1\.5 s is used up \(POST \/repos\/Codertocat\/Hello-World\/check-runs not sent or cut\)\. Falling back to workflow commands\.$/m,
      ],
      summary: /Delivery stopped after 1\.5 s \(the delivery budget\)/,
    },
  ])(
    'ends when the API never answers ($name), with the verdict, outputs and report written before the first request',
    async ({ env, lines, summary }) => {
      const server = await github();
      server.neverAnswer();
      const runnerFiles = tempDir('outputs');
      dirs.push(runnerFiles);
      const outputFile = join(runnerFiles, 'output');
      writeFileSync(outputFile, '');
      let atFirstRequest: string | undefined;
      server.onRequest = () => (atFirstRequest ??= readFileSync(outputFile, 'utf8'));

      const started = Date.now();
      const result = await runAction({
        workspace: workspace(),
        event: 'pull_request',
        payload: pullRequestOpened(),
        apiUrl: server.apiUrl,
        env: { ...env, GITHUB_OUTPUT: outputFile },
      });
      dirs.push(result.runnerTemp);
      const elapsed = Date.now() - started;
      const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
      const report = JSON.parse(readFileSync(outputs['report-file'], 'utf8')) as Report;
      const full = { ...result, outputs, report };

      // Before the first API request, the verdict and the report file were already there.
      expect(server.requests.length).toBeGreaterThan(0);
      expect(parseOutputFile(atFirstRequest ?? '')).toMatchObject({ result: report.verdict.result, 'report-file': outputs['report-file'] });
      expectVerdictPublished(full);
      expectAllAsCommands(full);
      for (const line of lines) expect(result.stdout).toMatch(line);
      if (summary) expect(result.summary).toMatch(summary);
      // Undici's default would wait 300 s a request, 4 times over; a generous liveness bound, not a timing.
      expect(elapsed).toBeLessThan(30_000);
      expect(server.violations).toEqual([]);
    },
  );

  it(`stops paging a comment list whose Link: rel="next" never ends, after 50 pages, and writes no comment`, async () => {
    const server = await github();
    server.endlessComments.add(2);
    const result = await run({ workspace: workspace(), event: 'pull_request', payload: pullRequestOpened(), apiUrl: server.apiUrl });
    expect(server.calls('issues/list-comments')).toHaveLength(50);
    expect(server.calls('issues/create-comment')).toHaveLength(0);
    expect(result.stdout).toContain(
      '::warning::ims-gate did not write the pull request comment: it stopped reading the comments of pull request #2 after 50 pages: the API still announces a next page.',
    );
    expect(server.checkRuns.size).toBe(1);
    expectVerdictPublished(result);
    expect(result.summary).toContain('PR comment: not written (the comment list did not end).');
    expect(server.violations).toEqual([]);
  });

  it('treats a 2xx answer that is not JSON as a failed check run and falls back to workflow commands', async () => {
    const server = await github();
    server.answerGarbage('POST', /\/check-runs$/);
    const result = await run({ workspace: workspace(), event: 'pull_request', payload: pullRequestOpened(), apiUrl: server.apiUrl });
    expect(server.calls('checks/create').map((r) => r.status)).toEqual([201]);
    expect(result.stdout).toContain(
      "::warning::ims-gate could not complete the check run: the answer to POST /repos/Codertocat/Hello-World/check-runs (HTTP 201) is not JSON: '<html><body>Unicorn!</body></html>'. Falling back to workflow commands.",
    );
    expectAllAsCommands(result);
    expectVerdictPublished(result);
    // The comment still goes out, as GITHUB_TOKEN's bot (GET /user is refused to an installation token).
    expect(server.calls('users/get-authenticated').map((r) => r.status)).toEqual([403]);
    expect(server.commentsOf(2).filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
    expect(server.violations).toEqual([]);
  });

  it('says which host it cannot reach and why, not "HTTP 500", and still publishes everything else', async () => {
    const port = await closedPort();
    const result = await run({
      workspace: workspace(),
      event: 'pull_request',
      payload: pullRequestOpened(),
      apiUrl: `http://127.0.0.1:${port}`,
    });
    expect(result.stdout).toContain(
      `::warning::ims-gate could not complete the check run: cannot reach 127.0.0.1:${port}: ECONNREFUSED. Falling back to workflow commands.`,
    );
    expect(result.stdout).toContain(`could not write the pull request comment: cannot reach 127.0.0.1:${port}: ECONNREFUSED`);
    expect(result.stdout).toMatch(
      /Retrying POST \/repos\/Codertocat\/Hello-World\/check-runs in \d+ ms after ECONNREFUSED \(attempt 2 of 3\)/,
    );
    expect(result.stdout).not.toMatch(/HTTP 500/);
    expectAllAsCommands(result);
    expectVerdictPublished(result);
  });
  it('reads past a labels answer whose label name is an object: one line, the event labels, the label still added', async () => {
    const server = await github();
    server.labelsOf(2).push('bug');
    server.labelNamesAsObjects = true;
    const ws = workspace('clean');
    const account = (scope: string) =>
      `<?xml version='1.0'?>\n<package name="ims" namespace="cus">\n  <entities schema="nms:extAccount">\n` +
      `    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsServer="https://ims-na1.adobelogin.com" imsScope="${scope}"/>\n` +
      `  </entities>\n</package>\n`;
    mkdirSync(join(ws, 'prod'), { recursive: true });
    writeFileSync(join(ws, 'prod', 'ims.xml'), account('openid,AdobeID'));
    const base = commitAll(ws, 'base');
    writeFileSync(join(ws, 'prod', 'ims.xml'), account('openid,AdobeID,read_organizations'));
    const result = await run({
      workspace: ws,
      event: 'pull_request',
      payload: pullRequestOpened(),
      apiUrl: server.apiUrl,
      inputs: { 'base-ref': base },
    });
    expect(result.report.restart.required).toBe(true);
    expect(result.stdout).toContain(
      "Cannot read the pull request's labels (the API answered a label of pull request #2 whose name is an object, not a string); using those of the event.",
    );
    expect(result.stdout).not.toMatch(/^\s+at /m);
    expect(server.labelsOf(2)).toEqual(['bug', 'ims-restart-required']);
    expectVerdictPublished(result);
    expect(server.violations).toEqual([]);
  });
});

describe.concurrent('the sticky comment and mentions', () => {
  it('ignores a comment by someone else that starts with the marker: the bot creates and then updates its own', async () => {
    const server = await github();
    const hijack = server.addComment(2, 'mallory', `${MARKER}\n### ✅ IMS policy gate: clean\n\nNothing to see here.`);
    const ws = workspace();
    const first = await run({ workspace: ws, event: 'pull_request', payload: pullRequestOpened(), apiUrl: server.apiUrl });
    const ours = server.commentsOf(2).filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0].body.startsWith(MARKER)).toBe(true);
    expect(ours[0].body).toContain('IMS policy gate failed');
    expect(first.stdout).toContain(
      `PR comment: ignored comment ${hijack.id} by mallory: it carries the marker, but only github-actions[bot]'s comment is the report.`,
    );

    await run({ workspace: ws, event: 'pull_request', payload: pullRequestOpened(), apiUrl: server.apiUrl });
    expect(server.calls('issues/create-comment')).toHaveLength(1);
    expect(server.calls('issues/update-comment').map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/issues/comments/${ours[0].id}`]);
    expect(hijack.body).toBe(`${MARKER}\n### ✅ IMS policy gate: clean\n\nNothing to see here.`);
    expect(server.violations).toEqual([]);
  });

  it("with a personal token, the sticky comment is the one by the token's user (GET /user), not github-actions[bot]'s", async () => {
    const pat = 'ghp_PLANTEDpersonalTOKEN0123456789abcdef';
    const server = await github({ token: pat });
    const botComment = server.addComment(2, 'github-actions[bot]', `${MARKER}\nan old report by another workflow`, 'Bot');
    const ours = server.addComment(2, PAT_USER, `${MARKER}\nthe previous report`);
    const result = await run({
      workspace: workspace(),
      event: 'pull_request',
      payload: pullRequestOpened(),
      apiUrl: server.apiUrl,
      token: pat,
    });
    expect(server.calls('users/get-authenticated').map((r) => r.status)).toEqual([200]);
    expect(server.calls('issues/update-comment').map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/issues/comments/${ours.id}`]);
    expect(ours.body).toContain('IMS policy gate failed');
    expect(botComment.body).toBe(`${MARKER}\nan old report by another workflow`);
    expect(result.stdout).toContain(
      `PR comment: the sticky comment is the one by ${PAT_USER} (the user of the token, from GET /user) that starts with the marker.`,
    );
    // No check run with a personal token: the findings went out as workflow commands.
    expectAllAsCommands(result);
    expect(`${result.stdout}${result.summary}`).not.toContain(pat);
    expect(server.violations).toEqual([]);
  });

  it('sends no live @mention or #reference from repository values in any text: comment, check run, annotations, summary', async () => {
    const server = await github();
    const ws = workspace('clean');
    mkdirSync(join(ws, 'prod'), { recursive: true });
    writeFileSync(
      join(ws, 'prod', 'ims-@octocat-#7.xml'),
      `<?xml version='1.0'?>\n<package name="ims" namespace="cus">\n  <entities schema="nms:extAccount">\n` +
        `    <extAccount name="Adobe_Marketing_Cloud" label="cc @acme/admins #123" type="Adobe Marketing Cloud"\n` +
        `                imsServer="http://@octocat.example.com/GH-42/#99" imsScope="openid,AdobeID,@team" imsClientId="@someone"/>\n` +
        `  </entities>\n</package>\n`,
    );
    const result = await run({ workspace: ws, event: 'pull_request', payload: pullRequestOpened(), apiUrl: server.apiUrl });
    expect(result.report.findings.some((f) => /@octocat|@team|@someone/.test(f.message))).toBe(true);

    const markdown: [string, string][] = [['job summary', result.summary]];
    for (const r of server.requests) {
      if (r.operationId === 'issues/create-comment' || r.operationId === 'issues/update-comment')
        markdown.push([`${r.operationId} body`, r.body.body]);
      if (r.operationId === 'checks/create' || r.operationId === 'checks/update') {
        for (const field of ['title', 'summary', 'text'] as const)
          if (r.body.output?.[field]) markdown.push([`${r.operationId} output.${field}`, r.body.output[field]]);
      }
    }
    const annotations = [...server.checkRuns.values()].flatMap((run) => run.annotations);
    expect(annotations.length).toBe(result.report.findings.length);
    expect(markdown.map(([where]) => where)).toEqual(
      expect.arrayContaining(['issues/create-comment body', 'checks/create output.summary', 'checks/create output.text']),
    );
    for (const [where, text] of markdown) expect(liveMentions(text), where).toEqual([]);
    for (const a of annotations) {
      for (const field of ['message', 'title', 'raw_details'] as const)
        expect(liveMentionsInPlainText(a[field] ?? ''), `annotation ${field}`).toEqual([]);
    }
    // The values are all there, only inert (a zero-width joiner after the @).
    expect(markdown.find(([w]) => w === 'issues/create-comment body')![1]).toMatch(/@\u200Docto/);
    // Paths stay exact: they are file names, not text.
    expect(annotations.every((a) => a.path === 'prod/ims-@octocat-#7.xml')).toBe(true);
    expect(existsSync(result.outputs['report-file'])).toBe(true);
    expect(server.violations).toEqual([]);
  });
});

describe('the API client is loaded only to deliver', () => {
  // @actions/github parses the event payload when it is imported; imported at start-up, it turned a payload that
  // is not JSON into a stack trace before the action could say anything.
  it.each([
    ['empty', ''],
    ['not JSON', '{"pull_request": '],
  ])('an event payload that is %s ends in one line, with result=fail', async (_name, text) => {
    const server = await github();
    const dir = tempDir('event');
    dirs.push(dir);
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, text);
    const result = await runAction({
      workspace: workspace(),
      event: 'pull_request',
      payload: pullRequestOpened(),
      apiUrl: server.apiUrl,
      env: { GITHUB_EVENT_PATH: eventPath },
    });
    dirs.push(result.runnerTemp);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([
      expect.stringMatching(
        new RegExp(`^::error::Invalid event payload GITHUB_EVENT_PATH='${eventPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}': `),
      ),
    ]);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at /m);
    expect(result.outputs.result).toBe('fail');
    expect(server.requests).toEqual([]);
  });
});
