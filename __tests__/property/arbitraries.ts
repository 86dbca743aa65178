// fast-check generators for the property suites: realistic Campaign/IMS documents (package exports, serverConf,
// manifests, Admin Console exports, the config), hostile edits to apply to them, and whole repositories.
import fc from 'fast-check';

// ---------------------------------------------------------------- escaping

export type Quote = '"' | "'";

/** An attribute value escaped for XML inside `quote`: & and < always, the quote itself, and > when asked. */
export function xmlEscape(value: string, quote: Quote = '"', escapeGt = false): string {
  let escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  if (escapeGt) escaped = escaped.replace(/>/g, '&gt;');
  return quote === '"' ? escaped.replace(/"/g, '&quot;') : escaped.replace(/'/g, '&apos;');
}

export function xmlAttr(name: string, value: string, quote: Quote = '"', escapeGt = false): string {
  return `${name}=${quote}${xmlEscape(value, quote, escapeGt)}${quote}`;
}

/** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
export const yamlString = (value: string): string => JSON.stringify(value);

/** A CSV cell, quoted when it must be. */
export function csvCell(value: string, separator: string): string {
  return value === '' || /["\r\n,;]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

// ---------------------------------------------------------------- field values

/** Realistic values, good and bad, for IMS fields; plus arbitrary printable text. */
const realistic = [
  'https://ims-na1.adobelogin.com',
  'http://ims-na1.adobelogin.com',
  ' https://ims-na1-stg1.adobelogin.com/ ',
  'https://adobeid-na1.services.adobe.com',
  'openid,AdobeID,read_organizations',
  'openid, AdobeID ,additional_info.projectedProductContext',
  'campaign-prod',
  'campaign-stage ',
  'https://campaign.example.com',
  'https://evil.example.net/callback',
  'A1B2C3D4E5F6A7B8C9D0E1F2@AdobeOrg',
  'Campaign - prod - (.*)',
  'Campaign - prod -(.*)',
  'campaign - stage - (.*)',
  'Campaign - prod - admin',
  'dma_campaign_classic',
  'dma_campaign',
  '@57QS5VHMb9BCsojLVrKI/Q==',
  '__PLAINTEXT__s3cr3t-value',
  'examplecorp',
  '',
  ' ',
  'é ü 日本 🚀',
  'line\nbreak',
];

export const fieldValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...realistic) },
  { weight: 1, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

// ---------------------------------------------------------------- documents

const ACCOUNT_ATTRS = [
  'label',
  'active',
  'imsServer',
  'imsScope',
  'imsClientId',
  'imsClientSecret',
  'imsCallbackServer',
  'imsOrgId',
  'imsAssociationMask',
  'productContext',
  'server',
  'tenant',
  '_operation',
];

export interface AccountSpec {
  name: string;
  type: string;
  attrs: [string, string][];
  inline: boolean;
  quote: Quote;
  /** A suppression comment before the element (rule IDs and an optional reason). */
  suppress?: string;
}

export const accountSpec: fc.Arbitrary<AccountSpec> = fc.record({
  name: fc.constantFrom('Adobe_Marketing_Cloud', 'Adobe_Marketing_Cloud ', 'defaultMidSourcingRouting'),
  type: fc.constantFrom('Adobe Marketing Cloud', 'Adobe Experience Cloud', 'MAC', '3'),
  attrs: fc.uniqueArray(fc.tuple(fc.constantFrom(...ACCOUNT_ATTRS), fieldValue), {
    selector: ([name]) => name,
    maxLength: ACCOUNT_ATTRS.length,
  }),
  inline: fc.boolean(),
  quote: fc.constantFrom<Quote>('"', "'"),
  suppress: fc.option(
    fc.constantFrom('IMS003 - accepted for the test instance', 'IMS004', 'IMS001 IMS009 - legacy', 'IMS999 - unknown rule'),
    { nil: undefined },
  ),
});

export function accountElement(spec: AccountSpec, indent = '    '): string {
  const attrs = [
    xmlAttr('name', spec.name, spec.quote),
    xmlAttr('type', spec.type, spec.quote),
    ...spec.attrs.map(([n, v]) => xmlAttr(n, v, spec.quote)),
  ];
  const comment = spec.suppress ? `${indent}<!-- ims-gate-disable-next-line ${spec.suppress} -->\n` : '';
  const body = spec.inline ? attrs.join(' ') : attrs.join(`\n${indent}            `);
  return `${comment}${indent}<extAccount ${body}/>`;
}

export interface PackageSpec {
  accounts: AccountSpec[];
  groups: string[];
  bom: boolean;
  crlf: boolean;
}

export const groupName = fc.oneof(
  fc.constantFrom('admin', 'delivery', 'campaignManager', 'reportViewer', 'messageCenter', 'Delivery', ' delivery'),
  fc.string({ maxLength: 12 }),
);

export const packageSpec: fc.Arbitrary<PackageSpec> = fc.record({
  accounts: fc.array(accountSpec, { minLength: 1, maxLength: 2 }),
  groups: fc.array(groupName, { maxLength: 4 }),
  bom: fc.boolean(),
  crlf: fc.boolean(),
});

const eol = (text: string, crlf: boolean): string => (crlf ? text.replace(/\r?\n/g, '\r\n') : text);

export function packageXml(spec: PackageSpec): string {
  const groups = spec.groups.length
    ? `  <entities schema="xtk:group">\n${spec.groups.map((g) => `    <group ${xmlAttr('name', g)} label="${xmlEscape(g)} operators"/>`).join('\n')}\n  </entities>\n`
    : '';
  const text = `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="8.1" img="" label="" name="ims" namespace="cus" vendor="">
  <desc>IMS external account &amp; operator groups</desc>
  <version buildDate="2021-09-03 14:41:08.993Z"/>
  <entities schema="nms:extAccount">
${spec.accounts.map((a) => accountElement(a)).join('\n')}
  </entities>
${groups}</package>
`;
  return `${spec.bom ? '\uFEFF' : ''}${eol(text, spec.crlf)}`;
}

export interface ServerConfSpec {
  attrs: [string, string][];
  orgId: string;
  comment: boolean;
  crlf: boolean;
}

const SERVER_CONF_ATTRS = [
  'authIMSEndpoint',
  'authIMSClientId',
  'authIMSClientSecret',
  'authIMSCode',
  'authIMSTAClientId',
  'authIMSTAClientSecret',
  'authIMSTAId',
  'authIMSTAPrivateKey',
];

export const serverConfSpec: fc.Arbitrary<ServerConfSpec> = fc.record({
  attrs: fc.uniqueArray(fc.tuple(fc.constantFrom(...SERVER_CONF_ATTRS), fieldValue), {
    selector: ([name]) => name,
    maxLength: SERVER_CONF_ATTRS.length,
  }),
  orgId: fieldValue,
  comment: fc.boolean(),
  crlf: fc.boolean(),
});

export function serverConfXml(spec: ServerConfSpec): string {
  const text = `<?xml version='1.0' encoding='utf-8'?>
<serverconf>
  <shared>
${spec.comment ? '    <!-- ims-gate-disable-next-line IMS003 - staging endpoint -->\n' : ''}    <ims ${spec.attrs.map(([n, v]) => xmlAttr(n, v)).join('\n         ')}/>
    <dataStore hosts="*" lang="en_US"/>
  </shared>
  <web>
    <redirection ${xmlAttr('IMSOrgId', spec.orgId)} trackWebVisitors="false"/>
  </web>
</serverconf>
`;
  return eol(text, spec.crlf);
}

export interface ManifestSpec {
  instance: string;
  clientId: string;
  scopes: string[];
  productContext: string;
  orgId: string;
  redirectUris: string[];
  imsServer: string;
  sha: string;
  json: boolean;
  suppress: boolean;
}

export const manifestSpec = (instance: string): fc.Arbitrary<ManifestSpec> =>
  fc.record({
    instance: fc.constant(instance),
    clientId: fieldValue,
    scopes: fc.array(
      fc.oneof(fc.constantFrom('openid', 'AdobeID', 'read_organizations', 'additional_info.projectedProductContext'), fieldValue),
      { maxLength: 4 },
    ),
    productContext: fieldValue,
    orgId: fieldValue,
    redirectUris: fc.array(fieldValue, { maxLength: 2 }),
    imsServer: fieldValue,
    sha: fc.constantFrom('0'.repeat(64), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'not-a-hash'),
    json: fc.boolean(),
    suppress: fc.boolean(),
  });

export function manifestText(spec: ManifestSpec): string {
  if (spec.json) {
    const { json: _json, suppress: _suppress, sha, ...rest } = spec;
    return `${JSON.stringify({ kind: 'ims-provisioning', ...rest, clientSecretSha256: sha }, null, 2)}\n`;
  }
  const list = (items: string[]) => (items.length ? `\n${items.map((i) => `  - ${yamlString(i)}`).join('\n')}` : ' []');
  return `# IMS provisioning of ${spec.instance}
kind: ims-provisioning
instance: ${spec.instance}
clientId: ${yamlString(spec.clientId)}
scopes:${list(spec.scopes)}
${spec.suppress ? '# ims-gate-disable-next-line IMS002 -- product context migrating\n' : ''}productContext: ${yamlString(spec.productContext)}
orgId: ${yamlString(spec.orgId)}
redirectUris:${list(spec.redirectUris)}
imsServer: ${yamlString(spec.imsServer)}
clientSecretSha256: ${spec.sha}
`;
}

export interface CsvSpec {
  separator: ',' | ';';
  crlf: boolean;
  rows: [string, string[]][];
}

export const csvSpec: fc.Arbitrary<CsvSpec> = fc.record({
  separator: fc.constantFrom<',' | ';'>(',', ';'),
  crlf: fc.boolean(),
  rows: fc.array(
    fc.tuple(
      fc.constantFrom('ana@example.com', 'ben@example.com', 'chloé@example.com', ''),
      fc.array(
        fc.oneof(
          fc.constantFrom(
            'Campaign - prod - delivery',
            'Campaign - prod - admin',
            'Campaign - prod - delivry',
            'Campaign - stage - admin',
            'Campaign -  prod - admin',
            'Analytics - Default',
          ),
          groupName,
        ),
        { maxLength: 3 },
      ),
    ),
    // At least one user: an export without user rows is IMS000 (issue 10), so it is not a well-formed document.
    { minLength: 1, maxLength: 6 },
  ),
});

export function csvText(spec: CsvSpec): string {
  const s = spec.separator;
  const header = [
    'Identity Type',
    'Username',
    'Domain',
    'Email',
    'First Name',
    'Last Name',
    'Country Code',
    'Product Configurations',
    'User Groups',
  ].join(s);
  const rows = spec.rows.map(([email, groups]) =>
    ['Federated ID', email, 'example.com', email, 'F', 'L', 'US', groups.join(','), ''].map((c) => csvCell(c, s)).join(s),
  );
  return [header, ...rows].join(spec.crlf ? '\r\n' : '\n') + (spec.crlf ? '\r\n' : '\n');
}

// ---------------------------------------------------------------- hostile edits

/** Text that breaks parsers: markup, entities, CDATA ends, comment openers, quotes, line breaks, BOMs, NUL. */
export const HOSTILE_TOKENS = [
  '<',
  '>',
  '"',
  "'",
  '&',
  '&amp;',
  '&#0;',
  '&#x1F600;',
  '&bogus;',
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '<!DOCTYPE package [<!ENTITY e "x">]>',
  '<!DOCTYPE package SYSTEM "http://127.0.0.1:9/x.dtd">',
  '<?xml version="1.0"?>',
  '<?xml version="1.0" encoding="ISO-8859-1"?>',
  '</',
  '/>',
  '</entities>',
  '<entities schema="nms:extAccount">',
  ' xtkschema="nms:extAccount" ',
  '=',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '\uFEFF',
  'é',
  '\u{1F600}',
  '\u0000',
  ',',
  ';',
  ':',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '#',
  '---\n',
  '*anchor',
  '&anchor ',
  '|\n',
  '? ',
  '!!binary ',
  '<!-- ims-gate-disable-next-line IMS003 - reason -->',
  '<!-- ims-gate-disable-next-line -->',
  '# ims-gate-disable-next-line IMS002 -- reason\n',
  'kind: ims-provisioning\n',
  '"Campaign - prod - admin"',
];

export type Edit =
  | { op: 'insert'; at: number; token: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'truncate'; at: number }
  | { op: 'byte'; at: number; byte: number }
  | { op: 'duplicate'; at: number; length: number };

/** Positions are fractions of the document length (0..1), so that one edit list fits any document. */
const position = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), at: position, token: fc.constantFrom(...HOSTILE_TOKENS) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: position }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('byte' as const), at: position, byte: fc.integer({ min: 0, max: 255 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }) },
);

/** Text-only edits (no raw byte), for documents that must stay valid UTF-8 text. */
export const textEdit: fc.Arbitrary<Edit> = edit.filter((e) => e.op !== 'byte');

export function applyEdits(bytes: Buffer, edits: readonly Edit[]): Buffer {
  let out = bytes;
  for (const e of edits) {
    const at = Math.min(out.length, Math.floor(e.at * (out.length + 1)));
    switch (e.op) {
      case 'insert':
        out = Buffer.concat([out.subarray(0, at), Buffer.from(e.token), out.subarray(at)]);
        break;
      case 'delete':
        out = Buffer.concat([out.subarray(0, at), out.subarray(Math.min(out.length, at + e.length))]);
        break;
      case 'truncate':
        out = out.subarray(0, at);
        break;
      case 'byte':
        if (at < out.length) {
          out = Buffer.from(out);
          out[at] = e.byte;
        }
        break;
      case 'duplicate':
        out = Buffer.concat([out.subarray(0, Math.min(out.length, at + e.length)), out.subarray(at)]);
        break;
    }
  }
  return out;
}

// ---------------------------------------------------------------- repositories

export const CONFIG_PATH = '.github/ims-gate.yml';

export interface RepoSpec {
  files: Record<string, string>;
  /** Edits per file; most files are left intact. */
  edits: Record<string, Edit[]>;
}

const configText = (offRule: string | undefined, allowInline: boolean): string => `# ims-gate configuration
hosting: on-premise
instances:
  prod:
    paths: ["prod/**"]
    url: https://campaign.example.com
    imsManifest: prod/ims/manifest.yml
  stage:
    paths: ["stage/**"]
    url: https://campaign-stage.example.com
enterpriseDashboard: admin-console/users.csv
allowInlineSuppressions: ${allowInline}
rules:
  IMS010: notice${offRule ? `\n  ${offRule}: off` : ''}
`;

/** A two-instance repository built from the generators above, with hostile edits on some files. */
export const repoSpec = (fileEdit: fc.Arbitrary<Edit> = edit): fc.Arbitrary<RepoSpec> =>
  fc
    .record({
      prodPackage: packageSpec,
      stagePackage: packageSpec,
      groups: fc.array(groupName, { minLength: 1, maxLength: 5 }),
      prodConf: serverConfSpec,
      stageConf: serverConfSpec,
      prodManifest: manifestSpec('prod'),
      stageManifest: manifestSpec('stage'),
      csv: csvSpec,
      offRule: fc.option(fc.constantFrom('IMS003', 'IMS004', 'IMS005', 'IMS009'), { nil: undefined }),
      allowInline: fc.boolean(),
      /** Half the time the prod account is a well-formed IMS account whose mask fits the Admin Console export (IMS005). */
      maskFits: fc.boolean(),
      editsPerFile: fc.array(
        fc.oneof(
          { weight: 3, arbitrary: fc.constant([] as Edit[]) },
          { weight: 2, arbitrary: fc.array(fileEdit, { minLength: 1, maxLength: 4 }) },
        ),
        {
          minLength: 10,
          maxLength: 10,
        },
      ),
    })
    .map((g) => {
      if (g.maskFits) {
        const [first, ...rest] = g.prodPackage.accounts;
        const attrs = first.attrs.filter(([name]) => name !== 'imsAssociationMask' && name !== '_operation');
        g.prodPackage.accounts = [
          {
            ...first,
            name: 'Adobe_Marketing_Cloud',
            type: 'Adobe Marketing Cloud',
            attrs: [...attrs, ['imsAssociationMask', 'Campaign - prod - (.*)']],
          },
          ...rest,
        ];
      }
      const files: Record<string, string> = {
        [CONFIG_PATH]: configText(g.offRule, g.allowInline),
        'prod/packages/ims.xml': packageXml(g.prodPackage),
        'prod/packages/groups.xml': packageXml({ accounts: [], groups: g.groups, bom: false, crlf: false }).replace(
          / {2}<entities schema="nms:extAccount">\n\n {2}<\/entities>\n/,
          '',
        ),
        'prod/conf/serverConf.xml': serverConfXml(g.prodConf),
        'prod/ims/manifest.yml': manifestText({ ...g.prodManifest, json: false }),
        'stage/packages/ims account (é).xml': packageXml(g.stagePackage),
        'stage/conf/config-stage.xml': serverConfXml(g.stageConf),
        'stage/ims/manifest.json': manifestText({ ...g.stageManifest, json: true }),
        'admin-console/users.csv': csvText(g.csv),
        'README.md': '# Campaign configuration\n',
      };
      const edits: Record<string, Edit[]> = {};
      Object.keys(files).forEach((path, i) => {
        if (g.editsPerFile[i].length) edits[path] = g.editsPerFile[i];
      });
      return { files, edits };
    });

/** The repository's files as bytes, edits applied. */
export function repoFiles(spec: RepoSpec): Record<string, Buffer> {
  return Object.fromEntries(
    Object.entries(spec.files).map(([path, text]) => [path, applyEdits(Buffer.from(text), spec.edits[path] ?? [])]),
  );
}
