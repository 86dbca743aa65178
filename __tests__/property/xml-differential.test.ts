// Differential tests of the XML reader (issue 10, section 1): property-generated Campaign packages, with comments,
// CDATA, processing instructions, a DOCTYPE (internal subset without entities), nesting, entity and character
// references and several <entities> blocks of read and skipped schemas, some of them mutated into malformed XML,
// are read by ims-gate, libxml2 (xmllint) and fast-xml-parser. On every case:
// - the verdict (well-formed or not) of ims-gate is libxml2's;
// - on well-formed cases, the records and their attribute values are those libxml2 and fast-xml-parser see;
// - each record attribute is located at its `name=` in the file.
// Intended divergences are the EXCEPTIONS below, each with its reason. Not generated on purpose: concatenated
// packages (several <package> roots, each with its own <?xml …?>), which ims-gate reads and libxml2 refuses; edits
// inside the XML declaration (whose encoding decides the decoder). xmllint runs once per batch of cases.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scan } from '../../src/pipeline.js';
import { readCampaignPackage } from '../../src/read/campaign-package.js';
import type { ReadResult } from '../../src/types.js';
import { writeRepo } from '../helpers/repo.js';
import { fxpWellFormed, libxml2, recordKey, recordsOfTree, treeOfC14n, treeOfFxp, type RecordKey } from './xml-oracles.js';

type PartKind = 'markup' | 'text' | 'attr' | 'comment' | 'cdata' | 'pi' | 'endName' | 'decl' | 'doctype' | 'subset';
interface Part {
  kind: PartKind;
  text: string;
}

// ---------------------------------------------------------------- generated documents

const ATTR_PIECES = [
  'a',
  'Z9',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '&amp;',
  '&#38;',
  '&#x26;',
  '&lt;',
  '&#60;',
  '&gt;',
  '>',
  '&#10;',
  '&#9;',
  '&#13;',
  'é',
  '&#xE9;',
  '\u{1F600}',
  '&#x1F600;',
  '&#0000065;',
  'nms:extAccount',
  ']]>',
  '--',
  'http://ims-na1.adobelogin.com',
  '\u00a0',
  '\u0085',
  '\u2028',
  '\ufffd',
];
const DOUBLE_QUOTED = [...ATTR_PIECES, '&quot;', "'", '&apos;'];
const SINGLE_QUOTED = [...ATTR_PIECES, '&apos;', '"', '&quot;'];
const TEXT_PIECES = [
  'text',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '&amp;',
  '&lt;',
  '&gt;',
  '>',
  '&#65;',
  '&#x5D;',
  '"',
  "'",
  'é',
  '\u{1F600}',
  'nms:extAccount',
];
const COMMENT_PIECES = [
  ' note ',
  '</entities>',
  '<extAccount xtkschema="nms:extAccount" name="phantom-comment" imsServer="http://evil"/>',
  '-x',
  '<![CDATA[',
  ']]>',
  '&bogus;',
  '<?xml version="1.0"?>',
  '\n',
  '<',
  'ims-gate-disable-next-line IMS003 - r',
];
const CDATA_PIECES = [
  'x',
  '</entities>',
  '<extAccount name="phantom-cdata" imsServer="http://evil"/>',
  '<entities schema="nms:extAccount">',
  '<!--',
  '-->',
  '&bogus;',
  ']]',
  ']',
  '<?pi ?>',
  '\n',
  '&',
  '<!DOCTYPE x>',
];
const PI_PIECES = [
  'data',
  '</entities>',
  '<extAccount xtkschema="nms:extAccount" name="phantom-pi"/>',
  '<![CDATA[',
  ']]>',
  '-->',
  '&bogus;',
  '>',
  '"',
  '\n',
  '?x',
  '<?x',
];
const PI_TARGETS = ['pi', 'js', 'x-y', 'xml-stylesheet', 'xmlfoo', 'é'];
const ELEMENT_NAMES = ['workflow', 'script', 'form', 'entities', 'extAccount', 'group', 'a', 'b-c', 'd.e', 'é', 'x_y'];
const ATTR_NAMES = ['name', 'label', 'type', 'imsServer', 'schema', 'xtkschema', 'imsClientSecret', 'a', 'b-c', 'é'];
const SCHEMAS = ['nms:extAccount', 'xtk:group', 'xtk:workflow', 'xtk:form', 'nms:delivery', ''];
const RECORD_ELEMENTS = ['extAccount', 'group', 'workflow', 'entities'];

const joined = (pieces: string[], maxLength = 6): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((p) => p.join(''));

const attrValue = (quote: '"' | "'"): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: joined(quote === '"' ? DOUBLE_QUOTED : SINGLE_QUOTED) },
    { weight: 1, arbitrary: fc.constantFrom(...SCHEMAS) },
  );

const attribute: fc.Arbitrary<Part[]> = fc
  .tuple(fc.constantFrom(...ATTR_NAMES), fc.constantFrom<'"' | "'">('"', "'"), fc.constantFrom('', ' ', '\n  '))
  .chain(([name, quote, space]) =>
    attrValue(quote).map((value): Part[] => [
      { kind: 'markup', text: ` ${name}${space}=${space}${quote}` },
      { kind: 'attr', text: value },
      { kind: 'markup', text: quote },
    ]),
  );

const attrName = (parts: Part[]): string => parts[0].text.trim().split(/[\s=]/)[0];

/** Attributes with unique names; `fixed` ones always, generated ones of the same name dropped. */
const attributes = (fixed: Part[][] = []): fc.Arbitrary<Part[]> =>
  fc.uniqueArray(attribute, { maxLength: 4, selector: attrName }).map((attrs) => {
    const taken = new Set(fixed.map(attrName));
    return [...fixed, ...attrs.filter((a) => !taken.has(attrName(a)))].flat();
  });

const fixedAttr = (name: string, value: string): Part[][] => [
  [
    { kind: 'markup', text: ` ${name}="` },
    { kind: 'attr', text: value },
    { kind: 'markup', text: '"' },
  ],
];

const misc: fc.Arbitrary<Part[]> = fc.oneof(
  joined(COMMENT_PIECES).map((text): Part[] => [
    { kind: 'markup', text: '<!--' },
    { kind: 'comment', text },
    { kind: 'markup', text: '-->' },
  ]),
  fc.tuple(fc.constantFrom(...PI_TARGETS), joined(PI_PIECES)).map(([target, data]): Part[] => [
    { kind: 'markup', text: `<?${target}` },
    { kind: 'pi', text: data === '' ? '' : ` ${data}` },
    { kind: 'markup', text: '?>' },
  ]),
  fc.constantFrom('\n', ' ', '\n  ').map((text): Part[] => [{ kind: 'markup', text }]),
);

const text: fc.Arbitrary<Part[]> = joined(TEXT_PIECES).map((t): Part[] => [{ kind: 'text', text: t }]);
const cdata: fc.Arbitrary<Part[]> = joined(CDATA_PIECES).map((t): Part[] => [
  { kind: 'markup', text: '<![CDATA[' },
  { kind: 'cdata', text: t },
  { kind: 'markup', text: ']]>' },
]);

function element(name: string, attrs: Part[], children: Part[][], selfClosing: boolean): Part[] {
  if (selfClosing && children.length === 0) return [{ kind: 'markup', text: `<${name}` }, ...attrs, { kind: 'markup', text: '/>' }];
  return [
    { kind: 'markup', text: `<${name}` },
    ...attrs,
    { kind: 'markup', text: '>' },
    ...children.flat(),
    { kind: 'markup', text: '</' },
    { kind: 'endName', text: name },
    { kind: 'markup', text: '>' },
  ];
}

/** Element content, nested up to `depth` levels (nested <entities> of any schema included). */
const content = (depth: number): fc.Arbitrary<Part[]> => {
  const leaf = fc.oneof(text, cdata, misc);
  if (depth === 0) return leaf;
  const nested = fc
    .tuple(fc.constantFrom(...ELEMENT_NAMES), attributes(), fc.array(content(depth - 1), { maxLength: 4 }), fc.boolean())
    .map(([name, attrs, children, selfClosing]) => element(name, attrs, children, selfClosing));
  return fc.oneof({ weight: 2, arbitrary: leaf }, { weight: 1, arbitrary: nested });
};

/** A record-like child of a section: its content is never read. */
const record: fc.Arbitrary<Part[]> = fc
  .tuple(fc.constantFrom(...RECORD_ELEMENTS), attributes(), fc.array(content(2), { maxLength: 3 }), fc.boolean())
  .map(([name, attrs, children, selfClosing]) => element(name, attrs, children, selfClosing));

/** Read schemas more often than the others, so that most documents have records. */
const sectionSchema = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('nms:extAccount', 'xtk:group') },
  { weight: 2, arbitrary: fc.constantFrom(...SCHEMAS) },
);

const section: fc.Arbitrary<Part[]> = fc
  .tuple(
    sectionSchema,
    fc.array(fc.oneof({ weight: 3, arbitrary: record }, { weight: 1, arbitrary: misc }, { weight: 1, arbitrary: text }), { maxLength: 4 }),
    fc.boolean(),
  )
  .map(([schema, children, selfClosing]) => element('entities', fixedAttr('schema', schema).flat(), children, selfClosing));

/** A bare record at the top of the package: `<extAccount xtkschema="nms:extAccount" …/>`. */
const bareRecord: fc.Arbitrary<Part[]> = fc
  .tuple(fc.constantFrom('extAccount', 'group', 'form'), fc.constantFrom(...SCHEMAS), fc.array(content(1), { maxLength: 2 }), fc.boolean())
  .chain(([name, schema, children, selfClosing]) =>
    attributes(fixedAttr('xtkschema', schema)).map((attrs) => element(name, attrs, children, selfClosing)),
  );

const SUBSET_ITEMS = [
  '<!ELEMENT package ANY>',
  '<!ELEMENT extAccount EMPTY>',
  '<!ELEMENT group (#PCDATA)>',
  '<!ELEMENT entities (extAccount | group)*>',
  '<!ELEMENT form (a, b-c?)+>',
  '<!ELEMENT workflow (#PCDATA | script | a)*>',
  '<!ELEMENT script ((a | b-c), d.e?)*>',
  '<!ATTLIST form kind (x | y-z) #IMPLIED>',
  '<!NOTATION png PUBLIC "-//W3C//NOTATION PNG//EN" "png.exe">',
  '<!ATTLIST extAccount name CDATA #IMPLIED>',
  '<!ATTLIST group label CDATA #REQUIRED>',
  '<?pi in the subset </entities> ?>',
  '<!-- a comment: <!ENTITY x "y"> </entities> -->',
  '<!NOTATION gif SYSTEM "gif.exe">',
];

const doctype: fc.Arbitrary<Part[]> = fc
  .tuple(fc.boolean(), fc.option(fc.array(fc.constantFrom(...SUBSET_ITEMS), { maxLength: 5 }), { nil: undefined }))
  .map(([external, subset]): Part[] => {
    const parts: Part[] = [{ kind: 'doctype', text: `<!DOCTYPE package${external ? ' SYSTEM "package.dtd"' : ''}` }];
    if (subset)
      parts.push({ kind: 'doctype', text: ' [\n' }, { kind: 'subset', text: subset.join('\n  ') }, { kind: 'doctype', text: '\n]' });
    parts.push({ kind: 'doctype', text: '>\n' });
    return parts;
  });

const DECLARATIONS = [
  '<?xml version="1.0"?>\n',
  "<?xml version='1.0' encoding='UTF-8'?>\n",
  '<?xml version="1.0" encoding="utf-8" standalone="yes"?>',
];

const packageDocument: fc.Arbitrary<Part[]> = fc
  .tuple(
    fc.option(fc.constantFrom(...DECLARATIONS), { nil: undefined }),
    fc.option(doctype, { nil: undefined }),
    fc.array(misc, { maxLength: 2 }),
    attributes(),
    fc.array(
      fc.oneof(
        { weight: 4, arbitrary: section },
        { weight: 1, arbitrary: bareRecord },
        { weight: 1, arbitrary: misc },
        { weight: 1, arbitrary: text },
        { weight: 1, arbitrary: content(2) },
      ),
      { maxLength: 6 },
    ),
    fc.array(misc, { maxLength: 2 }),
  )
  .map(([declaration, dtd, before, attrs, children, after]) => [
    ...(declaration ? [{ kind: 'decl' as const, text: declaration }] : []),
    ...(dtd ?? []),
    ...before.flat(),
    ...element('package', attrs, children, false),
    ...after.flat(),
  ]);

// ---------------------------------------------------------------- mutations

interface Mutation {
  /** What the mutation does, for messages. */
  name: string;
  apply(parts: Part[]): Part[] | undefined;
}

/** Inserts `insert` at the end of the `index`-th part of one of `kinds` (undefined when there is none). */
function insertInto(kinds: PartKind[], insert: string, index: number): Mutation {
  return {
    name: `insert ${JSON.stringify(insert)} into a ${kinds.join('/')} part`,
    apply(parts) {
      const targets = parts.map((p, i) => [p, i] as const).filter(([p]) => kinds.includes(p.kind));
      if (targets.length === 0) return undefined;
      const [, at] = targets[index % targets.length];
      return parts.map((p, i) => (i === at ? { ...p, text: p.text + insert } : p));
    },
  };
}

/** Edits the serialized text after the XML declaration and the DOCTYPE (see EXCEPTIONS), which are kept as parts. */
function editText(name: string, edit: (text: string) => string): Mutation {
  return {
    name,
    apply(parts) {
      let prolog = 0;
      while (prolog < parts.length && ['decl', 'doctype', 'subset'].includes(parts[prolog].kind)) prolog++;
      return [
        ...parts.slice(0, prolog),
        {
          kind: 'markup',
          text: edit(
            parts
              .slice(prolog)
              .map((p) => p.text)
              .join(''),
          ),
        },
      ];
    },
  };
}

/** Deletes one character of the DOCTYPE (its parts keep their kind, so fast-xml-parser still gets the document without it). */
function deleteInDoctype(f: number): Mutation {
  return {
    name: `delete one character of the DOCTYPE at ${f.toFixed(3)}`,
    apply(parts) {
      const length = parts.reduce((n, p) => n + (p.kind === 'doctype' || p.kind === 'subset' ? p.text.length : 0), 0);
      if (length === 0) return undefined;
      let at = Math.floor(length * f);
      return parts.map((p) => {
        if (p.kind !== 'doctype' && p.kind !== 'subset') return p;
        const here = at;
        at -= p.text.length;
        return here >= 0 && here < p.text.length ? { ...p, text: p.text.slice(0, here) + p.text.slice(here + 1) } : p;
      });
    },
  };
}

const MALFORMING = [
  '--',
  ']]>',
  '<?xml version="1.0"?>',
  '<?XML x?>',
  '<?xMl?>',
  '&bogus;',
  '&constructor;',
  '&toString;',
  '&valueOf;',
  '&__proto__;',
  '&',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '<',
];
const ILLEGAL_CHARS = ['\u0000', '\u0001', '\u000b', '\u001f', '\ufffe', '\uffff'];
const LEGAL_CHARS = ['\u007f', '\u0085', '\ue000', '\ufffd', '\u{10ffff}'];
const SUBSET_INSERTS = [
  '<!ENTITY e "x">',
  '<!ATTLIST group label CDATA "dflt">',
  '<!ATTLIST extAccount imsServer CDATA #FIXED "http://x">',
  '<!ELEMENT x ANY>',
];

const mutation: fc.Arbitrary<Mutation | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.nat().map((i) => insertInto(['comment'], '--', i)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...MALFORMING), fc.nat()).map(([s, i]) => insertInto(['text'], s, i)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('&bogus;', '&constructor;', '&__proto__;', '<', '&'), fc.nat())
      .map(([s, i]) => insertInto(['attr'], s, i)),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...ILLEGAL_CHARS, ...LEGAL_CHARS),
        fc.constantFrom<PartKind>('text', 'attr', 'comment', 'cdata', 'pi'),
        fc.nat(),
      )
      .map(([c, k, i]) => insertInto([k], c, i)),
  },
  { weight: 1, arbitrary: fc.nat().map((i) => insertInto(['endName'], 'x', i)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SUBSET_INSERTS), fc.nat()).map(([s, i]) => insertInto(['subset'], `\n${s}`, i)) },
  {
    weight: 1,
    arbitrary: fc.constant<Mutation>({
      name: 'white space before the XML declaration',
      apply: (parts) => (parts[0]?.kind === 'decl' ? [{ kind: 'markup', text: ' ' }, ...parts] : undefined),
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .double({ min: 0, max: 1, noNaN: true })
      .map((f) => editText(`truncate at ${f.toFixed(3)}`, (t) => t.slice(0, Math.floor(t.length * f)))),
  },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map(deleteInDoctype) },
  {
    weight: 2,
    arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((f) =>
      editText(`delete one character at ${f.toFixed(3)}`, (t) => {
        const at = Math.floor(t.length * f);
        return t.slice(0, at) + t.slice(at + 1);
      }),
    ),
  },
);

// ---------------------------------------------------------------- the comparison

interface Case {
  text: string;
  /** The document without its DOCTYPE, for fast-xml-parser (whose DOCTYPE reader rejects valid subsets). */
  withoutDoctype: string;
  mutation?: string;
  hasExternalDtd: boolean;
}

const documentCase: fc.Arbitrary<Case> = fc.tuple(packageDocument, mutation).map(([parts, m]) => {
  const mutated = m?.apply(parts) || parts;
  const applied = mutated !== parts ? m?.name : undefined;
  return {
    text: mutated.map((p) => p.text).join(''),
    withoutDoctype: mutated
      .filter((p) => p.kind !== 'doctype' && p.kind !== 'subset')
      .map((p) => p.text)
      .join(''),
    mutation: applied,
    hasExternalDtd: parts.some((p) => p.kind === 'doctype' && p.text.includes('SYSTEM')),
  };
});

/**
 * Intended divergences from libxml2, each an explicit rule: when it applies, the test asserts ims-gate's own
 * behaviour instead of libxml2's verdict.
 */
const EXCEPTIONS: { reason: string; applies(c: Case, result: ReadResult): boolean }[] = [
  {
    reason: 'ims-gate refuses every DOCTYPE entity declaration (no expansion, nothing external); libxml2 accepts them',
    applies: (_c, r) => /^unsafe XML: the DOCTYPE declares entities/.test(r.problems[0]?.message ?? ''),
  },
  {
    reason: 'ims-gate refuses ATTLIST defaults: a DTD-reading parser adds attributes that ims-gate would not see',
    applies: (_c, r) => /^unsupported XML: the DOCTYPE gives the attribute/.test(r.problems[0]?.message ?? ''),
  },
  {
    reason:
      'with an external DTD, libxml2 only warns about an undefined entity (the unread DTD might declare it); ims-gate never reads DTDs, so the reference is an error',
    applies: (c, r) => c.hasExternalDtd && /unknown entity reference|invalid '&' in the value/.test(r.problems[0]?.message ?? ''),
  },
];

function gateRecords(result: ReadResult): RecordKey[] {
  return (result.records ?? []).map((r) =>
    recordKey(
      r.schema,
      r.element,
      Object.entries(r.attrs).map(([n, v]) => [n, v.value]),
    ),
  );
}

/** Every record and attribute is located where the file says it is. */
function expectLocated(text: string, result: ReadResult): void {
  const lines = text.split('\n');
  const at = (line: number, column: number): string => (lines[line - 1] ?? '').slice(column - 1);
  for (const r of result.records ?? []) {
    expect(at(r.loc.line, r.loc.column).startsWith(`<${r.element}`), `record <${r.element}> at ${r.loc.line}:${r.loc.column}`).toBe(true);
    for (const [name, v] of Object.entries(r.attrs))
      expect(at(v.loc.line, v.loc.column).startsWith(name), `attribute ${name} at ${v.loc.line}:${v.loc.column}`).toBe(true);
  }
}

function compare(c: Case, lib: ReturnType<typeof libxml2>[number]): void {
  const where = `${c.mutation ?? 'unmutated'}:\n${c.text}`;
  const result = readCampaignPackage('p.xml', Buffer.from(c.text));
  const gateWellFormed = result.problems.length === 0;
  // The generator writes well-formed documents; only mutations break them.
  if (!c.mutation) expect(lib.wellFormed, `libxml2 refuses an unmutated document: ${where}`).toBe(true);
  const exception = EXCEPTIONS.find((e) => !gateWellFormed && e.applies(c, result));
  if (exception) {
    expect(lib.wellFormed || c.hasExternalDtd, `${exception.reason}; libxml2 should accept ${where}`).toBe(true);
    return;
  }
  expect(
    gateWellFormed,
    `ims-gate says ${gateWellFormed ? 'well-formed' : `malformed (${result.problems[0].message})`}, libxml2 says ${lib.wellFormed ? 'well-formed' : 'malformed'}: ${where}`,
  ).toBe(lib.wellFormed);
  // fast-xml-parser's validator is lax (it accepts '--' in comments, ']]>' in text, control characters, undefined
  // entities, '<' in attribute values, a late <?xml …?>), so only its refusals are compared. It also reads the data
  // of a processing instruction as attributes, so a quote there breaks it: such documents are not given to it.
  const fxpReadable = ![...c.withoutDoctype.matchAll(/<\?[\s\S]*?\?>/g)].some(([pi]) => /["']/.test(pi));
  if (fxpReadable && !fxpWellFormed(c.withoutDoctype)) expect(gateWellFormed, `fast-xml-parser refuses ${where}`).toBe(false);
  if (!gateWellFormed) return;
  const records = gateRecords(result);
  expect(records, `records as libxml2 sees them: ${where}`).toEqual(recordsOfTree(treeOfC14n(lib.c14n as string)));
  if (fxpReadable) {
    let fxpRecords: RecordKey[];
    try {
      fxpRecords = recordsOfTree(treeOfFxp(c.withoutDoctype));
    } catch (error) {
      throw new Error(`fast-xml-parser cannot read ${where}: ${(error as Error).message}`);
    }
    expect(records, `records as fast-xml-parser sees them: ${where}`).toEqual(fxpRecords);
  }
  expectLocated(c.text, result);
}

describe('ims-gate reads XML as libxml2 and fast-xml-parser do', () => {
  test('generated packages, some mutated: same verdict, same records, same values', () => {
    let wellFormedWithRecords = 0;
    let malformed = 0;
    fc.assert(
      fc.property(fc.array(documentCase, { minLength: 40, maxLength: 40 }), (cases) => {
        const verdicts = libxml2(cases.map((c) => c.text));
        cases.forEach((c, i) => {
          compare(c, verdicts[i]);
          if (!verdicts[i].wellFormed) malformed++;
          else if ((readCampaignPackage('p.xml', Buffer.from(c.text)).records ?? []).length > 0) wellFormedWithRecords++;
        });
      }),
      { numRuns: Number(process.env.XML_DIFFERENTIAL_RUNS ?? 4) },
    );
    // The generator is not degenerate: records are read and mutations do break documents (about 30 and 70 of 160).
    expect(wellFormedWithRecords).toBeGreaterThan(5);
    expect(malformed).toBeGreaterThan(20);
  });
});

// ---------------------------------------------------------------- files beyond every internal window

/** xmllint's answer to an XPath expression on one file (undefined when the file is not well-formed). */
function xpath(file: string, expression: string): string | undefined {
  const run = spawnSync('xmllint', ['--nonet', '--noout', file], { encoding: 'utf8' });
  if (run.status !== 0) return undefined;
  return spawnSync('xmllint', ['--nonet', '--xpath', expression, file], { encoding: 'utf8', maxBuffer: 1 << 26 }).stdout.trim();
}

/**
 * A package of `size` characters: a workflow section padded with blocks whose comments, CDATA, processing
 * instructions and nested <entities> all hold `</entities>`, then the account section, then more padding.
 */
function hugePackage(size: number, accountAt: number, account: string): string {
  const block = (n: number): string =>
    `    <workflow name="w${n}" label="L&amp;${n}"><script><![CDATA[ if (x) "</entities>"; ]]></script><!-- </entities> --><?js </entities> ?><entities schema="xtk:form"><form a="&#x3C;/entities>"/></entities></workflow>\n`;
  const pad = (target: number, from: number): string => {
    const parts: string[] = [];
    let length = 0;
    for (let n = from; length < target; n++) {
      const b = block(n);
      parts.push(b);
      length += b.length;
    }
    return parts.join('');
  };
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n<package name="huge">\n  <entities schema="xtk:workflow">\n';
  const before = head + pad(accountAt - head.length, 0);
  const middle = `  </entities>\n  <entities schema="nms:extAccount">\n    ${account}\n  </entities>\n  <entities schema="xtk:workflow">\n`;
  return `${before}${middle}${pad(size - before.length - middle.length, 1e6)}  </entities>\n</package>\n`;
}

describe('files larger than every window of discovery (16 MiB streaming threshold, 4 MiB chunks)', () => {
  const MiB = 1024 * 1024;
  const ACCOUNT = '<extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsServer="http://ims-na1.adobelogin.com"/>';
  const cases: [string, number, number, string, 'account' | 'none' | 'malformed'][] = [
    // Away from the 4 MiB chunk boundaries: the reader, not the sniffer's windows, is what is tested here.
    ['an account after 18 MiB of workflows, in the middle of a chunk', 19 * MiB, 18 * MiB, ACCOUNT, 'account'],
    [
      'an account only in CDATA after 17 MiB: no record',
      17.2 * MiB,
      17 * MiB,
      `<extAccount name="real"/><w><![CDATA[${ACCOUNT}]]></w>`,
      'none',
    ],
    ['a comment holding -- after 17 MiB: IMS000 at its line', 17.2 * MiB, 17 * MiB, `<!-- a -- b -->${ACCOUNT}`, 'malformed'],
  ];
  test.each(cases)('%s', async (_name, size, accountAt, account, expected) => {
    const text = hugePackage(size, accountAt, account);
    expect(text.length).toBeGreaterThan(16 * MiB);
    const root = writeRepo({ 'prod/packages/huge.xml': text });
    const { report } = await scan({ root, failOn: 'error' });
    const findings = report.findings.filter((f) => f.file === 'prod/packages/huge.xml');
    const line = text.slice(0, text.indexOf(account)).split('\n').length;
    const libxml2Server = xpath(
      join(root, 'prod/packages/huge.xml'),
      'string(/package/entities[@schema="nms:extAccount"]/extAccount/@imsServer)',
    );
    if (expected === 'account') {
      expect(libxml2Server).toBe('http://ims-na1.adobelogin.com');
      expect(findings.map((f) => [f.ruleId, f.line])).toContainEqual(['IMS003', line]);
      expect(findings.filter((f) => f.ruleId === 'IMS000')).toEqual([]);
    } else if (expected === 'none') {
      expect(libxml2Server).toBe('');
      expect(findings.filter((f) => f.ruleId === 'IMS003' || f.ruleId === 'IMS000')).toEqual([]);
    } else {
      expect(libxml2Server).toBeUndefined();
      expect(findings.map((f) => [f.ruleId, f.line, f.message.slice(0, 35)])).toEqual([
        ['IMS000', line, "malformed XML: '--' inside the comm"],
      ]);
    }
  });
});
