// What the runner tells the action about the run: the event, the repository, the commit to report on.
// Read from the environment and the event payload file, the way @actions/github's `context` does, but as a
// pure function of `env` so that it can be tested without touching process.env or importing the toolkit.
import { NotRegularFileError, readRegularFile } from '../util/regular-file.js';
import { isFullSha, quoteValue } from '../util/git-ref.js';

interface RepoRef {
  owner: string;
  repo: string;
}

interface PullRequestInfo {
  number: number;
  /** The PR's head commit (`pull_request.head.sha`), not the test merge commit in GITHUB_SHA. */
  headSha: string;
  /** `pull_request.base.sha`: the default base revision for restart detection (checked: 40 or 64 hex digits). */
  baseSha?: string;
  /** The repository the head commit lives in (the fork, for a fork PR). */
  headRepo: RepoRef;
  /** True when the head repository differs from the base repository: the token is then read-only. */
  fromFork: boolean;
  /** Label names at the time of the event. */
  labels: string[];
}

/** A merge queue's group (`merge_group` event): the commit to check and the one it was built on. */
interface MergeGroupInfo {
  /** `merge_group.head_sha`: the check run goes here, or the queue waits for ever. */
  headSha: string;
  /** `merge_group.base_sha`: the default base revision for restart detection. */
  baseSha: string;
}

export interface RunContext {
  eventName: string;
  repo: RepoRef;
  /** The commit findings belong to: the PR head for pull requests, GITHUB_SHA otherwise. */
  sha: string;
  pullRequest?: PullRequestInfo;
  /** On merge_group: the queued group. There is no pull request in it: no comment, label or review is written. */
  mergeGroup?: MergeGroupInfo;
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

/** The event payload file is missing, empty or not what the runner writes. The message is one line. */
export class EventPayloadError extends Error {
  override name = 'EventPayloadError';
}

function payloadError(path: string, problem: string): EventPayloadError {
  return new EventPayloadError(`Invalid event payload GITHUB_EVENT_PATH='${quoteValue(path, 200)}': ${problem}.`);
}

function jsonKind(value: unknown): string {
  if (value === null) return 'JSON null';
  if (Array.isArray(value)) return 'a JSON array';
  return `a JSON ${typeof value}`;
}

/** A value for a message: strings quoted (escaped, cut), anything else named by its JSON type. */
function describeValue(value: unknown): string {
  return typeof value === 'string' ? `'${quoteValue(value)}'` : value === undefined ? 'missing' : jsonKind(value);
}

// biome-ignore lint/suspicious/noExplicitAny: the payload is JSON; every field read from it is checked where it is used
function readPayload(path: string | undefined): Record<string, any> {
  if (!path) return {};
  let text: string;
  try {
    text = readRegularFile(path).toString('utf8');
  } catch (error) {
    if (error instanceof NotRegularFileError)
      throw payloadError(path, `cannot read the file (it ${error.kind === 'a folder' ? 'is a folder' : error.message})`);
    const code = (error as NodeJS.ErrnoException).code;
    throw payloadError(
      path,
      `cannot read the file (${code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(error))})`,
    );
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw payloadError(path, 'the file is empty; expected the JSON object the runner writes');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // JSON.parse's message can quote a piece of the file, line breaks included: one line of it is enough.
    const reason = quoteValue((error as Error).message.split('\n')[0], 120);
    throw payloadError(path, `the file is not valid JSON (${reason})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw payloadError(path, `the file holds ${jsonKind(parsed)}; expected a JSON object`);
  // biome-ignore lint/suspicious/noExplicitAny: the payload is JSON; every field read from it is checked where it is used
  return parsed as Record<string, any>;
}

/** A commit id from the payload: exactly 40 or 64 hex digits, or an error that names the field. */
function payloadSha(path: string, field: string, value: unknown): string {
  if (typeof value === 'string' && isFullSha(value)) return value.toLowerCase();
  throw payloadError(path, `${field} is ${describeValue(value)}; expected a commit SHA of 40 or 64 hexadecimal digits`);
}

function readPullRequest(path: string, pr: unknown, repo: RepoRef): PullRequestInfo {
  if (!pr || typeof pr !== 'object' || Array.isArray(pr))
    throw payloadError(path, `pull_request is ${describeValue(pr)}; expected the pull request object of a pull_request event`);
  // biome-ignore lint/suspicious/noExplicitAny: the payload is JSON; every field read from it is checked where it is used
  const fields = pr as Record<string, any>;
  if (typeof fields.number !== 'number' || !Number.isSafeInteger(fields.number) || fields.number < 1) {
    throw payloadError(
      path,
      `pull_request.number is ${typeof fields.number === 'number' ? String(fields.number) : describeValue(fields.number)}; expected a positive integer`,
    );
  }
  const headSha = payloadSha(path, 'pull_request.head.sha', fields.head?.sha);
  const baseSha = payloadSha(path, 'pull_request.base.sha', fields.base?.sha);
  const headRepo = parseRepo(fields.head?.repo?.full_name) ?? repo;
  const baseRepo = parseRepo(fields.base?.repo?.full_name) ?? repo;
  return {
    number: fields.number,
    headSha,
    baseSha,
    headRepo,
    fromFork: `${headRepo.owner}/${headRepo.repo}`.toLowerCase() !== `${baseRepo.owner}/${baseRepo.repo}`.toLowerCase(),
    labels: payloadLabels(path, fields.labels),
  };
}

function readMergeGroup(path: string, group: unknown): MergeGroupInfo {
  if (!group || typeof group !== 'object' || Array.isArray(group))
    throw payloadError(path, `merge_group is ${describeValue(group)}; expected the merge group object of a merge_group event`);
  // biome-ignore lint/suspicious/noExplicitAny: the payload is JSON; every field read from it is checked here
  const fields = group as Record<string, any>;
  return {
    headSha: payloadSha(path, 'merge_group.head_sha', fields.head_sha),
    baseSha: payloadSha(path, 'merge_group.base_sha', fields.base_sha),
  };
}

/** On push: the previous tip, unless the push created the ref (all zeros) or the payload has none. */
function readPushBefore(path: string, before: unknown): string | undefined {
  if (before === undefined || (typeof before === 'string' && /^0+$/.test(before))) return undefined;
  return payloadSha(path, 'before', before);
}

/**
 * `pull_request.labels` as names. require-restart-ack decides the verdict from them, so a payload whose labels
 * are not what GitHub sends is an error, never a guess (`String({})` would be a label named "[object Object]").
 */
function payloadLabels(path: string, labels: unknown): string[] {
  if (labels === undefined || labels === null) return [];
  if (!Array.isArray(labels)) throw payloadError(path, `pull_request.labels is ${describeValue(labels)}; expected a list of labels`);
  return labels.map((label: { name?: unknown } | null, index) => {
    const name = label?.name;
    if (typeof name !== 'string')
      throw payloadError(path, `pull_request.labels[${index}].name is ${describeValue(name)}; expected a string`);
    return name;
  });
}

/** Reads the run context from the runner's environment variables and the event payload. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  const payload = readPayload(path);
  const repo = parseRepo(env.GITHUB_REPOSITORY) ?? parseRepo(payload.repository?.full_name) ?? ({ owner: '', repo: '' } satisfies RepoRef);

  // Without a payload file (a local run), there is nothing to check; with one, a pull request event's payload
  // must hold the pull request: its SHAs become git revisions and the commit that annotations belong to.
  const pullRequest = path && PR_EVENTS.has(eventName) ? readPullRequest(path, payload.pull_request, repo) : undefined;
  const pushBefore = path && eventName === 'push' ? readPushBefore(path, payload.before) : undefined;
  const mergeGroup = path && eventName === 'merge_group' ? readMergeGroup(path, payload.merge_group) : undefined;
  // workflow_dispatch, schedule and the rest: GITHUB_SHA, the commit the workflow runs on.
  const sha = pullRequest?.headSha ?? mergeGroup?.headSha ?? env.GITHUB_SHA ?? (typeof payload.after === 'string' ? payload.after : '');
  return {
    eventName,
    repo,
    sha,
    pullRequest,
    mergeGroup,
    pushBefore,
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
