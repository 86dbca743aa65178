import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { blobUrl, EventPayloadError, readRunContext } from '../../src/github/context.js';
import { run } from '../../src/main.js';
import { pullRequestFromFork, pullRequestOpened, push } from '../e2e/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'ims-gate-ctx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function env(event: string, payload: object, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const path = join(dir, `${event}-${Math.random()}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SHA: 'merge0000',
    GITHUB_WORKSPACE: dir,
    ...extra,
  };
}

describe('readRunContext', () => {
  it('uses the PR head SHA, not the merge commit in GITHUB_SHA', () => {
    const payload = pullRequestOpened();
    const ctx = readRunContext(env('pull_request', payload));
    expect(ctx.sha).toBe(payload.pull_request.head.sha);
    expect(ctx.pullRequest).toMatchObject({ number: payload.number, baseSha: payload.pull_request.base.sha, fromFork: false });
    expect(ctx.repo).toEqual({ owner: 'Codertocat', repo: 'Hello-World' });
  });

  it('recognises a fork PR', () => {
    const ctx = readRunContext(env('pull_request', pullRequestFromFork()));
    expect(ctx.pullRequest?.fromFork).toBe(true);
    expect(ctx.pullRequest?.headRepo).toEqual({ owner: 'forker', repo: 'Hello-World' });
  });

  it('uses GITHUB_SHA and the previous tip on push', () => {
    const payload: Record<string, any> = { ...push(), before: '6113728f27ae82c7b1a177c8d03f9e96e0adf246' };
    const ctx = readRunContext(env('push', payload, { GITHUB_SHA: payload.after }));
    expect(ctx.sha).toBe(payload.after);
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.pushBefore).toBe(payload.before);
    expect(readRunContext(env('push', { ...payload, before: '0'.repeat(40) })).pushBefore).toBeUndefined();
  });

  it('reads GHES URLs from the environment', () => {
    const ctx = readRunContext(
      env('push', push(), { GITHUB_SERVER_URL: 'https://ghes.example.com/', GITHUB_API_URL: 'https://ghes.example.com/api/v3' }),
    );
    expect(ctx.serverUrl).toBe('https://ghes.example.com');
    expect(ctx.apiUrl).toBe('https://ghes.example.com/api/v3');
  });

  it('links to the head blob of the PR (the fork for a fork PR)', () => {
    const payload = pullRequestFromFork();
    const ctx = readRunContext(env('pull_request', payload));
    expect(blobUrl(ctx, 'prod/my file.xml', 7)).toBe(
      `https://github.com/forker/Hello-World/blob/${payload.pull_request.head.sha}/prod/my%20file.xml#L7`,
    );
  });

  it('reads the label names of the event', () => {
    const payload = pullRequestOpened();
    payload.pull_request.labels = [{ name: 'bug' }, { name: 'ims-restart-planned' }];
    expect(readRunContext(env('pull_request', payload)).pullRequest?.labels).toEqual(['bug', 'ims-restart-planned']);
    delete payload.pull_request.labels;
    expect(readRunContext(env('pull_request', payload)).pullRequest?.labels).toEqual([]);
  });

  it.each([
    [[{ name: { toString: 'ims-restart-planned' } }], 'pull_request.labels[0].name is a JSON object; expected a string'],
    [[{ name: 'ok' }, { name: 42 }], 'pull_request.labels[1].name is a JSON number; expected a string'],
    [[{ name: 'ok' }, null], 'pull_request.labels[1].name is missing; expected a string'],
    [{ name: 'x' }, 'pull_request.labels is a JSON object; expected a list of labels'],
  ])('rejects labels that are not what GitHub sends (%j) with one line naming the payload', (labels, what) => {
    const payload = pullRequestOpened();
    payload.pull_request.labels = labels;
    const e = env('pull_request', payload);
    expect(() => readRunContext(e)).toThrow(`Invalid event payload GITHUB_EVENT_PATH='${e.GITHUB_EVENT_PATH}': ${what}.`);
  });
});

describe('readRunContext: an event payload that is not what the runner writes', () => {
  const SHA = 'a'.repeat(40);
  function fileEnv(content: string | null, event = 'pull_request'): { env: NodeJS.ProcessEnv; path: string } {
    const path = join(dir, `payload-${Math.random()}.json`);
    if (content !== null) writeFileSync(path, content);
    return {
      env: { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_WORKSPACE: dir },
      path,
    };
  }
  const pr = (base: unknown, head: unknown = SHA) =>
    JSON.stringify({ pull_request: { number: 7, head: { sha: head }, base: base === undefined ? {} : { sha: base } } });
  const EXPECT_SHA = 'expected a commit SHA of 40 or 64 hexadecimal digits';

  // [case, file content (null: no file), event, the problem after "GITHUB_EVENT_PATH='<path>': "]
  const cases: [string, string | null, string, string | RegExp][] = [
    ['an empty file', '', 'push', 'the file is empty; expected the JSON object the runner writes.'],
    ['white space only', ' \n\t\n', 'pull_request', 'the file is empty; expected the JSON object the runner writes.'],
    ['invalid JSON', '{"pull_request": {"number": 7,', 'pull_request', /^the file is not valid JSON \([^\n]+\)\.$/],
    ['invalid JSON spanning lines', '{\n"a": 1,\n\n}', 'push', /^the file is not valid JSON \([^\n]+\)\.$/],
    ['a JSON array', '[{"pull_request": {}}]', 'pull_request', 'the file holds a JSON array; expected a JSON object.'],
    ['JSON null', 'null', 'push', 'the file holds JSON null; expected a JSON object.'],
    ['a JSON string', '"pull_request"', 'push', 'the file holds a JSON string; expected a JSON object.'],
    ['a JSON number', '42', 'workflow_dispatch', 'the file holds a JSON number; expected a JSON object.'],
    ['a missing file', null, 'push', 'cannot read the file (it does not exist).'],
    [
      'no pull_request in a pull_request event',
      '{"action": "opened"}',
      'pull_request',
      'pull_request is missing; expected the pull request object of a pull_request event.',
    ],
    [
      'pull_request that is an array',
      '{"pull_request": []}',
      'pull_request_target',
      'pull_request is a JSON array; expected the pull request object of a pull_request event.',
    ],
    [
      'pull_request without a number',
      JSON.stringify({ pull_request: { head: { sha: SHA }, base: { sha: SHA } } }),
      'pull_request',
      'pull_request.number is missing; expected a positive integer.',
    ],
    ['pull_request without base.sha', pr(undefined), 'pull_request', `pull_request.base.sha is missing; ${EXPECT_SHA}.`],
    ['a short base.sha', pr('abc1234'), 'pull_request', `pull_request.base.sha is 'abc1234'; ${EXPECT_SHA}.`],
    ['a 41-digit base.sha', pr('a'.repeat(41)), 'pull_request', `pull_request.base.sha is '${'a'.repeat(41)}'; ${EXPECT_SHA}.`],
    [
      'an option as base.sha',
      pr('--upload-pack=touch /tmp/x'),
      'pull_request',
      `pull_request.base.sha is '--upload-pack=touch /tmp/x'; ${EXPECT_SHA}.`,
    ],
    ['a ref name as base.sha', pr('origin/-pP'), 'pull_request', `pull_request.base.sha is 'origin/-pP'; ${EXPECT_SHA}.`],
    ['a base.sha with a newline', pr(`${SHA}\n`), 'pull_request', `pull_request.base.sha is '${SHA}\\x0a'; ${EXPECT_SHA}.`],
    ['a number as base.sha', pr(12345), 'pull_request', `pull_request.base.sha is a JSON number; ${EXPECT_SHA}.`],
    ['a bad head.sha', pr(SHA, 'HEAD'), 'pull_request', `pull_request.head.sha is 'HEAD'; ${EXPECT_SHA}.`],
    ['a bad push before', JSON.stringify({ before: 'abc1234', after: SHA }), 'push', `before is 'abc1234'; ${EXPECT_SHA}.`],
  ];

  it.each(cases)('%s: one line that names the file and what is wrong', (_name, content, event, problem) => {
    const { env, path } = fileEnv(content, event);
    let thrown: unknown;
    try {
      readRunContext(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EventPayloadError);
    const message = (thrown as Error).message;
    const prefix = `Invalid event payload GITHUB_EVENT_PATH='${path}': `;
    expect(message.startsWith(prefix)).toBe(true);
    if (typeof problem === 'string') expect(message.slice(prefix.length)).toBe(problem);
    else expect(message.slice(prefix.length)).toMatch(problem);
    expect(message).not.toContain('\n');
  });

  it('a folder given as the payload', () => {
    const folder = join(dir, `folder-${Math.random()}`);
    mkdirSync(folder);
    expect(() => readRunContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: folder })).toThrow(
      new EventPayloadError(`Invalid event payload GITHUB_EVENT_PATH='${folder}': cannot read the file (it is a folder).`),
    );
  });

  it.each([
    ['SHA-1', 'b'.repeat(40)],
    ['SHA-256', 'c'.repeat(64)],
    ['SHA-1 in upper case (kept in lower case)', 'D'.repeat(40)],
  ])('a %s base.sha is taken', (_name, sha) => {
    const { env } = fileEnv(pr(sha));
    expect(readRunContext(env).pullRequest?.baseSha).toBe(sha.toLowerCase());
  });

  it('a push that created the ref (before is all zeros, or absent) has no previous tip, and no error', () => {
    expect(readRunContext(fileEnv(JSON.stringify({ before: '0'.repeat(40), after: SHA }), 'push').env).pushBefore).toBeUndefined();
    expect(readRunContext(fileEnv(JSON.stringify({ after: SHA }), 'push').env).pushBefore).toBeUndefined();
  });

  it('a local run without GITHUB_EVENT_PATH has no payload to check', () => {
    expect(readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r' }).pullRequest).toBeUndefined();
  });

  it('the action fails the step with that one line, no stack trace, and result=fail', async () => {
    const { path } = fileEnv('');
    const output = join(dir, `output-${Math.random()}`);
    writeFileSync(output, '');
    const saved = { ...process.env };
    const stdout: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true));
    try {
      for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key];
      Object.assign(process.env, {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path,
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: output,
      });
      await run();
    } finally {
      spy.mockRestore();
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
      process.exitCode = undefined;
    }
    expect(stdout.join('')).toBe(
      `::error::Invalid event payload GITHUB_EVENT_PATH='${path}': the file is empty; expected the JSON object the runner writes.\n`,
    );
    expect(readFileSync(output, 'utf8')).toMatch(/^result<<(.+)\nfail\n\1\n$/);
  });
});
