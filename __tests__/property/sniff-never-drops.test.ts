// Issue 10 §2, as a property: sniffing is an optimisation, never a filter. For generated candidate packages (white
// space of any length around '=', character references in the schema value, extra attributes, unrelated entities,
// comments and PIs, every encoding ims-gate decodes), whenever the package reader finds an nms:extAccount record,
// the sniffer says the file is a candidate: on the whole file, and window by window with windows of any size.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sniffByWindows } from '../../src/discover/load.js';
import { readFile, sniffer, sniffKind } from '../../src/read/index.js';

const MARKER = 'nms:extAccount';

/** White space of any length (fast-check's arrays stay short, so long runs are made by repetition). */
const whiteSpace = (min: number) =>
  fc
    .tuple(fc.constantFrom(' ', '\t', '\n', '\r\n'), fc.integer({ min, max: 500 }), fc.constantFrom('', ' ', '\n\t'))
    .map(([unit, count, tail]) => unit.repeat(count) + (count >= min ? tail : ''));

/** One character of the schema value, as itself or as a character reference (decimal, hex, leading zeros). */
const written = (c: string) => {
  const code = c.charCodeAt(0);
  return fc.constantFrom(
    c,
    `&#${code};`,
    `&#000${code};`,
    `&#x${code.toString(16)};`,
    `&#x${code.toString(16).toUpperCase()};`,
    `&#x00${code.toString(16)};`,
  );
};
const schemaValue = fc.tuple(...[...MARKER].map(written)).map((parts) => parts.join(''));

const attrs = fc.uniqueArray(
  fc.tuple(
    fc.constantFrom('a', 'pad', 'x:y', 'schemaX', 'schemas'),
    fc.oneof(
      fc.stringMatching(/^[a-z0-9 =:.>-]{0,40}$/),
      fc.integer({ min: 0, max: 3000 }).map((n) => 'v'.repeat(n)),
    ),
  ),
  { maxLength: 4, selector: ([name]) => name },
);

const noise: fc.Arbitrary<string[]> = fc.array(
  fc.constantFrom<string>(
    '<!-- <entities schema="nms:extAccount"> -->',
    '<?ims schema="nms:extAccount"?>',
    '<entities schema="xtk:workflow"><workflow name="w" schema="nms:extAccount"/></entities>',
    '<entities schema="xtk:srcSchema"><srcSchema name="s" namespace="cus"><element name="e" target="nms:extAccount"/></srcSchema></entities>',
  ),
  { maxLength: 3 },
);

type Encoding =
  | 'utf-8'
  | 'utf-8 BOM'
  | 'utf-16le BOM'
  | 'utf-16be BOM'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1252'
  | 'iso-8859-1'
  | 'shift_jis';
const ENCODINGS: Encoding[] = [
  'utf-8',
  'utf-8 BOM',
  'utf-16le BOM',
  'utf-16be BOM',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'iso-8859-1',
  'shift_jis',
];

function declaration(encoding: Encoding): string {
  if (encoding.startsWith('utf-16')) return '<?xml version="1.0" encoding="UTF-16"?>\n';
  if (encoding.startsWith('utf-8')) return '<?xml version="1.0"?>\n';
  return `<?xml version="1.0" encoding="${encoding}"?>\n`;
}

function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8 BOM':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'utf-16le BOM':
      return Buffer.from(`\uFEFF${text}`, 'utf16le');
    case 'utf-16be BOM':
      return Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'windows-1252':
    case 'iso-8859-1':
      return Buffer.from(text, 'latin1');
    case 'shift_jis':
      // ASCII is the same bytes in Shift_JIS; the label 'é' below is left out.
      return Buffer.from(text.replace(/é/g, 'e'), 'latin1');
  }
}

const pkg = fc.record({
  bare: fc.boolean(),
  quote: fc.constantFrom('"', "'"),
  value: schemaValue,
  beforeName: whiteSpace(1),
  beforeEq: whiteSpace(0),
  afterEq: whiteSpace(0),
  attrs,
  noiseBefore: noise,
  noiseAfter: noise,
  encoding: fc.constantFrom(...ENCODINGS),
  name: fc.constantFrom('pkg/accounts.xml', 'accounts.xml', 'pkg/accounts.dat'),
});

type Pkg = typeof pkg extends fc.Arbitrary<infer T> ? T : never;

function render(p: Pkg): string {
  const extra = p.attrs.map(([name, value]) => `${name}=${p.quote}${value}${p.quote} `).join('');
  const schemaAttr = `${p.bare ? 'xtkschema' : 'schema'}${p.beforeEq}=${p.afterEq}${p.quote}${p.value}${p.quote}`;
  const account = 'name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" label="Compte é" imsServer="https://ims-na1.adobelogin.com"';
  if (p.bare) {
    const comments = (list: string[]) => list.filter((n) => n.startsWith('<!--') || n.startsWith('<?')).join('\n');
    return `${declaration(p.encoding)}${comments(p.noiseBefore)}\n<extAccount${p.beforeName}${extra}${schemaAttr} ${account}/>\n${comments(p.noiseAfter)}\n`;
  }
  return `${declaration(p.encoding)}<package name="p" namespace="cus">\n${p.noiseBefore.join('\n')}\n<entities${p.beforeName}${extra}${schemaAttr}>\n  <extAccount ${account}/>\n</entities>\n${p.noiseAfter.join('\n')}\n</package>\n`;
}

const hasAccount = (path: string, bytes: Buffer): boolean =>
  readFile(path, bytes, 'campaign-xml').records?.some((r) => r.schema === MARKER) ?? false;

describe('sniffKind never calls a package with an extAccount record unrelated', () => {
  test('whole files', () => {
    fc.assert(
      fc.property(pkg, (p) => {
        const bytes = encode(render(p), p.encoding);
        // The generator only makes valid packages: the reader sees the record...
        expect(hasAccount(p.name, bytes), render(p)).toBe(true);
        // ...and so the sniffer must not filter the file out.
        expect(sniffKind(p.name, bytes)).toBe('campaign-xml');
      }),
      { numRuns: 400 },
    );
  });

  test('window by window, windows of any size, any padding before the record', () => {
    fc.assert(
      fc.property(pkg, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 300, max: 2000 }), (p, padding, chunk) => {
        const text = render({ ...p, noiseBefore: [`<!-- ${'p'.repeat(padding)} -->`, ...p.noiseBefore] });
        const bytes = encode(text, p.encoding);
        if (p.encoding.startsWith('utf-16') && chunk % 2 === 1) chunk++;
        const readAt = (into: Buffer, start: number, length: number) => bytes.copy(into, 0, start, start + length);
        const found = sniffByWindows(p.name, bytes.length, readAt, sniffer, chunk);
        expect(found?.kind, text).toBe('campaign-xml');
      }),
      { numRuns: 300 },
    );
  });
});

describe('a manifest whose kind comes after the first window', () => {
  test.each([
    ['ims.yml', (pad: string) => `# ${pad}\nkind: ims-provisioning\nclientId: abc\n`],
    ['ims.json', (pad: string) => `{"x-pad": "${pad}",\n "kind": "ims-provisioning", "clientId": "abc"}\n`],
  ])('%s is still a manifest, window by window', (name, make) => {
    const bytes = Buffer.from(make('p'.repeat(5000)));
    expect(sniffKind(name, bytes)).toBe('ims-manifest');
    const readAt = (into: Buffer, start: number, length: number) => bytes.copy(into, 0, start, start + length);
    expect(sniffByWindows(name, bytes.length, readAt, sniffer, 1000)?.kind).toBe('ims-manifest');
  });
});
