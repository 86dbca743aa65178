// The sticky PR comment: the one comment written by the identity the action posts as and starting with
// STICKY_MARKER, found by paging through the comments of the pull request and updated in place on each run.
// A comment by anyone else is never ours, whatever it starts with: otherwise any commenter could post the
// marker first and freeze the report (every later run would update their comment, or fail to).
import type { GitHubClient } from '../github/octokit.js';
import { cappedPages, isPermissionError } from '../github/octokit.js';
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
  /** Comments that carry the marker but were written by someone else, ignored. */
  ignored: { id: number; login: string }[];
}

/** The identity that writes with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** 50 pages of 100: 5,000 comments. An API that pages on beyond that is not listing real comments. */
export const MAX_COMMENT_PAGES = 50;

/** Who the action posts as, and how that was found out (for the log). */
export interface CommentIdentity {
  login: string;
  how: string;
}

/**
 * The login the token writes comments as. An installation token (GITHUB_TOKEN or a GitHub App's) writes as
 * `<app-slug>[bot]`: the app is known when a check run was created with the same token. Otherwise GET /user
 * names a personal token's user, and answers 403 for an installation token, which is then GITHUB_TOKEN's bot.
 */
export async function commentIdentity(client: GitHubClient, checkRunApp?: string): Promise<CommentIdentity> {
  if (checkRunApp) return { login: `${checkRunApp}[bot]`, how: `the app that created the check run, ${checkRunApp}` };
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (typeof data?.login === 'string' && data.login) return { login: data.login, how: 'the user of the token, from GET /user' };
    throw new Error('GET /user answered without a login');
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    return { login: ACTIONS_BOT, how: 'GET /user is refused to an installation token: GITHUB_TOKEN' };
  }
}

interface ListedComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { login?: unknown } | null;
}

function startsWithMarker(comment: ListedComment): boolean {
  return typeof comment.body === 'string' && comment.body.trimStart().startsWith(STICKY_MARKER);
}

function writtenBy(comment: ListedComment, login: string): boolean {
  const author = comment.user?.login;
  return typeof author === 'string' && author.toLowerCase() === login.toLowerCase();
}

/** Our comment (by `login`, starting with the marker) on any page, and the marker comments of others. */
async function findStickyComment(client: GitHubClient, target: StickyCommentTarget, login: string) {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const ignored: { id: number; login: string }[] = [];
  for await (const page of cappedPages<ListedComment>(pages, MAX_COMMENT_PAGES, `comments of pull request #${target.issueNumber}`)) {
    for (const comment of page) {
      if (!startsWithMarker(comment)) continue;
      if (writtenBy(comment, login)) return { found: comment, ignored };
      ignored.push({ id: comment.id, login: String(comment.user?.login ?? '(unknown)') });
    }
  }
  return { found: undefined, ignored };
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
  identity: string,
): Promise<StickyCommentResult> {
  if (!body.startsWith(STICKY_MARKER)) throw new Error('the sticky comment body must start with the marker');
  const { found, ignored } = await findStickyComment(client, target, identity);
  if (found) {
    const updated = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: found.id, body });
    return { action: 'updated', id: found.id, url: updated.data.html_url, ignored };
  }
  if (!createIfMissing) return { action: 'skipped', ignored };
  const created = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  return { action: 'created', id: created.data.id, url: created.data.html_url, ignored };
}
