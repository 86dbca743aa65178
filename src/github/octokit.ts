// The GitHub API client: @actions/github's Octokit with retries and rate-limit throttling.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * Base delay of the retry plugin, in ms (the plugin waits base × retryCount² between attempts).
 * `IMS_GATE_TEST_RETRY_BASE_MS` exists only so that the end-to-end tests do not wait seconds for a
 * retried 502; it is not a documented input.
 */
function retryBaseMs(env: NodeJS.ProcessEnv): number {
  const raw = Number(env.IMS_GATE_TEST_RETRY_BASE_MS);
  return Number.isFinite(raw) && raw >= 0 ? raw : 1000;
}

/** An authenticated client for `apiUrl` (GitHub.com or GHES, from GITHUB_API_URL). */
export function createClient(token: string, apiUrl: string, env: NodeJS.ProcessEnv = process.env): GitHubClient {
  return getOctokit(
    token,
    {
      // @actions/github reads GITHUB_API_URL when it is imported; passing it again keeps the client right
      // even when the environment changed after import (tests, wrappers).
      baseUrl: apiUrl,
      userAgent: 'ims-gate',
      retry: { retries: 3, retryAfterBaseValue: retryBaseMs(env) },
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.info(`GitHub API rate limit hit on ${options.method} ${options.url}; retrying after ${retryAfter}s.`);
          return retryCount < 2 && retryAfter <= 120;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.info(`GitHub API secondary rate limit hit on ${options.method} ${options.url}; retrying after ${retryAfter}s.`);
          return retryCount < 2 && retryAfter <= 120;
        },
      },
      log: {
        debug: (message: string) => core.debug(message),
        info: (message: string) => core.debug(message),
        warn: (message: string) => core.info(message),
        error: (message: string) => core.info(message),
      },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit RequestError, if it is one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A one-line description of a failed API call, without request headers (which hold the token). */
export function describeError(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  return status ? `HTTP ${status}: ${message.split('\n')[0]}` : message.split('\n')[0];
}

/** True when the failure means the token lacks a permission (fork PRs, missing `permissions:`). */
export function isPermissionError(error: unknown): boolean {
  const status = httpStatus(error);
  return status === 401 || status === 403 || status === 404;
}
