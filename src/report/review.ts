// Suggestions on the pull request: one review (event COMMENT) whose comments each carry a ```suggestion block
// with the lines a finding's fix rewrites. Only lines inside the PR's diff (RIGHT side) can carry a comment; at
// most MAX_SUGGESTIONS a run. A re-run leaves in place its own suggestions that are still wanted (same path,
// line and body), deletes its own whose finding is gone, and posts the rest. Its own: written by the identity
// the action posts as, starting with SUGGESTION_MARKER, like the sticky comment.
import type { GitHubClient } from '../github/octokit.js';
import { cappedPages, httpStatus } from '../github/octokit.js';
import { inOneHunk, type PullRequestDiff } from '../github/pr-diff.js';
import type { Suggestion } from '../fix/suggestions.js';
import { escapeMd } from './md.js';

export const SUGGESTION_MARKER = '<!-- ims-gate suggestion -->';
export const MAX_SUGGESTIONS = 30;
const MAX_REVIEW_COMMENT_PAGES = 50;

export interface ReviewComment {
  path: string;
  line: number;
  startLine?: number;
  body: string;
}

export interface ReviewPlan {
  comments: ReviewComment[];
  /** Fixable findings whose lines are not in the diff: annotation only. */
  outsideDiff: number;
  /** Suggestions past MAX_SUGGESTIONS. */
  overLimit: number;
}

/** The comment body: the marker, the rule and message (mentions neutralised), and the suggestion block. */
export function suggestionBody(suggestion: Suggestion): string {
  const { finding } = suggestion;
  const restart = finding.fix?.restart ? ' Restart the Campaign server after deploying it.' : '';
  const where = finding.fix?.suggestionOnly ? ' Make the same change in the Admin Console: this file is its export.' : '';
  return [
    SUGGESTION_MARKER,
    `**${finding.ruleId}** ${escapeMd(finding.message)}`,
    '',
    `Suggested fix (\`ims-gate check --fix\` applies it locally).${where}${restart}`,
    '',
    '```suggestion',
    ...suggestion.lines,
    '```',
  ].join('\n');
}

/** The review comments: suggestions whose lines are in one hunk of the diff, at most MAX_SUGGESTIONS. */
export function planReview(suggestions: readonly Suggestion[], diff: PullRequestDiff, repoPath: (file: string) => string): ReviewPlan {
  const plan: ReviewPlan = { comments: [], outsideDiff: 0, overLimit: 0 };
  const seen = new Set<string>();
  for (const suggestion of suggestions) {
    const path = repoPath(suggestion.file);
    if (!inOneHunk(diff, path, suggestion.startLine, suggestion.line)) {
      plan.outsideDiff++;
      continue;
    }
    const comment: ReviewComment = { path, line: suggestion.line, body: suggestionBody(suggestion) };
    if (suggestion.startLine < suggestion.line) comment.startLine = suggestion.startLine;
    // Several findings fixed by one replacement (IMS006's scopes) make one suggestion.
    const key = `${path}\u0000${comment.line}\u0000${suggestion.lines.join('\n')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (plan.comments.length >= MAX_SUGGESTIONS) plan.overLimit++;
    else plan.comments.push(comment);
  }
  return plan;
}

export interface ReviewTarget {
  owner: string;
  repo: string;
  pullNumber: number;
  commitId: string;
}

export interface ReviewResult {
  posted: number;
  alreadyThere: number;
  removed: number;
  /** Comments GitHub refused (422: not in the diff as it sees it). */
  rejected: number;
  reviewUrl?: string;
}

interface ListedReviewComment {
  id: number;
  path?: string;
  line?: number | null;
  body?: string;
  user?: { login?: unknown } | null;
}

function isOwn(comment: ListedReviewComment, login: string): boolean {
  const author = comment.user?.login;
  return typeof author === 'string' && author.toLowerCase() === login.toLowerCase() && (comment.body ?? '').startsWith(SUGGESTION_MARKER);
}

async function ownSuggestions(client: GitHubClient, target: ReviewTarget, login: string): Promise<ListedReviewComment[]> {
  const pages = client.paginate.iterator(client.rest.pulls.listReviewComments, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullNumber,
    per_page: 100,
  });
  const own: ListedReviewComment[] = [];
  for await (const page of cappedPages<ListedReviewComment>(
    pages,
    MAX_REVIEW_COMMENT_PAGES,
    `review comments of pull request #${target.pullNumber}`,
  ))
    for (const comment of page) if (isOwn(comment, login)) own.push(comment);
  return own;
}

const sameComment = (a: ReviewComment, b: ListedReviewComment): boolean => a.path === b.path && a.line === b.line && a.body === b.body;

async function postReview(client: GitHubClient, target: ReviewTarget, comments: ReviewComment[]): Promise<string | undefined> {
  const { data } = await client.rest.pulls.createReview({
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullNumber,
    commit_id: target.commitId,
    event: 'COMMENT',
    body: `ims-gate suggests ${comments.length === 1 ? 'a fix' : `${comments.length} fixes`} for findings on the lines of this pull request.`,
    comments: comments.map((comment) => ({
      path: comment.path,
      line: comment.line,
      side: 'RIGHT' as const,
      ...(comment.startLine !== undefined ? { start_line: comment.startLine, start_side: 'RIGHT' as const } : {}),
      body: comment.body,
    })),
  });
  return typeof data?.html_url === 'string' ? data.html_url : undefined;
}

/** Posts the wanted suggestions not already there, in one review, and deletes our own that are no longer wanted. */
export async function syncSuggestions(
  client: GitHubClient,
  target: ReviewTarget,
  wanted: ReviewComment[],
  login: string,
): Promise<ReviewResult> {
  const own = await ownSuggestions(client, target, login);
  const result: ReviewResult = { posted: 0, alreadyThere: 0, removed: 0, rejected: 0 };
  for (const comment of own) {
    if (wanted.some((want) => sameComment(want, comment))) continue;
    await client.rest.pulls.deleteReviewComment({ owner: target.owner, repo: target.repo, comment_id: comment.id });
    result.removed++;
  }
  const fresh = wanted.filter((want) => !own.some((comment) => sameComment(want, comment)));
  result.alreadyThere = wanted.length - fresh.length;
  if (fresh.length === 0) return result;
  try {
    result.reviewUrl = await postReview(client, target, fresh);
    result.posted = fresh.length;
  } catch (error) {
    // 422: GitHub refuses the whole review when one comment is not in the diff as it sees it: each on its own.
    if (httpStatus(error) !== 422) throw error;
    for (const comment of fresh) {
      try {
        result.reviewUrl = (await postReview(client, target, [comment])) ?? result.reviewUrl;
        result.posted++;
      } catch (single) {
        if (httpStatus(single) !== 422) throw single;
        result.rejected++;
      }
    }
  }
  return result;
}

/** What the action needs to deliver suggestions. */
export interface SuggestionDelivery {
  client: GitHubClient;
  target: ReviewTarget;
  suggestions: readonly Suggestion[];
  diff: PullRequestDiff;
  repoPath: (file: string) => string;
  login: string;
}

/** Syncs the review; returns the line for the job summary. */
export async function deliverSuggestions(delivery: SuggestionDelivery): Promise<{ line: string; result: ReviewResult }> {
  const plan = planReview(delivery.suggestions, delivery.diff, delivery.repoPath);
  const result = await syncSuggestions(delivery.client, delivery.target, plan.comments, delivery.login);
  const parts = [`${result.posted} posted${result.posted > 0 ? ' in one review' : ''}`];
  if (result.alreadyThere > 0) parts.push(`${result.alreadyThere} already on the pull request`);
  if (result.removed > 0) parts.push(`${result.removed} removed (their finding is gone)`);
  if (result.rejected > 0) parts.push(`${result.rejected} refused by GitHub (not in the diff)`);
  if (plan.overLimit > 0)
    parts.push(`${plan.overLimit} more not posted (at most ${MAX_SUGGESTIONS} a run; \`ims-gate check --fix\` applies them all)`);
  if (plan.outsideDiff > 0) parts.push(`${plan.outsideDiff} fixable outside the diff (annotation only)`);
  return { line: `Suggestions: ${parts.join(', ')}.`, result };
}
