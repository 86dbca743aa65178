// Matrix shards share the restart label of a pull request: one shard's share needs a restart, the other's does
// not. Whichever finishes first, the label ends up on the PR; once neither needs one, it goes. Each shard is a run
// of dist/index.js with its own `check-name` and `path`, against the same loopback API (OpenAPI-validated).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import type { FakeGitHub } from './fake-github.js';
import { commitAll, pullRequestOpened, runAction, workspaceFrom } from './harness.js';
import { e2eSession } from './session.js';

const LABEL = 'ims-restart-required';
const { dirs, github: fakeGitHub } = e2eSession();

const account = (server: string) =>
  `<?xml version='1.0'?>\n<package name="ims" namespace="cus">\n  <entities schema="nms:extAccount">\n` +
  `    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud (MAC)" type="Adobe Marketing Cloud"\n` +
  `                imsServer="${server}" imsScope="openid,AdobeID"/>\n  </entities>\n</package>\n`;

const A = 'https://ims-na1.adobelogin.com';
const B = 'https://adobeid-na1.services.adobe.com';

/** prod/ and stage/ instances; between base and head, only prod's IMS server changes. */
function repository(): { ws: string; base: string } {
  const ws = workspaceFrom('clean');
  dirs.push(ws);
  for (const instance of ['prod', 'stage']) {
    mkdirSync(join(ws, instance), { recursive: true });
    writeFileSync(join(ws, instance, 'ims.xml'), account(A));
  }
  const base = commitAll(ws, 'base');
  writeFileSync(join(ws, 'prod', 'ims.xml'), account(B));
  commitAll(ws, 'head');
  return { ws, base };
}

async function shard(server: FakeGitHub, ws: string, payload: Record<string, any>, instance: 'prod' | 'stage') {
  const result = await runAction({
    workspace: ws,
    event: 'pull_request',
    payload,
    apiUrl: server.apiUrl,
    inputs: { path: instance, 'check-name': `IMS policy gate (${instance})` },
  });
  dirs.push(result.runnerTemp);
  const report = JSON.parse(readFileSync(result.outputs['report-file'], 'utf8')) as Report;
  return { ...result, report };
}

describe.concurrent('two shards and one restart label', () => {
  it.each([
    ['prod first', ['prod', 'stage']],
    ['stage first', ['stage', 'prod']],
  ] as const)('%s: the label is on the PR at the end', async (_name, order) => {
    const { ws, base } = repository();
    const server = await fakeGitHub();
    const payload = pullRequestOpened();
    payload.pull_request.base.sha = base;
    const results = [];
    for (const instance of order) results.push(await shard(server, ws, payload, instance));
    const [prod] = order[0] === 'prod' ? results : [results[1]];
    expect(prod.report.restart.required).toBe(true);
    expect(server.labelsOf(payload.number)).toEqual([LABEL]);
    expect(server.calls('issues/remove-label')).toEqual([]);
    if (order[0] === 'prod')
      expect(results[1].stdout).toContain(
        `Label '${LABEL}': kept, since "IMS policy gate (prod)" on the same commit needs a Campaign restart.`,
      );
    expect(server.violations).toEqual([]);
  });

  it('once no shard needs a restart on the new head, the label goes, whichever finishes first', async () => {
    const { ws, base } = repository();
    const server = await fakeGitHub();
    const payload = pullRequestOpened();
    payload.pull_request.base.sha = base;
    for (const instance of ['prod', 'stage'] as const) await shard(server, ws, payload, instance);
    expect(server.labelsOf(payload.number)).toEqual([LABEL]);

    // A new push reverts prod: a new head commit, whose check runs claim nothing.
    writeFileSync(join(ws, 'prod', 'ims.xml'), account(A));
    const next = {
      ...payload,
      pull_request: { ...payload.pull_request, head: { ...payload.pull_request.head, sha: commitAll(ws, 'revert') } },
    };
    const stage = await shard(server, ws, next, 'stage');
    expect(stage.report.restart.required).toBe(false);
    expect(server.labelsOf(payload.number)).toEqual([]);
    await shard(server, ws, next, 'prod');
    expect(server.labelsOf(payload.number)).toEqual([]);
    expect(server.violations).toEqual([]);
  });
});
