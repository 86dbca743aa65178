// The PR comment and the job summary written by dist/index.js: the comment links the check run the same run
// created and the workflow run, fits 20,000 characters, and renders without literal backticks; the summary is
// titled with the check-name and links the check run.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { render } from '../report/rendered.js';
import { FakeGitHub } from './fake-github.js';
import { cleanup, pullRequestOpened, runAction, TOKEN, workspaceFrom } from './harness.js';
import { OpenApiValidator } from './openapi.js';

let validator: OpenApiValidator;
const dirs: string[] = [];
let server: FakeGitHub;

beforeAll(async () => {
  validator = new OpenApiValidator();
  server = new FakeGitHub(validator, { token: TOKEN, owner: 'Codertocat', repo: 'Hello-World' });
  await server.start();
});
afterAll(async () => {
  await server.stop();
  cleanup(...dirs);
});

describe('dist/index.js on a pull request with findings', () => {
  it('links the check run and the workflow run from the comment, and titles the summary with check-name', async () => {
    const ws = workspaceFrom('misconfigured');
    dirs.push(ws);
    const payload = pullRequestOpened();
    const result = await runAction({
      workspace: ws,
      event: 'pull_request',
      payload,
      apiUrl: server.apiUrl,
      inputs: { 'check-name': 'IMS gate (all)' },
    });
    dirs.push(result.runnerTemp);
    const report = JSON.parse(readFileSync(result.outputs['report-file'], 'utf8')) as Report;
    expect(report.findings.length).toBeGreaterThan(0);

    const [run] = [...server.checkRuns.values()];
    const checkRunUrl = `https://github.com/Codertocat/Hello-World/runs/${run.id}`;
    const workflowRunUrl = 'https://github.com/Codertocat/Hello-World/actions/runs/4242';
    const body = server.commentsOf(payload.number)[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(20_000);
    const comment = render(body);
    const hrefs = [...comment.document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(checkRunUrl);
    expect(hrefs).toContain(workflowRunUrl);
    expect(comment.proseText).not.toContain('`');
    expect(comment.document.querySelector('h3')?.textContent).toMatch(/^❌ IMS gate \(all\) failed: /);

    const summary = render(result.summary);
    expect(summary.document.querySelector('h2')?.textContent).toBe('❌ IMS gate (all) failed');
    expect([...summary.document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(checkRunUrl);
    expect(summary.proseText).not.toContain('`');
    for (const table of summary.tables) for (const cells of table.rows) expect(cells).toBe(table.header);
    expect(server.violations).toEqual([]);
  });
});
