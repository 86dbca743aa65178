// The sticky PR comment: one comment carrying STICKY_MARKER, found by paging through every comment of the
// pull request and updated in place on each run, so that it is never duplicated.
import type { GitHubClient } from '../github/octokit.js';
import { STICKY_MARKER } from './markdown.js';

interface StickyCommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

type StickyCommentAction = 'created' | 'updated' | 'skipped';

interface StickyCommentResult {
  action: StickyCommentAction;
  id?: number;
  url?: string;
}

/**
 * The first comment of the PR that starts with the marker, looking at all pages of comments. Ours always starts
 * with it; a person who quotes the marker in a comment of their own does not make that comment ours.
 */
async function findStickyComment(client: GitHubClient, target: StickyCommentTarget): Promise<{ id: number; html_url?: string } | undefined> {
  const iterator = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of iterator) {
    const found = page.data.find((comment) => typeof comment.body === 'string' && comment.body.trimStart().startsWith(STICKY_MARKER));
    if (found) return found;
  }
  return undefined;
}

/**
 * Updates the sticky comment with `body`, or creates it. When `createIfMissing` is false (a clean result on a PR
 * that never had findings), no comment is created, so clean PRs are not cluttered.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: StickyCommentTarget,
  body: string,
  createIfMissing: boolean,
): Promise<StickyCommentResult> {
  if (!body.includes(STICKY_MARKER)) throw new Error('the sticky comment body must carry the marker');
  const existing = await findStickyComment(client, target);
  if (existing) {
    const updated = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
    return { action: 'updated', id: existing.id, url: updated.data.html_url };
  }
  if (!createIfMissing) return { action: 'skipped' };
  const created = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  return { action: 'created', id: created.data.id, url: created.data.html_url };
}
