// One bounded HTTP exchange with IMS or UMAPI: a timeout on every attempt, a budget for the whole read, back-off
// with jitter on 429 (honouring Retry-After, capped) and a bounded number of retries on 5xx and network failures,
// and pacing to UMAPI's per-client limits only when a listing would exceed them.
//
// Nothing here ever puts a request or answer body, a header value or a URL's query into an error: the body of a
// token request holds the client secret, an answer may hold personal data. Errors name the method, the path and
// the status only.
import type { UmapiLimits } from './limits.js';

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
}

export interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
}

const RETRYABLE = new Set([500, 502, 503, 504]);

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
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

/** The body of an answer, read under the attempt's signal and at most `max` bytes. */
async function readBody(response: Response, max: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new UmapiError(`the answer is larger than ${max} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
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

  private budgetSignal(): AbortSignal {
    return AbortSignal.timeout(Math.max(1, this.remainingMs()));
  }

  private exhausted(label: string): UmapiError {
    return new UmapiError(`the time budget of ${seconds(this.limits.budgetMs)} for reading the Admin Console ran out (${label})`);
  }

  /** Waits `ms`, or fails when the wait would outlast the budget. */
  private async wait(ms: number, label: string): Promise<void> {
    if (ms >= this.remainingMs()) throw this.exhausted(label);
    await sleep(ms, this.budgetSignal());
  }

  /** Waits until one more request of `pace` fits UMAPI's per-client limit, then counts it. */
  private async paced(pace: 'groups' | 'users', label: string): Promise<void> {
    const limit = pace === 'groups' ? this.limits.groupsPerWindow : this.limits.usersPerWindow;
    const sent = this.sent[pace];
    const now = Date.now();
    while (sent.length > 0 && now - sent[0] >= this.limits.windowMs) sent.shift();
    if (sent.length >= limit) await this.wait(sent[0] + this.limits.windowMs - now, label);
    sent.push(Date.now());
  }

  private backoff(attempt: number): number {
    const base = this.limits.retryBaseMs;
    return Math.min(this.limits.maxWaitMs, base * 2 ** (attempt - 1) + Math.floor(this.random() * base));
  }

  /** One attempt: the answer, or the error to retry on (`retry`) or to stop with. */
  private async attempt(exchange: Exchange): Promise<Answer> {
    if (this.remainingMs() <= 0) throw this.exhausted(exchange.label);
    const timeout = Math.min(this.limits.requestTimeoutMs, this.remainingMs());
    const signal = AbortSignal.timeout(Math.max(1, timeout));
    let response: Response;
    let text: string;
    try {
      response = await this.fetchImpl(exchange.url, {
        method: exchange.method,
        headers: exchange.headers,
        body: exchange.body,
        redirect: 'error',
        signal,
      });
      text = await readBody(response, this.limits.maxBodyBytes);
    } catch (error) {
      if (error instanceof UmapiError) throw error;
      if (signal.aborted) {
        if (this.remainingMs() <= 0) throw this.exhausted(exchange.label);
        throw new RetryableError(`no answer to ${exchange.label} within ${seconds(timeout)}`);
      }
      throw new RetryableError(`${exchange.label} failed: ${networkReason(error)}`);
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
        const delay =
          asked === undefined ? this.backoff(throttled) : Math.min(asked, this.limits.maxWaitMs) + Math.floor(this.random() * 100);
        await this.wait(delay, exchange.label);
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
