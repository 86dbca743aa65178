// Content sniffing: is a file Campaign/IMS configuration, and of which kind? Runs on every file of the scan, so it
// works on raw bytes: a few Buffer.indexOf passes (memchr-fast) and bounded look-arounds, never a full decode.
// Unrelated XML (schemas, workflows, forms) costs two indexOf passes; other text files cost less. A huge file is
// sniffed window by window: the later windows (`continuation`) are searched for record markers only, since every
// other marker is at the start of a file.
//
// Markers:
// - 'server-conf': the root element is <serverconf>; or the file is named serverConf.xml; or it is named
//   config-<name>.xml and holds nothing else to go by (empty, binary).
// - 'campaign-xml': `nms:extAccount` / `xtk:group` as the value of `<entities schema=…>` or of `xtkschema=…`
//   (either quote style), in a file that looks like XML (starts with '<') or is named *.xml (so that a binary or
//   mis-encoded *.xml with a marker is still read, and reported).
// - 'admin-console-csv': the first non-blank line is a header with Username or Email plus Product Configurations
//   and/or User Groups, separated by ',' or ';' (an Excel `sep=X` line before it is allowed).
// - 'ims-manifest': a *.yml / *.yaml / *.json file with a top-level `kind: ims-provisioning` (YAML, key at column
//   0 or in a top-level flow map) or `"kind": "ims-provisioning"` (JSON). The extension keeps a README that shows an
//   example manifest from being read as one.
import type { FileKind } from '../types.js';
import { detectSeparator } from './admin-console-csv.js';
import { utf16Bom } from './text.js';

const CAMPAIGN_MARKERS = ['nms:extAccount', 'xtk:group'];
const MANIFEST_MARKER = 'ims-provisioning';
/** How far back from a marker the opening '<' of its tag is looked for. */
const TAG_LOOKBACK = 4096;
/** How much of the start of a file is searched for its root element / header line. */
const HEAD = 64 * 1024;

function baseName(relPath: string): string {
  const slash = relPath.lastIndexOf('/');
  return slash === -1 ? relPath : relPath.slice(slash + 1);
}

function isWhiteByte(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** The offset of the first byte that is not a UTF-8 BOM or white space. */
function firstSignificant(bytes: Buffer): number {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && isWhiteByte(bytes[i])) i++;
  return i;
}

function isNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x3a || b === 0x2d || b === 0x2e || b >= 0x80;
}

/** The name of the root element: the first start tag after the prolog (declaration, comments, PIs, DOCTYPE). */
function rootElementName(bytes: Buffer, from = firstSignificant(bytes)): string | undefined {
  const limit = Math.min(bytes.length, from + HEAD);
  const head = bytes.subarray(0, limit);
  let i = from;
  while (i < limit) {
    const lt = head.indexOf(0x3c, i);
    if (lt === -1 || lt + 1 >= limit) return undefined;
    const next = bytes[lt + 1];
    if (next === 0x3f /* ? */) {
      const close = head.indexOf('?>', lt + 2);
      if (close === -1) return undefined;
      i = close + 2;
    } else if (next === 0x21 /* ! */) {
      if (bytes[lt + 2] === 0x2d && bytes[lt + 3] === 0x2d) {
        const close = head.indexOf('-->', lt + 4);
        if (close === -1) return undefined;
        i = close + 3;
      } else {
        // DOCTYPE: skip to the next '>' that is not inside an internal subset.
        const bracket = head.indexOf(0x5b, lt);
        const close = head.indexOf(0x3e, lt);
        if (close === -1) return undefined;
        if (bracket !== -1 && bracket < close) {
          const end = head.indexOf(0x5d, bracket);
          if (end === -1) return undefined;
          const after = head.indexOf(0x3e, end);
          if (after === -1) return undefined;
          i = after + 1;
        } else i = close + 1;
      }
    } else {
      let end = lt + 1;
      while (end < bytes.length && end - lt < 256 && isNameByte(bytes[end])) end++;
      return end > lt + 1 ? bytes.toString('latin1', lt + 1, end) : undefined;
    }
  }
  return undefined;
}

const ATTR_BEFORE = /(?:^|[\s<])(xtkschema|schema)\s*=\s*$/;

/** Whether the marker found at `hit` is the value of `xtkschema=` or of `<entities schema=`. */
function markerInContext(bytes: Buffer, hit: number): boolean {
  const quote = bytes[hit - 1];
  if (quote !== 0x22 && quote !== 0x27) return false;
  const before = bytes.toString('latin1', Math.max(0, hit - 1 - 64), hit - 1);
  const attr = ATTR_BEFORE.exec(before);
  if (!attr) return false;
  if (attr[1] === 'xtkschema') return true;
  // `schema=` counts on <entities> only: on a record it is an ordinary field.
  const from = Math.max(0, hit - TAG_LOOKBACK);
  const rel = bytes.subarray(from, hit).lastIndexOf(0x3c);
  // No tag start within the window: none at all means no tag; otherwise give it the benefit of the doubt.
  if (rel === -1) return from > 0;
  const lt = from + rel;
  return bytes.toString('latin1', lt, lt + 9) === '<entities' && isWhiteByte(bytes[lt + 9]);
}

function hasCampaignMarker(bytes: Buffer): boolean {
  for (const marker of CAMPAIGN_MARKERS) {
    for (let hit = bytes.indexOf(marker); hit !== -1; hit = bytes.indexOf(marker, hit + marker.length)) {
      // The value must end at the quote: `nms:extAccountX` is another schema.
      const after = bytes[hit + marker.length];
      if ((after === 0x22 || after === 0x27 || after === undefined) && markerInContext(bytes, hit)) return true;
    }
  }
  return false;
}

const V = `(?:"ims-provisioning"|'ims-provisioning'|ims-provisioning)`;
/** Block YAML: the key at column 0 (top level), possibly after a document start `--- `. */
const MANIFEST_BLOCK = new RegExp(`^(?:---[ \\t]+)?(?:kind|"kind"|'kind')[ \\t]*:[ \\t]*${V}[ \\t]*(?:#.*)?$`);
/** JSON (any indentation, quoted key) or a flow map (after '{' or ','). */
const MANIFEST_JSON = new RegExp(`(?:^[ \\t]*|[{,][ \\t]*)(?:"kind"|'kind')[ \\t]*:[ \\t]*${V}[ \\t]*(?=$|[,}])`);
const MANIFEST_FLOW = new RegExp(`[{,][ \\t]*kind[ \\t]*:[ \\t]*${V}[ \\t]*(?=$|[,}])`);

function hasManifestMarker(bytes: Buffer): boolean {
  for (let hit = bytes.indexOf(MANIFEST_MARKER); hit !== -1; hit = bytes.indexOf(MANIFEST_MARKER, hit + MANIFEST_MARKER.length)) {
    // The line around the hit, bounded (a minified JSON document may be one long line).
    const windowStart = Math.max(0, hit - 256);
    const windowEnd = Math.min(bytes.length, hit + 256);
    const nl = bytes.subarray(windowStart, hit).lastIndexOf(0x0a);
    const lineStart = nl === -1 ? windowStart : windowStart + nl + 1;
    const nlAfter = bytes.subarray(hit, windowEnd).indexOf(0x0a);
    const lineEnd = nlAfter === -1 ? windowEnd : hit + nlAfter;
    let line = bytes.toString('latin1', lineStart, lineEnd).replace(/\r$/, '');
    if (lineStart === 0) line = line.replace(/^\xef\xbb\xbf/, '');
    const atLineStart = lineStart === 0 || bytes[lineStart - 1] === 0x0a;
    if ((atLineStart && MANIFEST_BLOCK.test(line)) || MANIFEST_JSON.test(line) || MANIFEST_FLOW.test(line)) return true;
  }
  return false;
}

/** The Admin Console header test on the first non-blank line (after an optional `sep=X` line). */
function hasDashboardHeader(bytes: Buffer, from: number): boolean {
  let start = from;
  for (let attempt = 0; attempt < 2; attempt++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    if (end - start > HEAD) return false;
    const line = bytes.toString('utf8', start, end).replace(/\r$/, '');
    if (attempt === 0 && /^sep=[,;]$/.test(line)) {
      start = end + 1;
      continue;
    }
    return detectSeparator(line) !== undefined;
  }
  return false;
}

function sniffBytes(relPath: string, bytes: Buffer): FileKind | undefined {
  const name = baseName(relPath);
  const lower = name.toLowerCase();
  const ext = lower.slice(lower.lastIndexOf('.') + 1);
  const start = firstSignificant(bytes);
  const looksXml = start < bytes.length && bytes[start] === 0x3c;
  const isXmlName = ext === 'xml';

  if (looksXml && rootElementName(bytes, start) === 'serverconf') return 'server-conf';
  if (lower === 'serverconf.xml') return 'server-conf';
  if ((looksXml || isXmlName) && hasCampaignMarker(bytes)) return 'campaign-xml';
  if (/^config-.+\.xml$/.test(lower) && (start >= bytes.length || bytes.indexOf(0) !== -1)) return 'server-conf';
  if (looksXml) return undefined;
  if (start < bytes.length && hasDashboardHeader(bytes, start)) return 'admin-console-csv';
  if ((ext === 'yml' || ext === 'yaml' || ext === 'json') && hasManifestMarker(bytes)) return 'ims-manifest';
  return undefined;
}

/** Whether the file is XML by name, or by its first significant byte (of its first window). */
export function looksLikeXml(relPath: string, firstBytes: Buffer): boolean {
  const start = firstSignificant(firstBytes);
  return relPath.toLowerCase().endsWith('.xml') || (start < firstBytes.length && firstBytes[start] === 0x3c);
}

/**
 * Cheap content sniff on raw bytes. Returns the kind, or undefined when the file is not Campaign/IMS
 * configuration. `relPath` is the POSIX path relative to the root (serverConf.xml / config-<name>.xml names count).
 * Never throws. For a later window of a huge file (`continuation`), only the record markers count: the root
 * element, the CSV header and the manifest's top-level kind are all at the start of the file.
 */
export function sniffKind(relPath: string, bytes: Buffer, continuation?: { xml: boolean }): FileKind | undefined {
  if (continuation) return continuation.xml && hasCampaignMarker(bytes) ? 'campaign-xml' : undefined;
  try {
    const utf16 = utf16Bom(bytes);
    if (utf16) {
      // Rare: decode (leniently) and sniff the UTF-8 equivalent.
      const text = new TextDecoder(utf16).decode(bytes);
      return sniffBytes(relPath, Buffer.from(text, 'utf8'));
    }
    return sniffBytes(relPath, bytes);
  } catch {
    return undefined;
  }
}
