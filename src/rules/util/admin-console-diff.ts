// How two lists of Admin Console users differ, by user (e-mail, else username, case-insensitively) and by the set
// of their Campaign profiles. Used to compare a committed export with the live Admin Console (IMS000's drift
// notice, `ims-gate admin-console pull --check`); the result holds counts and CSV line numbers, never a user.
import type { DashboardUser, Model } from '../../types.js';
import { compareStrings } from '../../util/compare.js';
import { plural } from '../../util/plural.js';
import { instanceMask, usablePrefix } from './mask.js';

export interface UserRow {
  key: string;
  groups: string[];
  /** The row's line in its CSV file, when it has one. */
  line?: number;
}

export interface UsersDiff {
  added: number;
  /** The rows of `before` whose user is gone, and those whose groups changed. */
  removed: UserRow[];
  changed: UserRow[];
}

/** Whether a group name is Campaign-relevant: it starts with the mask prefix of some instance of the model. */
export function campaignRelevance(model: Model): (name: string) => boolean {
  const prefixes = campaignPrefixes(model);
  return (name) => prefixes.some((prefix) => name.startsWith(prefix));
}

/** The usable mask prefixes of the model's instances. */
export function campaignPrefixes(model: Model): string[] {
  return model.instances.flatMap((instance) => {
    const prefix = usablePrefix(instanceMask(instance));
    return prefix === undefined ? [] : [prefix];
  });
}

/** The users as rows, with only the groups `keep` keeps; users left with none are left out. */
export function rowsOf(users: readonly DashboardUser[], keep: (name: string) => boolean = () => true, withLines = false): UserRow[] {
  const rows: UserRow[] = [];
  for (const user of users) {
    const groups = [...new Set(user.groups.map((group) => group.value).filter(keep))].sort(compareStrings);
    if (groups.length === 0) continue;
    const key = (user.email ?? user.username ?? '').toLowerCase();
    rows.push({ key, groups, ...(withLines ? { line: user.loc.line } : {}) });
  }
  return rows;
}

export function diffRows(before: readonly UserRow[], after: readonly UserRow[]): UsersDiff {
  const now = new Map<string, UserRow>();
  for (const row of after) now.set(row.key, row);
  const seen = new Set<string>();
  const diff: UsersDiff = { added: 0, removed: [], changed: [] };
  for (const row of before) {
    seen.add(row.key);
    const current = now.get(row.key);
    if (!current) diff.removed.push(row);
    else if (current.groups.join('\u0000') !== row.groups.join('\u0000')) diff.changed.push(row);
  }
  for (const key of now.keys()) if (!seen.has(key)) diff.added++;
  return diff;
}

export function isEmptyDiff(diff: UsersDiff): boolean {
  return diff.added === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

/** "2 users added, 1 removed, 3 changed". */
export function describeDiff(diff: UsersDiff): string {
  return `${plural(diff.added, 'user')} added, ${diff.removed.length} removed, ${diff.changed.length} changed`;
}
