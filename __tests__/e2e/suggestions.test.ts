// End-to-end: suggestions on a pull request. dist/index.js runs against the loopback API (every request
// validated against GitHub's OpenAPI description) on a pull request whose diff covers some fixable findings and
// not others: one review carries a suggestion for each finding on the diff's lines and none for the others; a
// re-run repeats nothing; a suggestion whose finding is gone is deleted; fork pull requests get none.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline.js';
import type { Finding, Report } from '../../src/types.js';
import { rightLines } from './fake-github.js';
import { pullRequestFromFork, pullRequestOpened, runAction, workspaceFrom, type RunOptions } from './harness.js';
import { liveMentions } from './mentions.js';
import { e2eSession } from './session.js';

const MARKER = '<!-- ims-gate suggestion -->';

const { dirs, github } = e2eSession();

async function run(options: RunOptions): Promise<{ report: Report; summary: string; stdout: string; code: number | null }> {
  const result = await runAction(options);
  dirs.push(result.runnerTemp);
  return { ...result, report: JSON.parse(readFileSync(result.outputs['report-file'], 'utf8')) as Report };
}

/** A one-hunk patch whose RIGHT side is lines [from, to] of the file, all added. */
function patchAdding(from: number, to: number): string {
  const added = Array.from({ length: to - from + 1 }, (_, i) => `+line ${from + i}`);
  return [`@@ -${from},0 +${from},${to - from + 1} @@`, ...added].join('\n');
}

async function fixable(workspace: string): Promise<Finding[]> {
  return (await scan({ root: workspace, failOn: 'error' })).report.findings.filter((finding) => finding.fix);
}

describe('suggestions on a pull request', () => {
  it('one review with a suggestion per fixable finding on the diff, none elsewhere; no repeat on a re-run; stale ones deleted', async () => {
    const workspace = workspaceFrom('misconfigured');
    dirs.push(workspace);
    const findings = await fixable(workspace);
    // The diff covers prod's lines 8..13 and none of stage's.
    const covered = findings.filter((f) => f.file === 'prod/ims-external-account.xml' && f.line >= 8 && f.line <= 13);
    const uncovered = findings.filter((f) => !covered.includes(f));
    expect(covered.length).toBeGreaterThanOrEqual(2);
    expect(uncovered.length).toBeGreaterThanOrEqual(2);

    const server = await github();
    const payload = pullRequestOpened();
    const pull = payload.number as number;
    server.pullFiles.set(pull, [
      { filename: 'prod/ims-external-account.xml', patch: patchAdding(8, 13) },
      { filename: 'README.md', patch: patchAdding(1, 2) },
      { filename: 'logo.png' },
    ]);
    // Someone else's comment with our marker is never ours to delete.
    server.reviewComments.set(pull, [
      {
        id: 1,
        path: 'prod/ims-external-account.xml',
        line: 8,
        body: `${MARKER}\nnot ours`,
        user: { login: 'octocat', type: 'User' },
        review_id: 1,
      },
    ]);
    const options: RunOptions = { workspace, event: 'pull_request', payload, apiUrl: server.apiUrl };

    const files = ['prod/ims-external-account.xml', 'stage/ims-external-account.xml'];
    const bytes = files.map((file) => readFileSync(join(workspace, file)));
    const first = await run(options);
    expect(first.code).toBe(1);
    // The action suggests; it never writes a fix into the repository.
    expect(files.map((file) => readFileSync(join(workspace, file)))).toEqual(bytes);
    const reviews = server.reviews.get(pull) ?? [];
    expect(reviews).toHaveLength(1);
    const [review] = reviews;
    expect(review.map((c) => `${c.path}:${c.line}`).sort()).toEqual(covered.map((f) => `${f.file}:${f.line}`).sort());
    const lines = rightLines(patchAdding(8, 13));
    for (const comment of review) {
      expect(lines.has(comment.line)).toBe(true);
      const finding = covered.find((f) => f.line === comment.line);
      expect(comment.body.startsWith(`${MARKER}\n**${finding?.ruleId}** `)).toBe(true);
      // The suggestion is the line with the fix applied, nothing else changed.
      const original = readFileSync(join(workspace, comment.path), 'utf8').split('\n')[comment.line - 1];
      const replacement = finding?.fix?.replacements[0];
      const fixedLine =
        original.slice(0, (replacement?.loc.column ?? 1) - 1) + replacement?.text + original.slice((replacement?.loc.endColumn ?? 1) - 1);
      expect(comment.body.endsWith(`\n\`\`\`suggestion\n${fixedLine}\n\`\`\``)).toBe(true);
      expect(liveMentions(comment.body.split('```suggestion')[0])).toEqual([]);
    }
    const posted = server.calls('pulls/create-review');
    expect(posted).toHaveLength(1);
    expect(posted[0].body.event).toBe('COMMENT');
    expect(posted[0].body.commit_id).toBe(payload.pull_request.head.sha);
    expect(first.summary).toContain(
      `Suggestions: ${covered.length} posted in one review, ${uncovered.length} fixable outside the diff (annotation only).`,
    );
    // The verdict is the whole repository's, whatever the diff covers.
    expect(first.report.findings.length).toBeGreaterThan(covered.length);

    const second = await run(options);
    expect(second.code).toBe(1);
    expect(server.calls('pulls/create-review')).toHaveLength(1);
    expect(server.calls('pulls/delete-review-comment')).toHaveLength(0);
    expect(second.summary).toContain(`Suggestions: 0 posted, ${covered.length} already on the pull request`);

    // The first covered finding is fixed in the branch: its suggestion goes, the others stay.
    const gone = covered[0];
    const file = join(workspace, gone.file);
    const text = readFileSync(file, 'utf8').split('\n');
    const r = gone.fix?.replacements[0];
    if (!r) throw new Error('no replacement');
    text[r.loc.line - 1] = text[r.loc.line - 1].slice(0, r.loc.column - 1) + r.text + text[r.loc.line - 1].slice(r.loc.endColumn - 1);
    writeFileSync(file, text.join('\n'));
    const third = await run(options);
    expect(third.code).toBe(1);
    expect(server.calls('pulls/delete-review-comment')).toHaveLength(1);
    expect(server.calls('pulls/create-review')).toHaveLength(1);
    const left = server.reviewComments.get(pull) ?? [];
    expect(
      left
        .filter((c) => c.user.login !== 'octocat')
        .map((c) => c.line)
        .sort(),
    ).toEqual(
      covered
        .slice(1)
        .map((f) => f.line)
        .sort(),
    );
    expect(left.some((c) => c.user.login === 'octocat')).toBe(true);

    expect(server.violations).toEqual([]);
    // Every list read is bounded and paged.
    for (const call of [...server.calls('pulls/list-files'), ...server.calls('pulls/list-review-comments')])
      expect(call.query.per_page).toBe('100');
  });

  it('a 422 for one comment costs that comment only', async () => {
    const workspace = workspaceFrom('misconfigured');
    dirs.push(workspace);
    const server = await github();
    const payload = pullRequestOpened();
    const pull = payload.number as number;
    // The action sees lines 8..14 in the diff; GitHub (the fake's oracle) is told a different patch for line 14.
    server.pullFiles.set(pull, [{ filename: 'prod/ims-external-account.xml', patch: patchAdding(8, 14) }]);
    server.onRequest = (request) => {
      if (request.method === 'POST' && request.path.endsWith('/reviews'))
        server.pullFiles.set(pull, [{ filename: 'prod/ims-external-account.xml', patch: patchAdding(8, 13) }]);
    };
    const result = await run({ workspace, event: 'pull_request', payload, apiUrl: server.apiUrl });
    expect(result.code).toBe(1);
    const posted = (server.reviews.get(pull) ?? []).flat().map((c) => c.line);
    expect(posted.sort((a, b) => a - b)).toEqual([8, 13]);
    expect(result.summary).toContain('1 refused by GitHub (not in the diff)');
    expect(server.violations).toEqual([]);
  });

  it('annotate: changed-lines keeps the annotations of the diff lines only, and suggestions: false posts no review', async () => {
    const workspace = workspaceFrom('misconfigured');
    dirs.push(workspace);
    const server = await github();
    const payload = pullRequestOpened();
    const pull = payload.number as number;
    server.pullFiles.set(pull, [{ filename: 'prod/ims-external-account.xml', patch: patchAdding(8, 8) }]);
    const result = await run({
      workspace,
      event: 'pull_request',
      payload,
      apiUrl: server.apiUrl,
      inputs: { annotate: 'changed-lines', suggestions: 'false' },
    });
    expect(result.code).toBe(1);
    const [created] = server.calls('checks/create');
    const annotations = [
      ...(created?.body.output?.annotations ?? []),
      ...server.calls('checks/update').flatMap((c) => c.body.output?.annotations ?? []),
    ];
    expect(annotations.map((a: { path: string; start_line: number }) => `${a.path}:${a.start_line}`)).toEqual([
      'prod/ims-external-account.xml:8',
    ]);
    expect(server.calls('pulls/create-review')).toHaveLength(0);
    expect(server.calls('pulls/list-review-comments')).toHaveLength(0);
    expect(server.violations).toEqual([]);
  });

  it('a token that cannot write reviews: a warning naming the permission, and the verdict unchanged', async () => {
    const workspace = workspaceFrom('misconfigured');
    dirs.push(workspace);
    const server = await github();
    const payload = pullRequestOpened();
    server.pullFiles.set(payload.number as number, [{ filename: 'prod/ims-external-account.xml', patch: patchAdding(8, 13) }]);
    server.faults.push({
      method: 'POST',
      path: /\/pulls\/\d+\/reviews$/,
      status: 403,
      message: 'Resource not accessible by integration',
      times: Infinity,
    });
    const result = await run({ workspace, event: 'pull_request', payload, apiUrl: server.apiUrl });
    expect(result.code).toBe(1);
    expect(result.report.verdict.result).toBe('fail');
    expect(result.stdout).toMatch(
      /^::warning::Cannot write the suggestions \(HTTP 403: Resource not accessible by integration.*\)\. Grant the workflow job `permissions: pull-requests: write`\./m,
    );
    expect(result.summary).toContain('Suggestions: not written (the token cannot write pull request reviews).');
    expect(server.violations).toEqual([]);
  });

  it('a fork pull request gets no suggestion, and one log line says why', async () => {
    const workspace = workspaceFrom('misconfigured');
    dirs.push(workspace);
    const server = await github();
    server.readOnly();
    const payload = pullRequestFromFork();
    server.pullFiles.set(payload.number as number, [{ filename: 'prod/ims-external-account.xml', patch: patchAdding(8, 13) }]);
    const result = await run({ workspace, event: 'pull_request', payload, apiUrl: server.apiUrl });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('Suggestions:'))).toEqual([
      'Suggestions: skipped, this pull request comes from a fork and its token is read-only.',
    ]);
    expect(server.calls('pulls/create-review')).toHaveLength(0);
    expect(server.violations).toEqual([]);
  });
});
