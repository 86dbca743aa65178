// The live Admin Console as a source: credentials from the environment, one bounded read of UMAPI, and the users
// as a DashboardExport with `origin: 'live'`, which the rules read as they read a CSV export. Never throws: a
// failure is a problem whose message names the cause and the fix, and holds no secret, token or personal data.
import type { AdminConsoleConfig } from '../../config/types.js';
import { type DashboardExport, type DashboardUser, LIVE_ADMIN_CONSOLE, type LiveProfile, type Loc } from '../../types.js';
import { compareStrings } from '../../util/compare.js';
import { type LiveGroup, type LiveRead, type LiveUser, UmapiClient } from './client.js';
import { UmapiError } from './http.js';
import { umapiLimits } from './limits.js';

export type { LiveGroup, LiveRead, LiveUser } from './client.js';
export { UmapiError } from './http.js';

export const PROFILE_TYPE = 'PRODUCT_PROFILE';

export interface LiveSourceOptions {
  env?: NodeJS.ProcessEnv;
  /** Called with the client secret and the token as soon as each is known (the action masks them in its log). */
  onSecret?: (value: string) => void;
}

export type LiveSource =
  | { ok: true; readAt: string; read: LiveRead; secrets: string[] }
  | { ok: false; problem: string; secrets: string[] };

/** Values no output may show: the credential, and what identifies a person in the live Admin Console. */
function personalValues(read: LiveRead): string[] {
  const values = new Set<string>();
  for (const user of read.users) {
    // No message quotes a user (the rules count them): this is belt and braces. A username that could be an
    // ordinary word ("campaign", "operator") is left alone, not to blank it out of every message.
    if (user.email) values.add(user.email);
    if (user.username && user.username.length >= 6 && /[@.]/.test(user.username)) values.add(user.username);
  }
  return [...values];
}

export async function readLiveAdminConsole(config: AdminConsoleConfig, options: LiveSourceOptions = {}): Promise<LiveSource> {
  const env = options.env ?? process.env;
  const clientId = env[config.clientIdEnv] ?? '';
  const clientSecret = env[config.clientSecretEnv] ?? '';
  const secrets = clientSecret ? [clientSecret] : [];
  const missing = [clientId ? undefined : config.clientIdEnv, clientSecret ? undefined : config.clientSecretEnv].filter(Boolean);
  if (missing.length > 0)
    return { ok: false, problem: `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set in the environment`, secrets };
  options.onSecret?.(clientSecret);
  const client = UmapiClient.create(
    umapiLimits(env, config.budgetSeconds),
    config,
    { clientId, clientSecret, clientIdEnv: config.clientIdEnv, clientSecretEnv: config.clientSecretEnv },
    (token) => {
      secrets.push(token);
      options.onSecret?.(token);
    },
  );
  try {
    const read = await client.read();
    return { ok: true, readAt: new Date().toISOString(), read, secrets: [...secrets, ...personalValues(read)] };
  } catch (error) {
    // Only UmapiError messages are built to be shown; anything else is a bug whose text is not trusted.
    const problem =
      error instanceof UmapiError ? error.message : `internal error while reading UMAPI (${(error as Error)?.name ?? 'error'})`;
    return { ok: false, problem, secrets };
  }
}

/** Users in the order `pull` writes them: by e-mail, then username (case-insensitively, then exactly). */
export function compareLiveUsers(a: LiveUser, b: LiveUser): number {
  const key = (user: LiveUser) => [
    (user.email ?? '').toLowerCase(),
    (user.username ?? '').toLowerCase(),
    user.email ?? '',
    user.username ?? '',
  ];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) {
    const order = compareStrings(ka[i], kb[i]);
    if (order !== 0) return order;
  }
  return 0;
}

/** A user's groups split as the Admin Console export splits them: product profiles, then user groups, each sorted. */
export function splitGroups(user: LiveUser, groups: readonly LiveGroup[]): { profiles: string[]; userGroups: string[] } {
  const types = new Map(groups.map((group) => [group.name, group.type]));
  const profiles = new Set<string>();
  const userGroups = new Set<string>();
  for (const name of user.groups) {
    // A name the groups listing did not type is kept with the profiles, where the rules see it.
    if (types.get(name) === 'USER_GROUP') userGroups.add(name);
    else profiles.add(name);
  }
  return { profiles: [...profiles].sort(compareStrings), userGroups: [...userGroups].sort(compareStrings) };
}

function liveLoc(line: number): Loc {
  return { file: LIVE_ADMIN_CONSOLE, line, column: 1, endLine: line, endColumn: 1 };
}

/**
 * The live users as an export the rules read like a CSV. Its locations name no file: each user has its own Loc
 * object (line n for the n-th user), and each profile name one Loc object (line 0) shared by all its cells, so that
 * the rules' live adapter can tell a finding about a user from one about a profile.
 */
export function liveExport(read: LiveRead): DashboardExport {
  const cells = new Map<string, Loc>();
  const users: DashboardUser[] = [...read.users].sort(compareLiveUsers).map((user, index) => {
    const { profiles, userGroups } = splitGroups(user, read.groups);
    const groups = [...profiles, ...userGroups].map((name) => {
      let loc = cells.get(name);
      if (!loc) {
        // Line 0: no user's line (users are on lines 1…n), so that a profile is never taken for a user.
        loc = liveLoc(0);
        cells.set(name, loc);
      }
      return { value: name, loc };
    });
    const row: DashboardUser = { loc: liveLoc(index + 1), groups };
    if (user.username) row.username = user.username;
    if (user.email) row.email = user.email;
    return row;
  });
  return { file: LIVE_ADMIN_CONSOLE, users, origin: 'live' };
}

/** The product profiles of the organization, by name. */
export function liveProfiles(read: LiveRead): LiveProfile[] {
  return read.groups
    .filter((group) => group.type === PROFILE_TYPE)
    .map((group) => ({ name: group.name, ...(group.memberCount === undefined ? {} : { memberCount: group.memberCount }) }))
    .sort((a, b) => compareStrings(a.name, b.name));
}
