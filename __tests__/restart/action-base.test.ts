// The action (dist/index.js, as the runner starts it) on a clone whose base commit is missing: the base comes
// from the event payload, is fetched without changing the clone, and a bad payload or base-ref input is one
// clear error before git runs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pullRequestOpened, runAction } from '../e2e/harness.js';
import { clones, snapshot, type Clones } from './clones.js';
import { runGit, tempDir } from './git-repo.js';

let repos: Clones;
beforeAll(() => {
  repos = clones();
});

/** A pull_request payload for the clone: head = feature, base = `baseSha`. */
function payload(baseSha: unknown): Record<string, any> {
  const event = pullRequestOpened();
  event.pull_request.head.sha = repos.featureSha;
  event.pull_request.base.sha = baseSha;
  return event;
}

async function action(
  dir: string,
  event: Record<string, any>,
  extra: { inputs?: Record<string, string>; env?: Record<string, string> } = {},
) {
  return runAction({
    workspace: dir,
    event: 'pull_request',
    payload: event,
    apiUrl: 'http://127.0.0.1:9',
    inputs: { 'github-token': '', annotations: 'commands', comment: 'false', ...extra.inputs },
    env: extra.env,
  });
}

const NO_STACK = /^\s+at /m;

describe('the action reads the base from the event payload without changing the clone', () => {
  it('base.sha missing from a shallow checkout: fetched (one log line), the restart found, the clone unchanged', async () => {
    const dir = repos.make('shallow');
    const before = snapshot(dir);
    const result = await action(dir, payload(repos.baseSha));
    // The job log (stdout): one line for the fetch, nothing on stderr.
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').filter((line) => line.includes('fetching it from origin'))).toEqual([
      `ims-gate: base ref '${repos.baseSha}' is not in this checkout; fetching it from origin (one commit, into a temporary repository; the clone is not changed).`,
    ]);
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'pass', 'restart-required': 'true', 'restart-instances': 'prod' });
    expect(snapshot(dir)).toEqual(before);
  });

  it('base.sha that exists nowhere: a warning line, detection skipped with the reason in the summary, the gate still runs', async () => {
    const dir = repos.make('shallow');
    const before = snapshot(dir);
    const missing = 'cd'.repeat(20);
    const result = await action(dir, payload(missing));
    expect(result.code).toBe(0);
    // A warning annotation in the job log, at its level.
    const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::cannot fetch'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      new RegExp(`^::warning::cannot fetch base ref '${missing}' from origin \\(git: .+\\); restart detection skipped\\.$`),
    );
    expect(result.outputs).toMatchObject({ result: 'pass', 'restart-required': 'false' });
    expect(result.summary).toContain(
      `base ref '${missing}' is not available in this checkout (shallow clone?), and origin cannot provide it`,
    );
    expect(result.stdout + result.stderr).not.toMatch(NO_STACK);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('the action refuses bad data before git runs', () => {
  it.each([
    ['a short base.sha', 'abc1234', "pull_request.base.sha is 'abc1234'; expected a commit SHA of 40 or 64 hexadecimal digits."],
    [
      'an option as base.sha',
      '--upload-pack=touch x',
      "pull_request.base.sha is '--upload-pack=touch x'; expected a commit SHA of 40 or 64 hexadecimal digits.",
    ],
    ['no base.sha', undefined, 'pull_request.base.sha is missing; expected a commit SHA of 40 or 64 hexadecimal digits.'],
  ])('%s: one ::error:: line naming the file and the field, result=fail, no stack trace', async (_name, sha, problem) => {
    const dir = repos.make('shallow');
    const before = snapshot(dir);
    const event = payload(sha);
    if (sha === undefined) delete event.pull_request.base.sha;
    const result = await action(dir, event);
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toEqual([`::error::Invalid event payload GITHUB_EVENT_PATH='${join(result.runnerTemp, 'event.json')}': ${problem}`]);
    expect(result.outputs.result).toBe('fail');
    expect(result.stdout + result.stderr).not.toMatch(NO_STACK);
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([
    ['an empty file', '', 'the file is empty; expected the JSON object the runner writes.'],
    ['invalid JSON', '{"pull_request": ', /^the file is not valid JSON \(.+\)\.$/],
    ['JSON that is not an object', '["pull_request"]', 'the file holds a JSON array; expected a JSON object.'],
  ])('an event payload that is %s: one ::error:: line, result=fail, no stack trace', async (_name, content, problem) => {
    const dir = repos.make('shallow');
    const eventPath = join(tempDir(), 'event.json');
    writeFileSync(eventPath, content);
    const result = await action(dir, payload(repos.baseSha), { env: { GITHUB_EVENT_PATH: eventPath } });
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(1);
    const prefix = `::error::Invalid event payload GITHUB_EVENT_PATH='${eventPath}': `;
    expect(errors[0].startsWith(prefix)).toBe(true);
    if (typeof problem === 'string') expect(errors[0].slice(prefix.length)).toBe(problem);
    else expect(errors[0].slice(prefix.length)).toMatch(problem);
    expect(result.outputs.result).toBe('fail');
    expect(result.stdout + result.stderr).not.toMatch(NO_STACK);
  });

  it("base-ref 'origin/-pP': an input error; the clone's tags and remote-tracking refs are still there", async () => {
    const dir = repos.make('complete');
    const before = snapshot(dir);
    const result = await action(dir, payload(repos.baseSha), { inputs: { 'base-ref': 'origin/-pP' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "::error::Invalid input 'base-ref': 'origin/-pP': '-pP' begins with '-' (git would read it as an option). Expected a commit SHA, or a branch or tag name with an optional ~N or ^N (e.g. origin/main, HEAD~1).",
    );
    expect(snapshot(dir)).toEqual(before);
    expect(runGit(dir, 'tag', '--list')).toBe('local-only-tag');
    expect(runGit(dir, 'for-each-ref', '--format=%(refname)', 'refs/remotes/origin/stale')).toBe('refs/remotes/origin/stale');
  });
});
