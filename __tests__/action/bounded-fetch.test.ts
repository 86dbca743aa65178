// boundedFetch against a loopback server: every request ends (timeout, budget), retries say what they wait for,
// a 2xx answer must be JSON, and network failures say what happened. Through a real Octokit client too, so
// that describeError sees what Octokit makes of each failure.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiRequestError, boundedFetch, DeliveryBudget } from '../../src/github/bounded-fetch.js';
import { createClient, describeError, httpStatus, isBudgetExceeded, isPermissionError } from '../../src/github/octokit.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server;
let base = '';
const handlers = new Map<string, Handler>();
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    req.resume();
    req.on('end', () => (handlers.get(path) ?? ((_q, r) => r.writeHead(404).end('{}')))(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const json =
  (status: number, body: unknown): Handler =>
  (_req, res) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
const never: Handler = () => undefined;

function bounded(options: { timeoutMs?: number; budgetMs?: number; attempts?: number } = {}) {
  const log: string[] = [];
  const budget = new DeliveryBudget(options.budgetMs ?? 5000);
  const fetcher = boundedFetch({
    fetch: globalThis.fetch,
    budget,
    timeoutMs: options.timeoutMs ?? 2000,
    attempts: options.attempts ?? 3,
    retryBaseMs: 5,
    log: (l) => log.push(l),
  });
  return { fetcher, log, budget };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('boundedFetch', () => {
  it('retries a 502 and says what it waits for, then returns the answer', async () => {
    let n = 0;
    handlers.set('/retry', (req, res) => (++n < 3 ? json(502, { message: 'Bad Gateway' })(req, res) : json(201, { id: 1 })(req, res)));
    const { fetcher, log } = bounded();
    const response = await fetcher(`${base}/retry`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: 1 });
    expect(log).toEqual([
      'Retrying POST /retry in 5 ms after HTTP 502 (attempt 2 of 3).',
      'Retrying POST /retry in 20 ms after HTTP 502 (attempt 3 of 3).',
    ]);
  });

  it('gives up after the last attempt with the last answer', async () => {
    handlers.set('/down', json(503, { message: 'Unavailable' }));
    const { fetcher, log } = bounded({ attempts: 2 });
    expect((await fetcher(`${base}/down`)).status).toBe(503);
    expect(log).toHaveLength(1);
    expect(hits.get('/down')).toBe(2);
  });

  it('times a silent server out, retrying a GET but never a POST (it may have been applied)', async () => {
    handlers.set('/silent', never);
    const get = bounded({ timeoutMs: 100 });
    const error = await failure(get.fetcher(`${base}/silent`));
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error.message).toBe(`no answer from ${base.slice(7)} within 100 ms (GET /silent)`);
    expect(get.log).toEqual([
      'Retrying GET /silent in 5 ms after no answer within 100 ms (attempt 2 of 3).',
      'Retrying GET /silent in 20 ms after no answer within 100 ms (attempt 3 of 3).',
    ]);
    const post = bounded({ timeoutMs: 100 });
    await failure(post.fetcher(`${base}/silent`, { method: 'POST', body: '{}' }));
    expect(post.log).toEqual([]);
  });

  it('times out a server that sends headers and then stalls the body', async () => {
    handlers.set('/stall', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":');
    });
    const { fetcher } = bounded({ timeoutMs: 150, attempts: 1 });
    expect((await failure(fetcher(`${base}/stall`))).message).toMatch(/^no answer from .* within 150 ms \(GET \/stall\)$/);
  });

  it('stops every request when the delivery budget is used up, and refuses new ones at once', async () => {
    handlers.set('/slow', never);
    const { fetcher, budget } = bounded({ timeoutMs: 10_000, budgetMs: 300 });
    const started = Date.now();
    const error = await failure(fetcher(`${base}/slow`));
    expect(Date.now() - started).toBeLessThan(5000);
    expect((error as ApiRequestError).budgetExceeded).toBe(true);
    expect(error.message).toBe('the delivery budget of 300 ms is used up (GET /slow not sent or cut)');
    expect(budget.exceeded).toBe(true);
    const before = hits.get('/slow');
    await failure(fetcher(`${base}/slow`));
    expect(hits.get('/slow')).toBe(before);
  });

  it.each([
    ['HTML', 'text/html', '<html>Service Unavailable</html>', "is not JSON: '<html>Service Unavailable</html>'"],
    ['truncated JSON', 'application/json', '{"id": 12', `is not JSON: '{"id": 12'`],
    ['an empty body', 'application/json', '', 'is not JSON: an empty body'],
    ['a JSON string', 'application/json', '"ok"', `is not JSON: '"ok"'`],
  ])('refuses a 2xx answer with %s', async (_name, type, body, message) => {
    handlers.set('/garbage', (_req, res) => res.writeHead(201, { 'content-type': type }).end(body));
    const { fetcher } = bounded();
    expect((await failure(fetcher(`${base}/garbage`, { method: 'POST', body: '{}' }))).message).toBe(
      `the answer to POST /garbage (HTTP 201) ${message}`,
    );
  });

  it('refuses an answer that grows without end instead of filling the memory', async () => {
    handlers.set('/flood', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const { fetcher } = bounded({ timeoutMs: 20_000, budgetMs: 30_000 });
    expect((await failure(fetcher(`${base}/flood`))).message).toBe('the answer to GET /flood is larger than 32 MiB');
  });

  it('accepts a 204 without a body', async () => {
    handlers.set('/empty', (_req, res) => res.writeHead(204).end());
    const { fetcher } = bounded();
    expect((await fetcher(`${base}/empty`, { method: 'DELETE' })).status).toBe(204);
  });

  it('gives the innermost cause when there is no system error code', async () => {
    // Port 9 is on the Fetch standard's list of bad ports: undici refuses it with "fetch failed", cause "bad port".
    const { fetcher } = bounded({ attempts: 1 });
    expect((await failure(fetcher('http://127.0.0.1:9/x', { method: 'POST', body: '{}' }))).message).toBe(
      'the request to 127.0.0.1:9 failed: bad port (POST /x)',
    );
  });

  it('names the host and the system error when it cannot connect', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { fetcher, log } = bounded();
    const error = await failure(fetcher(`http://127.0.0.1:${port}/repos/o/r/check-runs`, { method: 'POST', body: '{}' }));
    expect(error.message).toBe(`cannot reach 127.0.0.1:${port}: ECONNREFUSED`);
    // Refused connections never reached the server: safe to retry, even a POST.
    expect(log).toHaveLength(2);
  });
});

describe('the client and describeError', () => {
  const token = 'ghs_testtoken';
  async function client(budgetMs = 5000) {
    return createClient(token, base, new DeliveryBudget(budgetMs), {
      IMS_GATE_TEST_REQUEST_TIMEOUT_MS: '200',
      IMS_GATE_TEST_RETRY_BASE_MS: '5',
    });
  }

  it('describes an HTTP answer with its status, a network failure without one', async () => {
    handlers.set('/repos/o/r/check-runs', json(403, { message: 'Resource not accessible by integration' }));
    const refused = await failure((await client()).rest.checks.create({ owner: 'o', repo: 'r', name: 'n', head_sha: 'a'.repeat(40) }));
    expect(describeError(refused)).toBe('HTTP 403: Resource not accessible by integration');
    expect(isPermissionError(refused)).toBe(true);

    handlers.set('/repos/o/r/check-runs', never);
    const silent = await failure((await client()).rest.checks.create({ owner: 'o', repo: 'r', name: 'n', head_sha: 'a'.repeat(40) }));
    expect(describeError(silent)).toMatch(/^no answer from 127\.0\.0\.1:\d+ within 200 ms \(POST \/repos\/o\/r\/check-runs\)$/);
    expect(httpStatus(silent)).toBeUndefined();
    expect(isPermissionError(silent)).toBe(false);
    expect(describeError(silent)).not.toMatch(/HTTP 500/);
  });

  it('marks a request the budget stopped', async () => {
    handlers.set('/repos/o/r/issues/1/comments', never);
    const error = await failure((await client(100)).rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 }));
    expect(isBudgetExceeded(error)).toBe(true);
    expect(describeError(error)).toBe('the delivery budget of 100 ms is used up (GET /repos/o/r/issues/1/comments not sent or cut)');
  });

  it('refuses an unparsable 2xx answer', async () => {
    handlers.set('/repos/o/r/check-runs', (_req, res) => res.writeHead(201, { 'content-type': 'application/json' }).end('not json'));
    const error = await failure((await client()).rest.checks.create({ owner: 'o', repo: 'r', name: 'n', head_sha: 'a'.repeat(40) }));
    expect(describeError(error)).toBe("the answer to POST /repos/o/r/check-runs (HTTP 201) is not JSON: 'not json'");
  });

  it('waits out a secondary rate limit when the budget allows it, and says so; refuses a wait longer than the budget', async () => {
    const limited = (then: Handler): Handler => {
      let n = 0;
      return (req, res) =>
        ++n === 1
          ? res
              .writeHead(403, { 'content-type': 'application/json', 'retry-after': '1' })
              .end(JSON.stringify({ message: 'You have exceeded a secondary rate limit' }))
          : then(req, res);
    };
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      handlers.set('/repos/o/r/issues/3/labels', limited(json(200, [{ name: 'a' }])));
      const answer = await (await client()).rest.issues.listLabelsOnIssue({ owner: 'o', repo: 'r', issue_number: 3 });
      expect(answer.data).toEqual([{ name: 'a' }]);
      expect(lines.join('')).toMatch(
        /Retrying GET \/repos\/o\/r\/issues\/3\/labels in 1 s after the GitHub API secondary rate limit \(attempt 2 of 3\)\./,
      );

      lines.length = 0;
      handlers.set('/repos/o/r/issues/4/labels', limited(json(200, [])));
      const error = await failure((await client(800)).rest.issues.listLabelsOnIssue({ owner: 'o', repo: 'r', issue_number: 4 }));
      expect(httpStatus(error)).toBe(403);
      expect(lines.join('')).toMatch(
        /secondary rate limit on GET \/repos\/o\/r\/issues\/4\/labels: not retrying \(it asks to wait 1 s; the delivery budget leaves \d+ ms\)/,
      );
    } finally {
      process.stdout.write = write;
    }
  });
});
