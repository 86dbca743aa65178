// The GitHub API client: @actions/github's Octokit with rate-limit throttling, over `boundedFetch`
// (a timeout on every request, a budget for the whole delivery phase, logged retries, 2xx bodies that must
// be JSON). Nothing the API does can hold the job: the verdict is already written when the client is made.
import * as core from '@actions/core';
import type { getOctokit } from '@actions/github';
import { throttling } from '@octokit/plugin-throttling';
import { ApiRequestError, boundedFetch, type DeliveryBudget, seconds } from './bounded-fetch.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export { ApiRequestError, DeliveryBudget } from './bounded-fetch.js';

/** Defaults: ~30 s a request, 3 minutes for all of delivery, 3 attempts, waits of 1 s, 4 s. */
const REQUEST_TIMEOUT_MS = 30_000;
const DELIVERY_BUDGET_MS = 180_000;
const ATTEMPTS = 3;
const RETRY_BASE_MS = 1000;

/**
 * A duration from a test-only environment variable, or the default. `IMS_GATE_TEST_REQUEST_TIMEOUT_MS`,
 * `IMS_GATE_TEST_DELIVERY_BUDGET_MS` and `IMS_GATE_TEST_RETRY_BASE_MS` exist only so that the end-to-end tests
 * can run a never-answering API in seconds; they are not documented inputs.
 */
function testOverride(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  const value = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

export interface DeliveryLimits {
  requestTimeoutMs: number;
  budgetMs: number;
  retryBaseMs: number;
}

export function deliveryLimits(env: NodeJS.ProcessEnv = process.env): DeliveryLimits {
  return {
    requestTimeoutMs: testOverride(env, 'IMS_GATE_TEST_REQUEST_TIMEOUT_MS', REQUEST_TIMEOUT_MS),
    budgetMs: testOverride(env, 'IMS_GATE_TEST_DELIVERY_BUDGET_MS', DELIVERY_BUDGET_MS),
    retryBaseMs: testOverride(env, 'IMS_GATE_TEST_RETRY_BASE_MS', RETRY_BASE_MS),
  };
}

interface RateLimitOptions {
  method: string;
  url: string;
  [parameter: string]: unknown;
}

/** `/repos/{owner}/{repo}/check-runs` with its parameters filled in, for the log. */
function requestPath(options: RateLimitOptions): string {
  return options.url.replace(/\{(\w+)\}/g, (whole, name: string) =>
    options[name] === undefined ? whole : encodeURIComponent(String(options[name])),
  );
}

/**
 * An authenticated client for `apiUrl` (GitHub.com or GHES, from GITHUB_API_URL) whose every request, retries
 * and rate-limit waits included, ends within `budget`.
 */
export async function createClient(
  token: string,
  apiUrl: string,
  budget: DeliveryBudget,
  env: NodeJS.ProcessEnv = process.env,
): Promise<GitHubClient> {
  // Loaded only now: importing @actions/github parses the event payload (its `context`), and throws a stack
  // trace on a payload that is not JSON. By now readRunContext has read the payload and reported such a
  // payload in one line. "eager": bundled into dist/index.js like a static import, only evaluated later.
  const { getOctokit } = await import(/* webpackMode: "eager" */ '@actions/github');
  const { defaults: actionsDefaults } = await import(/* webpackMode: "eager" */ '@actions/github/lib/utils');
  const limits = deliveryLimits(env);
  // @actions/github's fetch goes through the runner's proxy settings; passing `request` replaces its defaults,
  // so it is wrapped rather than lost.
  const baseFetch: typeof fetch = (actionsDefaults.request?.fetch as typeof fetch | undefined) ?? globalThis.fetch;
  const rateLimited = (kind: string) => (retryAfter: number, options: RateLimitOptions, _octokit: unknown, retryCount: number) => {
    const wait = retryAfter * 1000;
    if (retryCount >= ATTEMPTS - 1 || wait >= budget.remainingMs()) {
      core.info(
        `GitHub API ${kind} on ${options.method} ${requestPath(options)}: not retrying (it asks to wait ${seconds(wait)}; the delivery budget leaves ${seconds(budget.remainingMs())}).`,
      );
      return false;
    }
    core.info(
      `Retrying ${options.method} ${requestPath(options)} in ${seconds(wait)} after the GitHub API ${kind} (attempt ${retryCount + 2} of ${ATTEMPTS}).`,
    );
    return true;
  };
  return getOctokit(
    token,
    {
      // @actions/github reads GITHUB_API_URL when it is imported; passing it again keeps the client right
      // even when the environment changed after import (tests, wrappers).
      baseUrl: apiUrl,
      userAgent: 'ims-gate',
      request: {
        fetch: boundedFetch({
          fetch: baseFetch,
          budget,
          timeoutMs: limits.requestTimeoutMs,
          attempts: ATTEMPTS,
          retryBaseMs: limits.retryBaseMs,
          log: (line) => core.info(line),
        }),
      },
      throttle: { onRateLimit: rateLimited('rate limit'), onSecondaryRateLimit: rateLimited('secondary rate limit') },
      log: {
        debug: (message: string) => core.debug(message),
        info: (message: string) => core.debug(message),
        warn: (message: string) => core.info(message),
        error: (message: string) => core.info(message),
      },
    },
    throttling,
  );
}

/** Our own request failure (unreachable, timeout, budget, unparsable answer) inside what Octokit threw. */
function apiRequestError(error: unknown): ApiRequestError | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof ApiRequestError) return e;
  }
  return undefined;
}

/** The HTTP status of an answer the API really gave (not the 500 Octokit puts on a network failure). */
export function httpStatus(error: unknown): number | undefined {
  const e = error as { status?: unknown; response?: unknown } | null;
  return typeof e?.status === 'number' && e.response !== undefined ? e.status : undefined;
}

/** True when the delivery budget stopped this request. */
export function isBudgetExceeded(error: unknown): boolean {
  return apiRequestError(error)?.budgetExceeded ?? false;
}

/**
 * A one-line description of a failed API call, without request headers (which hold the token):
 * "HTTP 403: Resource not accessible by integration", "cannot reach 127.0.0.1:59999: ECONNREFUSED".
 */
export function describeError(error: unknown): string {
  const own = apiRequestError(error);
  if (own) return own.message;
  if (error instanceof PageLimitError) return error.message;
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  return status ? `HTTP ${status}: ${message.split('\n')[0]}` : message.split('\n')[0];
}

/** True when the failure means the token lacks a permission (fork PRs, missing `permissions:`). */
export function isPermissionError(error: unknown): boolean {
  const status = httpStatus(error);
  return status === 401 || status === 403 || status === 404;
}

/** A paged list that does not end within the cap: the caller stops reading it and says so. */
export class PageLimitError extends Error {
  override name = 'PageLimitError';
}

/**
 * The pages of a paginated list, each checked to be a list, at most `maxPages` of them. An API that announces
 * a next page forever (a `Link: rel="next"` loop) ends in a PageLimitError instead of an endless read.
 */
export async function* cappedPages<T>(
  pages: AsyncIterable<{ data: unknown; headers: { link?: string } }>,
  maxPages: number,
  what: string,
): AsyncGenerator<T[]> {
  let read = 0;
  for await (const page of pages) {
    if (!Array.isArray(page.data)) throw new ApiRequestError(`the API answered the list of ${what} with something that is not a list`);
    yield page.data as T[];
    read++;
    if (read >= maxPages && /rel="next"/.test(page.headers.link ?? '')) {
      throw new PageLimitError(`stopped reading the ${what} after ${maxPages} pages: the API still announces a next page`);
    }
  }
}
