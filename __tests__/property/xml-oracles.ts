// Reference XML parsers for the differential tests: libxml2 (xmllint) and fast-xml-parser, and the records of a
// Campaign package as each of them sees it. The record rules here are written against a plain element tree,
// independently of ims-gate's reader: direct children of an `<entities>` of a read schema are records; an element
// with `xtkschema` is a record of that schema; `<entities>` of any other schema is not looked into; nothing inside
// a record is a record.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export const RECORD_SCHEMAS: ReadonlySet<string> = new Set(['nms:extAccount', 'xtk:group']);

export interface TreeElement {
  name: string;
  /** Decoded attribute values, in any order. */
  attrs: [string, string][];
  children: TreeElement[];
}

/** A record as a comparable string: schema, element and attributes sorted by name (c14n reorders attributes). */
export type RecordKey = string;

export function recordKey(schema: string, element: string, attrs: [string, string][]): RecordKey {
  const sorted = [...attrs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([schema, element, sorted]);
}

/** The records of a package tree (its root element). */
export function recordsOfTree(root: TreeElement): RecordKey[] {
  const out: RecordKey[] = [];
  const attr = (el: TreeElement, name: string): string | undefined => el.attrs.find(([n]) => n === name)?.[1];
  const walk = (el: TreeElement, sectionSchema: string | undefined): void => {
    let schema = sectionSchema;
    if (schema === undefined) {
      schema = attr(el, 'xtkschema');
      if (schema === undefined && el.name === 'entities') {
        const sectionOf = attr(el, 'schema') ?? '';
        if (RECORD_SCHEMAS.has(sectionOf)) for (const child of el.children) walk(child, sectionOf);
        return;
      }
    }
    if (schema !== undefined) {
      if (RECORD_SCHEMAS.has(schema)) out.push(recordKey(schema, el.name, el.attrs));
      return;
    }
    for (const child of el.children) walk(child, undefined);
  };
  walk(root, undefined);
  return out;
}

/** Decodes a raw attribute value as XML does: end-of-line handling, white space to spaces, references. */
export function decodeAttribute(raw: string): string {
  return raw.replace(/\r\n|[\r\n\t]|&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_match, ref: string | undefined) => {
    if (ref === undefined) return ' ';
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[ref] as string;
  });
}

// ---------------------------------------------------------------- libxml2

export interface Libxml2Verdict {
  wellFormed: boolean;
  /** Canonical XML (W3C c14n 1.0, with comments) of a well-formed document. */
  c14n?: string;
}

const END = '@@END-7f3a@@';

/**
 * Runs xmllint on every text with one shell: `--noout` for the verdict, then `--c14n` for the content of the
 * well-formed ones. --nonet: nothing is ever fetched.
 */
export function libxml2(texts: (string | Buffer)[]): Libxml2Verdict[] {
  const dir = mkdtempSync(join(tmpdir(), 'ims-gate-xmllint-'));
  try {
    const files = texts.map((text, i) => {
      const file = join(dir, `${i}.xml`);
      writeFileSync(file, text);
      return file;
    });
    const script = `for f in "$@"; do if xmllint --noout --nonet "$f" 2>/dev/null; then echo OK; xmllint --nonet --c14n "$f" 2>/dev/null; echo; else echo BAD; fi; echo '${END}'; done`;
    const run = spawnSync('sh', ['-c', script, 'sh', ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (run.status !== 0 || run.error) throw new Error(`xmllint failed: ${run.error?.message ?? run.stderr}`);
    const outputs = run.stdout.split(`${END}\n`).slice(0, texts.length);
    if (outputs.length !== texts.length) throw new Error(`xmllint: expected ${texts.length} outputs, got ${outputs.length}`);
    return outputs.map((out) => (out.startsWith('OK\n') ? { wellFormed: true, c14n: out.slice(3, -1) } : { wellFormed: false }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The element tree of canonical XML. c14n has no DOCTYPE, no CDATA, no entity other than the predefined ones and
 * character references, attribute values in double quotes with '"' and '<' escaped: a small tokenizer suffices.
 */
export function treeOfC14n(c14n: string): TreeElement {
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/[^\s>]+>|<([^\s/>]+)((?:\s+[^\s=]+="[^"]*")*)\s*>|[^<]+/gy;
  const attrPattern = /([^\s=]+)="([^"]*)"/g;
  const root: TreeElement = { name: '#document', attrs: [], children: [] };
  const stack = [root];
  let end = 0;
  for (let m = token.exec(c14n); m !== null; m = token.exec(c14n)) {
    end = token.lastIndex;
    const [whole, name, attrs] = m;
    if (whole.startsWith('</')) stack.pop();
    else if (name !== undefined) {
      const el: TreeElement = {
        name,
        attrs: [...(attrs ?? '').matchAll(attrPattern)].map(([, n, v]) => [n, decodeAttribute(v)]),
        children: [],
      };
      stack[stack.length - 1].children.push(el);
      stack.push(el);
    }
  }
  if (end !== c14n.length) throw new Error(`c14n not fully read at ${end}`);
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('c14n: expected one root element');
  return root.children[0];
}

// ---------------------------------------------------------------- fast-xml-parser

/** fast-xml-parser's validator (lax: see the exceptions in the differential test). */
export function fxpWellFormed(text: string): boolean {
  return XMLValidator.validate(text) === true;
}

const fxp = new XMLParser({
  ignoreAttributes: false,
  processEntities: false,
  preserveOrder: true,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  ignorePiTags: true,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
});

type FxpNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** The element tree of a document without DOCTYPE, as fast-xml-parser reads it (values raw, decoded here). */
export function treeOfFxp(text: string): TreeElement {
  const convert = (node: FxpNode): TreeElement | undefined => {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (name === undefined || name.startsWith('#') || name.startsWith('?')) return undefined;
    const attrs = Object.entries(node[':@'] ?? {}).map(([n, v]): [string, string] => [n, decodeAttribute(String(v))]);
    const children = ((node[name] as FxpNode[]) ?? []).map(convert).filter((c): c is TreeElement => c !== undefined);
    return { name, attrs, children };
  };
  const roots = (fxp.parse(text) as FxpNode[]).map(convert).filter((c): c is TreeElement => c !== undefined);
  if (roots.length !== 1) throw new Error(`fast-xml-parser: expected one root element, got ${roots.length}`);
  return roots[0];
}
