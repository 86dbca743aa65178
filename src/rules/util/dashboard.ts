// Enterprise Dashboard (Admin Console) group names, as the Admin Console exports visible to an instance list them.
import type { DashboardExport, DashboardUser, Located } from '../../types.js';

/** Every distinct group name of the exports, at its first cell (exports, rows and cells in order). */
export function dashboardNames(exports: DashboardExport[]): Map<string, Located<string>> {
  const names = new Map<string, Located<string>>();
  for (const exported of exports) {
    for (const user of exported.users) {
      for (const group of user.groups) if (!names.has(group.value)) names.set(group.value, group);
    }
  }
  return names;
}

/** How a message names a user of an export: email, else username, else the row. */
export function userLabel(user: DashboardUser): string {
  return user.email ?? user.username ?? `on line ${user.loc.line}`;
}
