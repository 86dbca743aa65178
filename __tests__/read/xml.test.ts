// Malformed and hostile XML: every case ends in one problem, at the line and column where the parser found it.
import { describe, expect, test } from 'vitest';
import { readFile } from '../../src/read/index.js';
import type { FileKind } from '../../src/types.js';
import { timeRatio } from '../helpers/timing.js';

function read(text: string | Buffer, kind: FileKind = 'campaign-xml', file = 'p.xml') {
  return readFile(file, typeof text === 'string' ? Buffer.from(text) : text, kind);
}

function problemAt(text: string, kind: FileKind = 'campaign-xml'): [number, number, string] {
  const result = read(text, kind);
  expect(result.problems).toHaveLength(1);
  expect(result.records).toBeUndefined();
  const { loc, message } = result.problems[0];
  return [loc.line, loc.column, message];
}

describe('malformed XML is reported at the parser position', () => {
  const cases: [string, string, number, number, RegExp][] = [
    [
      'unterminated comment',
      '<package>\n  <!-- open\n  <entities/>\n',
      3,
      13,
      /unexpected end of file: expected '-->' to close the comment opened at line 2, column 3/,
    ],
    ['unterminated CDATA', '<package>\n<![CDATA[ x\n', 2, 11, /expected '\]\]>' to close the CDATA section opened at line 2, column 1/],
    ['CDATA outside the root', '<![CDATA[x]]><package/>', 1, 1, /CDATA section is only allowed inside an element/],
    [
      'unterminated processing instruction',
      '<?xml version="1.0"\n<package/>',
      2,
      10,
      /expected '\?>' to close the processing instruction <\?xml/,
    ],
    [
      'attribute without quotes',
      '<package>\n  <group name=admin/>\n</package>',
      2,
      15,
      /expected a quoted value \("…" or '…'\) for the attribute name of <group>, found 'a'/,
    ],
    [
      'attribute without =',
      '<package>\n  <group name "admin"/>\n</package>',
      2,
      15,
      /expected '=' after the attribute name name of <group>, found '"'/,
    ],
    [
      'attributes without white space between them',
      '<group name="a"label="b"/>',
      1,
      16,
      /expected white space before the attribute label of <group>/,
    ],
    ['duplicate attribute', '<group name="a"\n  name="b"/>', 2, 3, /duplicate attribute name on <group>/],
    ['< in an attribute value', '<group name="a<b"/>', 1, 15, /'<' in the value of the attribute name of <group>/],
    [
      'missing closing quote',
      '<package>\n<group name="a/>\n<group name="b"/>\n</package>\n',
      3,
      1,
      /'<' in the value of the attribute name of <group>.*missing closing quote for the value opened at line 2, column 13/,
    ],
    [
      'missing closing quote at the end of the file',
      '<package>\n<group name="a/>\n',
      2,
      16,
      /unexpected end of file: expected the closing " of the attribute name of <group>/,
    ],
    ['bare ampersand', '<group label="A & B"/>', 1, 17, /'&' must start an entity reference such as &amp;/],
    ['entity without ;', '<group label="A &amp B"/>', 1, 17, /expected ';' to end the entity reference &amp/],
    ['unknown entity in text', '<package>\n  <desc>caf&eacute;</desc>\n</package>', 2, 12, /unknown entity reference &eacute;/],
    ['invalid character reference', '<group label="&#0;"/>', 1, 15, /character reference &#0; names a character that XML does not allow/],
    ['malformed character reference', '<group label="&#xZZ;"/>', 1, 15, /invalid character reference/],
    [
      'mismatched end tag',
      '<package>\n  <entities schema="nms:extAccount">\n  </package>\n</entities>',
      3,
      3,
      /mismatched end tag <\/package>: expected <\/entities> to close <entities> opened at line 2, column 3/,
    ],
    // Skipped sections (other schemas) are still tokenized and checked: the mismatch is found where it is.
    [
      'mismatched end tag in a skipped section',
      '<package>\n  <entities schema="xtk:workflow">\n  </package>\n</entities>',
      3,
      3,
      /mismatched end tag <\/package>: expected <\/entities> to close <entities> opened at line 2, column 3/,
    ],
    ['end tag with nothing open', '<package/>\n</package>', 2, 1, /unexpected end tag <\/package>: no element is open/],
    ['end tag without >', '<package></package', 1, 18, /unexpected end of file: expected '>' to close the end tag <\/package>/],
    ['text before the root', 'hello <package/>', 1, 1, /expected '<' to start the root element, found 'h'/],
    ['text after the root', '<package/>\nbye', 2, 1, /unexpected text 'b' after the end of the root element/],
    ['a second root element', '<package/>\n<other/>', 2, 1, /a second root element <other>/],
    ['no root element', '<?xml version="1.0"?>\n<!-- nothing -->\n', 2, 16, /no root element/],
    ['space after <', '<package>< group/></package>', 1, 10, /expected an element name after '<', found ' '/],
    ['/ not followed by >', '<group name="x" / >', 1, 18, /expected '>' after '\/' to close <group>/],
    ['unknown <! construct', '<package><!ELEMENT x></package>', 1, 10, /expected '<!--', '<!\[CDATA\[' or '<!DOCTYPE' after '<!'/],
    [
      'DOCTYPE after the root started',
      '<package><!DOCTYPE x></package>',
      1,
      10,
      /DOCTYPE declaration is only allowed before the root element/,
    ],
    [
      'truncated inside a start tag name',
      '<package>\n<entities schema="xtk:group">\n<gro',
      3,
      4,
      /unexpected end of file: expected '>' to close <gro> opened at line 3, column 1/,
    ],
    ['truncated after <', '<package>\n<', 2, 1, /unexpected end of file: expected an element name after '<'/],
    ['CRLF does not shift columns', '<package>\r\n\t<group name=x/>\r\n</package>', 2, 14, /expected a quoted value/],
  ];
  test.each(cases)('%s', (_name, text, line, column, message) => {
    const [l, c, m] = problemAt(text);
    expect(m).toMatch(message);
    expect([l, c]).toEqual([line, column]);
  });

  test('server configuration files get the same checks', () => {
    const [line, column, message] = problemAt(
      '<serverconf>\n  <shared>\n    <ims authIMSClientId="x">\n  </shared>\n</serverconf>\n',
      'server-conf',
    );
    expect(message).toMatch(/mismatched end tag <\/shared>: expected <\/ims> to close <ims> opened at line 3, column 5/);
    expect([line, column]).toEqual([4, 3]);
  });

  test('the message for a truncated file names the open element', () => {
    const [line, column, message] = problemAt('<package>\n  <entities schema="nms:extAccount">\n    <extAccount name="x"/>\n');
    expect(message).toBe('malformed XML: unexpected end of file: expected </entities> to close <entities> opened at line 2, column 3');
    expect([line, column]).toEqual([3, 26]);
  });
});

describe('entities are never expanded', () => {
  // Billion laughs itself is refused end to end in __tests__/hardening/hostile-xml.test.ts.
  test('external entities are refused, never fetched', () => {
    const [line, column, message] = problemAt(
      '<?xml version="1.0"?>\n<!DOCTYPE p [\n  <!ENTITY % ext SYSTEM "http://127.0.0.1:9/evil.dtd">\n  %ext;\n]>\n<p/>',
    );
    expect(message).toMatch(/DOCTYPE declares entities \(<!ENTITY ext …>\)/);
    expect([line, column]).toEqual([3, 3]);
  });

  test('a DOCTYPE without entity declarations is accepted; its entities would be unknown', () => {
    expect(
      read('<!DOCTYPE package SYSTEM "package.dtd">\n<package><entities schema="xtk:group"><group name="a"/></entities></package>').records,
    ).toHaveLength(1);
    const [line, , message] = problemAt(
      '<!DOCTYPE package SYSTEM "package.dtd">\n<package><entities schema="xtk:group"><group name="&ext;"/></entities></package>',
    );
    expect(message).toMatch(/unknown entity reference &ext;/);
    expect(line).toBe(2);
  });
});

describe('deep and large documents', () => {
  test('100,000 nested levels: read without a stack overflow', () => {
    const depth = 100_000;
    const text = `<package><entities schema="xtk:group"><group name="deep">${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</group></entities></package>`;
    const result = read(text);
    expect(result.problems).toEqual([]);
    expect(result.records?.map((r) => r.attrs.name.value)).toEqual(['deep']);
  });

  test('100,000 nested levels, never closed: one problem at the end of the file', () => {
    const depth = 100_000;
    const text = `<package>\n${'<a>'.repeat(depth)}`;
    const [line, column, message] = problemAt(text);
    expect(message).toBe(`malformed XML: unexpected end of file: expected </a> to close <a> opened at line 2, column ${3 * depth - 2}`);
    expect([line, column]).toEqual([2, 3 * depth]);
  });

  test('a start tag with 50,000 attributes: the duplicate is found, and the check stays linear', () => {
    const tag = (count: number): string =>
      `<group xtkschema="xtk:group" ${Array.from({ length: count }, (_, i) => `a${i}="${i}"`).join(' ')} a7="dup"/>`;
    expect(read(tag(50_000)).problems[0].message).toMatch(/duplicate attribute a7 on <group>/);
    // 100 times the attributes: a pairwise duplicate check would take about 10,000 times as long.
    const ratio = timeRatio((text: string) => read(text), tag(500), tag(50_000), 400);
    expect(ratio).toBeLessThan(400);
  });
});

describe('encodings', () => {
  const xml = '<package>\n  <entities schema="xtk:group">\n    <group name="é" label="ok"/>\n  </entities>\n</package>\n';

  test('UTF-8 with a BOM: the BOM is not a column', () => {
    const plain = read(xml).records?.[0];
    const bom = read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)])).records?.[0];
    expect(bom).toEqual(plain);
    expect(plain?.attrs.name.loc).toMatchObject({ line: 3, column: 12, endLine: 3, endColumn: 20 });
  });

  test('UTF-16 with a byte-order mark decodes to the same records', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(read(le).records).toEqual(read(xml).records);
    expect(read(be).records).toEqual(read(xml).records);
  });

  test('UTF-16 with an odd number of bytes is a problem', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p/>', 'utf16le'), Buffer.from([0x41])]);
    expect(read(bytes).problems[0].message).toMatch(/^invalid UTF-16LE/);
  });

  test('invalid UTF-8 is reported at the offending byte', () => {
    const bytes = Buffer.concat([Buffer.from('<package>\n  <group name="'), Buffer.from([0xff]), Buffer.from('"/>\n</package>')]);
    const result = read(bytes);
    expect(result.problems[0].message).toMatch(/^invalid UTF-8: the byte 0xFF at offset 25/);
    expect(result.problems[0].loc).toMatchObject({ line: 2, column: 16 });
  });

  test('a binary file is reported as such', () => {
    const result = read(Buffer.from([0x3c, 0x70, 0x3e, 0x0a, 0x00, 0x01]), 'server-conf', 'serverConf.xml');
    expect(result.problems[0].message).toMatch(/^binary file: NUL byte at offset 4/);
    expect(result.problems[0].loc).toMatchObject({ line: 2, column: 1 });
  });

  test('an unsupported declared encoding is a problem', () => {
    const result = read(Buffer.from('<?xml version="1.0" encoding="x-klingon"?>\n<p/>'));
    expect(result.problems[0].message).toMatch(/unsupported encoding "x-klingon"/);
  });
});

describe('records', () => {
  test('attribute values are normalised as XML does (line breaks and tabs become spaces)', () => {
    const result = read('<group xtkschema="xtk:group" name="a\r\nb\tc&#10;d"/>');
    expect(result.records?.[0].attrs.name.value).toBe('a b c\nd');
  });

  test('records of other schemas are skipped, with their content', () => {
    const result = read(
      '<package><entities schema="xtk:form"><form name="f"><group xtkschema="xtk:group" name="in-form"/></form></entities><entities schema="xtk:group"/></package>',
    );
    expect(result.records).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  test('a record inside a record is content, even with xtkschema', () => {
    const result = read(
      '<extAccount xtkschema="nms:extAccount" name="outer"><extAccount xtkschema="nms:extAccount" name="inner"/></extAccount>',
    );
    expect(result.records?.map((r) => r.attrs.name.value)).toEqual(['outer']);
  });

  test('a suppression comment before an end tag covers the next line', () => {
    const result = read('<package>\n<!-- ims-gate-disable-next-line IMS001 -->\n</package>');
    expect(result.suppressions[0]).toMatchObject({ ruleIds: ['IMS001'], targetStartLine: 3, targetEndLine: 3 });
  });

  test('several suppression comments in a row cover the same element', () => {
    const result = read(
      '<package>\n<!-- ims-gate-disable-next-line IMS001 -->\n<!-- note -->\n<!-- ims-gate-disable-next-line ims002 - why -->\n<group xtkschema="xtk:group"\n name="x"/>\n</package>',
    );
    expect(result.suppressions.map((s) => [s.ruleIds, s.reason, s.targetStartLine, s.targetEndLine])).toEqual([
      [['IMS001'], undefined, 5, 6],
      [['IMS002'], 'why', 5, 6],
    ]);
  });
});

describe('messages never quote a secret', () => {
  test('a malformed entity inside a secret attribute is reported without its text', () => {
    const text = '<extAccount xtkschema="nms:extAccount" name="Adobe_Marketing_Cloud" imsClientSecret="abc&TopSecretValue99 x"/>';
    const [line, column, message] = problemAt(text);
    expect([line, column]).toEqual([1, 89]);
    expect(message).toContain('imsClientSecret');
    expect(message).not.toContain('TopSecretValue99');
  });
});
