import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readFile, sniffKind } from '../../src/read/index.js';
import { sniffWindow } from '../../src/read/sniff.js';
import type { FileKind } from '../../src/types.js';
import { timeRatio } from '../helpers/timing.js';

const b = (text: string): Buffer => Buffer.from(text, 'utf8');

/** An unrelated Campaign workflow package of about `size` bytes (with plenty of schema= and xtk: noise). */
function workflowPackage(size: number): Buffer {
  const parts = [
    `<?xml version='1.0'?>\n<package author="Administrator (admin)" buildNumber="9336" name="wkf" namespace="cus">\n  <entities schema="xtk:workflow">\n`,
  ];
  let length = parts[0].length;
  for (let n = 0; length < size; n++) {
    const part = `    <workflow internalName="wkf${n}" label="W ${n}" schema="nms:recipient"><activities><query name="q" schema="nms:extAccount" label="accounts"><where><condition expr="@type = 3"/></where></query><js><script>xtk.session.Write({extAccount: {xtkschema: 'nms:extAccountX'}}); var g = "xtk:groups";</script></js></activities></workflow>\n`;
    parts.push(part);
    length += part.length;
  }
  parts.push('  </entities>\n</package>\n');
  return b(parts.join(''));
}

const cases: [string, string, string | Buffer, FileKind | undefined][] = [
  // campaign-xml
  [
    'entities extAccount',
    'pkg/accounts.xml',
    '<package><entities schema="nms:extAccount"><extAccount name="a"/></entities></package>',
    'campaign-xml',
  ],
  [
    'entities group, single quotes',
    'groups.xml',
    "<package>\n<entities schema='xtk:group'><group name='admin'/></entities></package>",
    'campaign-xml',
  ],
  ['entities with spaces around =', 'g.xml', '<package><entities\n  schema = "xtk:group"></entities></package>', 'campaign-xml'],
  ['bare record', 'record.xml', '<extAccount xtkschema="nms:extAccount" name="x"/>', 'campaign-xml'],
  ['bare group, single quotes', 'record.dat', "<group xtkschema='xtk:group' name='x'/>", 'campaign-xml'],
  [
    'BOM and declaration',
    'a.xml',
    '\uFEFF<?xml version=\'1.0\'?>\r\n<package><entities schema="nms:extAccount"/></package>',
    'campaign-xml',
  ],
  ['malformed but with a marker', 'broken.xml', '<package><entities schema="nms:extAccount"><extAccount name="x"', 'campaign-xml'],
  [
    'binary .xml with a marker',
    'bin.xml',
    Buffer.concat([b('PK\x03\x04\x00'), b('<entities schema="nms:extAccount">'), Buffer.from([0, 255])]),
    'campaign-xml',
  ],
  [
    'UTF-16LE with a marker',
    'u16.xml',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<package><entities schema="xtk:group"/></package>', 'utf16le')]),
    'campaign-xml',
  ],
  ['schema value with a character reference', 'a.xml', '<package><entities schema="nms&#58;extAccount"/></package>', 'campaign-xml'],
  ['xtkschema value all references', 'a.dat', '<group xtkschema="&#x78;&#x74;&#x6B;&#x3a;&#103;roup" name="x"/>', 'campaign-xml'],
  [
    'schema value with predefined entities around it',
    'a.xml',
    '<package><entities schema="&#32;xtk:group&#10;"/></package>',
    'campaign-xml',
  ],
  [
    'an unknown entity in a schema value (a DOCTYPE may define it)',
    'a.xml',
    '<!DOCTYPE package [<!ENTITY acct "nms:extAccount">]><package><entities schema="&acct;"/></package>',
    'campaign-xml',
  ],
  [
    'an ATTLIST default for schema in the internal subset',
    'a.xml',
    '<!DOCTYPE package [<!ATTLIST entities schema CDATA "nms:extAccount">]><package><entities><extAccount name="x"/></entities></package>',
    'campaign-xml',
  ],
  [
    'white space of any length around =',
    'a.xml',
    `<package><entities schema${' \n'.repeat(200)}=${'\t'.repeat(300)}'xtk:group'/></package>`,
    'campaign-xml',
  ],
  [
    'BOM-less UTF-16LE',
    'a.xml',
    Buffer.from('<?xml version="1.0" encoding="UTF-16"?><package><entities schema="nms:extAccount"/></package>', 'utf16le'),
    'campaign-xml',
  ],
  [
    'BOM-less UTF-16BE, not named *.xml',
    'a.dat',
    Buffer.from('<package><entities schema="nms:extAccount"/></package>', 'utf16le').swap16(),
    'campaign-xml',
  ],
  [
    'a UTF-16 marker in a binary *.xml',
    'bin.xml',
    Buffer.concat([b('PK\x03\x04\x00\x00'), Buffer.from('<entities schema="xtk:group">', 'utf16le')]),
    'campaign-xml',
  ],
  [
    'UTF-32 with a marker',
    'u32.xml',
    Buffer.from([...'<entities schema="xtk:group"/>'].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])),
    'campaign-xml',
  ],
  [
    'a declared multi-byte encoding',
    'sjis.xml',
    '<?xml version="1.0" encoding="Shift_JIS"?><package><entities schema="nms:extAccount"/></package>',
    'campaign-xml',
  ],
  ['an encoding that cannot be decoded here', 'ebcdic.xml', '<?xml version="1.0" encoding="ebcdic-cp-us"?><package/>', 'campaign-xml'],
  // not campaign-xml
  [
    'a reference that decodes to another schema',
    'x.xml',
    '<package><entities schema="xtk&#58;workflow"/><entities schema="nms&#58;extAccountX"/></package>',
    undefined,
  ],
  [
    'a subset that says nothing of schemas',
    'x.xml',
    '<!DOCTYPE package [<!ENTITY who "admin">]><package><entities schema="xtk:workflow"/></package>',
    undefined,
  ],
  [
    'schema= on a record is a field',
    'wkf.xml',
    '<package><entities schema="xtk:workflow"><workflow schema="nms:extAccount"/></entities></package>',
    undefined,
  ],
  [
    'another schema with the same prefix',
    'x.xml',
    '<package><entities schema="xtk:groupX"/><entities schema="nms:extAccountSomething"/></package>',
    undefined,
  ],
  ['marker in text only', 'x.xml', '<package><desc>Exports nms:extAccount and xtk:group</desc></package>', undefined],
  [
    'XML snippet in a README',
    'README.md',
    '# Accounts\n\n```xml\n<entities schema="nms:extAccount"><extAccount name="x"/></entities>\n```\n',
    undefined,
  ],
  [
    'unrelated schema package',
    'schema.xml',
    '<package><entities schema="xtk:srcSchema"><srcSchema name="recipient" namespace="cus"/></entities></package>',
    undefined,
  ],
  // server-conf
  [
    'serverconf root',
    'conf/anything.xml',
    '<?xml version="1.0"?>\n<!-- config -->\n<!DOCTYPE serverconf>\n<serverconf><shared/></serverconf>',
    'server-conf',
  ],
  ['config-<instance>.xml', 'conf/config-prod.xml', '<serverconf>\n<web><redirection IMSOrgId="x"/></web></serverconf>', 'server-conf'],
  ['serverConf.xml by name, even binary', 'conf/serverConf.xml', Buffer.from([0, 1, 2, 3]), 'server-conf'],
  ['empty config-<instance>.xml', 'config-stage.xml', '', 'server-conf'],
  ['config-<x>.xml with another root', 'build/config-assembly.xml', '<assembly><id>x</id></assembly>', undefined],
  ['serverconf not the root', 'x.xml', '<doc><serverconf/></doc>', undefined],
  [
    'serverconf after a comment longer than 64 KiB',
    'conf/a.xml',
    `<?xml version="1.0"?>\n<!-- ${'x'.repeat(70_000)} -->\n<serverconf/>`,
    'server-conf',
  ],
  [
    'serverconf named by its DOCTYPE, a "]" quoted in the subset',
    'conf/a.xml',
    '<!DOCTYPE serverconf [<!ENTITY x "]>"><!-- ] -->]><serverconf/>',
    'server-conf',
  ],
  [
    'BOM-less UTF-16 serverconf',
    'conf/a.xml',
    Buffer.from('<?xml version="1.0" encoding="UTF-16"?>\n<serverconf/>', 'utf16le'),
    'server-conf',
  ],
  // ims-manifest
  ['YAML manifest', 'ims/prod.yml', '# IMS\nkind: ims-provisioning\nclientId: abc\n', 'ims-manifest'],
  ['YAML manifest, quoted, CRLF', 'ims/prod.yaml', 'clientId: abc\r\nkind: "ims-provisioning"\r\n', 'ims-manifest'],
  ['YAML manifest, second document', 'ims/all.yml', 'kind: other\n---\nkind: ims-provisioning # the manifest\n', 'ims-manifest'],
  ['JSON manifest, pretty', 'ims/prod.json', '{\n  "kind": "ims-provisioning",\n  "clientId": "abc"\n}\n', 'ims-manifest'],
  ['JSON manifest, minified', 'ims/prod.json', '{"clientId":"abc","kind":"ims-provisioning"}', 'ims-manifest'],
  ['YAML flow map', 'ims/prod.yml', '{clientId: abc, kind: ims-provisioning}\n', 'ims-manifest'],
  [
    'JSON manifest, the kind value on the next line',
    'ims/prod.json',
    '{\n  "kind":\n    "ims-provisioning",\n  "clientId": "abc"\n}\n',
    'ims-manifest',
  ],
  ['JSON manifest, white space before the colon', 'ims/prod.json', '{"clientId": "abc", "kind"\n: "ims-provisioning"}', 'ims-manifest'],
  ['YAML manifest, the kind value on the next line', 'ims/prod.yml', 'kind:\n  ims-provisioning\nclientId: abc\n', 'ims-manifest'],
  ['YAML manifest after a document start', 'ims/prod.yml', '--- kind: ims-provisioning\n', 'ims-manifest'],
  ['a list item is not the kind', 'x.yml', 'kind:\n- ims-provisioning\n', undefined],
  ['nested kind is not top level', 'k8s.yml', 'metadata:\n  kind: ims-provisioning\n', undefined],
  ['other kind', 'k8s.yml', 'kind: Deployment\n', undefined],
  ['manifest in a README', 'README.md', '```yaml\nkind: ims-provisioning\nclientId: abc\n```\n', undefined],
  ['value with a suffix', 'x.yml', 'kind: ims-provisioning-v2\n', undefined],
  // admin-console-csv
  [
    'CSV with ,',
    'users.csv',
    'Identity Type,Username,Domain,Email,First Name,Last Name,Country Code,Product Configurations,Admin Roles,Product Configurations Administered,User Groups,User Groups Administered,Products Administered,Developer Access\n',
    'admin-console-csv',
  ],
  [
    'CSV with ; and an ID column',
    'users.txt',
    'Identity Type;Username;Domain;Email;First Name;Last Name;Country Code;ID;Product Configurations;User Groups\r\nx;y\r\n',
    'admin-console-csv',
  ],
  ['CSV with quoted header and BOM', 'export.csv', '\uFEFF"Email","User Groups"\n"a@b","g"\n', 'admin-console-csv'],
  ['CSV after an Excel sep= line', 'export.csv', 'sep=;\nEmail;Product Configurations\n', 'admin-console-csv'],
  ['CSV with CR-only line endings (Excel for Mac)', 'users.csv', 'Username,Email,User Groups\ru,u@x,g\r', 'admin-console-csv'],
  ['CSV with CR-only line endings after sep=', 'users.csv', 'sep=;\rUsername;User Groups\ru;g\r', 'admin-console-csv'],
  ['BOM-less UTF-16LE CSV', 'users.csv', Buffer.from('Username,Email,User Groups\r\nu,u@x,g\r\n', 'utf16le'), 'admin-console-csv'],
  ['CSV with a NUL byte (read, and reported as binary)', 'users.csv', 'Username,User Groups\nu,\0g\n', 'admin-console-csv'],
  ['CSV without group columns', 'users.csv', 'Username,Email,First Name\n', undefined],
  ['CSV header not on the first line', 'users.csv', 'Some title\nUsername,Email,User Groups\n', undefined],
  ['Administered columns only', 'users.csv', 'Username,Product Configurations Administered,User Groups Administered\n', undefined],
  // other
  ['empty file', 'empty.xml', '', undefined],
  ['JavaScript', 'lib/x.js', 'const schema = "nms:extAccount"; // xtkschema="xtk:group"\n', undefined],
];

describe('sniffKind', () => {
  test.each(cases)('%s', (_name, path, content, kind) => {
    expect(sniffKind(path, typeof content === 'string' ? b(content) : content)).toBe(kind);
  });

  test('an unrelated 5 MB workflow package is not a candidate', () => {
    const bytes = workflowPackage(5 * 1024 * 1024);
    expect(bytes.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(sniffKind('packages/workflows.xml', bytes)).toBeUndefined();
  });

  test('the same package with one extAccount entity at the end is a candidate', () => {
    const bytes = Buffer.concat([
      workflowPackage(5 * 1024 * 1024),
      b('<package><entities schema="nms:extAccount"><extAccount name="Adobe_Marketing_Cloud"/></entities></package>'),
    ]);
    expect(sniffKind('packages/workflows.xml', bytes)).toBe('campaign-xml');
  });

  test('a marker far from the start of its tag (many attributes before it)', () => {
    const attrs = Array.from({ length: 400 }, (_, i) => `a${i}="${'v'.repeat(20)}"`).join(' ');
    expect(sniffKind('x.xml', b(`<root><extAccount ${attrs} xtkschema="nms:extAccount"/></root>`))).toBe('campaign-xml');
  });

  test('never throws, whatever the bytes and the name', () => {
    fc.assert(
      fc.property(fc.string(), fc.uint8Array({ maxLength: 300 }), (name, bytes) => {
        const kind = sniffKind(name, Buffer.from(bytes));
        expect(kind === undefined || typeof kind === 'string').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('never throws on marker-laden noise', () => {
    const pieces = [
      '<',
      '>',
      '"',
      "'",
      '=',
      ' ',
      '\n',
      'schema',
      'xtkschema',
      'nms:extAccount',
      'xtk:group',
      '<entities ',
      '<serverconf',
      'kind:',
      'ims-provisioning',
      'Username',
      'User Groups',
      ',',
      ';',
      '\uFEFF',
      '\0',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }),
        fc.constantFrom('a.xml', 'a.yml', 'a.json', 'a.csv', 'serverConf.xml', 'config-x.xml'),
        (parts, name) => {
          // A throw fails the property; what it returns is one of the kinds, or nothing.
          expect([undefined, 'campaign-xml', 'server-conf', 'ims-manifest', 'admin-console-csv']).toContain(
            sniffKind(name, b(parts.join(''))),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('sniffWindow on a later window of a huge file', () => {
  const later = (path: string, text: string, xml: boolean, last = true) =>
    sniffWindow(path, Buffer.from(text), { state: { xml, binary: false }, last }).kind;

  test('looks for record markers only, never for a header or a root element', () => {
    const headerLike = 'Username,Email,Product Configurations\nkind: ims-provisioning\n<serverconf>\n';
    expect(later('big.csv', headerLike, false)).toBeUndefined();
    expect(later('big.xml', headerLike, true)).toBeUndefined();
    expect(later('big.xml', '…</workflow></entities><entities schema="nms:extAccount">', true)).toBe('campaign-xml');
    expect(later('notes.txt', '<entities schema="nms:extAccount">', false)).toBeUndefined();
  });

  test.each([
    ['the tag start is before the window', ' schema="nms:extAccount"><extAccount/>', true, 'whole'],
    ['the xtk of xtkschema may be before the window', 'schema="nms:extAccount"/>', true, 'whole'],
    ['the value runs past the window', '<entities schema=\n   ', false, 'whole'],
    ['white space after the name runs past the window', '<entities schema   ', false, 'whole'],
    ['the closing quote is past the window', '<entities schema="nms:extAcc', false, 'whole'],
    ['a record field, its tag in the window', '<workflow a="1" schema="nms:extAccount"/>', true, undefined],
  ])('a marker whose context crosses an edge of the window makes the whole file sniffed: %s', (_name, text, last, kind) => {
    expect(later('big.xml', text, true, last)).toBe(kind);
  });
});

describe('the declared encoding, however much white space the declaration holds', () => {
  test('a Shift_JIS package whose declaration has 2,000 spaces is decoded as Shift_JIS', () => {
    const text = `<?xml version="1.0"${' '.repeat(2000)}encoding="Shift_JIS"?>\n<package><entities schema="nms:extAccount"><extAccount name="a" label="\u30a2"/></entities></package>`;
    // "ア" (U+30A2) is 0x83 0x41 in Shift_JIS.
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, text.indexOf('\u30a2')), 'latin1'),
      Buffer.from([0x83, 0x41]),
      Buffer.from(text.slice(text.indexOf('\u30a2') + 1), 'latin1'),
    ]);
    expect(sniffKind('a.xml', bytes)).toBe('campaign-xml');
    const result = readFile('a.xml', bytes, 'campaign-xml');
    expect(result.problems).toEqual([]);
    expect(result.records?.[0].attrs.label.value).toBe('\u30a2');
  });
});

describe('sniffKind takes time linear in the input, whatever the input', () => {
  // Ratio tests only: the time on ~1 MB against ~10 KB of the same adversarial pattern (100× the input) stays far
  // from quadratic (10,000×). Each pattern targets one search: many `schema` hits, values without an end, long
  // white space, tag starts far back, manifest markers after white space.
  const patterns: [string, string, string][] = [
    ['schema hits', 'a.xml', 'schema="nms:extAccount" '],
    ['schema hits with references', 'a.xml', `<x schema="nms&#58;extAccount&#32;" `],
    ['open values', 'a.xml', `schema='`],
    ['white space runs', 'a.xml', `schema${' '.repeat(50)}= \n`],
    ['one huge tag', 'a.xml', ' a="1" schema="xtk:group"'],
    ['manifest markers', 'a.yml', ' \n ims-provisioning'],
    ['CSV-like line', 'a.csv', 'Username,'],
    ['prolog comments', 'a.xml', '<!-- x --><?p?>'],
  ];
  test.each(patterns)('%s', (_name, path, unit) => {
    const of = (size: number) => Buffer.from(`<root>${unit.repeat(Math.ceil(size / unit.length))}`);
    // The shared helper repeats a short run until it takes 20 ms, so timer noise on the small input cannot decide.
    expect(timeRatio((bytes: Buffer) => sniffKind(path, bytes), of(10_000), of(1_000_000), 400)).toBeLessThan(400);
  });
});
