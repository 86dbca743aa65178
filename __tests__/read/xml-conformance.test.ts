// XML 1.0 conformance of the tokenizer (issue 10, section 1): what a conformant parser refuses is one IMS000
// problem at the exact line and column; what it accepts is read; skipped sections are tokenized, never searched
// as text, so comments, CDATA, processing instructions and nested elements cannot hide or invent a record.
import { describe, expect, test } from 'vitest';
import { readFile } from '../../src/read/index.js';
import type { FileKind, ReadResult } from '../../src/types.js';

function read(text: string, kind: FileKind = 'campaign-xml'): ReadResult {
  return readFile(kind === 'server-conf' ? 'conf/serverConf.xml' : 'p.xml', Buffer.from(text), kind);
}

/** [line, column, message] of the one problem of a file that must not be read. */
function problemAt(text: string, kind: FileKind = 'campaign-xml'): [number, number, string] {
  const result = read(text, kind);
  expect(result.problems, JSON.stringify(text)).toHaveLength(1);
  expect(result.records).toBeUndefined();
  const { loc, message } = result.problems[0];
  return [loc.line, loc.column, message];
}

/** `name` of every record read, with its schema. */
function recordNames(result: ReadResult): string[] {
  expect(result.problems).toEqual([]);
  return (result.records ?? []).map((r) => `${r.schema} ${r.attrs.name?.value}`);
}

describe('malformed constructs are IMS000 at their line and column', () => {
  const cases: [string, string, number, number, RegExp][] = [
    [
      '-- inside a comment',
      '<package>\n  <!-- a -- b -->\n</package>',
      2,
      10,
      /^malformed XML: '--' inside the comment opened at line 2, column 3; a comment cannot hold '--'/,
    ],
    ['a comment ending with --->', '<p><!-- x ---></p>', 1, 11, /'--' inside the comment opened at line 1, column 4/],
    [
      '-- in a suppression comment says how to write the reason',
      '<package>\n<!-- ims-gate-disable-next-line IMS003 -- why -->\n</package>',
      2,
      40,
      /in XML, write a suppression's reason after a single '-': <!-- ims-gate-disable-next-line IMS003 - reason -->/,
    ],
    [
      'XML declaration after a line break',
      '\n<?xml version="1.0"?>\n<package/>',
      2,
      1,
      /^malformed XML: an XML declaration <\?xml …\?> is only allowed at the very start of the file/,
    ],
    ['XML declaration after a space', ' <?xml version="1.0"?><package/>', 1, 2, /only allowed at the very start of the file/],
    ['XML declaration after a comment', '<!-- c --><?xml version="1.0"?><package/>', 1, 11, /only allowed at the very start of the file/],
    [
      'XML declaration inside the root',
      '<package>\n  <?xml version="1.0"?>\n</package>',
      2,
      3,
      /only allowed at the very start of the file/,
    ],
    [
      'a byte-order mark after the root element, no document after it',
      '<package/>\n\uFEFF',
      2,
      1,
      /a byte-order mark \(U\+FEFF\) after the root element starts no new document/,
    ],
    [
      'a byte-order mark before the root element, not at the start',
      '\n\uFEFF<package/>',
      2,
      1,
      /expected '<' to start the root element, found/,
    ],
    [
      'XML declaration after the root element, no document after it',
      '<package/>\n<?xml version="1.0"?>\n',
      2,
      1,
      /an XML declaration <\?xml …\?> after the root element starts no new document/,
    ],
    [
      '<?XML at the start',
      '<?XML version="1.0"?>\n<package/>',
      1,
      1,
      /^malformed XML: the processing-instruction target <\?XML is reserved/,
    ],
    ['<?Xml inside the root', '<package><?Xml data?></package>', 1, 10, /target <\?Xml is reserved/],
    ['<?xmL inside the DOCTYPE', '<!DOCTYPE package [<?xmL x?>]>\n<package/>', 1, 20, /target <\?xmL is reserved/],
    [
      'XML declaration without version',
      '<?xml encoding="UTF-8"?><package/>',
      1,
      7,
      /unexpected encoding= in the XML declaration; expected version="1.0"/,
    ],
    ['XML declaration with version 2.0', '<?xml version="2.0"?><package/>', 1, 7, /invalid version "2.0" in the XML declaration/],
    ['XML declaration with standalone="maybe"', '<?xml version="1.0" standalone="maybe"?><package/>', 1, 21, /invalid standalone "maybe"/],
    [
      'processing-instruction target glued to its data',
      '<package><?pi"x"?></package>',
      1,
      14,
      /expected white space or '\?>' after the processing-instruction target <\?pi, found '"'/,
    ],
    [
      'U+0001 in text',
      '<package>\n  a\u0001b\n</package>',
      2,
      4,
      /^malformed XML: the control character U\+0001 is not allowed in an XML document/,
    ],
    ['U+0001 in an attribute value', '<package>\n<group name="a\u0001"/>\n</package>', 2, 15, /control character U\+0001 is not allowed/],
    ['U+001F in a comment', '<package><!-- \u001f --></package>', 1, 15, /control character U\+001F/],
    ['U+000B in CDATA', '<package><![CDATA[\u000b]]></package>', 1, 19, /control character U\+000B/],
    ['U+0008 in a processing instruction', '<package><?pi \u0008?></package>', 1, 15, /control character U\+0008/],
    ['U+FFFE in text', '<package>\ufffe</package>', 1, 10, /the character U\+FFFE is not allowed/],
    [
      'U+FFFF in an attribute of a skipped section',
      '<package>\n<entities schema="xtk:workflow"><workflow label="\uffff"/></entities>\n</package>',
      2,
      50,
      /the character U\+FFFF is not allowed/,
    ],
    ['U+0001 after the root', '<package/>\n<!-- \u0001 -->', 2, 6, /control character U\+0001/],
    [
      'an earlier error wins over a later control character',
      '<package>\n<group name=x/>\u0001\n</package>',
      2,
      13,
      /expected a quoted value/,
    ],
    [']]> in text', '<package>\n  a ]]> b\n</package>', 2, 5, /^malformed XML: '\]\]>' in text; it may only end a CDATA section/],
    [
      ']]> in text of a skipped section',
      '<package><entities schema="xtk:form"><form>]]></form></entities></package>',
      1,
      44,
      /'\]\]>' in text/,
    ],
    ['&constructor; in text', '<package>&constructor;</package>', 1, 10, /unknown entity reference &constructor;/],
    ['&toString; in an attribute', '<group xtkschema="xtk:group" name="&toString;"/>', 1, 36, /unknown entity reference &toString;/],
    [
      '&valueOf; in a skipped section',
      '<package><entities schema="xtk:form"><form label="&valueOf;"/></entities></package>',
      1,
      51,
      /unknown entity reference &valueOf;/,
    ],
    ['&__proto__; in text', '<package>\n&__proto__;</package>', 2, 1, /unknown entity reference &__proto__;/],
    ['&hasOwnProperty; in an attribute', '<package a="&hasOwnProperty;"/>', 1, 13, /unknown entity reference &hasOwnProperty;/],
    [
      'an unknown entity in a skipped section',
      '<package><entities schema="xtk:workflow"><w>&eacute;</w></entities></package>',
      1,
      45,
      /unknown entity reference &eacute;/,
    ],
    [
      'a mismatched tag in a skipped section',
      '<package><entities schema="xtk:workflow"><a><b></a></b></entities></package>',
      1,
      48,
      /mismatched end tag <\/a>: expected <\/b> to close <b> opened at line 1, column 45/,
    ],
    [
      'an unclosed element in a skipped section',
      '<package>\n<entities schema="xtk:workflow"><a>\n</entities></package>',
      3,
      1,
      /mismatched end tag <\/entities>: expected <\/a> to close <a> opened at line 2, column 33/,
    ],
    [
      'a duplicate attribute in a skipped section',
      '<package><entities schema="xtk:form"><form a="1" a="2"/></entities></package>',
      1,
      50,
      /duplicate attribute a on <form>/,
    ],
    [
      'an unterminated comment in a skipped section',
      '<package><entities schema="xtk:form"><!-- </entities></package>',
      1,
      63,
      /unexpected end of file: expected '-->' to close the comment opened at line 1, column 38/,
    ],
    [
      "'<' in an attribute of a skipped section",
      '<package><entities schema="xtk:workflow"><w note="</entities>"/></entities></package>',
      1,
      51,
      /'<' in the value of the attribute note of <w>/,
    ],
    ['a second DOCTYPE', '<!DOCTYPE a>\n<!DOCTYPE b>\n<a/>', 2, 1, /a second DOCTYPE declaration/],
    [
      'a parameter-entity reference in the DOCTYPE',
      '<!DOCTYPE package [\n  %ext;\n]>\n<package/>',
      2,
      3,
      /^unsafe XML: the DOCTYPE refers to the parameter entity %ext;/,
    ],
    [
      'an unknown declaration in the DOCTYPE',
      '<!DOCTYPE package [<!FOO bar>]>\n<package/>',
      1,
      20,
      /expected a declaration \(<!ELEMENT, <!ATTLIST, <!NOTATION\), a comment or a processing instruction/,
    ],
    ['-- in a comment of the DOCTYPE', '<!DOCTYPE package [<!-- a -- b -->]>\n<package/>', 1, 27, /'--' inside the comment/],
    ['an unclosed DOCTYPE', '<!DOCTYPE package [<!ELEMENT package ANY>\n<package/>', 2, 1, /expected a declaration/],
    ['a DOCTYPE without white space before its name', '<!DOCTYPEpackage>\n<package/>', 1, 10, /expected white space after '<!DOCTYPE'/],
    ['a content model mixing | and ,', '<!DOCTYPE p [<!ELEMENT p (a | b, c)>]>\n<p/>', 1, 32, /a group of <!ELEMENT p> mixes '\|' and ','/],
    [
      'mixed content with names but no *',
      '<!DOCTYPE p [<!ELEMENT p (#PCDATA | a)>]>\n<p/>',
      1,
      39,
      /expected '\)\*' to end the mixed content model of <!ELEMENT p>/,
    ],
    [
      'an empty group in a content model',
      '<!DOCTYPE p [<!ELEMENT p ()>]>\n<p/>',
      1,
      27,
      /unexpected '\)' in the content model of <!ELEMENT p>/,
    ],
    [
      'names without a separator in a content model',
      '<!DOCTYPE p [<!ELEMENT p (a b)>]>\n<p/>',
      1,
      29,
      /unexpected 'b' in the content model/,
    ],
    [
      'a list of values without |',
      '<!DOCTYPE p [<!ATTLIST p kind (a b) #IMPLIED>]>\n<p/>',
      1,
      34,
      /expected '\|' or '\)' in the list of values of <!ATTLIST p kind/,
    ],
    [
      'an ENTITY declaration after valid ones',
      '<!DOCTYPE p [\n<!ELEMENT p ANY>\n<!-- <!ENTITY in a comment is fine> -->\n<!ENTITY e "x">\n]>\n<p/>',
      4,
      1,
      /^unsafe XML: the DOCTYPE declares entities \(<!ENTITY e …>\)/,
    ],
  ];
  test.each(cases)('%s', (_name, text, line, column, message) => {
    const [l, c, m] = problemAt(text);
    expect(m).toMatch(message);
    expect([l, c]).toEqual([line, column]);
  });

  test('a server configuration is one document: an XML declaration after its root is IMS000', () => {
    const [line, column, message] = problemAt('<serverconf/>\n<?xml version="1.0"?><serverconf/>', 'server-conf');
    expect(message).toMatch(/an XML declaration <\?xml …\?> is only allowed at the very start of the file/);
    expect([line, column]).toEqual([2, 1]);
  });

  test('a control character in a secret attribute is reported without the value', () => {
    const [line, column, message] = problemAt('<extAccount xtkschema="nms:extAccount" imsClientSecret="TopSecret\u0001Value99"/>');
    expect([line, column]).toEqual([1, 66]);
    expect(message).not.toContain('TopSecret');
  });

  test('an unknown entity in a secret attribute of a skipped section is reported without the value', () => {
    const [line, column, message] = problemAt(
      '<package><entities schema="xtk:workflow"><w password="abc&TopSecretValue99;"/></entities></package>',
    );
    expect([line, column]).toEqual([1, 58]);
    expect(message).toMatch(/invalid '&' in the value of the attribute password of <w> \(the value is not shown: it is a secret\)/);
    expect(message).not.toContain('TopSecretValue99');
  });
});

describe('a DOCTYPE is read as a conformant parser reads it', () => {
  const account = '<entities schema="nms:extAccount"><extAccount name="acc" imsServer="https://ims-na1.adobelogin.com"/></entities>';
  const accepted: [string, string][] = [
    ['a processing instruction in the internal subset', '<!DOCTYPE package [<?pi data?>]>'],
    [
      'content models of every form',
      '<!DOCTYPE package [<!ELEMENT a EMPTY><!ELEMENT b ANY><!ELEMENT c (#PCDATA)><!ELEMENT d ( #PCDATA )*><!ELEMENT e (#PCDATA|a|b)*><!ELEMENT f (a, (b | c)+, d?)*><!ELEMENT g ( ( a ) )>]>',
    ],
    [
      'comments, ELEMENT and NOTATION declarations',
      '<!DOCTYPE package [\n  <!-- the package -->\n  <!ELEMENT package (entities*)>\n  <!ELEMENT entities (#PCDATA | extAccount)*>\n  <!ELEMENT extAccount EMPTY>\n  <!NOTATION gif PUBLIC "-//Vendor//GIF//EN">\n]>',
    ],
    [
      'ATTLIST without defaults',
      '<!DOCTYPE package [<!ATTLIST extAccount name CDATA #REQUIRED imsServer CDATA #IMPLIED type (a|b) #IMPLIED id ID #IMPLIED>]>',
    ],
    ['an external id and an internal subset', '<!DOCTYPE package PUBLIC "-//Adobe//Package//EN" "package.dtd" [<!ELEMENT package ANY>]>'],
    ['quoted ]> and <!ENTITY text in a literal of the external id', '<!DOCTYPE package SYSTEM "x]><!ENTITY.dtd">'],
  ];
  test.each(accepted)('%s', (_name, doctype) => {
    expect(recordNames(read(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n${doctype}\n<package>${account}</package>`))).toEqual([
      'nms:extAccount acc',
    ]);
  });

  const defaults: [string, string, number, number, RegExp][] = [
    [
      'a default value',
      '<!DOCTYPE package [\n  <!ATTLIST extAccount imsServer CDATA "http://ims-na1.adobelogin.com">\n]>',
      2,
      3,
      /gives the attribute imsServer of <extAccount> a default value/,
    ],
    [
      'a #FIXED value',
      '<!DOCTYPE package [<!ELEMENT package ANY><!ATTLIST entities schema CDATA #FIXED "nms:extAccount">]>',
      1,
      42,
      /gives the attribute schema of <entities> a #FIXED value/,
    ],
    [
      'a default after attributes without one',
      '<!DOCTYPE package [<!ATTLIST extAccount\n  name CDATA #IMPLIED\n  type (a|b) "a">]>',
      1,
      20,
      /gives the attribute type of <extAccount> a default value/,
    ],
  ];
  test.each(defaults)(
    'ATTLIST with %s: Campaign would see a value ims-gate does not, so the file is IMS000',
    (_name, doctype, line, column, message) => {
      const [l, c, m] = problemAt(`${doctype}\n<package>${account}</package>`);
      expect(m).toMatch(/^unsupported XML: the DOCTYPE gives the attribute/);
      expect(m).toMatch(message);
      expect(m).toMatch(/ims-gate does not apply DTD defaults/);
      expect([l, c]).toEqual([line, column]);
    },
  );

  test('ATTLIST defaults in a server configuration are refused the same way', () => {
    const [line, column, message] = problemAt(
      '<!DOCTYPE serverconf [<!ATTLIST ims authIMSEndpoint CDATA "http://x">]>\n<serverconf><shared><ims/></shared></serverconf>',
      'server-conf',
    );
    expect(message).toMatch(/gives the attribute authIMSEndpoint of <ims> a default value/);
    expect([line, column]).toEqual([1, 23]);
  });
});

describe('skipped sections are tokenized: nothing hides or invents a record', () => {
  const ACCOUNT = '<extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsServer="http://ims-na1.adobelogin.com"/>';
  const hidden: [string, string][] = [
    // After the false end of the workflow section, a text search would take the CDATA start for real markup and
    // then jump to the next ']]>', over the account.
    [
      'a comment',
      `<package>\n  <entities schema="xtk:workflow">\n    <workflow name="w"><!-- </entities><![CDATA[ --></workflow>\n  </entities>\n  <entities schema="nms:extAccount">\n    ${ACCOUNT}\n  </entities>\n  <!-- ]]> -->\n</package>\n`,
    ],
    [
      'CDATA',
      `<package>\n  <entities schema="xtk:workflow">\n    <workflow name="w"><script><![CDATA[ if (a) "</entities><!--"; ]]></script></workflow>\n  </entities>\n  <entities schema="nms:extAccount">\n    ${ACCOUNT}\n  </entities>\n  <!-- x -->\n</package>\n`,
    ],
    [
      'a processing instruction',
      `<package>\n  <entities schema="xtk:workflow">\n    <workflow name="w"><?js </entities><![CDATA[ ?></workflow>\n  </entities>\n  <entities schema="nms:extAccount">\n    ${ACCOUNT}\n  </entities>\n  <?end ]]> ?>\n</package>\n`,
    ],
    [
      'a nested element of the same name',
      `<package>\n  <entities schema="xtk:workflow">\n    <entities schema="xtk:form"><form name="f"/></entities>\n    <workflow name="w"/>\n  </entities>\n  <entities schema="nms:extAccount">\n    ${ACCOUNT}\n  </entities>\n</package>\n`,
    ],
    [
      'an attribute value holding ]]>',
      `<package>\n  <entities schema="xtk:workflow">\n    <workflow name="w"><!-- </entities><![CDATA[ --></workflow>\n  </entities>\n  <entities schema="nms:extAccount">\n    ${ACCOUNT}\n  </entities>\n  <note text="]]>"/>\n</package>\n`,
    ],
  ];
  test.each(hidden)('an IMS account after a workflow section holding </entities> in %s is read, at its line', (_name, text) => {
    const result = read(text);
    expect(recordNames(result)).toEqual(['nms:extAccount Adobe_Marketing_Cloud']);
    expect(result.records?.[0].attrs.imsServer.loc).toMatchObject({ line: text.split('\n').findIndex((l) => l.includes('imsServer')) + 1 });
  });

  const phantom: [string, string][] = [
    [
      'CDATA',
      '<package>\n  <entities schema="xtk:workflow">\n    <workflow><script><![CDATA[</entities><entities schema="nms:extAccount"><extAccount name="phantom" imsServer="http://evil"/></entities><entities schema="xtk:workflow">]]></script></workflow>\n  </entities>\n</package>\n',
    ],
    [
      'a comment',
      '<package>\n  <entities schema="xtk:workflow">\n    <workflow><!-- </entities><entities schema="nms:extAccount"><extAccount name="phantom" imsServer="http://evil"/></entities><entities schema="xtk:workflow"> --></workflow>\n  </entities>\n</package>\n',
    ],
    [
      'a processing instruction',
      '<package>\n  <entities schema="xtk:workflow">\n    <?x </entities><entities schema="nms:extAccount"><extAccount name="phantom"/></entities><entities schema="xtk:workflow"> ?>\n  </entities>\n</package>\n',
    ],
    [
      'CDATA of a read section',
      '<package>\n  <entities schema="nms:extAccount">\n    <![CDATA[<extAccount name="phantom"/>]]>\n  </entities>\n</package>\n',
    ],
    ['a comment at the top level', '<package>\n  <!-- <extAccount xtkschema="nms:extAccount" name="phantom"/> -->\n</package>\n'],
  ];
  test.each(phantom)('an account that only exists as text in %s is no record', (_name, text) => {
    expect(recordNames(read(text))).toEqual([]);
  });

  test('records around skipped sections with nested same-name elements are all read, and only them', () => {
    const text = `<package>
  <entities schema="xtk:group"><group name="g1"/></entities>
  <entities schema="xtk:workflow">
    <entities schema="xtk:group"><group name="inside-workflow"/></entities>
    <entities schema="nms:extAccount"><extAccount name="inside-workflow"/></entities>
  </entities>
  <entities schema="nms:extAccount"><extAccount name="a1"/></entities>
  <entities schema="xtk:form"><entities schema="xtk:form"><entities schema="xtk:form"/></entities></entities>
  <entities schema="xtk:group"><group name="g2"/></entities>
</package>
`;
    expect(recordNames(read(text))).toEqual(['xtk:group g1', 'nms:extAccount a1', 'xtk:group g2']);
  });

  test('a suppression comment inside a skipped section binds to nothing outside it', () => {
    const result = read(
      '<package>\n<entities schema="xtk:workflow"><!-- ims-gate-disable-next-line IMS003 - x --></entities>\n<entities schema="nms:extAccount">\n<extAccount name="a"/>\n</entities>\n</package>',
    );
    expect(result.suppressions).toEqual([]);
    expect(recordNames(result)).toEqual(['nms:extAccount a']);
  });

  test(']]> is allowed in attribute values and comments, -> and single dashes in comments', () => {
    expect(
      recordNames(
        read('<package>\n<!-- a - b -> c ]]> -->\n<entities schema="xtk:group"><group name="]]>" label="-->"/></entities></package>'),
      ),
    ).toEqual(['xtk:group ]]>']);
  });

  test('concatenated package exports, each with its XML declaration, are all read', () => {
    const one = (name: string): string =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<package><entities schema="xtk:group"><group name="${name}"/></entities></package>\n`;
    expect(recordNames(read(one('a') + one('b') + one('c')))).toEqual(['xtk:group a', 'xtk:group b', 'xtk:group c']);
    expect(recordNames(read(`${one('a')}<?xml-stylesheet href="s.xsl"?>\n<?xmlfoo?>`))).toEqual(['xtk:group a']);
  });

  test('character references keep their leading zeros and may name astral characters', () => {
    const result = read('<group xtkschema="xtk:group" name="&#0000000000065;&#x1F600;&#x0000041;"/>');
    expect(result.records?.[0].attrs.name.value).toBe('A\u{1F600}A');
  });

  test('astral and other non-ASCII name characters are names', () => {
    const result = read('<package><entities schema="xtk:group"><group name="a" \u{10000}x="1" é·="2"/></entities></package>');
    expect(Object.keys(result.records?.[0].attrs ?? {})).toEqual(['name', '\u{10000}x', 'é·']);
  });
});

describe('skipped sections are tokenized without recursion or per-tag allocation', () => {
  test('100,000 nested levels inside a skipped section, then a record', () => {
    const depth = 100_000;
    const text = `<package><entities schema="xtk:workflow">${'<a x="1">'.repeat(depth)}${'</a>'.repeat(depth)}</entities>\n<entities schema="xtk:group"><group name="after"/></entities></package>`;
    expect(recordNames(read(text))).toEqual(['xtk:group after']);
  });

  test('100,000 nested levels inside a skipped section, one end tag missing: the open element is named', () => {
    const depth = 100_000;
    const [line, column, message] = problemAt(
      `<package><entities schema="xtk:workflow">\n${'<a>'.repeat(depth)}${'</a>'.repeat(depth - 1)}</entities></package>`,
    );
    expect(message).toBe('malformed XML: mismatched end tag </entities>: expected </a> to close <a> opened at line 2, column 1');
    expect([line, column]).toEqual([2, 7 * depth - 3]);
  });
});
