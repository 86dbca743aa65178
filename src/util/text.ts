// Bytes → text, and string offsets → Loc: for the readers, and for the config loader, which comes before them
// (so this is shared, below every stage; read/text.ts re-exports it for the readers).
//
// Positions: 1-based lines and columns; a line ends at '\n' (so CRLF works: the '\r' is the last character of
// its line and is never inside a reported span); columns count UTF-16 code units of the decoded text (as SARIF's
// default `utf16CodeUnits` and ESLint do), a tab is one column, and a UTF-8/UTF-16 byte-order mark is not a column.
import type { Loc, ReadProblem } from '../types.js';
import { fileLoc } from './loc.js';

/** Offsets of the start of every line; `position` is a binary search, `cursor` a forward-only walk for sorted lookups. */
export class LineMap {
  readonly starts: number[] = [0];
  readonly length: number;

  constructor(readonly text: string) {
    this.length = text.length;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 0-based line index of an offset. */
  lineIndex(offset: number): number {
    const starts = this.starts;
    // Readers mostly ask in file order: try the last answer and the line after it before a binary search.
    const hint = this.hint;
    if (offset >= starts[hint]) {
      if (hint + 1 >= starts.length || offset < starts[hint + 1]) return hint;
      if (hint + 2 >= starts.length || offset < starts[hint + 2]) {
        this.hint = hint + 1;
        return this.hint;
      }
    }
    this.hint = this.search(offset);
    return this.hint;
  }

  private hint = 0;

  private search(offset: number): number {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Loc of the span [start, end) of the text (end exclusive). An empty span is a zero-width Loc. */
  loc(file: string, start: number, end: number): Loc {
    const a = this.lineIndex(start);
    const b = end <= start ? a : this.lineIndex(end);
    return { file, line: a + 1, column: start - this.starts[a] + 1, endLine: b + 1, endColumn: Math.max(end, start) - this.starts[b] + 1 };
  }

  /** Loc of the character at `offset`, or of the last character of the text when `offset` is at or past its end. */
  charLoc(file: string, offset: number): Loc {
    if (offset >= this.length) return this.eofLoc(file);
    return this.loc(file, offset, offset + 1);
  }

  /** The end of the file as a place inside it: the last character that is not a line break (1:1 for an empty file). */
  eofLoc(file: string): Loc {
    const text = this.text;
    let end = this.length;
    while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    if (end === 0) return fileLoc(file);
    return this.loc(file, end - 1, end);
  }

  /** "line L, column C" of an offset, for messages. */
  describe(offset: number): string {
    const a = this.lineIndex(offset);
    return `line ${a + 1}, column ${offset - this.starts[a] + 1}`;
  }
}

type Decoded = { ok: true; text: string } | { ok: false; problem: ReadProblem };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function hasUtf8Bom(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

type Utf16 = 'utf-16le' | 'utf-16be';

/** 'utf-16le' / 'utf-16be' when the bytes start with a UTF-16 byte-order mark. */
export function utf16Bom(bytes: Buffer): Utf16 | undefined {
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  }
  return undefined;
}

/** Printable ASCII or white space: what the first characters of any text file ims-gate reads are. */
function isAsciiText(b: number): boolean {
  return (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;
}

/**
 * UTF-16 without a byte-order mark, recognised as XML 1.0 Appendix F does (`<` 00 `?` 00 is UTF-16LE, 00 `<` 00 `?`
 * UTF-16BE), generalised to any two ASCII characters at the start so that a BOM-less UTF-16 YAML, JSON or CSV file
 * is recognised too. No UTF-8 text starts with a NUL as its second or fourth byte.
 */
export function bomlessUtf16(bytes: Buffer): Utf16 | undefined {
  if (bytes.length < 4) return undefined;
  const [a, b, c, d] = bytes;
  if (b === 0 && d === 0 && isAsciiText(a) && isAsciiText(c)) return 'utf-16le';
  if (a === 0 && c === 0 && isAsciiText(b) && isAsciiText(d)) return 'utf-16be';
  return undefined;
}

/** The UTF-16 encoding of the bytes, by byte-order mark or by the BOM-less pattern. */
export function utf16Encoding(bytes: Buffer): { encoding: Utf16; bom: boolean } | undefined {
  const bom = utf16Bom(bytes);
  if (bom) return { encoding: bom, bom: true };
  const bomless = bomlessUtf16(bytes);
  return bomless ? { encoding: bomless, bom: false } : undefined;
}

/** Line and column of a byte offset, counting columns in bytes (for files that cannot be decoded). */
function byteLoc(file: string, bytes: Buffer, offset: number): Loc {
  let line = 1;
  let lineStart = hasUtf8Bom(bytes) ? 3 : 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const column = Math.max(1, offset - lineStart + 1);
  return { file, line, column, endLine: line, endColumn: column + 1 };
}

/**
 * The offset where the first invalid UTF-8 sequence starts (only used on failure): the shortest prefix that a
 * streaming fatal decoder rejects ends at the offending byte; the sequence starts at its lead byte, if any.
 */
function firstInvalidUtf8(bytes: Buffer): number {
  let low = 1;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    let valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
    } catch {
      valid = false;
    }
    if (valid) low = mid + 1;
    else high = mid;
  }
  const bad = low - 1;
  for (let k = 1; k <= 3 && bad - k >= 0; k++) {
    const b = bytes[bad - k];
    if (b >= 0xc0) return bad - k;
    if (b < 0x80) break;
  }
  return bad;
}

/** How far an XML declaration is searched for its end: far beyond any real one, yet bounded on a huge file. */
const DECLARATION_LIMIT = 64 * 1024;

/** The `encoding` of an XML declaration at the start of the bytes, lower-cased. */
export function declaredXmlEncoding(bytes: Buffer): string | undefined {
  const start = hasUtf8Bom(bytes) ? 3 : 0;
  if (bytes.length < start + 5 || bytes.toString('latin1', start, start + 5) !== '<?xml') return undefined;
  // The declaration ends at its '?>'; XML allows any white space inside it, so no short look-ahead limit.
  const limit = Math.min(bytes.length, start + DECLARATION_LIMIT);
  const end = bytes.subarray(0, limit).indexOf('?>', start);
  const head = bytes.toString('latin1', start, end === -1 ? limit : end);
  return /\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1]?.toLowerCase();
}

/** Declared encodings that are read as UTF-8 (a UTF-16 file is recognised by its bytes, whatever it declares). */
export function isUnicodeLabel(declared: string): boolean {
  return /^(utf-?8|utf-?16(le|be)?|unicode)$/.test(declared);
}

/**
 * Decodes a candidate file. UTF-8 (BOM optional) by default; UTF-16 LE/BE when a BOM says so, or, without a BOM,
 * when its first characters are ASCII followed by NUL bytes (see bomlessUtf16); for XML, the
 * encoding its declaration names (e.g. ISO-8859-1). A NUL byte makes the file binary. Never throws.
 */
export function decodeBytes(file: string, bytes: Buffer, options: { xml?: boolean } = {}): Decoded {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const name = utf16.encoding.toUpperCase();
    try {
      return { ok: true, text: new TextDecoder(utf16.encoding, { fatal: true }).decode(bytes) };
    } catch {
      const why = utf16.bom
        ? `starts with a ${name} byte-order mark`
        : `looks like ${name} without a byte-order mark (a NUL byte after each of its first ASCII characters)`;
      return {
        ok: false,
        problem: {
          message: `invalid ${name}: the file ${why} but holds an unpaired surrogate or an odd number of bytes`,
          loc: fileLoc(file),
        },
      };
    }
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      problem: {
        message: `binary file: NUL byte at offset ${nul}; expected a text file (UTF-8, or UTF-16 with a byte-order mark)`,
        loc: byteLoc(file, bytes, nul),
      },
    };
  }
  const declared = options.xml ? declaredXmlEncoding(bytes) : undefined;
  if (declared && !isUnicodeLabel(declared)) {
    let decoder: InstanceType<typeof TextDecoder>;
    try {
      decoder = new TextDecoder(declared, { fatal: true });
    } catch {
      return {
        ok: false,
        problem: {
          message: `unsupported encoding "${declared}" in the XML declaration; expected UTF-8, UTF-16 or an ISO-8859/Windows code page`,
          loc: byteLoc(file, bytes, Math.max(0, bytes.indexOf('encoding'))),
        },
      };
    }
    try {
      return { ok: true, text: decoder.decode(bytes) };
    } catch {
      return {
        ok: false,
        problem: { message: `invalid ${declared}: the file is not valid in the encoding its XML declaration names`, loc: fileLoc(file) },
      };
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const loc = byteLoc(file, bytes, offset);
    // Column in characters of the decoded (valid) part of the line, like every other Loc.
    let lineStart = offset;
    while (lineStart > 0 && bytes[lineStart - 1] !== 10) lineStart--;
    if (lineStart === 0 && hasUtf8Bom(bytes)) lineStart = 3;
    const column = new TextDecoder('utf-8').decode(bytes.subarray(Math.min(lineStart, offset), offset)).length + 1;
    const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      problem: {
        message: `invalid UTF-8: the byte 0x${byte} at offset ${offset} starts an invalid UTF-8 sequence; save the file as UTF-8${options.xml ? ' or declare its encoding in the XML declaration' : ''}`,
        loc: { ...loc, column, endColumn: column + 1 },
      },
    };
  }
}

/**
 * A copy of a substring that does not keep the whole file text alive. V8 represents `text.slice()` of 13+
 * characters as a view into `text`; records outlive their file, so values are copied out (concatenation then
 * slice flattens into a small new string).
 */
export function detach(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}
