import { describe, expect, it } from 'vitest';
import {
  annotationBatches,
  checkConclusion,
  checkOutput,
  CHECK_OUTPUT_LIMIT,
  publishCheckRun,
  toCheckAnnotation,
  CheckRunError,
} from '../../src/report/checks-api.js';
import type { GitHubClient } from '../../src/github/octokit.js';
import { finding, findings, report } from './fake-report.js';

describe('check-run annotations', () => {
  it('maps severity to level, titles with the rule, and appends the remediation to the message', () => {
    const a = toCheckAnnotation(finding());
    expect(a).toMatchObject({
      path: 'prod/ims.xml',
      start_line: 12,
      end_line: 12,
      start_column: 17,
      end_column: 51,
      annotation_level: 'failure',
      title: '[IMS003] IMS server is a production Adobe endpoint',
    });
    expect(a.message).toBe(`${finding().message}\n\n${finding().remediation}`);
    expect(toCheckAnnotation(finding({ severity: 'warning' })).annotation_level).toBe('warning');
    expect(toCheckAnnotation(finding({ severity: 'notice' })).annotation_level).toBe('notice');
  });

  it('leaves columns out of multi-line annotations', () => {
    const a = toCheckAnnotation(finding({ line: 4, endLine: 9 }));
    expect(a).not.toHaveProperty('start_column');
    expect(a).not.toHaveProperty('end_column');
    expect([a.start_line, a.end_line]).toEqual([4, 9]);
  });

  it('keeps titles within 255 characters and carries related locations in raw_details', () => {
    const a = toCheckAnnotation(
      finding({ title: 'x'.repeat(300), related: [{ file: 'prod/other.xml', line: 3, column: 5, message: 'first IMS account' }] }),
      { repoPath: (f) => `cfg/${f}` },
    );
    expect(a.title.length).toBeLessThanOrEqual(255);
    expect(a.path).toBe('cfg/prod/ims.xml');
    expect(a.raw_details).toContain('Related: cfg/prod/other.xml:3:5 first IMS account');
  });

  it('batches 120 findings as 50 + 50 + 20, errors first', () => {
    const batches = annotationBatches(findings(120));
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20]);
    const levels = batches.flat().map((a) => a.annotation_level);
    expect(levels.indexOf('warning')).toBe(40);
    expect(levels.lastIndexOf('failure')).toBe(39);
  });
});

describe('conclusion and output', () => {
  it('is failure when the gate fails, neutral with findings below fail-on, success when clean', () => {
    expect(checkConclusion('fail', [finding()])).toBe('failure');
    expect(checkConclusion('pass', [finding({ severity: 'warning' })])).toBe('neutral');
    expect(checkConclusion('pass', [])).toBe('success');
  });

  it('keeps summary and text within 65535 characters and says how many more are in the full report', () => {
    const big = report(findings(400, () => ({ message: 'm'.repeat(900), remediation: 'r'.repeat(400) })));
    const output = checkOutput(big);
    expect(output.summary.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT);
    expect(output.text.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT);
    expect(output.summary).toMatch(/\d+ more findings in the annotations and the table below/);
    const more = Number(/…and (\d+) more findings/.exec(output.text)?.[1]);
    const rows = output.text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| |') && !l.startsWith('| ---')).length;
    expect(rows + more).toBe(400);
    expect(output.title).toBe('133 errors, 133 warnings, 134 notices');
  });

  it('has a clean title when there are no findings', () => {
    expect(checkOutput(report([])).title).toMatch(/^Clean/);
  });

  it("titles a failure with no finding with the gate's reason, not a guess", () => {
    const restart = { required: true, instances: ['prod'] };
    const unacknowledged = report(
      [],
      { verdict: { failOn: 'error', result: 'fail', reasons: ['A restart…'], restartAck: { label: 'restart', present: false } } },
      restart,
    );
    expect(checkOutput(unacknowledged).title).toBe('Failed: a Campaign restart is not acknowledged');
    const other = report([], { verdict: { failOn: 'error', result: 'fail', reasons: ['The baseline file is unreadable.'] } });
    expect(checkOutput(other).title).toBe('Failed: The baseline file is unreadable.');
    const mention = report([], { verdict: { failOn: 'error', result: 'fail', reasons: ['Instance @prod-team failed.'] } });
    expect(checkOutput(mention).title).toBe('Failed: Instance @\u200Dprod-team failed.');
    const acknowledged = report(
      [],
      { verdict: { failOn: 'error', result: 'pass', reasons: [], restartAck: { label: 'restart', present: true } } },
      restart,
    );
    expect(checkOutput(acknowledged).title).toMatch(/^Clean/);
  });
});

describe('publishCheckRun', () => {
  function fakeClient(
    failUpdateAt?: number,
    created: unknown = { id: 7, html_url: 'https://github.com/o/r/runs/7', app: { slug: 'github-actions' } },
  ) {
    const calls: { op: string; params: any }[] = [];
    let updates = 0;
    const client = {
      rest: {
        checks: {
          create: async (params: any) => (calls.push({ op: 'create', params }), { data: created }),
          update: async (params: any) => {
            updates++;
            if (updates === failUpdateAt) throw Object.assign(new Error('Server Error'), { status: 500 });
            calls.push({ op: 'update', params });
            return { data: { id: 7 } };
          },
        },
      },
    } as unknown as GitHubClient;
    return { client, calls };
  }

  const params = (count: number) => {
    const r = report(findings(count));
    return { owner: 'o', repo: 'r', headSha: 'abc', report: r, conclusion: 'failure' as const, output: checkOutput(r) };
  };

  it('creates the completed run with the first 50 and appends the rest with PATCHes', async () => {
    const { client, calls } = fakeClient();
    const published = await publishCheckRun(client, params(120));
    expect(published).toMatchObject({ id: 7, delivered: 120, requests: 3 });
    expect(calls.map((c) => [c.op, c.params.output.annotations.length])).toEqual([
      ['create', 50],
      ['update', 50],
      ['update', 20],
    ]);
    expect(calls[0].params).toMatchObject({ name: 'IMS policy gate', head_sha: 'abc', status: 'completed', conclusion: 'failure' });
    for (const c of calls) expect(c.params.output).toHaveProperty('summary');
  });

  it('reports how many annotations were delivered when a later batch fails', async () => {
    const { client } = fakeClient(2);
    const error = await publishCheckRun(client, params(160)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckRunError);
    expect((error as CheckRunError).delivered).toBe(100);
    expect((error as CheckRunError).created).toBe(true);
  });

  it('names the app that created the run (who the token writes as), when the slug is a slug', async () => {
    expect((await publishCheckRun(fakeClient().client, params(1))).app).toBe('github-actions');
    expect((await publishCheckRun(fakeClient(undefined, { id: 7, app: { slug: 'evil[bot] x' } }).client, params(1))).app).toBeUndefined();
    expect((await publishCheckRun(fakeClient(undefined, { id: 7, app: null }).client, params(1))).app).toBeUndefined();
  });

  it.each([[{}], [{ id: '7' }], [null]])('fails (nothing delivered) when the new run comes back without an id: %j', async (created) => {
    const error = await publishCheckRun(fakeClient(undefined, created).client, params(3)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckRunError);
    expect((error as CheckRunError).message).toBe('the API answered the new check run without its id');
    expect((error as CheckRunError).delivered).toBe(0);
  });
});
