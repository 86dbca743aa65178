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
