// The live Admin Console written in the Admin Console's own CSV export format (the header of its "Export users
// to CSV"), which src/read/admin-console-csv.ts reads back. Deterministic: users by e-mail, then username; names in
// a cell sorted; '\n' line ends. Names, country and admin roles are left empty: ims-gate never reads them from
// UMAPI, and a file meant for git holds no more personal data than the check needs.
import { compareLiveUsers, splitGroups } from './index.js';
import type { LiveRead, LiveUser } from './client.js';

export const EXPORT_HEADER = [
  'Identity Type',
  'Username',
  'Domain',
  'Email',
  'First Name',
  'Last Name',
  'Country Code',
  'Product Configurations',
  'Admin Roles',
  'Product Configurations Administered',
  'User Groups',
  'User Groups Administered',
  'Products Administered',
  'Developer Access',
] as const;

const IDENTITY_TYPES: Record<string, string> = { adobeID: 'Adobe ID', enterpriseID: 'Enterprise ID', federatedID: 'Federated ID' };

/** A cell, quoted when it must be (separator, quote, line break, white space at an end), quotes doubled. */
function cell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface CsvOptions {
  /** Which product profiles to write (by default those some instance's mask matches); user groups only with `all`. */
  keep: (profile: string) => boolean;
  /** Every profile, user group and user (`pull --all`). */
  all: boolean;
}

export interface RenderedCsv {
  text: string;
  users: number;
  profiles: number;
  /** Names written that hold a ',': the export format splits cells on it, so each reads back as several names. */
  withComma: string[];
}

export function renderAdminConsoleCsv(read: LiveRead, options: CsvOptions): RenderedCsv {
  const lines = [EXPORT_HEADER.join(',')];
  const profilesSeen = new Set<string>();
  const withComma = new Set<string>();
  let users = 0;
  const sorted: LiveUser[] = [...read.users].sort(compareLiveUsers);
  for (const user of sorted) {
    const split = splitGroups(user, read.groups);
    const profiles = options.all ? split.profiles : split.profiles.filter(options.keep);
    const userGroups = options.all ? split.userGroups : [];
    if (!options.all && profiles.length === 0) continue;
    for (const profile of profiles) profilesSeen.add(profile);
    for (const name of [...profiles, ...userGroups]) if (name.includes(',')) withComma.add(name);
    const row: Record<(typeof EXPORT_HEADER)[number], string> = {
      'Identity Type': IDENTITY_TYPES[user.type ?? ''] ?? '',
      Username: user.username ?? '',
      Domain: user.domain ?? '',
      Email: user.email ?? '',
      'First Name': '',
      'Last Name': '',
      'Country Code': '',
      'Product Configurations': profiles.join(','),
      'Admin Roles': '',
      'Product Configurations Administered': '',
      'User Groups': userGroups.join(','),
      'User Groups Administered': '',
      'Products Administered': '',
      'Developer Access': '',
    };
    lines.push(EXPORT_HEADER.map((name) => cell(row[name])).join(','));
    users++;
  }
  return { text: `${lines.join('\n')}\n`, users, profiles: profilesSeen.size, withComma: [...withComma].sort() };
}
