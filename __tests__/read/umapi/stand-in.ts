// A loopback stand-in for Adobe IMS and the User Management API, as documented (see the UMAPI section of
// /work/shared/reference/campaign-and-github-facts.md and docs/config.md):
//   POST /ims/token/v3  form-encoded grant_type=client_credentials, client_id, client_secret,
//                       scope=openid,AdobeID,user_management_sdk → { access_token, expires_in, token_type }
//   GET /v2/usermanagement/groups/{orgId}/{page}, GET /v2/usermanagement/users/{orgId}/{page}: 0-based pages,
//                       `lastPage`, the X-Total-Count / X-Page-Count / X-Current-Page / X-Page-Size headers, and
//                       `{ "lastPage": true, "result": "Not found" }` past the end.
// Every UMAPI request must carry `Authorization: Bearer <a token this stand-in issued and did not revoke>` and
// `X-Api-Key: <the client id>`; one that does not is answered 401 and recorded in `violations`.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInUser {
  id?: string;
  email?: string;
  username?: string;
  domain?: string;
  firstname?: string;
  lastname?: string;
  country?: string;
  type?: string;
  status?: string;
  groups?: string[];
  adminRoles?: string[];
}

export interface StandInGroup {
  groupName: string;
  type: string;
  groupId?: number;
  memberCount?: number;
  productName?: string;
}

/**
 * What to answer instead of the page: a status (with Retry-After and other headers), nothing at all (`hang`), or
 * the headers and then one byte of a body every 50 ms, forever (`drip`).
 */
export type Fault = { status: number; retryAfter?: string; body?: unknown; headers?: Record<string, string> } | 'hang' | 'drip';

export interface StandInOptions {
  clientId: string;
  clientSecret: string;
  orgId: string;
  groups: StandInGroup[];
  users: StandInUser[];
  usersPageSize?: number;
  groupsPageSize?: number;
  /** A fault for the n-th request (1-based, counted per kind) of `token`, `groups` or `users`; undefined: answer. */
  fault?: (kind: 'token' | 'groups' | 'users', attempt: number, page: number) => Fault | undefined;
  /** After this many UMAPI answers, every issued token is revoked (401 from then on). */
  revokeAfter?: number;
  /** The token to issue (default: a random one). */
  token?: string;
  /** Leave `lastPage` out of the pages (clients must then go by X-Page-Count). */
  omitLastPage?: boolean;
}

export interface RecordedRequest {
  at: number;
  method: string;
  path: string;
  kind: 'token' | 'groups' | 'users' | 'other';
  headers: IncomingMessage['headers'];
  body: string;
}

export interface StandIn {
  url: string;
  requests: RecordedRequest[];
  violations: string[];
  tokens: string[];
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startStandIn(options: StandInOptions): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const tokens: string[] = [];
  const valid = new Set<string>();
  const counts = { token: 0, groups: 0, users: 0 };
  let answered = 0;
  const hanging: ServerResponse[] = [];
  const drips = new Set<NodeJS.Timeout>();

  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const listing = /^\/v2\/usermanagement\/(groups|users)\/([^/]+)\/(\d+)$/.exec(url.pathname);
      const kind = url.pathname === '/ims/token/v3' ? 'token' : listing ? (listing[1] as 'groups' | 'users') : 'other';
      requests.push({ at: Date.now(), method: req.method ?? '', path: url.pathname, kind, headers: req.headers, body });
      if (kind === 'other') return json(res, 404, { result: 'Not found' });
      const attempt = ++counts[kind];
      const page = listing ? Number(listing[3]) : 0;
      const fault = options.fault?.(kind, attempt, page);
      if (fault === 'hang') {
        hanging.push(res);
        return;
      }
      if (fault === 'drip') {
        hanging.push(res);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"lastPage":true,"result":"success","users":[');
        const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 50);
        drips.add(timer);
        return;
      }
      if (fault)
        return json(res, fault.status, fault.body ?? { result: 'error' }, {
          ...fault.headers,
          ...(fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter }),
        });

      if (kind === 'token') {
        const form = new URLSearchParams(body);
        const problems = [
          req.method !== 'POST' && 'method',
          !String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded') && 'content-type',
          form.get('grant_type') !== 'client_credentials' && 'grant_type',
          form.get('scope') !== 'openid,AdobeID,user_management_sdk' && 'scope',
        ].filter(Boolean);
        if (problems.length > 0) violations.push(`token request: ${problems.join(', ')}`);
        if (form.get('client_id') !== options.clientId || form.get('client_secret') !== options.clientSecret)
          return json(res, 401, { error: 'invalid_client', error_description: 'invalid client_id parameter' });
        const token = options.token ?? `eyJ${randomBytes(24).toString('hex')}`;
        tokens.push(token);
        valid.add(token);
        return json(res, 200, { access_token: token, token_type: 'bearer', expires_in: 86399 });
      }

      // UMAPI: headers and token on every request.
      const auth = String(req.headers.authorization ?? '');
      const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
      if (req.method !== 'GET') violations.push(`${url.pathname}: method ${req.method}`);
      if (req.headers['x-api-key'] !== options.clientId) {
        violations.push(`${url.pathname}: X-Api-Key`);
        return json(res, 401, { error_code: '401013', message: 'Oauth token is not valid' });
      }
      if (!tokens.includes(token)) {
        violations.push(`${url.pathname}: Authorization`);
        return json(res, 401, { error_code: '401013', message: 'Oauth token is not valid' });
      }
      if (options.revokeAfter !== undefined && answered >= options.revokeAfter) valid.clear();
      if (!valid.has(token)) return json(res, 401, { error_code: '401013', message: 'Oauth token is not valid' });
      if (listing?.[2] !== options.orgId)
        return json(res, 400, { result: 'error.organization.invalid_id', message: 'Bad organization Id' });
      answered++;
      const all: unknown[] = kind === 'users' ? options.users : options.groups;
      const size = (kind === 'users' ? options.usersPageSize : options.groupsPageSize) ?? 200;
      const pageCount = Math.max(1, Math.ceil(all.length / size));
      const headers = {
        'X-Total-Count': String(all.length),
        'X-Page-Count': String(pageCount),
        'X-Current-Page': String(page),
        'X-Page-Size': String(size),
      };
      if (page >= pageCount) return json(res, 404, { lastPage: true, result: 'Not found' }, headers);
      const items = all.slice(page * size, (page + 1) * size);
      const last = options.omitLastPage ? {} : { lastPage: page === pageCount - 1 };
      json(res, 200, { ...last, result: 'success', [kind]: items }, headers);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    violations,
    tokens,
    close: async () => {
      for (const timer of drips) clearInterval(timer);
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `n` users in the documented shape, with personal data that must never reach an output. */
export function standInUsers(n: number, groupsOf: (i: number) => string[], mark = 'person'): StandInUser[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${1000 + i}@AdobeID`,
    email: `${mark}.${String(i).padStart(3, '0')}@example.org`,
    username: `${mark}.${String(i).padStart(3, '0')}@example.org`,
    domain: 'example.org',
    firstname: `First${mark}${i}`,
    lastname: `Last${mark}${i}`,
    country: 'FR',
    type: 'federatedID',
    status: 'active',
    groups: groupsOf(i),
  }));
}
