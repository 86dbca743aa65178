// Content sniffing: is a file Campaign/IMS configuration, and of which kind? Runs on every file of the scan, so it
// is an optimisation over reading everything: a few Buffer.indexOf passes (memchr-fast) on the raw bytes of
// ASCII-compatible files. It is never a filter that can lose an account: a file is "unrelated" only when its
// decoded content provably holds no marker of any kind, and every doubt (unknown encoding, an entity reference,
// an attribute default in a DOCTYPE, a marker cut by the edge of a window) makes the file a candidate, which the
// reader then reads or reports as IMS000.
//
// Decoding first: UTF-16 (with a BOM, or without one, recognised from its NUL bytes) and multi-byte declared
// encodings (Shift_JIS, GBK…) are decoded to UTF-8 before the search; single-byte declared encodings
// (ISO-8859-1, windows-1252…) and UTF-8 hold every marker as the same ASCII bytes and are searched as they are. A
// binary file (NUL bytes, not UTF-16) is searched with its NUL bytes removed, which turns the UTF-16/UTF-32 form
// of any ASCII marker back into ASCII.
//
// Markers:
// - 'server-conf': the root element (or the DOCTYPE name) is serverconf; or the file is named serverConf.xml; or
//   it is named config-<name>.xml and holds nothing else to go by (empty, binary).
// - 'campaign-xml': `nms:extAccount` / `xtk:group` as the value of `xtkschema=` (any element) or of
//   `<entities schema=…>`, in a file that looks like XML (starts with '<') or is named *.xml. XML allows white
//   space (line breaks included) of any length around '=', and character or predefined entity references in the
//   value (`nms&#58;extAccount`): the value is decoded and trimmed before it is compared. References are not
//   allowed in element or attribute names, so names are matched as bytes. An unknown entity reference in such a
//   value, or a DOCTYPE internal subset that mentions `schema` (an ATTLIST default could supply the attribute),
//   makes the file a candidate.
// - 'admin-console-csv': the first non-blank line is a header with Username or Email plus Product Configurations
//   and/or User Groups, separated by ',' or ';' (an Excel `sep=X` line before it is allowed). Lines end at LF, CRLF
//   or a lone CR (Excel's "CSV (Macintosh)").
// - 'ims-manifest': a *.yml / *.yaml / *.json file with a top-level `kind: ims-provisioning` (YAML, key at column
//   0 or in a top-level flow map) or `"kind": "ims-provisioning"` (JSON); the value may be on the line after the
//   key. The extension keeps a README that shows an example manifest from being read as one.
//
// Huge files are sniffed window by window (sniffWindow): the later windows are searched for record markers only,
// since every other marker is at the start of a file. A marker whose context runs past either edge of a window
// makes the loader sniff the whole file instead, so windows never have a blind spot.
import type { FileKind } from '../types.js';
import { detectSeparator } from './admin-console-csv.js';
import { RECORD_SCHEMAS } from '../util/campaign.js';
import { declaredXmlEncoding, isUnicodeLabel, utf16Encoding } from './text.js';
import { predefinedEntity } from './xml/references.js';

/** The record schemas, as they stand in a package: what makes an XML file Campaign configuration. */
const CAMPAIGN_MARKERS = RECORD_SCHEMAS;
const MANIFEST_MARKER = 'ims-provisioning';
/** How much of the start of a CSV file is searched for its header line. */
const CSV_HEAD = 64 * 1024;

/** A window of a huge file cannot decide alone: a marker's context crosses one of its edges. */
const EDGE = 'edge';
type Verdict = boolean | typeof EDGE;

/** Which edges of the bytes are not the edges of the file. */
interface Cut {
  start: boolean;
  end: boolean;
}
const WHOLE: Cut = { start: false, end: false };

function baseName(relPath: string): string {
  const slash = relPath.lastIndexOf('/');
  return slash === -1 ? relPath : relPath.slice(slash + 1);
}

function isWhiteByte(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

function isQuote(b: number): boolean {
  return b === 0x22 || b === 0x27;
}

/** The offset of the first byte that is not white space. */
function firstSignificant(view: Buffer): number {
  let i = 0;
  while (i < view.length && isWhiteByte(view[i])) i++;
  return i;
}

function isNameByte(b: number): boolean {
  return (
    (b >= 0x61 && b <= 0x7a) ||
    (b >= 0x41 && b <= 0x5a) ||
    (b >= 0x30 && b <= 0x39) ||
    b === 0x5f ||
    b === 0x3a ||
    b === 0x2d ||
    b === 0x2e ||
    b >= 0x80
  );
}

function nameAt(view: Buffer, from: number): string | undefined {
  let end = from;
  while (end < view.length && end - from < 256 && isNameByte(view[end])) end++;
  return end > from ? view.toString('latin1', from, end) : undefined;
}

// ---------------------------------------------------------------- decoding

/** Single-byte WHATWG encodings: bytes 0x00-0x7F are ASCII, so an ASCII marker is the same bytes as in UTF-8. */
const SINGLE_BYTE = /^(ibm866|iso-8859-\d+|koi8-[ru]|macintosh|windows-\d+|x-mac-cyrillic)$/;

/**
 * The bytes as searched: every ASCII character of the decoded text as one byte (UTF-8 or a single-byte code page
 * as they are; other encodings decoded and re-encoded as UTF-8), without a UTF-8 byte-order mark. `encoding` is
 * the TextDecoder label that later windows of the file are decoded with, if any. Undefined when the encoding is
 * not known (a declaration TextDecoder does not support), so that nothing can be proven about the content.
 */
interface View {
  bytes: Buffer;
  encoding?: string;
  /**
   * The file holds NUL bytes and is not UTF-16: binary, or an encoding such as UTF-32. `bytes` are then the raw
   * bytes, and record markers are searched with the NUL bytes removed.
   */
  binary: boolean;
}

function decodedView(bytes: Buffer, encoding: string): Buffer {
  return Buffer.from(new TextDecoder(encoding).decode(bytes), 'utf8');
}

function withoutNul(bytes: Buffer): Buffer {
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  for (let from = 0; from < bytes.length; ) {
    let nul = bytes.indexOf(0, from);
    if (nul === -1) nul = bytes.length;
    n += bytes.copy(out, n, from, nul);
    from = nul + 1;
  }
  return out.subarray(0, n);
}

function fileView(bytes: Buffer): View | undefined {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { bytes: decodedView(bytes, utf16.encoding), encoding: utf16.encoding, binary: false };
  if (bytes.indexOf(0) !== -1) return { bytes, binary: true };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const declared = declaredXmlEncoding(bytes);
  if (declared && !isUnicodeLabel(declared)) {
    let canonical: string;
    try {
      canonical = new TextDecoder(declared).encoding;
    } catch {
      return undefined;
    }
    if (!SINGLE_BYTE.test(canonical)) return { bytes: decodedView(bytes, canonical), encoding: canonical, binary: false };
  }
  return { bytes: bom ? bytes.subarray(3) : bytes, binary: false };
}

/** A later window, decoded as the first window said. */
function windowView(bytes: Buffer, state: WindowState): Buffer {
  if (state.encoding) return decodedView(bytes, state.encoding);
  return state.binary ? withoutNul(bytes) : bytes;
}

// ---------------------------------------------------------------- XML

interface Prolog {
  /** The name of the root element, when the prolog ends within the bytes. */
  root?: string;
  /** The name given by `<!DOCTYPE name`. */
  doctype?: string;
  /** The DOCTYPE internal subset mentions `schema`: an ATTLIST default may give a record its schema. */
  subsetMentionsSchema: boolean;
  /** The prolog runs past the end of the bytes. */
  unfinished: boolean;
}

/** The end of a DOCTYPE internal subset that opens at `open` ('['): its ']' outside quotes and comments, or -1. */
function internalSubsetEnd(view: Buffer, open: number): number {
  let i = open + 1;
  while (i < view.length) {
    const b = view[i];
    if (b === 0x5d /* ] */) return i;
    if (isQuote(b)) {
      const close = view.indexOf(b, i + 1);
      if (close === -1) return -1;
      i = close + 1;
    } else if (b === 0x3c && view[i + 1] === 0x21 && view[i + 2] === 0x2d && view[i + 3] === 0x2d) {
      const close = view.indexOf('-->', i + 4);
      if (close === -1) return -1;
      i = close + 3;
    } else i++;
  }
  return -1;
}

/** Walks the prolog (declaration, comments, PIs, DOCTYPE) to the first start tag. Linear; no look-ahead limit. */
function readProlog(view: Buffer, from: number): Prolog {
  const prolog: Prolog = { subsetMentionsSchema: false, unfinished: true };
  let i = from;
  for (;;) {
    const lt = view.indexOf(0x3c, i);
    if (lt === -1 || lt + 1 >= view.length) return prolog;
    const next = view[lt + 1];
    if (next === 0x3f /* ? */) {
      const close = view.indexOf('?>', lt + 2);
      if (close === -1) return prolog;
      i = close + 2;
    } else if (next === 0x21 /* ! */) {
      if (view[lt + 2] === 0x2d && view[lt + 3] === 0x2d) {
        const close = view.indexOf('-->', lt + 4);
        if (close === -1) return prolog;
        i = close + 3;
        continue;
      }
      // DOCTYPE: its name, then past its internal subset (if any) to its '>'.
      if (view.toString('latin1', lt, lt + 9) === '<!DOCTYPE') {
        let n = lt + 9;
        while (n < view.length && isWhiteByte(view[n])) n++;
        prolog.doctype = nameAt(view, n);
      }
      const bracket = view.indexOf(0x5b, lt);
      const close = view.indexOf(0x3e, lt);
      if (close === -1) return prolog;
      if (bracket !== -1 && bracket < close) {
        const end = internalSubsetEnd(view, bracket);
        if (end === -1) return prolog;
        if (view.subarray(bracket, end).indexOf('schema') !== -1) prolog.subsetMentionsSchema = true;
        const after = view.indexOf(0x3e, end);
        if (after === -1) return prolog;
        i = after + 1;
      } else i = close + 1;
    } else {
      prolog.root = nameAt(view, lt + 1);
      prolog.unfinished = false;
      return prolog;
    }
  }
}

const MARKER_BYTES = CAMPAIGN_MARKERS.map((marker) => Buffer.from(marker, 'latin1'));
const SCHEMA = Buffer.from('schema', 'latin1');
const REFERENCE = /&(?:#([0-9]+)|#x([0-9a-fA-F]+)|([A-Za-z_:][A-Za-z0-9_.:-]*));/g;

/**
 * Decodes references in an attribute value. Undefined when a reference cannot be decoded here: an unknown entity
 * (which a DOCTYPE might define) or a malformed '&'.
 */
function decodeReferences(raw: string): string | undefined {
  let unknown = false;
  const decoded = raw.replace(REFERENCE, (_ref, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      const value = predefinedEntity(name);
      if (value === undefined) unknown = true;
      return value ?? '';
    }
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex as string, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });
  return unknown || decoded.includes('&') ? undefined : decoded;
}

function isMarkerBytes(view: Buffer, start: number, end: number): boolean {
  for (const marker of MARKER_BYTES)
    if (end - start === marker.length && view.compare(marker, 0, marker.length, start, end) === 0) return true;
  return false;
}

/**
 * Whether the attribute value [start, end) is a record schema. It is compared decoded (references) and trimmed:
 * trimming is looser than Campaign, so it can only add candidates. A value that holds '<' is malformed XML; it is
 * a candidate when a marker is in it, so that the reader reports it.
 */
function valueIsMarker(view: Buffer, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a < b && isWhiteByte(view[a])) a++;
  while (b > a && isWhiteByte(view[b - 1])) b--;
  if (isMarkerBytes(view, a, b)) return true;
  // Searched within the value only (an indexOf to the end of the file for every value would be quadratic).
  let special = false;
  for (let i = a; i < b && !special; i++) special = view[i] === 0x26 || view[i] === 0x3c;
  if (!special) return false;
  const raw = view.toString('latin1', a, b);
  const decoded = decodeReferences(raw);
  if (decoded === undefined) return true;
  if (CAMPAIGN_MARKERS.includes(decoded.trim())) return true;
  return raw.includes('<') && CAMPAIGN_MARKERS.some((marker) => decoded.includes(marker));
}

/**
 * After an attribute name ending at `i`: white space of any length, '=', white space, then a quoted value. Its
 * value's offsets; undefined when what follows is not an attribute value; EDGE when the bytes end before it does.
 */
function attributeValueAt(view: Buffer, i: number, cut: Cut): { start: number; end: number } | undefined | typeof EDGE {
  const len = view.length;
  while (i < len && isWhiteByte(view[i])) i++;
  if (i >= len) return cut.end ? EDGE : undefined;
  if (view[i] !== 0x3d /* = */) return undefined;
  i++;
  while (i < len && isWhiteByte(view[i])) i++;
  if (i >= len) return cut.end ? EDGE : undefined;
  const quote = view[i];
  if (!isQuote(quote)) return undefined;
  const close = view.indexOf(quote, i + 1);
  if (close === -1) return cut.end ? EDGE : { start: i + 1, end: len };
  return { start: i + 1, end: close };
}

function isEntitiesTag(view: Buffer, lt: number): boolean {
  return view.toString('latin1', lt, lt + 9) === '<entities' && isWhiteByte(view[lt + 9]);
}

/**
 * Whether a record schema is the value of `xtkschema=`, or of `schema=` on an `<entities>` element. Every
 * `schema` in the bytes is looked at; the cost stays linear: the white space skipped after a name is never skipped
 * again, a value ends at the next quote of its kind, and the start of a tag is searched backwards only as far as
 * the previous search went.
 */
function hasCampaignMarker(view: Buffer, cut: Cut): Verdict {
  let searchedTo = 0;
  let lastLt = -1;
  for (let hit = view.indexOf(SCHEMA); hit !== -1; hit = view.indexOf(SCHEMA, hit + SCHEMA.length)) {
    const value = attributeValueAt(view, hit + 6, cut);
    if (value === EDGE) return EDGE;
    if (value === undefined || !valueIsMarker(view, value.start, value.end)) continue;
    // `xtkschema=` marks a record on any element.
    if (hit < 3) {
      if (cut.start) return EDGE;
    } else if (view[hit - 3] === 0x78 && view[hit - 2] === 0x74 && view[hit - 1] === 0x6b) return true;
    // `schema=` counts on <entities> only: on a record it is an ordinary field. The tag starts at the last '<'
    // before the attribute ('<' cannot appear inside a tag).
    const rel = view.subarray(searchedTo, hit).lastIndexOf(0x3c);
    if (rel !== -1) lastLt = searchedTo + rel;
    searchedTo = hit;
    if (lastLt === -1) {
      if (cut.start) return EDGE;
      continue;
    }
    if (isEntitiesTag(view, lastLt)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- manifests

function isBlank(b: number): boolean {
  return b === 0x20 || b === 0x09;
}

/**
 * Whether the key that ends just before `end` (exclusive) is a top-level `kind`: unquoted at column 0 (possibly
 * after a `--- ` document start) or in a flow map; quoted (JSON) at any indentation or in a map.
 */
function isTopLevelKindKey(view: Buffer, end: number): boolean {
  let start = end - 4;
  let quoted = false;
  if (isQuote(view[end - 1])) {
    quoted = true;
    start = end - 6;
    if (start < 0 || view[start] !== view[end - 1]) return false;
    if (view.toString('latin1', start + 1, end - 1) !== 'kind') return false;
  } else if (start < 0 || view.toString('latin1', start, end) !== 'kind') return false;
  let i = start - 1;
  while (i >= 0 && isBlank(view[i])) i--;
  if (i >= 0 && (view[i] === 0x7b /* { */ || view[i] === 0x2c) /* , */) return true;
  const atLineStart = i < 0 || view[i] === 0x0a || view[i] === 0x0d;
  if (quoted) return atLineStart;
  if (i === start - 1 && atLineStart) return true;
  // `--- kind: …`: a document start at column 0, then the key.
  return (
    i >= 2 && i < start - 1 && view.toString('latin1', i - 2, i + 1) === '---' && (i < 3 || view[i - 3] === 0x0a || view[i - 3] === 0x0d)
  );
}

/** Whether `ims-provisioning` at `hit` is the value of a top-level `kind` key (the value may be on the next line). */
function isManifestKindAt(view: Buffer, hit: number): boolean {
  let start = hit;
  let end = hit + MANIFEST_MARKER.length;
  if (start > 0 && isQuote(view[start - 1])) {
    if (view[end] !== view[start - 1]) return false;
    start--;
    end++;
  }
  // After the value: the end of the line, a comment, or the next item of a flow map.
  let j = end;
  while (j < view.length && isBlank(view[j])) j++;
  if (j < view.length && ![0x0a, 0x0d, 0x23, 0x2c, 0x7d].includes(view[j])) return false;
  // Before it: white space (line breaks included), ':', white space, the key.
  let i = start - 1;
  while (i >= 0 && isWhiteByte(view[i])) i--;
  if (i < 0 || view[i] !== 0x3a /* : */) return false;
  i--;
  while (i >= 0 && isWhiteByte(view[i])) i--;
  return isTopLevelKindKey(view, i + 1);
}

function hasManifestMarker(view: Buffer): boolean {
  for (let hit = view.indexOf(MANIFEST_MARKER); hit !== -1; hit = view.indexOf(MANIFEST_MARKER, hit + MANIFEST_MARKER.length)) {
    if (isManifestKindAt(view, hit)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- CSV

/** The end of the line starting at `start`: its LF, or its CR (CRLF and Excel's CR-only line endings). */
function lineEnd(view: Buffer, start: number): number {
  for (let i = start; i < view.length; i++) if (view[i] === 0x0a || view[i] === 0x0d) return i;
  return view.length;
}

function nextLine(view: Buffer, end: number): number {
  return view[end] === 0x0d && view[end + 1] === 0x0a ? end + 2 : end + 1;
}

/** The Admin Console header test on the first non-blank line (after an optional `sep=X` line). */
function hasDashboardHeader(view: Buffer, from: number): boolean {
  let start = from;
  for (let attempt = 0; attempt < 2; attempt++) {
    const end = lineEnd(view, start);
    if (end - start > CSV_HEAD) return false;
    const line = view.toString('utf8', start, end);
    if (attempt === 0 && /^sep=[,;]$/.test(line)) {
      start = nextLine(view, end);
      continue;
    }
    return detectSeparator(line) !== undefined;
  }
  return false;
}

// ---------------------------------------------------------------- kinds

function isConfigName(lower: string): boolean {
  return /^config-.+\.xml$/.test(lower);
}

function sniffView(relPath: string, view: View | undefined, cut: Cut): FileKind | undefined | typeof EDGE {
  const lower = baseName(relPath).toLowerCase();
  const ext = lower.slice(lower.lastIndexOf('.') + 1);
  const isXmlName = ext === 'xml';
  if (view === undefined) {
    // A declared encoding that cannot be decoded here (only an XML declaration declares one, so the file is XML):
    // nothing is proven about the content, so the file is read, and its reader reports the encoding.
    return lower === 'serverconf.xml' || isConfigName(lower) ? 'server-conf' : 'campaign-xml';
  }
  const v = view.bytes;
  const start = firstSignificant(v);
  const looksXml = start < v.length && v[start] === 0x3c;

  if (looksXml) {
    const prolog = readProlog(v, start);
    if (prolog.root === 'serverconf' || prolog.doctype === 'serverconf') return 'server-conf';
    if (prolog.unfinished && cut.end) return EDGE;
    if (prolog.subsetMentionsSchema) return lower === 'serverconf.xml' ? 'server-conf' : 'campaign-xml';
  }
  if (lower === 'serverconf.xml') return 'server-conf';
  if (looksXml || isXmlName) {
    const marker = hasCampaignMarker(view.binary ? withoutNul(v) : v, cut);
    if (marker !== false) return marker === EDGE ? EDGE : 'campaign-xml';
  }
  if (isConfigName(lower) && (start >= v.length || view.binary)) return 'server-conf';
  if (looksXml) return undefined;
  if (start < v.length && hasDashboardHeader(v, start)) return 'admin-console-csv';
  if ((ext === 'yml' || ext === 'yaml' || ext === 'json') && hasManifestMarker(v)) return 'ims-manifest';
  return undefined;
}

/** What the later windows of a huge file need from its first window. */
export interface WindowState {
  /** Whether the file is XML (by name or by its first significant byte): only XML holds record markers. */
  xml: boolean;
  /** A YAML or JSON file that the first window did not place: its `kind:` may come later, so it is sniffed whole. */
  manifestLike?: boolean;
  /** The TextDecoder label of the file's encoding, when its bytes are not ASCII-compatible as they are. */
  encoding?: string;
  binary: boolean;
}

/**
 * Sniffs one window of a huge file. The first window (no `state`) is sniffed as a whole file would be; the later
 * ones for record markers only. `last` says whether the window ends at the end of the file. Returns 'whole' when
 * the window cannot decide (a marker's context crosses its edge): the caller then sniffs the whole file.
 */
export function sniffWindow(
  relPath: string,
  bytes: Buffer,
  place: { state?: WindowState; last: boolean },
): { kind: FileKind | undefined | 'whole'; state: WindowState } {
  const cut: Cut = { start: place.state !== undefined, end: !place.last };
  try {
    if (place.state) {
      const state = place.state;
      if (state.manifestLike) return { kind: 'whole', state };
      if (!state.xml) return { kind: undefined, state };
      const marker = hasCampaignMarker(windowView(bytes, state), cut);
      return { kind: marker === EDGE ? 'whole' : marker ? 'campaign-xml' : undefined, state };
    }
    const view = fileView(bytes);
    const v = view?.bytes ?? bytes;
    const start = firstSignificant(v);
    const state: WindowState = {
      xml: relPath.toLowerCase().endsWith('.xml') || (start < v.length && v[start] === 0x3c),
      encoding: view?.encoding,
      binary: view?.binary ?? false,
    };
    const kind = sniffView(relPath, view, cut);
    if (kind === undefined && /\.(ya?ml|json)$/i.test(relPath)) state.manifestLike = true;
    return { kind: kind === EDGE ? 'whole' : kind, state };
  } catch {
    // Never throws; a file whose sniffing failed is read when it may be XML.
    return { kind: relPath.toLowerCase().endsWith('.xml') ? 'campaign-xml' : undefined, state: { xml: true, binary: false } };
  }
}

/**
 * Content sniff of a whole file. Returns the kind, or undefined when the file is provably not Campaign/IMS
 * configuration. `relPath` is the POSIX path relative to the root (serverConf.xml / config-<name>.xml names
 * count). Never throws.
 */
export function sniffKind(relPath: string, bytes: Buffer): FileKind | undefined {
  try {
    const kind = sniffView(relPath, fileView(bytes), WHOLE);
    // EDGE cannot happen on a whole file; were it to, the file is read.
    return kind === EDGE ? 'campaign-xml' : kind;
  } catch {
    return relPath.toLowerCase().endsWith('.xml') ? 'campaign-xml' : undefined;
  }
}
