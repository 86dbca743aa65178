// Every request to the GitHub API goes through `boundedFetch`: it has a timeout, it stops when the delivery
// budget of the whole run is used up, it retries what is safe to retry and says what it waits for, it reads
// the whole answer under the same timeout, and it refuses a 2xx answer whose body is not JSON. So a slow,
// silent or broken API can make the action deliver less, never hang it or make it report garbage as success.
import { readCappedBody, timeoutSignal } from '../util/abort.js';

/** What a failed request was doing, for messages: `POST /repos/o/r/check-runs`. */
interface RequestLabel {
  method: string;
  host: string;
  path: string;
}

/**
 * A request that did not get a usable answer: unreachable host, timeout, used-up budget, unparsable body.
 * Octokit wraps it (as a RequestError with status 500 and this as `cause`); `describeError` finds it again.
 */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';

  constructor(
    message: string,
    /** The delivery budget was used up: the caller stops delivering instead of reporting each failure. */
    readonly budgetExceeded = false,
  ) {
    super(message);
  }
}

/** The time the whole delivery phase may take, shared by every request of the run. */
export class DeliveryBudget {
  readonly signal: AbortSignal;
  private readonly endsAt: number;
  private hit = false;

  constructor(readonly ms: number) {
    this.endsAt = Date.now() + ms;
    this.signal = AbortSignal.timeout(ms);
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - Date.now());
  }

  /** True once a request was refused or cut because the budget was used up. */
  get exceeded(): boolean {
    return this.hit;
  }

  /** The error for a request the budget no longer allows; records that the budget was hit. */
  refuse(label: RequestLabel): ApiRequestError {
    this.hit = true;
    return new ApiRequestError(
      `the delivery budget of ${seconds(this.ms)} is used up (${label.method} ${label.path} not sent or cut)`,
      true,
    );
  }
}

export interface BoundedFetchOptions {
  /** The fetch to wrap (@actions/github's proxy-aware one). */
  fetch: typeof fetch;
  budget: DeliveryBudget;
  /** Timeout of one attempt, headers and body included. */
  timeoutMs: number;
  /** Attempts in all, the first included. */
  attempts: number;
  /** Wait before attempt n+1 is base × n² ms. */
  retryBaseMs: number;
  /** Where retry notes go (core.info). */
  log: (line: string) => void;
}

/** Answers worth another attempt: the server or a proxy in front of it failed, not the request. */
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
/** Methods that may be sent again after a timeout: repeating them cannot duplicate anything. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);
/** Network failures that happen before the request reaches the server: always safe to retry. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

export function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

function labelOf(url: string, method: string): RequestLabel {
  const parsed = new URL(url);
  return { method, host: parsed.host, path: parsed.pathname };
}

/** An error and what Node and undici hang on it; every field is checked before use. */
interface ErrorLike {
  code?: unknown;
  cause?: unknown;
  message?: unknown;
  errors?: { code?: unknown }[];
}

/** The system error code in a fetch failure (`TypeError: fetch failed` → cause ECONNREFUSED), if any. */
function networkCode(error: unknown): string | undefined {
  for (let e = error as ErrorLike | undefined, depth = 0; e && depth < 5; e = e.cause as ErrorLike | undefined, depth++) {
    if (typeof e.code === 'string' && !e.code.startsWith('ABORT')) return e.code;
    // undici reports an aggregate of attempts (IPv4 and IPv6) without a top-level code.
    const first = Array.isArray(e.errors) ? e.errors[0]?.code : undefined;
    if (typeof first === 'string') return first;
  }
  return undefined;
}

/** The most specific message in a chain of causes: "bad port" rather than undici's "fetch failed". */
function innermostMessage(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  for (
    let e = (error instanceof Error ? error.cause : undefined) as ErrorLike | string | undefined, depth = 0;
    e && depth < 5;
    e = typeof e === 'string' ? undefined : (e.cause as ErrorLike | undefined), depth++
  ) {
    if (typeof e === 'string') message = e;
    else if (typeof e.message === 'string' && e.message) message = e.message;
  }
  return message.split('\n')[0];
}

interface Failure {
  error: ApiRequestError;
  /** May be sent again. */
  retryable: boolean;
  /** For the retry note: "after HTTP 502", "after no answer within 30 s". */
  reason: string;
}

/** Turns what fetch threw into a message that says what happened. */
function failureOf(error: unknown, label: RequestLabel, options: BoundedFetchOptions, timeout: AbortSignal, clipped: boolean): Failure {
  const where = `${label.method} ${label.path}`;
  // A timeout cut short to the budget's end is the budget running out, whichever of the two timers fired first.
  if (options.budget.signal.aborted || (timeout.aborted && clipped))
    return { error: options.budget.refuse(label), retryable: false, reason: 'budget' };
  if (timeout.aborted) {
    const message = `no answer from ${label.host} within ${seconds(options.timeoutMs)} (${where})`;
    return {
      error: new ApiRequestError(message),
      retryable: IDEMPOTENT.has(label.method),
      reason: `no answer within ${seconds(options.timeoutMs)}`,
    };
  }
  const code = networkCode(error);
  if (code) {
    const message = NOT_SENT.has(code)
      ? `cannot reach ${label.host}: ${code}`
      : `the connection to ${label.host} failed: ${code} (${where})`;
    return { error: new ApiRequestError(message), retryable: NOT_SENT.has(code) || IDEMPOTENT.has(label.method), reason: code };
  }
  const detail = innermostMessage(error);
  return {
    error: new ApiRequestError(`the request to ${label.host} failed: ${detail} (${where})`),
    retryable: IDEMPOTENT.has(label.method),
    reason: detail,
  };
}

/** A 2xx answer must carry JSON (except 204/205, which carry nothing). */
function checkBody(status: number, text: string, label: RequestLabel): void {
  if (status < 200 || status >= 300 || status === 204 || status === 205) return;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object') return;
  } catch {
    // Reported below.
  }
  const shown =
    text.length === 0 ? 'an empty body' : `'${text.slice(0, 60).replace(/[\x00-\x1f\x7f]+/g, ' ')}${text.length > 60 ? '…' : ''}'`;
  throw new ApiRequestError(`the answer to ${label.method} ${label.path} (HTTP ${status}) is not JSON: ${shown}`);
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/** Waits before the next attempt if the budget allows it; returns false when it does not. */
async function waitToRetry(options: BoundedFetchOptions, label: RequestLabel, attempt: number, reason: string): Promise<boolean> {
  const delay = options.retryBaseMs * attempt * attempt;
  if (attempt >= options.attempts || delay >= options.budget.remainingMs()) return false;
  options.log(
    `Retrying ${label.method} ${label.path} in ${seconds(delay)} after ${reason} (attempt ${attempt + 1} of ${options.attempts}).`,
  );
  await sleep(delay, options.budget.signal);
  return !options.budget.signal.aborted;
}

/** 100 comments of 65,536 characters are 6.5 MB: an answer far above that is not one the API gives. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;

/** A Response rebuilt from a body that was already read (204 and friends carry none). */
function rebuild(response: Response, text: string, url: string): Response {
  const nullBody = [101, 204, 205, 304].includes(response.status);
  const rebuilt = new Response(nullBody ? null : text, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(rebuilt, 'url', { value: response.url || url });
  return rebuilt;
}

/** A fetch for Octokit's `request.fetch` with the guarantees described at the top of this file. */
export function boundedFetch(options: BoundedFetchOptions): typeof fetch {
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const label = labelOf(url, (init.method ?? 'GET').toUpperCase());
    for (let attempt = 1; ; attempt++) {
      const remaining = options.budget.remainingMs();
      if (remaining <= 0) throw options.budget.refuse(label);
      const clipped = remaining < options.timeoutMs;
      // A timer of our own (see timeoutSignal): a server that sends headers and then drips still times out.
      const { signal: timeout, clear } = timeoutSignal(clipped ? remaining : options.timeoutMs);
      const signal = AbortSignal.any([timeout, options.budget.signal, ...(init.signal ? [init.signal] : [])]);
      let response: Response;
      let text: string;
      try {
        response = await options.fetch(url, { ...init, signal });
        // Read under the same signal: a server that sends headers and then stalls is a timeout too.
        text = await readCappedBody(
          response,
          MAX_ANSWER_BYTES,
          signal,
          () => new ApiRequestError(`the answer to ${label.method} ${label.path} is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB`),
        );
      } catch (error) {
        if (error instanceof ApiRequestError) throw error;
        const failure = failureOf(error, label, options, timeout, clipped);
        if (failure.retryable && (await waitToRetry(options, label, attempt, failure.reason))) continue;
        if (options.budget.signal.aborted && !failure.error.budgetExceeded) throw options.budget.refuse(label);
        throw failure.error;
      } finally {
        clear();
      }
      if (RETRYABLE_STATUS.has(response.status)) {
        if (await waitToRetry(options, label, attempt, `HTTP ${response.status}`)) continue;
        if (options.budget.signal.aborted) throw options.budget.refuse(label);
      }
      checkBody(response.status, text, label);
      return rebuild(response, text, url);
    }
  }) as typeof fetch;
}
