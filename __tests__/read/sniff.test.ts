import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sniffKind } from '../../src/read/index.js';
import { sniffWindow } from '../../src/read/sniff.js';
import type { FileKind } from '../../src/types.js';

const b = (text: string): Buffer => Buffer.from(text, 'utf8');

/** An unrelated Campaign workflow package of about `size` bytes (with plenty of schema= and xtk: noise). */
function workflowPackage(size: number): Buffer {
  const parts = [`<?xml version='1.0'?>\n<package author="Administrator (admin)" buildNumber="9336" name="wkf" namespace="cus">\n  <entities schema="xtk:workflow">\n`];
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
  ['entities extAccount', 'pkg/accounts.xml', '<package><entities schema="nms:extAccount"><extAccount name="a"/></entities></package>', 'campaign-xml'],
  ['entities group, single quotes', 'groups.xml', "<package>\n<entities schema='xtk:group'><group name='admin'/></entities></package>", 'campaign-xml'],
  ['entities with spaces around =', 'g.xml', '<package><entities\n  schema = "xtk:group"></entities></package>', 'campaign-xml'],
  ['bare record', 'record.xml', '<extAccount xtkschema="nms:extAccount" name="x"/>', 'campaign-xml'],
  ['bare group, single quotes', 'record.dat', "<group xtkschema='xtk:group' name='x'/>", 'campaign-xml'],
  ['BOM and declaration', 'a.xml', "\uFEFF<?xml version='1.0'?>\r\n<package><entities schema=\"nms:extAccount\"/></package>", 'campaign-xml'],
  ['malformed but with a marker', 'broken.xml', '<package><entities schema="nms:extAccount"><extAccount name="x"', 'campaign-xml'],
  ['binary .xml with a marker', 'bin.xml', Buffer.concat([b('PK\x03\x04\x00'), b('<entities schema="nms:extAccount">'), Buffer.from([0, 255])]), 'campaign-xml'],
  ['UTF-16LE with a marker', 'u16.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<package><entities schema="xtk:group"/></package>', 'utf16le')]), 'campaign-xml'],
  // not campaign-xml
  ['schema= on a record is a field', 'wkf.xml', '<package><entities schema="xtk:workflow"><workflow schema="nms:extAccount"/></entities></package>', undefined],
  ['another schema with the same prefix', 'x.xml', '<package><entities schema="xtk:groupX"/><entities schema="nms:extAccountSomething"/></package>', undefined],
  ['marker in text only', 'x.xml', '<package><desc>Exports nms:extAccount and xtk:group</desc></package>', undefined],
  ['XML snippet in a README', 'README.md', '# Accounts\n\n```xml\n<entities schema="nms:extAccount"><extAccount name="x"/></entities>\n```\n', undefined],
  ['unrelated schema package', 'schema.xml', '<package><entities schema="xtk:srcSchema"><srcSchema name="recipient" namespace="cus"/></entities></package>', undefined],
  // server-conf
  ['serverconf root', 'conf/anything.xml', '<?xml version="1.0"?>\n<!-- config -->\n<!DOCTYPE serverconf>\n<serverconf><shared/></serverconf>', 'server-conf'],
  ['config-<instance>.xml', 'conf/config-prod.xml', '<serverconf>\n<web><redirection IMSOrgId="x"/></web></serverconf>', 'server-conf'],
  ['serverConf.xml by name, even binary', 'conf/serverConf.xml', Buffer.from([0, 1, 2, 3]), 'server-conf'],
  ['empty config-<instance>.xml', 'config-stage.xml', '', 'server-conf'],
  ['config-<x>.xml with another root', 'build/config-assembly.xml', '<assembly><id>x</id></assembly>', undefined],
  ['serverconf not the root', 'x.xml', '<doc><serverconf/></doc>', undefined],
  // ims-manifest
  ['YAML manifest', 'ims/prod.yml', '# IMS\nkind: ims-provisioning\nclientId: abc\n', 'ims-manifest'],
  ['YAML manifest, quoted, CRLF', 'ims/prod.yaml', 'clientId: abc\r\nkind: "ims-provisioning"\r\n', 'ims-manifest'],
  ['YAML manifest, second document', 'ims/all.yml', 'kind: other\n---\nkind: ims-provisioning # the manifest\n', 'ims-manifest'],
  ['JSON manifest, pretty', 'ims/prod.json', '{\n  "kind": "ims-provisioning",\n  "clientId": "abc"\n}\n', 'ims-manifest'],
  ['JSON manifest, minified', 'ims/prod.json', '{"clientId":"abc","kind":"ims-provisioning"}', 'ims-manifest'],
  ['YAML flow map', 'ims/prod.yml', '{clientId: abc, kind: ims-provisioning}\n', 'ims-manifest'],
  ['nested kind is not top level', 'k8s.yml', 'metadata:\n  kind: ims-provisioning\n', undefined],
  ['other kind', 'k8s.yml', 'kind: Deployment\n', undefined],
  ['manifest in a README', 'README.md', '```yaml\nkind: ims-provisioning\nclientId: abc\n```\n', undefined],
  ['value with a suffix', 'x.yml', 'kind: ims-provisioning-v2\n', undefined],
  // admin-console-csv
  ['CSV with ,', 'users.csv', 'Identity Type,Username,Domain,Email,First Name,Last Name,Country Code,Product Configurations,Admin Roles,Product Configurations Administered,User Groups,User Groups Administered,Products Administered,Developer Access\n', 'admin-console-csv'],
  ['CSV with ; and an ID column', 'users.txt', 'Identity Type;Username;Domain;Email;First Name;Last Name;Country Code;ID;Product Configurations;User Groups\r\nx;y\r\n', 'admin-console-csv'],
  ['CSV with quoted header and BOM', 'export.csv', '\uFEFF"Email","User Groups"\n"a@b","g"\n', 'admin-console-csv'],
  ['CSV after an Excel sep= line', 'export.csv', 'sep=;\nEmail;Product Configurations\n', 'admin-console-csv'],
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
    const bytes = Buffer.concat([workflowPackage(5 * 1024 * 1024), b('<package><entities schema="nms:extAccount"><extAccount name="Adobe_Marketing_Cloud"/></entities></package>')]);
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
    const pieces = ['<', '>', '"', "'", '=', ' ', '\n', 'schema', 'xtkschema', 'nms:extAccount', 'xtk:group', '<entities ', '<serverconf', 'kind:', 'ims-provisioning', 'Username', 'User Groups', ',', ';', '\uFEFF', '\0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.constantFrom('a.xml', 'a.yml', 'a.json', 'a.csv', 'serverConf.xml', 'config-x.xml'), (parts, name) => {
        sniffKind(name, b(parts.join('')));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('sniffWindow on a later window of a huge file', () => {
  const later = (path: string, text: string, xml: boolean, last = true) => sniffWindow(path, Buffer.from(text), { state: { xml, binary: false }, last }).kind;

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
