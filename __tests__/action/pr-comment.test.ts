// The sticky comment: the one by the identity the action posts as that starts with the marker, on any page,
// updated in place, never duplicated; anyone else's comment is never taken over, whatever it starts with.
import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/octokit.js';
import { STICKY_MARKER } from '../../src/report/markdown.js';
import { ACTIONS_BOT, commentIdentity, MAX_COMMENT_PAGES, upsertStickyComment } from '../../src/report/pr-comment.js';

interface Comment {
  id: number;
  body: string;
  user?: { login: unknown };
}

const bot = { login: ACTIONS_BOT };

/** A client with the calls the sticky comment makes; comments come in pages of two. */
function fakeClient(comments: Comment[], options: { endless?: boolean; user?: () => unknown } = {}) {
  const calls: string[] = [];
  let pagesRead = 0;
  const client = {
    paginate: {
      iterator: async function* () {
        if (options.endless) {
          for (;;)
            yield (pagesRead++,
            { data: [{ id: pagesRead, body: 'spam', user: { login: 'x' } }], headers: { link: '<https://api/next>; rel="next"' } });
        }
        for (let i = 0; i < comments.length; i += 2) {
          pagesRead++;
          yield { data: comments.slice(i, i + 2), headers: i + 2 < comments.length ? { link: '<https://api/next>; rel="next"' } : {} };
        }
      },
    },
    rest: {
      users: { getAuthenticated: async () => ({ data: options.user?.() }) },
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
  return { client, calls, pages: () => pagesRead };
}

const target = { owner: 'o', repo: 'r', issueNumber: 7 };
const body = `${STICKY_MARKER}\n### IMS policy gate failed`;

describe('upsertStickyComment', () => {
  it('updates the comment by the bot that starts with the marker, on a later page', async () => {
    const { client, calls } = fakeClient([
      { id: 1, body: 'LGTM', user: { login: 'octocat' } },
      { id: 2, body: 'please fix', user: { login: 'octocat' } },
      { id: 3, body: `${STICKY_MARKER}\nold`, user: bot },
    ]);
    expect(await upsertStickyComment(client, target, body, true, ACTIONS_BOT)).toMatchObject({ action: 'updated', id: 3, ignored: [] });
    expect(calls).toEqual(['update 3']);
  });

  it.each([
    ['a person who posted the marker first', { login: 'mallory' }],
    ['another bot', { login: 'dependabot[bot]' }],
    ['an author with no login', { login: { evil: true } }],
    ['no author at all', undefined],
  ])('never takes over a marker comment by %s: creates its own', async (_name, user) => {
    const { client, calls } = fakeClient([{ id: 5, body: `${STICKY_MARKER}\nfrozen report`, ...(user ? { user } : {}) }]);
    const result = await upsertStickyComment(client, target, body, true, ACTIONS_BOT);
    expect(result).toMatchObject({ action: 'created', id: 99 });
    expect(result.ignored.map((c) => c.id)).toEqual([5]);
    expect(calls).toEqual(['create']);
  });

  it('updates its own comment even when a hijack comment comes before it', async () => {
    const { client, calls } = fakeClient([
      { id: 5, body: `${STICKY_MARKER}\nfrozen`, user: { login: 'mallory' } },
      { id: 6, body: `${STICKY_MARKER}\nours`, user: { login: 'GitHub-Actions[bot]' } },
    ]);
    expect(await upsertStickyComment(client, target, body, true, ACTIONS_BOT)).toMatchObject({ action: 'updated', id: 6 });
    expect(calls).toEqual(['update 6']);
  });

  it('never takes over a comment by the bot that merely quotes the marker', async () => {
    const { client, calls } = fakeClient([{ id: 5, body: `Why does the bot write \`${STICKY_MARKER}\`?`, user: bot }]);
    expect(await upsertStickyComment(client, target, body, true, ACTIONS_BOT)).toMatchObject({ action: 'created', id: 99, ignored: [] });
    expect(calls).toEqual(['create']);
  });

  it('creates no comment for a clean result on a PR that never had one', async () => {
    const { client, calls } = fakeClient([{ id: 1, body: 'LGTM', user: bot }]);
    expect(await upsertStickyComment(client, target, body, false, ACTIONS_BOT)).toEqual({ action: 'skipped', ignored: [] });
    expect(calls).toEqual([]);
  });

  it(`stops after ${MAX_COMMENT_PAGES} pages of a list that never ends, and writes nothing`, async () => {
    const { client, calls, pages } = fakeClient([], { endless: true });
    await expect(upsertStickyComment(client, target, body, true, ACTIONS_BOT)).rejects.toThrow(
      `stopped reading the comments of pull request #7 after ${MAX_COMMENT_PAGES} pages: the API still announces a next page`,
    );
    expect(pages()).toBe(MAX_COMMENT_PAGES);
    expect(calls).toEqual([]);
  });
});

describe('commentIdentity', () => {
  const refused = () => {
    throw Object.assign(new Error('Resource not accessible by integration'), { status: 403, response: { status: 403 } });
  };

  it.each([
    ['the check run app', 'github-actions', undefined, 'github-actions[bot]'],
    ['a GitHub App check run', 'my-gate', undefined, 'my-gate[bot]'],
    ['GET /user for a personal token', undefined, () => ({ login: 'ci-user' }), 'ci-user'],
    ['GITHUB_TOKEN when GET /user is refused', undefined, refused, ACTIONS_BOT],
  ])('%s', async (_name, app, user, login) => {
    const { client } = fakeClient([], { user });
    expect((await commentIdentity(client, app)).login).toBe(login);
  });

  it('does not guess an identity when GET /user fails for another reason', async () => {
    const { client } = fakeClient([], {
      user: () => {
        throw new Error('cannot reach 127.0.0.1:1: ECONNREFUSED');
      },
    });
    await expect(commentIdentity(client)).rejects.toThrow('ECONNREFUSED');
  });
});
