// Test fixtures shaped like real Campaign exports: the package envelope an export writes around its entities.

/** The lines of a package export up to and including `<entities schema="nms:extAccount">` (5 lines). */
export const HEADER = `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <desc/>
  <version buildDate="2021-09-03 14:41:08.993Z"/>
  <entities schema="nms:extAccount">`;

export const FOOTER = `  </entities>
</package>
`;

/** An operator-group package export: the Nth group's `name` attribute is on line 4 + N, column 12. */
export function groupsPackage(...names: string[]): string {
  const groups = names.map((name) => `    <group name="${name}" label="${name} operators"/>`).join('\n');
  return `<?xml version='1.0'?>
<package author="Administrator (admin)" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <desc/>
  <entities schema="xtk:group">
${groups}
  </entities>
</package>
`;
}

/** The header of the Admin Console's user export (its own column names). */
export const ADMIN_CONSOLE_HEADER =
  'Identity Type,Username,Domain,Email,First Name,Last Name,Country Code,Product Configurations,Admin Roles,Product Configurations Administered,User Groups,User Groups Administered,Products Administered,Developer Access';

/**
 * An Admin Console export, one row per user from line 2. With 15-character emails (ann@example.com), a row's
 * first product profile starts at column 71, the next one at 71 + length of the first + 1.
 */
export function adminConsoleCsv(...rows: [email: string, profiles: string[]][]): string {
  const lines = rows.map(([email, profiles]) => `Federated ID,${email},example.com,${email},Jane,Doe,US,"${profiles.join(',')}",,,,,,`);
  return `${ADMIN_CONSOLE_HEADER}\n${lines.join('\n')}\n`;
}
