// The sticky comment: found by the marker it starts with, updated in place, never duplicated.
import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/octokit.js';
import { STICKY_MARKER } from '../../src/report/markdown.js';
import { upsertStickyComment } from '../../src/report/pr-comment.js';

interface Comment {
  id: number;
  body: string;
}

/** A client with the three calls the sticky comment makes; comments come in pages of two. */
function fakeClient(comments: Comment[]) {
  const calls: string[] = [];
  const client = {
    paginate: {
      iterator: async function* () {
        for (let i = 0; i < comments.length; i += 2) yield { data: comments.slice(i, i + 2) };
      },
    },
    rest: {
      issues: {
        listComments: () => undefined,
        updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
          calls.push(`update ${comment_id}`);
          return { data: { id: comment_id, body, html_url: `https://example/c/${comment_id}` } };
        },
        createComment: async ({ body }: { body: string }) => {
          calls.push('create');
          return { data: { id: 99, body, html_url: 'https://example/c/99' } };
        },
      },
    },
  } as unknown as GitHubClient;
  return { client, calls };
}

const target = { owner: 'o', repo: 'r', issueNumber: 7 };
const body = `${STICKY_MARKER}\n### IMS policy gate failed`;

describe('upsertStickyComment', () => {
  it('updates the comment that starts with the marker, on a later page', async () => {
    const { client, calls } = fakeClient([
      { id: 1, body: 'LGTM' },
      { id: 2, body: 'please fix' },
      { id: 3, body: `${STICKY_MARKER}\nold` },
    ]);
    expect(await upsertStickyComment(client, target, body, true)).toMatchObject({ action: 'updated', id: 3 });
    expect(calls).toEqual(['update 3']);
  });

  it('never takes over a person\'s comment that merely quotes the marker', async () => {
    const { client, calls } = fakeClient([{ id: 5, body: `Why does the bot write \`${STICKY_MARKER}\`?` }]);
    expect(await upsertStickyComment(client, target, body, true)).toMatchObject({ action: 'created', id: 99 });
    expect(calls).toEqual(['create']);
  });

  it('creates no comment for a clean result on a PR that never had one', async () => {
    const { client, calls } = fakeClient([{ id: 1, body: 'LGTM' }]);
    expect(await upsertStickyComment(client, target, body, false)).toEqual({ action: 'skipped' });
    expect(calls).toEqual([]);
  });
});
