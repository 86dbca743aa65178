// The run context of a merge queue, a schedule and a manual run: which commit is checked, which base is compared.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/github/context.js';
import { mergeGroup, schedule, workflowDispatch } from '../e2e/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'ims-gate-events-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function env(event: string, payload: object): NodeJS.ProcessEnv {
  const path = join(dir, `${event}-${Math.random()}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'f'.repeat(40), GITHUB_WORKSPACE: dir };
}

describe('readRunContext on other events', () => {
  it('merge_group: the group head is the commit, the group base the base; no pull request', () => {
    const payload = mergeGroup();
    const ctx = readRunContext(env('merge_group', payload));
    expect(ctx.sha).toBe(payload.merge_group.head_sha);
    expect(ctx.mergeGroup).toEqual({ headSha: payload.merge_group.head_sha, baseSha: payload.merge_group.base_sha });
    expect(ctx.pullRequest).toBeUndefined();
  });

  it.each([
    [{ merge_group: null }, 'merge_group is JSON null; expected the merge group object of a merge_group event'],
    [{ merge_group: { head_sha: 'abc', base_sha: 'a'.repeat(40) } }, "merge_group.head_sha is 'abc'; expected a commit SHA"],
    [{ merge_group: { head_sha: 'a'.repeat(40) } }, 'merge_group.base_sha is missing; expected a commit SHA'],
  ])('merge_group with %j is an error naming the field', (payload, message) => {
    expect(() => readRunContext(env('merge_group', payload))).toThrow(message);
  });

  it.each([
    ['schedule', schedule()],
    ['workflow_dispatch', workflowDispatch()],
  ])('%s: GITHUB_SHA, no pull request, no merge group, no base', (event, payload) => {
    const ctx = readRunContext(env(event, payload));
    expect(ctx.sha).toBe('f'.repeat(40));
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.mergeGroup).toBeUndefined();
    expect(ctx.pushBefore).toBeUndefined();
  });
});
