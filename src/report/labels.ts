// The restart label on the pull request: added when restart detection says a restart is required, removed
// when it no longer applies. Removing a label the PR does not carry is not an error.
import type { GitHubClient } from '../github/octokit.js';
import { ApiRequestError, cappedPages, httpStatus } from '../github/octokit.js';

interface LabelTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

/** GitHub allows 100 labels on an issue: one page. More pages than this is an API that never ends. */
const MAX_LABEL_PAGES = 10;

/** What a value is, for a message about an answer that is not what the API describes. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : value === undefined ? 'missing' : `a ${typeof value}`;
}

/** The PR's current label names (live, unlike the event payload's, which a re-run does not refresh). */
export async function listLabels(client: GitHubClient, target: LabelTarget): Promise<string[]> {
  const pages = client.paginate.iterator(client.rest.issues.listLabelsOnIssue, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const names: string[] = [];
  for await (const page of cappedPages<{ name?: unknown }>(pages, MAX_LABEL_PAGES, `labels of pull request #${target.issueNumber}`)) {
    for (const label of page) {
      const name = label?.name;
      if (typeof name !== 'string') {
        throw new ApiRequestError(
          `the API answered a label of pull request #${target.issueNumber} whose name is ${kindOf(name)}, not a string`,
        );
      }
      names.push(name);
    }
  }
  return names;
}

type LabelAction = 'added' | 'removed' | 'unchanged';

/** Makes the PR carry `label` exactly when `wanted`. `current` is the PR's label names. */
export async function syncLabel(
  client: GitHubClient,
  target: LabelTarget,
  label: string,
  wanted: boolean,
  current: readonly string[],
): Promise<LabelAction> {
  const has = current.some((name) => name.toLowerCase() === label.toLowerCase());
  if (wanted && !has) {
    await client.rest.issues.addLabels({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, labels: [label] });
    return 'added';
  }
  if (!wanted && has) {
    try {
      await client.rest.issues.removeLabel({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, name: label });
    } catch (error) {
      // Already gone (removed by someone else since we listed the labels): that is the state we want.
      if (httpStatus(error) !== 404) throw error;
      return 'unchanged';
    }
    return 'removed';
  }
  return 'unchanged';
}

/**
 * The hidden line a check run's summary carries when its shard needs a Campaign restart. Matrix shards share one
 * restart label; each tells the others through its own check run on the same commit, which they can list.
 */
export const RESTART_CLAIM = '<!-- ims-gate:restart-required -->';

/** A shard of a matrix: its check run's name, and the commit all shards report on. */
export interface ShardRef {
  checkName: string;
  sha: string;
}

/** More pages than this of check runs on one commit is an API that never ends. */
const MAX_CHECK_RUN_PAGES = 10;

/** The names of the other shards' check runs on the commit that say a restart is needed. */
export async function restartClaims(client: GitHubClient, target: LabelTarget, shard: ShardRef): Promise<string[]> {
  const pages = client.paginate.iterator(client.rest.checks.listForRef, {
    owner: target.owner,
    repo: target.repo,
    ref: shard.sha,
    per_page: 100,
  });
  const names = new Set<string>();
  for await (const page of cappedPages<{ name?: unknown; output?: { summary?: unknown } | null }>(
    pages,
    MAX_CHECK_RUN_PAGES,
    `check runs of commit ${shard.sha.slice(0, 12)}`,
  )) {
    for (const run of page) {
      const summary = run?.output?.summary;
      if (typeof run?.name !== 'string' || run.name === shard.checkName) continue;
      if (typeof summary === 'string' && summary.includes(RESTART_CLAIM)) names.add(run.name);
    }
  }
  return [...names].sort();
}

type SharedLabelAction = LabelAction | 'kept';

interface SharedLabelOutcome {
  action: SharedLabelAction;
  /** The other shards that need a restart, when the label was kept for them. */
  claimedBy: string[];
}

/**
 * The restart label when several shards (check names) share a pull request: the label is the union of their
 * needs. A shard that needs a restart adds it. A shard that does not removes it only when no other shard's check
 * run on the same commit claims a restart, and lists the check runs again after removing it, putting the label
 * back if a claim appeared meanwhile: so the final state does not depend on the order in which shards finish.
 */
export async function syncSharedLabel(
  client: GitHubClient,
  target: LabelTarget,
  label: string,
  wanted: boolean,
  current: readonly string[],
  shard: ShardRef,
): Promise<SharedLabelOutcome> {
  const has = current.some((name) => name.toLowerCase() === label.toLowerCase());
  if (wanted || !has) return { action: await syncLabel(client, target, label, wanted, current), claimedBy: [] };
  const before = await restartClaims(client, target, shard);
  if (before.length > 0) return { action: 'kept', claimedBy: before };
  const action = await syncLabel(client, target, label, false, current);
  if (action !== 'removed') return { action, claimedBy: [] };
  const after = await restartClaims(client, target, shard);
  if (after.length === 0) return { action, claimedBy: [] };
  await client.rest.issues.addLabels({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, labels: [label] });
  return { action: 'kept', claimedBy: after };
}

/** What happened to the label, for the log and the job summary; undefined when nothing did. */
export function labelLine(label: string, outcome: SharedLabelOutcome): string | undefined {
  if (outcome.action === 'unchanged') return undefined;
  if (outcome.action === 'kept')
    return `Label '${label}': kept, since ${outcome.claimedBy.map((name) => `"${name}"`).join(', ')} on the same commit needs a Campaign restart.`;
  return `Label '${label}': ${outcome.action}.`;
}
