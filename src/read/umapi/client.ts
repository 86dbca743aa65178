// The User Management API client: an OAuth Server-to-Server token from IMS, then the organization's groups and
// users, page by page (0-based, until `lastPage`). See the UMAPI section of docs/config.md for the API it follows.
//
// Only what ims-gate needs is kept of each user: e-mail, username, domain, identity type and group names. Names,
// country and admin roles are dropped as they are read, so that they cannot reach any output.
import { BoundedHttp, type Exchange, UmapiError } from './http.js';
import type { UmapiLimits } from './limits.js';

export const TOKEN_PATH = '/ims/token/v3';
export const SCOPE = 'openid,AdobeID,user_management_sdk';

export interface UmapiCredentials {
  clientId: string;
  clientSecret: string;
  /** The names of the variables they came from, for messages. */
  clientIdEnv: string;
  clientSecretEnv: string;
}

export interface UmapiTarget {
  orgId: string;
  imsUrl: string;
  umapiUrl: string;
}

export interface LiveGroup {
  name: string;
  type: string;
  memberCount?: number;
}

export interface LiveUser {
  email?: string;
  username?: string;
  domain?: string;
  /** adobeID | enterpriseID | federatedID | unknown */
  type?: string;
  groups: string[];
}

export interface LiveRead {
  groups: LiveGroup[];
  users: LiveUser[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A page past the end, as UMAPI answers it: `{ "lastPage": true, "result": "Not found" }` (200 or 404), without
 * the list. A `"result": "success"` page without its list is not one: that answer is broken.
 */
function isPastTheEnd(status: number, body: Record<string, unknown>, kind: 'groups' | 'users'): boolean {
  if (status !== 200 && status !== 404) return false;
  if (body.lastPage !== true || kind in body) return false;
  return status === 404 || (typeof body.result === 'string' && /^not found$/i.test(body.result));
}

/** X-Page-Count, when it is a page count. */
function pageCount(headers: Headers): number | undefined {
  const raw = headers.get('x-page-count');
  const count = raw === null || !/^\s*\d+\s*$/.test(raw) ? Number.NaN : Number(raw);
  return Number.isSafeInteger(count) && count >= 1 ? count : undefined;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** OAuth's error codes (RFC 6749 §5.2), which IMS answers with. */
const OAUTH_ERRORS = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
]);

/**
 * The error code of an answer, when it is one of the documented shapes (OAuth's codes; UMAPI's `error.<a>.<b>`):
 * anything else the server sent is not shown, since an answer is not trusted to hold no secret or personal data.
 */
function errorCode(json: unknown): string {
  const record = (json ?? {}) as Record<string, unknown>;
  const code = str(record.error) ?? str(record.result);
  if (code === undefined) return '';
  return OAUTH_ERRORS.has(code) || /^error(\.[a-z_]{1,40}){1,4}$/.test(code) ? ` (${code})` : '';
}

function credentialHint(credentials: UmapiCredentials): string {
  return `check ${credentials.clientIdEnv}/${credentials.clientSecretEnv}`;
}

export class UmapiClient {
  private token?: string;

  constructor(
    private readonly http: BoundedHttp,
    private readonly target: UmapiTarget,
    private readonly credentials: UmapiCredentials,
    /** Called with the token as soon as it is known, so that the action can mask it in the job log. */
    private readonly onSecret: (value: string) => void = () => undefined,
  ) {}

  static create(limits: UmapiLimits, target: UmapiTarget, credentials: UmapiCredentials, onSecret?: (value: string) => void): UmapiClient {
    return new UmapiClient(new BoundedHttp(limits), target, credentials, onSecret);
  }

  /** The access token: `POST {imsUrl}/ims/token/v3`, form-encoded client credentials. */
  async fetchToken(): Promise<string> {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.credentials.clientId,
      client_secret: this.credentials.clientSecret,
      scope: SCOPE,
    }).toString();
    const exchange: Exchange = {
      method: 'POST',
      url: new URL(this.target.imsUrl + TOKEN_PATH),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body,
      label: `POST ${TOKEN_PATH}`,
      service: 'IMS',
    };
    const answer = await this.http.send(exchange);
    if (answer.status === 400 || answer.status === 401 || answer.status === 403)
      throw new UmapiError(
        `IMS answered ${answer.status}${errorCode(answer.json)} to ${exchange.label} (${credentialHint(this.credentials)})`,
      );
    if (answer.status !== 200) throw new UmapiError(`IMS answered ${answer.status} to ${exchange.label}`);
    const token = str((answer.json as Record<string, unknown> | undefined)?.access_token);
    if (!token) throw new UmapiError(`IMS answered ${exchange.label} without an access_token`);
    this.onSecret(token);
    this.token = token;
    return token;
  }

  private async page(kind: 'groups' | 'users', page: number): Promise<{ items: unknown[]; last: boolean }> {
    const token = this.token ?? (await this.fetchToken());
    // The orgId is written as Adobe writes it (`…@AdobeOrg`); anything else in it is encoded.
    const path = `/v2/usermanagement/${kind}/${encodeURIComponent(this.target.orgId).replaceAll('%40', '@')}/${page}`;
    const exchange: Exchange = {
      method: 'GET',
      url: new URL(this.target.umapiUrl + path),
      headers: { Authorization: `Bearer ${token}`, 'X-Api-Key': this.credentials.clientId, Accept: 'application/json' },
      label: `GET ${path}`,
      pace: kind,
      service: 'UMAPI',
    };
    const answer = await this.http.send(exchange);
    const body = (isRecord(answer.json) ? answer.json : {}) as Record<string, unknown>;
    if (isPastTheEnd(answer.status, body, kind)) return { items: [], last: true };
    if (answer.status === 401)
      throw new UmapiError(`UMAPI answered 401 to ${exchange.label}: the token was refused (${credentialHint(this.credentials)})`);
    if (answer.status === 403)
      throw new UmapiError(
        `UMAPI answered 403 to ${exchange.label}: the credential may not read this organization (add the User Management API to the project of ${this.credentials.clientIdEnv}, and check orgId)`,
      );
    if (answer.status !== 200) throw new UmapiError(`UMAPI answered ${answer.status}${errorCode(answer.json)} to ${exchange.label}`);
    const items = body[kind];
    // `"users": null` or no list at all, even on a last page, is a broken answer: never read as an empty org.
    if (!Array.isArray(items)) throw new UmapiError(`UMAPI answered a ${kind} page without a ${kind} list (${exchange.label})`);
    const odd = items.findIndex((item) => !isRecord(item));
    if (odd >= 0) throw new UmapiError(`UMAPI answered a ${kind} page with an item that is not an object (${exchange.label}, item ${odd})`);
    const count = pageCount(answer.headers);
    let last: boolean;
    if (typeof body.lastPage === 'boolean') last = body.lastPage;
    else {
      // No lastPage: the X-Page-Count header says how many pages there are.
      if (count === undefined) throw new UmapiError(`UMAPI answered ${exchange.label} without lastPage or X-Page-Count`);
      last = page + 1 >= count;
    }
    if (!last && count !== undefined && count > page + 1) this.checkAnnounced(kind, page, count, exchange.label);
    return { items, last };
  }

  /** A listing that announces more pages than the page cap or the budget allows fails now, not at its end. */
  private checkAnnounced(kind: 'groups' | 'users', page: number, count: number, label: string): void {
    const cap = this.http.limits.maxPages;
    if (count > cap)
      throw new UmapiError(`UMAPI announced ${count} pages of ${kind} (X-Page-Count), more than the page cap of ${cap} (${label})`);
    this.http.checkPagesFit(kind, count - page - 1, label);
  }

  private async list(kind: 'groups' | 'users'): Promise<unknown[]> {
    const all: unknown[] = [];
    for (let page = 0; ; page++) {
      if (page >= this.http.limits.maxPages)
        throw new UmapiError(
          `UMAPI listed more than ${this.http.limits.maxPages} pages of ${kind} without a last page; the page cap stopped the read`,
        );
      const { items, last } = await this.page(kind, page);
      for (const item of items) all.push(item);
      if (last) return all;
    }
  }

  async groups(): Promise<LiveGroup[]> {
    const groups: LiveGroup[] = [];
    for (const item of await this.list('groups')) {
      const record = (item ?? {}) as Record<string, unknown>;
      const name = str(record.groupName);
      if (!name) continue;
      const memberCount = typeof record.memberCount === 'number' && Number.isInteger(record.memberCount) ? record.memberCount : undefined;
      groups.push({ name, type: str(record.type) ?? 'unknown', ...(memberCount === undefined ? {} : { memberCount }) });
    }
    return groups;
  }

  async users(): Promise<LiveUser[]> {
    const users: LiveUser[] = [];
    for (const item of await this.list('users')) {
      const record = (item ?? {}) as Record<string, unknown>;
      const groups = Array.isArray(record.groups)
        ? record.groups.filter((group): group is string => typeof group === 'string' && group !== '')
        : [];
      const user: LiveUser = { groups };
      const email = str(record.email);
      const username = str(record.username);
      const domain = str(record.domain);
      const type = str(record.type);
      if (email) user.email = email;
      if (username) user.username = username;
      if (domain) user.domain = domain;
      if (type) user.type = type;
      if (email || username) users.push(user);
    }
    return users;
  }

  async read(): Promise<LiveRead> {
    await this.fetchToken();
    const groups = await this.groups();
    const users = await this.users();
    return { groups, users };
  }
}
