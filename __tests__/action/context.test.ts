import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blobUrl, readRunContext } from '../../src/github/context.js';
import { pullRequestFromFork, pullRequestOpened, push } from '../e2e/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'ims-gate-ctx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function env(event: string, payload: object, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const path = join(dir, `${event}-${Math.random()}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_SHA: 'merge0000', GITHUB_WORKSPACE: dir, ...extra };
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
    const ctx = readRunContext(env('push', push(), { GITHUB_SERVER_URL: 'https://ghes.example.com/', GITHUB_API_URL: 'https://ghes.example.com/api/v3' }));
    expect(ctx.serverUrl).toBe('https://ghes.example.com');
    expect(ctx.apiUrl).toBe('https://ghes.example.com/api/v3');
  });

  it('links to the head blob of the PR (the fork for a fork PR)', () => {
    const payload = pullRequestFromFork();
    const ctx = readRunContext(env('pull_request', payload));
    expect(blobUrl(ctx, 'prod/my file.xml', 7)).toBe(`https://github.com/forker/Hello-World/blob/${payload.pull_request.head.sha}/prod/my%20file.xml#L7`);
  });

  it('reads the label names of the event', () => {
    const payload = pullRequestOpened();
    payload.pull_request.labels = [{ name: 'bug' }, { name: 'ims-restart-planned' }];
    expect(readRunContext(env('pull_request', payload)).pullRequest?.labels).toEqual(['bug', 'ims-restart-planned']);
    delete payload.pull_request.labels;
    expect(readRunContext(env('pull_request', payload)).pullRequest?.labels).toEqual([]);
  });

  it.each([
    [[{ name: { toString: 'ims-restart-planned' } }], 'pull_request.labels[0].name is an object, expected a string'],
    [[{ name: 'ok' }, { name: 42 }], 'pull_request.labels[1].name is a number, expected a string'],
    [[{ name: 'ok' }, null], 'pull_request.labels[1].name is missing, expected a string'],
    [{ name: 'x' }, 'pull_request.labels is an object, expected a list of labels'],
  ])('rejects labels that are not what GitHub sends (%j) with one line naming the payload', (labels, what) => {
    const payload = pullRequestOpened();
    payload.pull_request.labels = labels;
    const e = env('pull_request', payload);
    expect(() => readRunContext(e)).toThrow(new Error(`Invalid event payload GITHUB_EVENT_PATH='${e.GITHUB_EVENT_PATH}': ${what}.`));
  });
});
