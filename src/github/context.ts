// What the runner tells the action about the run: the event, the repository, the commit to report on.
// Read from the environment and the event payload file, the way @actions/github's `context` does, but as a
// pure function of `env` so that it can be tested without touching process.env or importing the toolkit.
import { readFileSync } from 'node:fs';

interface RepoRef {
  owner: string;
  repo: string;
}

interface PullRequestInfo {
  number: number;
  /** The PR's head commit (`pull_request.head.sha`), not the test merge commit in GITHUB_SHA. */
  headSha: string;
  /** `pull_request.base.sha`: the default base revision for restart detection. */
  baseSha?: string;
  /** The repository the head commit lives in (the fork, for a fork PR). */
  headRepo: RepoRef;
  /** True when the head repository differs from the base repository: the token is then read-only. */
  fromFork: boolean;
  /** Label names at the time of the event. */
  labels: string[];
}

export interface RunContext {
  eventName: string;
  repo: RepoRef;
  /** The commit findings belong to: the PR head for pull requests, GITHUB_SHA otherwise. */
  sha: string;
  pullRequest?: PullRequestInfo;
  /** On push: the previous tip of the ref (`before`), unless the push created the ref. */
  pushBefore?: string;
  /** e.g. https://github.com, or the GHES host. */
  serverUrl: string;
  /** e.g. https://api.github.com, or https://ghes.example.com/api/v3. */
  apiUrl: string;
  /** The checkout folder; repository-relative paths are relative to it. */
  workspace: string;
  runId?: string;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

function parseRepo(fullName: string | undefined): RepoRef | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName ?? '');
  return match ? { owner: match[1], repo: match[2] } : undefined;
}

function readPayload(path: string | undefined): Record<string, any> {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, any>) : {};
  } catch (error) {
    throw new Error(`Cannot read the event payload GITHUB_EVENT_PATH='${path}': ${(error as Error).message}`);
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return value === undefined ? 'missing' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * `pull_request.labels` as names. require-restart-ack decides the verdict from them, so a payload whose labels
 * are not what GitHub sends is an error, never a guess (`String({})` would be a label named "[object Object]").
 */
function payloadLabels(labels: unknown, path: string | undefined): string[] {
  if (labels === undefined || labels === null) return [];
  const invalid = (what: string) => new Error(`Invalid event payload GITHUB_EVENT_PATH='${path}': ${what}.`);
  if (!Array.isArray(labels)) throw invalid(`pull_request.labels is ${kindOf(labels)}, expected a list of labels`);
  return labels.map((label: { name?: unknown } | null, index) => {
    const name = label?.name;
    if (typeof name !== 'string') throw invalid(`pull_request.labels[${index}].name is ${kindOf(name)}, expected a string`);
    return name;
  });
}

/** Reads the run context from the runner's environment variables and the event payload. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const repo =
    parseRepo(env.GITHUB_REPOSITORY) ??
    parseRepo(payload.repository?.full_name) ??
    ({ owner: '', repo: '' } satisfies RepoRef);

  let pullRequest: PullRequestInfo | undefined;
  const pr = payload.pull_request;
  if (PR_EVENTS.has(eventName) && pr && typeof pr.number === 'number' && typeof pr.head?.sha === 'string') {
    const headRepo = parseRepo(pr.head.repo?.full_name) ?? repo;
    const baseRepo = parseRepo(pr.base?.repo?.full_name) ?? repo;
    pullRequest = {
      number: pr.number,
      headSha: pr.head.sha,
      baseSha: typeof pr.base?.sha === 'string' ? pr.base.sha : undefined,
      headRepo,
      fromFork: `${headRepo.owner}/${headRepo.repo}`.toLowerCase() !== `${baseRepo.owner}/${baseRepo.repo}`.toLowerCase(),
      labels: payloadLabels(pr.labels, env.GITHUB_EVENT_PATH),
    };
  }

  const sha = pullRequest?.headSha ?? env.GITHUB_SHA ?? (typeof payload.after === 'string' ? payload.after : '');
  const before = eventName === 'push' && typeof payload.before === 'string' ? payload.before : '';
  return {
    eventName,
    repo,
    sha,
    pullRequest,
    pushBefore: /^[0-9a-f]{7,64}$/i.test(before) && !/^0+$/.test(before) ? before : undefined,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runId: env.GITHUB_RUN_ID || undefined,
  };
}

/** A link to a line of a file at the commit findings belong to (the head blob of a PR). */
export function blobUrl(ctx: RunContext, repoPath: string, line?: number): string {
  const repo = ctx.pullRequest?.headRepo ?? ctx.repo;
  const path = repoPath.split('/').map(encodeURIComponent).join('/');
  return `${ctx.serverUrl}/${repo.owner}/${repo.repo}/blob/${ctx.sha}/${path}${line ? `#L${line}` : ''}`;
}
