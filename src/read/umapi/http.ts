// One bounded HTTP exchange with IMS or UMAPI: a timeout on every attempt, a budget for the whole read, back-off
// with jitter on 429 (honouring Retry-After, capped) and a bounded number of retries on 5xx and network failures,
// and pacing to UMAPI's per-client limits only when a listing would exceed them.
//
// Nothing here ever puts a request or answer body, a header value or a URL's query into an error: the body of a
// token request holds the client secret, an answer may hold personal data. Errors name the method, the path and
// the status only.
import type { UmapiLimits } from './limits.js';
import { readCappedBody, timeoutSignal } from '../../util/abort.js';

/** A read of the live Admin Console that failed; its message is safe to show anywhere. */
export class UmapiError extends Error {
  override name = 'UmapiError';
}

export interface Exchange {
  method: 'GET' | 'POST';
  url: URL;
  headers: Record<string, string>;
  body?: string;
  /** The path shown in messages (`GET /v2/usermanagement/users/{orgId}/3`). */
  label: string;
  /** Which per-client limit the request counts against. */
  pace?: 'groups' | 'users';
  /** Who answers, for messages: IMS (the token) or UMAPI. */
  service: 'IMS' | 'UMAPI';
}

export interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
}

const RETRYABLE = new Set([500, 502, 503, 504]);

/** Callers check the budget before they wait: a wait never outlasts it. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => (ms <= 0 ? resolve() : setTimeout(resolve, ms)));
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** The network failure's code (ECONNREFUSED, …), never its message, which may quote the URL. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } })?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^[A-Z0-9_]+$/.test(code) ? code : 'network error';
}

export class BoundedHttp {
  private readonly endsAt: number;
  private readonly sent = { groups: [] as number[], users: [] as number[] };

  constructor(
    readonly limits: UmapiLimits,
    private readonly fetchImpl: typeof fetch = fetch,
    private readonly random: () => number = Math.random,
  ) {
    this.endsAt = Date.now() + limits.budgetMs;
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - Date.now());
  }

  private budget(): string {
    return `the time budget of ${seconds(this.limits.budgetMs)} for reading the Admin Console`;
  }

  /** The hint of every failure on the budget: a large organization needs a larger one. */
  private static readonly RAISE = 'a large organization can raise adminConsole.budgetSeconds';

  exhausted(label: string): UmapiError {
    return new UmapiError(`${this.budget()} ran out (${label}; ${BoundedHttp.RAISE})`);
  }

  /** Waits `ms`, or fails at once when the wait would outlast the budget: it never sleeps to fail afterwards. */
  private async wait(ms: number, label: string): Promise<void> {
    if (ms >= this.remainingMs()) throw this.exhausted(label);
    await sleep(ms);
  }

  private perWindow(pace: 'groups' | 'users'): number {
    return pace === 'groups' ? this.limits.groupsPerWindow : this.limits.usersPerWindow;
  }

  private windowName(): string {
    return this.limits.windowMs === 60_000 ? 'a minute' : `per ${seconds(this.limits.windowMs)}`;
  }

  /** Waits until one more request of `pace` fits UMAPI's per-client limit, then counts it. */
  private async paced(pace: 'groups' | 'users', label: string): Promise<void> {
    const limit = this.perWindow(pace);
    const sent = this.sent[pace];
    const now = Date.now();
    while (sent.length > 0 && now - sent[0] >= this.limits.windowMs) sent.shift();
    if (sent.length >= limit) {
      const ms = sent[0] + this.limits.windowMs - now;
      // Checked before the wait: a listing that never ends fails when pacing first outlasts the budget.
      if (ms >= this.remainingMs())
        throw new UmapiError(
          `${this.budget()} would run out waiting for UMAPI's limit of ${limit} ${pace} requests ${this.windowName()} (${label}; ${BoundedHttp.RAISE})`,
        );
      await sleep(ms);
    }
    sent.push(Date.now());
  }

  /**
   * Fails at once when `pages` more requests of `pace` cannot be sent within the budget at UMAPI's per-client
   * limit (a listing whose X-Page-Count says it has a million pages), rather than read until the budget runs out.
   */
  checkPagesFit(pace: 'groups' | 'users', pages: number, label: string): void {
    const limit = this.perWindow(pace);
    const windows = Math.floor((pages + this.sent[pace].length - 1) / limit);
    if (windows * this.limits.windowMs < this.remainingMs()) return;
    throw new UmapiError(
      `${this.budget()} cannot hold the ${pages} more pages of ${pace} UMAPI announces, at its limit of ${limit} ${pace} requests ${this.windowName()} (${label}; ${BoundedHttp.RAISE})`,
    );
  }

  /** The wait a 429's Retry-After asks for, or a failure at once when it outlasts the budget or the longest wait. */
  private retryAfter(asked: number, exchange: Exchange): number {
    const delay = asked + Math.floor(this.random() * 100);
    const shown = `${Math.ceil(asked / 1000)} s`;
    if (delay >= this.remainingMs())
      throw new UmapiError(
        `${exchange.service} asked to retry after ${shown}, beyond ${this.budget()} (${exchange.label}: ${seconds(Math.floor(this.remainingMs() / 1000) * 1000)} left; ${BoundedHttp.RAISE})`,
      );
    if (asked > this.limits.maxWaitMs)
      throw new UmapiError(
        `${exchange.service} asked to retry after ${shown}, beyond the longest wait of ${seconds(this.limits.maxWaitMs)} ims-gate accepts (${exchange.label})`,
      );
    return delay;
  }

  private backoff(attempt: number): number {
    const base = this.limits.retryBaseMs;
    return Math.min(this.limits.maxWaitMs, base * 2 ** (attempt - 1) + Math.floor(this.random() * base));
  }

  /** One attempt: the answer, or the error to retry on (`retry`) or to stop with. */
  private async attempt(exchange: Exchange): Promise<Answer> {
    if (this.remainingMs() <= 0) throw this.exhausted(exchange.label);
    const timeout = Math.min(this.limits.requestTimeoutMs, this.remainingMs());
    // A timer of our own (see timeoutSignal): a server that drips one byte at a time still times out.
    const { signal, clear } = timeoutSignal(timeout);
    let response: Response | undefined;
    let text: string;
    try {
      response = await this.fetchImpl(exchange.url, {
        method: exchange.method,
        headers: exchange.headers,
        body: exchange.body,
        redirect: 'error',
        signal,
      });
      text = await readCappedBody(
        response,
        this.limits.maxBodyBytes,
        signal,
        () => new UmapiError(`the answer is larger than ${this.limits.maxBodyBytes} bytes`),
      );
    } catch (error) {
      if (error instanceof UmapiError) throw error;
      if (signal.aborted) {
        if (this.remainingMs() <= 0) throw this.exhausted(exchange.label);
        throw new RetryableError(
          response
            ? `the answer to ${exchange.label} did not end within ${seconds(timeout)}`
            : `no answer to ${exchange.label} within ${seconds(timeout)}`,
        );
      }
      throw new RetryableError(`${exchange.label} failed: ${networkReason(error)}`);
    } finally {
      clear();
    }
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json };
  }

  /** The answer to `exchange` that is not a 429 or a 5xx, after the retries the limits allow. */
  async send(exchange: Exchange): Promise<Answer> {
    let throttled = 0;
    let failed = 0;
    for (;;) {
      if (exchange.pace) await this.paced(exchange.pace, exchange.label);
      let answer: Answer;
      try {
        answer = await this.attempt(exchange);
      } catch (error) {
        if (!(error instanceof RetryableError)) throw error;
        failed++;
        if (failed >= this.limits.failedAttempts) throw new UmapiError(`${error.message} (${failed} attempts)`);
        await this.wait(this.backoff(failed), exchange.label);
        continue;
      }
      if (answer.status === 429) {
        throttled++;
        if (throttled >= this.limits.throttledAttempts)
          throw new UmapiError(`UMAPI answered 429 Too Many Requests to ${exchange.label} ${throttled} times`);
        const asked = retryAfterMs(answer.headers.get('retry-after'));
        await this.wait(asked === undefined ? this.backoff(throttled) : this.retryAfter(asked, exchange), exchange.label);
        continue;
      }
      if (RETRYABLE.has(answer.status)) {
        failed++;
        if (failed >= this.limits.failedAttempts)
          throw new UmapiError(`${exchange.url.host} answered ${answer.status} to ${exchange.label} (${failed} attempts)`);
        await this.wait(this.backoff(failed), exchange.label);
        continue;
      }
      return answer;
    }
  }
}

class RetryableError extends Error {}
