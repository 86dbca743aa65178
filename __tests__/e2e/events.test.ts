// The events besides pull requests and pushes, through dist/index.js against the loopback API (every request
// checked against GitHub's OpenAPI description): a merge queue's merge_group (the check run on the group's head,
// restart detection against its base, no comment, label or review), schedule and workflow_dispatch (a full scan,
// the check run on GITHUB_SHA, no pull request artefacts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import type { FakeGitHub } from './fake-github.js';
import { commitAll, mergeGroup, runAction, schedule, workflowDispatch, workspaceFrom, type RunOptions } from './harness.js';
import { e2eSession } from './session.js';

const { dirs, github } = e2eSession();

async function run(options: RunOptions) {
  const result = await runAction(options);
  dirs.push(result.runnerTemp);
  const file = result.outputs['report-file'];
  if (!file) throw new Error(`no report-file output; exit ${result.code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  return { ...result, report: JSON.parse(readFileSync(file, 'utf8')) as Report };
}

const account = (server: string) =>
  `<?xml version='1.0'?>\n<package name="ims" namespace="cus">\n  <entities schema="nms:extAccount">\n` +
  `    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud (MAC)" type="Adobe Marketing Cloud"\n` +
  `                imsServer="${server}" imsScope="openid,AdobeID"/>\n  </entities>\n</package>\n`;

/** A repository whose IMS server changed between two commits: [workspace, base commit]. */
function changedRepository(): [string, string] {
  const ws = workspaceFrom('clean');
  dirs.push(ws);
  mkdirSync(join(ws, 'prod'), { recursive: true });
  writeFileSync(join(ws, 'prod', 'ims.xml'), account('https://ims-na1.adobelogin.com'));
  const base = commitAll(ws, 'base');
  writeFileSync(join(ws, 'prod', 'ims.xml'), account('https://adobeid-na1.services.adobe.com'));
  commitAll(ws, 'head');
  return [ws, base];
}

/** No request touches an issue or a pull request: no comment, label or review. */
function expectNoPullRequestArtefacts(server: FakeGitHub): void {
  expect(server.requests.filter((r) => /\/(issues|pulls)\//.test(r.path)).map((r) => `${r.method} ${r.path}`)).toEqual([]);
}

describe.concurrent('dist/index.js on other events', () => {
  it('merge_group: the check run on merge_group.head_sha, restart detection against merge_group.base_sha, no PR artefacts', async () => {
    const [ws, base] = changedRepository();
    const payload = mergeGroup();
    payload.merge_group.base_sha = base;
    const [owner, repo] = (payload.repository.full_name as string).split('/');
    const server = await github({ owner, repo });
    // GITHUB_SHA is the group's head too; set it apart to prove the payload is what is used.
    const result = await run({ workspace: ws, event: 'merge_group', payload, apiUrl: server.apiUrl, sha: 'ab'.repeat(20) });

    expect(server.violations).toEqual([]);
    const creates = server.calls('checks/create');
    expect(creates.map((c) => c.body.head_sha)).toEqual([payload.merge_group.head_sha]);
    expect(result.report.restart.required).toBe(true);
    expect(result.report.restart.instances).toEqual(['prod']);
    expect(result.outputs['restart-required']).toBe('true');
    expectNoPullRequestArtefacts(server);
    expect(result.stdout).not.toMatch(/PR comment|Label '/);
  });

  it('merge_group whose base cannot be read: a warning in the log and in the summary, the check still reports', async () => {
    const [ws] = changedRepository();
    const payload = mergeGroup();
    payload.merge_group.base_sha = 'cd'.repeat(20);
    const [owner, repo] = (payload.repository.full_name as string).split('/');
    const server = await github({ owner, repo });
    const result = await run({ workspace: ws, event: 'merge_group', payload, apiUrl: server.apiUrl });
    expect(result.report.restart.skipped).toBeDefined();
    // One warning in the log (restart detection's own, when it could not fetch the base), none twice.
    const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::') && /base ref/.test(line));
    expect(warnings).toHaveLength(1);
    expect(result.summary).toContain('> ⚠️ Restart detection did not run: ');
    expect(server.calls('checks/create')).toHaveLength(1);
    expect(server.violations).toEqual([]);
  });

  it('a base-ref that names no commit (nothing to fetch): the action warns once, in the log and the summary', async () => {
    const [ws] = changedRepository();
    const payload = schedule();
    const [owner, repo] = (payload.repository.full_name as string).split('/');
    const server = await github({ owner, repo });
    const result = await run({ workspace: ws, event: 'schedule', payload, apiUrl: server.apiUrl, inputs: { 'base-ref': 'HEAD~9' } });
    const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::') && /base ref/.test(line));
    expect(warnings).toEqual([`::warning::Restart detection did not run: ${result.report.restart.skipped}`]);
    expect(result.summary).toContain('> ⚠️ Restart detection did not run: base ref');
    // A warning, not a failure: the verdict is the findings'.
    expect(result.code).toBe(result.report.verdict.result === 'fail' ? 1 : 0);
  });

  it.each([
    ['schedule', schedule],
    ['workflow_dispatch', workflowDispatch],
  ] as const)('%s: a full scan with the check run on GITHUB_SHA and no PR artefacts', async (event, payloadOf) => {
    const ws = workspaceFrom('misconfigured');
    dirs.push(ws);
    const payload = payloadOf();
    const [owner, repo] = (payload.repository.full_name as string).split('/');
    const server = await github({ owner, repo });
    const sha = '1234567890abcdef1234567890abcdef12345678';
    const result = await run({ workspace: ws, event, payload, apiUrl: server.apiUrl, sha });

    expect(server.violations).toEqual([]);
    expect(server.calls('checks/create').map((c) => c.body.head_sha)).toEqual([sha]);
    expect(result.report.findings.length).toBeGreaterThan(0);
    expect(result.report.restart).toEqual({ required: false, instances: [], changes: [] });
    expect(result.code).toBe(result.report.verdict.result === 'fail' ? 1 : 0);
    expectNoPullRequestArtefacts(server);
  });
});
