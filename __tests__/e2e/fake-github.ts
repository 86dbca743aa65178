// The stub API routes with `if (method === … && (m = pattern.exec(path))) return reply(…)`: assignments in conditions and
// void returns are its idiom, allowed for this file only in biome.json.
// A loopback stand-in for the GitHub REST API: it answers the endpoints the action uses (check runs and their list
// for a commit, issue comments with Link-header pagination, labels, the token's user), keeps their state across runs, injects faults
// (a 502 once, 403 on writes as a fork PR's read-only token gets, no answer at all, a 2xx with a body that is
// not JSON, a comment list whose `Link: rel="next"` never ends), and validates every request against GitHub's
// OpenAPI description. Any request that does not conform is recorded in `violations`, which a test asserts empty.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OpenApiValidator } from './openapi.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: any;
  rawBody: string;
  headers: IncomingMessage['headers'];
  operationId?: string;
  status: number;
}

export interface CheckRunState {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  output: { title?: string; summary?: string; text?: string };
  annotations: any[];
}

export interface CommentState {
  id: number;
  body: string;
  user: { login: string; type: string };
}

/** A file of a pull request, as GET /pulls/{n}/files lists it. */
export interface PullFile {
  filename: string;
  patch?: string;
}

export interface ReviewCommentState {
  id: number;
  path: string;
  line: number;
  start_line?: number;
  body: string;
  user: { login: string; type: string };
  review_id: number;
}

/** The RIGHT-side lines (context and added) of a patch: an oracle independent of the action's own parser. */
export function rightLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let line = -1;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) line = Number(hunk[1]);
    else if (line >= 0 && (text.startsWith('+') || text.startsWith(' '))) lines.add(line++);
  }
  return lines;
}

export interface Fault {
  method: string;
  /** Matches the path (without the API prefix). */
  path: RegExp;
  status: number;
  message: string;
  /** How many matching requests fail; Infinity for all. */
  times: number;
}

/** A 2xx answer whose body is not what the API describes. */
export interface Garbage {
  method: string;
  path: RegExp;
  status: number;
  contentType: string;
  body: string;
}

export interface FakeGitHubOptions {
  token: string;
  owner: string;
  repo: string;
  /** Path prefix of the API (GHES: `/api/v3`). */
  prefix?: string;
  /** Comments already on issues, e.g. to force pagination. */
  seedComments?: Record<number, number>;
}

const FORBIDDEN = 'Resource not accessible by integration';
/** The user a personal token (not `ghs_`) belongs to. */
export const PAT_USER = 'release-bot-user';

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly checkRuns = new Map<number, CheckRunState>();
  readonly comments = new Map<number, CommentState[]>();
  readonly labels = new Map<number, string[]>();
  /** Files of each pull request (GET /pulls/{n}/files), seeded by a test. */
  readonly pullFiles = new Map<number, PullFile[]>();
  readonly reviewComments = new Map<number, ReviewCommentState[]>();
  /** Reviews posted, by pull request: each is the list of its comments. */
  readonly reviews = new Map<number, ReviewCommentState[][]>();
  readonly faults: Fault[] = [];
  readonly garbage: Garbage[] = [];
  /** Requests matching one of these are recorded and never answered. */
  readonly silent: { method: string; path: RegExp }[] = [];
  /** Comment lists of these issues announce a next page forever. */
  readonly endlessComments = new Set<number>();
  /** Label lists answer each name as an object instead of a string. */
  labelNamesAsObjects = false;
  /** Called as each request arrives, before it is answered (e.g. to see what the action had written by then). */
  onRequest?: (request: RecordedRequest) => void;
  private server?: Server;
  private nextId = 1000;
  private port = 0;

  constructor(
    private readonly validator: OpenApiValidator,
    private readonly options: FakeGitHubOptions,
  ) {
    for (const [issue, count] of Object.entries(options.seedComments ?? {})) {
      const list = this.commentsOf(Number(issue));
      for (let i = 0; i < count; i++)
        list.push({ id: this.id(), body: `An unrelated comment #${i + 1}`, user: { login: 'octocat', type: 'User' } });
    }
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}${this.options.prefix ?? ''}`;
  }

  /** Makes every write fail with 403, as a fork pull request's read-only token does. */
  readOnly(): void {
    this.faults.push({ method: '*', path: /.*/, status: 403, message: FORBIDDEN, times: Infinity });
  }

  failOnce(method: string, path: RegExp, status: number, message = 'Bad Gateway'): void {
    this.faults.push({ method, path, status, message, times: 1 });
  }

  /** Never answers matching requests (every request by default): the connection stays open, silent. */
  neverAnswer(method = '*', path: RegExp = /.*/): void {
    this.silent.push({ method, path });
  }

  /** Answers matching requests with a 2xx status and a body that is not JSON. */
  answerGarbage(method: string, path: RegExp, body = '<html><body>Unicorn!</body></html>', status = 201, contentType = 'text/html'): void {
    this.garbage.push({ method, path, status, contentType, body });
  }

  /** A comment written by someone, as the API would list it. */
  addComment(issue: number, login: string, body: string, type = 'User'): CommentState {
    const comment = { id: this.id(), body, user: { login, type } };
    this.commentsOf(issue).push(comment);
    return comment;
  }

  /** An installation token (`ghs_`: GITHUB_TOKEN) rather than a personal one. */
  get installationToken(): boolean {
    return this.options.token.startsWith('ghs_');
  }

  /** The login the action's token writes as: github-actions[bot] for GITHUB_TOKEN, the user for a personal token. */
  get botLogin(): string {
    return this.installationToken ? 'github-actions[bot]' : PAT_USER;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        try {
          this.handle(req, res, Buffer.concat(chunks).toString('utf8'));
        } catch (error) {
          this.violations.push(`server error: ${(error as Error).stack}`);
          this.send(res, 500, { message: 'fake server error' });
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    // Silent requests hold their connections open; close them, or close() would wait for them.
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  commentsOf(issue: number): CommentState[] {
    let list = this.comments.get(issue);
    if (!list) this.comments.set(issue, (list = []));
    return list;
  }

  labelsOf(issue: number): string[] {
    let list = this.labels.get(issue);
    if (!list) this.labels.set(issue, (list = []));
    return list;
  }

  /** Requests that reached a handler with the given operation id. */
  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  private id(): number {
    return this.nextId++;
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-github-request-id': `FAKE:${this.nextId}`,
      ...headers,
    });
    res.end(text);
  }

  private handle(req: IncomingMessage, res: ServerResponse, rawBody: string): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const prefix = this.options.prefix ?? '';
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      rawBody,
      headers: req.headers,
      status: 0,
    };
    this.requests.push(record);
    this.onRequest?.(record);
    const reply = (status: number, body: unknown, headers?: Record<string, string>) => {
      record.status = status;
      this.send(res, status, body, headers);
    };

    if (!url.pathname.startsWith(`${prefix}/`)) {
      this.violations.push(`${method} ${url.pathname}: outside the API prefix '${prefix}'`);
      return reply(404, { message: 'Not Found' });
    }
    const path = url.pathname.slice(prefix.length);
    if (req.headers.authorization !== `token ${this.options.token}`) {
      this.violations.push(`${method} ${path}: authorization header is not the action's token`);
    }
    if (rawBody !== '') {
      try {
        record.body = JSON.parse(rawBody);
      } catch {
        this.violations.push(`${method} ${path}: body is not JSON`);
      }
    }
    const validation = this.validator.validate(method, path, url.searchParams, record.body, req.headers['content-type']);
    record.operationId = validation.operationId;
    this.violations.push(...validation.errors);

    if (this.silent.some((q) => (q.method === '*' || q.method === method) && q.path.test(path))) {
      record.status = -1;
      return;
    }
    const junk = this.garbage.find((g) => g.method === method && g.path.test(path));
    if (junk) {
      record.status = junk.status;
      res.writeHead(junk.status, { 'content-type': junk.contentType });
      res.end(junk.body);
      return;
    }

    if (method === 'GET' && path === '/user') {
      // GET /user answers 403 for installation tokens (GITHUB_TOKEN, GitHub Apps), the user for personal tokens.
      if (this.installationToken)
        return reply(403, {
          message: FORBIDDEN,
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          status: '403',
        });
      return reply(200, { login: PAT_USER, id: 7, type: 'User' });
    }

    const fault = this.faults.find(
      (f) => f.times > 0 && (f.method === method || (f.method === '*' && method !== 'GET')) && f.path.test(path),
    );
    if (fault) {
      fault.times--;
      return reply(fault.status, {
        message: fault.message,
        documentation_url: 'https://docs.github.com/rest',
        status: String(fault.status),
      });
    }

    const { owner, repo } = this.options;
    const base = `/repos/${owner}/${repo}`;
    if (!path.startsWith(`${base}/`)) {
      this.violations.push(`${method} ${path}: not the repository ${owner}/${repo}`);
      return reply(404, { message: 'Not Found' });
    }
    const rest = path.slice(base.length);
    const server = `http://127.0.0.1:${this.port}`;
    let m: RegExpExecArray | null;

    if (method === 'POST' && rest === '/check-runs' && !this.installationToken) {
      // Only GitHub Apps (GITHUB_TOKEN included) may create check runs.
      return reply(403, {
        message: 'You must authenticate via a GitHub App.',
        documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
        status: '403',
      });
    }
    if (method === 'POST' && rest === '/check-runs') {
      const run: CheckRunState = {
        id: this.id(),
        name: record.body.name,
        head_sha: record.body.head_sha,
        status: record.body.conclusion ? 'completed' : (record.body.status ?? 'queued'),
        conclusion: record.body.conclusion,
        output: { title: record.body.output?.title, summary: record.body.output?.summary, text: record.body.output?.text },
        annotations: [...(record.body.output?.annotations ?? [])],
      };
      this.checkRuns.set(run.id, run);
      return reply(201, this.checkRunJson(run));
    }
    if (method === 'GET' && (m = /^\/commits\/([^/]+)\/check-runs$/.exec(rest))) {
      const ref = decodeURIComponent(m[1]);
      const runs = [...this.checkRuns.values()].filter((run) => run.head_sha === ref).map((run) => this.checkRunJson(run));
      return reply(200, { total_count: runs.length, check_runs: runs });
    }
    if (method === 'PATCH' && (m = /^\/check-runs\/(\d+)$/.exec(rest))) {
      const run = this.checkRuns.get(Number(m[1]));
      if (!run) return reply(404, { message: 'Not Found' });
      if (record.body.status) run.status = record.body.status;
      if (record.body.conclusion) (run.conclusion = record.body.conclusion), (run.status = 'completed');
      if (record.body.output) {
        run.output = {
          ...run.output,
          title: record.body.output.title ?? run.output.title,
          summary: record.body.output.summary ?? run.output.summary,
        };
        if (record.body.output.text !== undefined) run.output.text = record.body.output.text;
        run.annotations.push(...(record.body.output.annotations ?? []));
      }
      return reply(200, this.checkRunJson(run));
    }
    if (method === 'GET' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest)) && this.endlessComments.has(Number(m[1]))) {
      const page = Number(url.searchParams.get('page') ?? 1);
      const next = `<${server}${url.pathname}?per_page=100&page=${page + 1}>; rel="next"`;
      return reply(
        200,
        [this.commentJson({ id: this.id(), body: `spam page ${page}`, user: { login: 'spammer', type: 'User' } }, Number(m[1]))],
        { link: next },
      );
    }
    if (method === 'GET' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      return this.page(
        reply,
        url,
        this.commentsOf(Number(m[1])).map((c) => this.commentJson(c, Number(m![1]))),
        `${server}${url.pathname}`,
      );
    }
    if (method === 'POST' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const comment: CommentState = { id: this.id(), body: record.body.body, user: { login: this.botLogin, type: 'Bot' } };
      this.commentsOf(Number(m[1])).push(comment);
      return reply(201, this.commentJson(comment, Number(m[1])));
    }
    if (method === 'PATCH' && (m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      for (const [issue, list] of this.comments) {
        const comment = list.find((c) => c.id === Number(m![1]));
        if (comment) {
          comment.body = record.body.body;
          return reply(200, this.commentJson(comment, issue));
        }
      }
      return reply(404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = /^\/issues\/(\d+)\/labels$/.exec(rest))) {
      return this.page(
        reply,
        url,
        this.labelsOf(Number(m[1])).map((name) => this.labelJson(name)),
        `${server}${url.pathname}`,
      );
    }
    if (method === 'POST' && (m = /^\/issues\/(\d+)\/labels$/.exec(rest))) {
      const list = this.labelsOf(Number(m[1]));
      for (const name of record.body.labels ?? []) if (!list.includes(name)) list.push(name);
      return reply(
        200,
        list.map((name) => this.labelJson(name)),
      );
    }
    if (method === 'DELETE' && (m = /^\/issues\/(\d+)\/labels\/([^/]+)$/.exec(rest))) {
      const list = this.labelsOf(Number(m[1]));
      const name = decodeURIComponent(m[2]);
      const index = list.indexOf(name);
      if (index < 0) return reply(404, { message: 'Label does not exist' });
      list.splice(index, 1);
      return reply(
        200,
        list.map((n) => this.labelJson(n)),
      );
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)\/files$/.exec(rest))) {
      return this.page(reply, url, this.pullFiles.get(Number(m[1])) ?? [], `${server}${url.pathname}`);
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)\/comments$/.exec(rest))) {
      const pull = Number(m[1]);
      return this.page(
        reply,
        url,
        (this.reviewComments.get(pull) ?? []).map((c) => this.reviewCommentJson(c, pull)),
        `${server}${url.pathname}`,
      );
    }
    if (method === 'POST' && (m = /^\/pulls\/(\d+)\/reviews$/.exec(rest))) {
      const pull = Number(m[1]);
      const files = this.pullFiles.get(pull) ?? [];
      const comments: any[] = record.body.comments ?? [];
      // GitHub refuses the whole review when one comment's lines are not in the diff.
      const outside = comments.find((c) => {
        const lines = rightLines(files.find((f) => f.filename === c.path)?.patch ?? '');
        return c.side !== 'RIGHT' || !lines.has(c.line) || (c.start_line !== undefined && !lines.has(c.start_line));
      });
      if (outside) return reply(422, { message: 'Unprocessable Entity', errors: ['Line could not be resolved'], status: '422' });
      const reviewId = this.id();
      const posted: ReviewCommentState[] = comments.map((c) => ({
        id: this.id(),
        path: c.path,
        line: c.line,
        ...(c.start_line !== undefined ? { start_line: c.start_line } : {}),
        body: c.body,
        user: { login: this.botLogin, type: 'Bot' },
        review_id: reviewId,
      }));
      const list = this.reviewComments.get(pull) ?? [];
      list.push(...posted);
      this.reviewComments.set(pull, list);
      const reviews = this.reviews.get(pull) ?? [];
      reviews.push(posted);
      this.reviews.set(pull, reviews);
      return reply(200, {
        id: reviewId,
        node_id: `PRR_${reviewId}`,
        user: { login: this.botLogin, id: 1, type: 'Bot' },
        body: record.body.body ?? '',
        state: 'COMMENTED',
        html_url: `https://github.com/${owner}/${repo}/pull/${pull}#pullrequestreview-${reviewId}`,
        pull_request_url: `${this.apiUrl}${base}/pulls/${pull}`,
        commit_id: record.body.commit_id ?? null,
        author_association: 'NONE',
        _links: { html: { href: '' }, pull_request: { href: '' } },
      });
    }
    if (method === 'DELETE' && (m = /^\/pulls\/comments\/(\d+)$/.exec(rest))) {
      for (const list of this.reviewComments.values()) {
        const index = list.findIndex((c) => c.id === Number(m![1]));
        if (index >= 0) {
          list.splice(index, 1);
          res.statusCode = 204;
          record.status = 204;
          res.end();
          return;
        }
      }
      return reply(404, { message: 'Not Found' });
    }
    this.violations.push(`${method} ${path}: the fake server does not implement this endpoint (the action was not expected to call it)`);
    return reply(404, { message: 'Not Found' });
  }

  private page(
    reply: (status: number, body: unknown, headers?: Record<string, string>) => void,
    url: URL,
    items: unknown[],
    self: string,
  ): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const link = (p: number, rel: string) => `<${self}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    reply(200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
  }

  private checkRunJson(run: CheckRunState): unknown {
    return {
      id: run.id,
      head_sha: run.head_sha,
      node_id: `CR_${run.id}`,
      external_id: '',
      url: `${this.apiUrl}/repos/${this.options.owner}/${this.options.repo}/check-runs/${run.id}`,
      html_url: `https://github.com/${this.options.owner}/${this.options.repo}/runs/${run.id}`,
      details_url: null,
      status: run.status,
      conclusion: run.conclusion ?? null,
      started_at: new Date().toISOString(),
      completed_at: run.conclusion ? new Date().toISOString() : null,
      output: {
        ...run.output,
        annotations_count: run.annotations.length,
        annotations_url: `${this.apiUrl}/repos/${this.options.owner}/${this.options.repo}/check-runs/${run.id}/annotations`,
      },
      name: run.name,
      check_suite: { id: 1 },
      // The app the token belongs to: GITHUB_TOKEN's check runs are created by the github-actions app.
      app: { id: 15368, slug: 'github-actions', node_id: 'MDM6QXBwMTUzNjg=', name: 'GitHub Actions', owner: { login: 'github', id: 9919 } },
      pull_requests: [],
    };
  }

  private commentJson(comment: CommentState, issue: number): unknown {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.apiUrl}/repos/${this.options.owner}/${this.options.repo}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${this.options.owner}/${this.options.repo}/pull/${issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: { login: comment.user.login, id: 1, type: comment.user.type },
      created_at: '2024-01-01T00:00:00Z',
      updated_at: new Date().toISOString(),
      issue_url: `${this.apiUrl}/repos/${this.options.owner}/${this.options.repo}/issues/${issue}`,
      author_association: 'NONE',
    };
  }

  private reviewCommentJson(comment: ReviewCommentState, pull: number): unknown {
    const { owner, repo } = this.options;
    return {
      id: comment.id,
      node_id: `PRRC_${comment.id}`,
      pull_request_review_id: comment.review_id,
      url: `${this.apiUrl}/repos/${owner}/${repo}/pulls/comments/${comment.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${pull}#discussion_r${comment.id}`,
      path: comment.path,
      line: comment.line,
      side: 'RIGHT',
      start_line: comment.start_line ?? null,
      body: comment.body,
      user: { login: comment.user.login, id: 1, type: comment.user.type },
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      author_association: 'NONE',
    };
  }

  private labelJson(name: string): unknown {
    const shown = this.labelNamesAsObjects ? { value: name } : name;
    return {
      id: 1,
      node_id: 'LA_1',
      url: `${this.apiUrl}/repos/${this.options.owner}/${this.options.repo}/labels/${encodeURIComponent(name)}`,
      name: shown,
      color: 'ededed',
      default: false,
      description: null,
    };
  }
}
