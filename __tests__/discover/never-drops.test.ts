// Issue 10 §2: discovery never drops a candidate. Each case below was never read before (the IMS account went
// unseen and the gate passed); through the real pipeline, each is now read and its finding is at its file:line.
import { describe, expect, it } from 'vitest';
import { configuredKinds } from '../../src/discover/configured.js';
import { scan } from '../../src/pipeline.js';
import type { Report } from '../../src/types.js';
import { SENTINEL, expectSentinel, inputFindings, sentinel } from '../hardening/helpers.js';
import { writeRepo } from '../helpers/repo.js';

const ENTITIES = '<entities schema="nms:extAccount">';
const FILE = 'stage/packages/accounts.xml';

/** The sentinel package with its `<entities …>` start tag written another way. */
const withEntities = (tag: string): string => SENTINEL.replace(ENTITIES, tag);

/** The IMS003 finding of the `imsServer="http://…"` attribute, wherever the variant put it. */
function expectAccountFound(report: Report, file: string, text: string): void {
  const at = text.indexOf('imsServer="http://');
  const line = text.slice(0, at).split('\n').length;
  const column = at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
  const found = report.findings.filter((f) => f.ruleId === 'IMS003' && f.file === file);
  expect(
    found.map((f) => [f.line, f.column, f.severity]),
    `the IMS account of ${file} is read`,
  ).toEqual([[line, column, 'error']]);
  expect(inputFindings(report, file)).toEqual([]);
}

async function scanRepo(files: Record<string, string | Buffer>) {
  const root = writeRepo({ ...sentinel(), ...files });
  return { root, ...(await scan({ root, failOn: 'error' })) };
}

const BARE_RECORD = `<?xml version='1.0'?>
<extAccount xtkschema="nms&#58;extAccount" name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud"
            imsServer="http://ims-na1.adobelogin.com"/>
`;

const utf16 = (text: string, endian: 'le' | 'be'): Buffer => {
  const bytes = Buffer.from(text, 'utf16le');
  return endian === 'le' ? bytes : bytes.swap16();
};

describe('packages that were never read are read', () => {
  const textCases: [string, string][] = [
    ['a decimal character reference in the schema', withEntities('<entities schema="nms&#58;extAccount">')],
    ['a hexadecimal character reference in the schema', withEntities('<entities schema="nms&#x3a;extAccount">')],
    [
      'every character of the schema a reference',
      withEntities(
        `<entities schema="${[...'nms:extAccount'].map((c, i) => (i % 2 ? `&#${c.charCodeAt(0)};` : `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`)).join('')}">`,
      ),
    ],
    ['a character reference in a bare record xtkschema', BARE_RECORD],
    ['100 spaces after schema=', withEntities(`<entities schema=${' '.repeat(100)}"nms:extAccount">`)],
    ['line breaks and tabs around =', withEntities(`<entities schema\r\n${'\t'.repeat(40)}=\n${'\t'.repeat(40)}"nms:extAccount">`)],
    ['100 spaces before =', withEntities(`<entities schema${' '.repeat(100)}="nms:extAccount">`)],
  ];

  it.each(textCases)('%s', async (_name, text) => {
    const { report } = await scanRepo({ [FILE]: text });
    expectAccountFound(report, FILE, text);
    expectSentinel(report);
  });

  it.each([
    ['UTF-16LE without a byte-order mark', 'le'],
    ['UTF-16BE without a byte-order mark', 'be'],
  ] as const)('%s', async (_name, endian) => {
    const text = SENTINEL.replace("<?xml version='1.0'?>", "<?xml version='1.0' encoding='UTF-16'?>");
    const { report } = await scanRepo({ [FILE]: utf16(text, endian) });
    expectAccountFound(report, FILE, text);
    expectSentinel(report);
  });

  it('UTF-16 without a byte-order mark, in a file not named *.xml', async () => {
    const { report } = await scanRepo({ 'stage/packages/accounts.dat': utf16(SENTINEL, 'le') });
    expectAccountFound(report, 'stage/packages/accounts.dat', SENTINEL);
  });

  it('an XML file whose declared encoding cannot be decoded is read and reported, not skipped', async () => {
    const text = SENTINEL.replace("<?xml version='1.0'?>", "<?xml version='1.0' encoding='ebcdic-cp-us'?>").replace(
      ENTITIES,
      '<entities schema="xtk:workflow">',
    );
    const { report } = await scanRepo({ [FILE]: text });
    const [problem] = inputFindings(report, FILE);
    expect(problem).toMatchObject({ severity: 'error', line: 1 });
    expect(problem.message).toContain('unsupported encoding "ebcdic-cp-us"');
  });
});

describe('files over 16 MiB: no blind spot at the 4 MiB window boundaries', () => {
  const MIB = 1024 * 1024;
  /**
   * A package whose `schema="nms:extAccount"` sits 100 bytes after the boundary at 8 MiB (windows are 4 MiB, and
   * overlap by 256 bytes), in an `<entities …>` tag that starts `before` bytes ahead of it, in the window before.
   */
  function bigPackage(before: number): string {
    const at = 8 * MIB + 100;
    const head = '<?xml version=\'1.0\'?>\n<package name="big" namespace="cus">\n';
    const padAttr = `<entities pad="${'p'.repeat(before - '<entities pad="'.length - 2)}" `;
    const comment = `<!-- ${'c'.repeat(at - head.length - padAttr.length - 10)} -->\n`;
    const tail = `schema="nms:extAccount">\n    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud"\n                imsServer="http://ims-na1.adobelogin.com"/>\n  </entities>\n`;
    const text = `${head}${comment}${padAttr}${tail}<!-- ${'z'.repeat(9 * MIB)} -->\n</package>\n`;
    expect(text.indexOf('schema="nms')).toBe(at);
    expect(text.indexOf('<entities')).toBe(at - before);
    expect(text.length).toBeGreaterThan(16 * MIB);
    return text;
  }

  it('a marker just after a window boundary, its tag starting in the window before', async () => {
    const text = bigPackage(1000);
    const { report } = await scanRepo({ [FILE]: text });
    expectAccountFound(report, FILE, text);
  }, 60_000);
});

const CONFIG = '.github/ims-gate.yml';

describe('configured inputs are read whatever their content looks like', () => {
  const JSON_NEXT_LINE =
    '{\n  "kind":\n    "ims-provisioning",\n  "instance": "stage",\n  "clientId": "campaign-stage",\n  "scopes": ["openid", "AdobeID"]\n}\n';

  it.each([
    ['JSON whose "kind": value is on the next line', 'stage/ims/manifest.json', JSON_NEXT_LINE, 5],
    [
      'YAML in a file with another extension',
      'stage/ims/provisioning.conf',
      'kind: ims-provisioning\ninstance: stage\nclientId: campaign-stage\nscopes: [openid, AdobeID]\n',
      3,
    ],
  ])('imsManifest: %s', async (_name, path, text, line) => {
    const { report, model } = await scanRepo({ [CONFIG]: `instances:\n  stage:\n    imsManifest: ${path}\n`, [path]: text });
    expect(inputFindings(report, path)).toEqual([]);
    const stage = model?.instances.find((i) => i.name === 'stage');
    expect(stage?.manifests.map((m) => [m.file, m.clientId?.value, m.clientId?.loc.line])).toEqual([[path, 'campaign-stage', line]]);
  });

  it('imsManifest without any kind: IMS000 at the file, not silence', async () => {
    const path = 'stage/ims/manifest.json';
    const { report } = await scanRepo({
      [CONFIG]: `instances:\n  stage:\n    imsManifest: ${path}\n`,
      [path]: '{"clientId": "campaign-stage"}\n',
    });
    const [problem] = inputFindings(report, path);
    expect(problem).toMatchObject({ severity: 'error', line: 1, column: 1 });
    expect(problem.message).toMatch(/^not an IMS provisioning manifest/);
  });

  it('a configured file that does not exist is IMS000 at the config line that names it', async () => {
    const config =
      'instances:\n  stage:\n    paths: ["stage/**"]\n    imsManifest: ./stage/ims/missing.yml\nenterpriseDashboard:\n  - admin-console/users.csv\n  - admin-console/gone.csv\n';
    const { report, configInvalid } = await scanRepo({ [CONFIG]: config, 'admin-console/users.csv': 'Username,User Groups\nu,g\n' });
    expect(configInvalid).toBe(false);
    expect(inputFindings(report, CONFIG).map((f) => [f.severity, f.line, f.column, f.endColumn, f.message])).toEqual([
      [
        'error',
        4,
        18,
        41,
        'instances.stage.imsManifest names "./stage/ims/missing.yml", which does not exist; expected the path of a file inside the scan root, relative to it',
      ],
      [
        'error',
        7,
        5,
        27,
        'enterpriseDashboard names "admin-console/gone.csv", which does not exist; expected the path of a file inside the scan root, relative to it',
      ],
    ]);
    expect(report.verdict.result).toBe('fail');
  });

  it.each([
    ['a folder', 'admin-console', 'is a folder, not a file'],
    ['a path outside the scan root', '../users.csv', 'is not inside the scan root'],
  ])('a configured path that is %s is IMS000 at the config line', async (_name, path, what) => {
    const { report } = await scanRepo({
      [CONFIG]: `enterpriseDashboard: ${path}\n`,
      'admin-console/users.csv': 'Username,User Groups\nu,g\n',
    });
    expect(inputFindings(report, CONFIG).map((f) => [f.line, f.column, f.message])).toEqual([
      [1, 22, `enterpriseDashboard names "${path}", which ${what}; expected the path of a file inside the scan root, relative to it`],
    ]);
  });

  it('a configured file in a folder skipped by default or excluded is still read', async () => {
    const { model, report } = await scanRepo({
      [CONFIG]: 'exclude: ["exports/**"]\nenterpriseDashboard: [exports/users.csv, dist/more.csv]\n',
      'exports/users.csv': 'Username,User Groups\nu1,g1\n',
      'dist/more.csv': 'Username,User Groups\nu2,g2\n',
    });
    expect(model?.dashboards.map((d) => [d.file, d.users.map((u) => u.username)])).toEqual([
      ['dist/more.csv', ['u2']],
      ['exports/users.csv', ['u1']],
    ]);
    // Read, so not "skipped by default".
    expect(report.findings.filter((f) => f.message.includes('skipped by default'))).toEqual([]);
  });

  it.each([
    ['only a header', 'Username,Email,User Groups\r\n', 'Admin Console user export without users'],
    ['a header that is not recognised', 'Login,Mail,Groups\nu,u@x,g\n', 'not an Admin Console user export'],
    ['another separator', 'Username\tEmail\tUser Groups\nu\tu@x\tg\n', 'not an Admin Console user export'],
  ])('enterpriseDashboard with %s: IMS000 at line 1', async (_name, csv, message) => {
    const path = 'admin-console/users.csv';
    const { report } = await scanRepo({ [CONFIG]: `enterpriseDashboard: ${path}\n`, [path]: csv });
    const [problem] = inputFindings(report, path);
    expect(problem).toMatchObject({ severity: 'error', line: 1, column: 1 });
    expect(problem.message).toContain(message);
  });
});

describe('Admin Console CSV with CR-only line endings (Excel "CSV (Macintosh)")', () => {
  const CSV = [
    'Username,Email,Product Configurations',
    'ana@example.com,ana@example.com,"Campaign - prod - delivery,Campaign - prod - admin"',
    'bo@example.com,bo@example.com,Campaign - prod - delivery',
    '',
  ].join('\r');

  it.each([
    ['found by content', {}],
    ['configured', { [CONFIG]: 'enterpriseDashboard: exports/users.csv\n' }],
  ])('%s: every user is read', async (_name, config) => {
    const { report, model } = await scanRepo({ ...config, 'exports/users.csv': CSV });
    expect(inputFindings(report, 'exports/users.csv')).toEqual([]);
    expect(model?.dashboards[0]?.users.map((u) => [u.username, u.groups.map((g) => g.value)])).toEqual([
      ['ana@example.com', ['Campaign - prod - delivery', 'Campaign - prod - admin']],
      ['bo@example.com', ['Campaign - prod - delivery']],
    ]);
  });
});

describe('folders skipped by default that hold candidates get one notice', () => {
  it('names every such folder once, with an example file; the gate does not fail for it', async () => {
    const { report } = await scanRepo({
      'dist/packages/ims.xml': SENTINEL,
      'node_modules/campaign-exports/users.csv': 'Username,User Groups\nu,g\n',
      'node_modules/left-pad/index.js': 'module.exports = () => {};\n',
      'node_modules/left-pad/package.json': '{"name": "left-pad"}\n',
      'packages/app/node_modules/x/index.js': '',
    });
    const notices = report.findings.filter((f) => f.ruleId === 'IMS000' && f.message.includes('skipped by default'));
    expect(notices.map((f) => [f.file, f.severity, f.line])).toEqual([['dist', 'notice', 1]]);
    expect(notices[0].message).toBe(
      'not scanned: dist/, node_modules/ are folders skipped by default, but hold what looks like Campaign/IMS configuration: dist/packages/ims.xml (campaign-xml), node_modules/campaign-exports/users.csv (admin-console-csv). Move the configuration out of them, or exclude them in the config (exclude: ["dist/**"]) to say they are not to be scanned.',
    );
    // Not read: the package in dist/ yields no finding of its own.
    expect(report.findings.filter((f) => f.file.startsWith('dist/'))).toEqual([]);
    expectSentinel(report);
    expect(report.verdict.result).toBe('fail');
    expect(report.findings.filter((f) => f.ruleId === 'IMS000' && f.severity !== 'notice')).toEqual([]);
  });

  it('the look is bounded: 50 configuration-like files sniffed per folder (documented in skipped-folders.ts)', async () => {
    const many = (count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`node_modules/pkg/a${String(i).padStart(2, '0')}.json`, '{}']));
    const within = await scanRepo({ ...many(49), 'node_modules/pkg/z.xml': SENTINEL });
    expect(within.report.findings.filter((f) => f.message.includes('skipped by default')).map((f) => f.file)).toEqual(['node_modules']);
    const beyond = await scanRepo({ ...many(50), 'node_modules/pkg/z.xml': SENTINEL });
    expect(beyond.report.findings.filter((f) => f.message.includes('skipped by default'))).toEqual([]);
  });

  it.each([
    [
      'no candidate in them',
      { 'node_modules/a/index.js': '', 'node_modules/a/package.json': '{"kind": "ims-provisioning"}', 'dist/index.js': '' },
    ],
    [
      'excluded explicitly',
      { [CONFIG]: 'exclude: ["dist/**", "**/node_modules"]\n', 'dist/ims.xml': SENTINEL, 'a/node_modules/b/ims.xml': SENTINEL },
    ],
  ])('no notice when there is %s', async (_name, files) => {
    const { report } = await scanRepo(files);
    expect(report.findings.filter((f) => f.message.includes('skipped by default'))).toEqual([]);
  });
});

describe('configuredKinds', () => {
  it('names each configured file by its root-relative path, first kind wins, outside paths left out', () => {
    const loc = { file: CONFIG, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const inputs = [
      { path: './prod/ims/m.yml', kind: 'ims-manifest' as const, key: 'instances.prod.imsManifest', loc },
      { path: 'prod//ims/m.yml', kind: 'admin-console-csv' as const, key: 'enterpriseDashboard', loc },
      { path: '../outside.csv', kind: 'admin-console-csv' as const, key: 'enterpriseDashboard', loc },
      { path: 'exports/users.csv', kind: 'admin-console-csv' as const, key: 'enterpriseDashboard', loc },
    ];
    expect([...configuredKinds({ inputs })]).toEqual([
      ['prod/ims/m.yml', 'ims-manifest'],
      ['exports/users.csv', 'admin-console-csv'],
    ]);
  });
});
