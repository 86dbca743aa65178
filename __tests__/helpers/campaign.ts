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
