// Characters of XML 1.0 (fifth edition): white space, names, the characters a document may hold at all, and how a
// character is described in a message. Every function takes UTF-16 code units, as JavaScript strings hold them.

export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const QUOTE = 0x22;
export const HASH = 0x23;
export const PERCENT = 0x25;
export const AMP = 0x26;
export const APOS = 0x27;
export const OPEN_PAREN = 0x28;
export const CLOSE_PAREN = 0x29;
export const SLASH = 0x2f;
export const SEMICOLON = 0x3b;
export const LT = 0x3c;
export const EQUALS = 0x3d;
export const GT = 0x3e;
export const QUESTION = 0x3f;
export const BANG = 0x21;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;

export function isWhite(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR;
}

/** ASCII name characters: 1 = may start a name, 2 = may only continue one. */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
  const other = (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
  ASCII_NAME[c] = letter ? 1 : other ? 2 : 0;
}

/** NameStartChar of the Basic Multilingual Plane (astral name characters are handled as surrogate pairs). */
function isNameStartBmp(c: number): boolean {
  if (c < 128) return ASCII_NAME[c] === 1;
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

function isNameCharBmp(c: number): boolean {
  if (c < 128) return ASCII_NAME[c] !== 0;
  return isNameStartBmp(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

/** A surrogate pair at `i` that encodes a name character (U+10000 to U+EFFFF). */
function isAstralNameChar(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  if (high < 0xd800 || high > 0xdb7f) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

/** Whether a name starts at `i`. */
export function startsName(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isNameStartBmp(c) || isAstralNameChar(text, i);
}

/** The offset just after the name characters from `i` (`i` itself when there are none). */
export function nameEnd(text: string, i: number): number {
  const len = text.length;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_NAME[c] !== 0 : isNameCharBmp(c)) i++;
    else if (isAstralNameChar(text, i)) i += 2;
    else break;
  }
  return i;
}

/** The offset just after the white space (possibly none) that starts at `i`. */
export function skipWhite(text: string, i: number): number {
  const len = text.length;
  while (i < len && isWhite(text.charCodeAt(i))) i++;
  return i;
}

/** Whether a code point is a Char of XML 1.0. */
export function isXmlChar(code: number): boolean {
  return (
    code === TAB ||
    code === LF ||
    code === CR ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * Code units that are never a Char: C0 controls other than TAB, LF and CR, and U+FFFE / U+FFFF. (Unpaired
 * surrogates cannot occur: the decoders are fatal.) One linear pass of a character class, no backtracking.
 */
const ILLEGAL_CHAR = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;

/** The offset of the first character that XML does not allow anywhere, or -1. */
export function firstIllegalChar(text: string): number {
  const match = ILLEGAL_CHAR.exec(text);
  return match === null ? -1 : match.index;
}

/** "U+0001", for messages. */
export function codePointName(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A printable description of the character at `offset`, for messages. */
export function found(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const c = text.codePointAt(offset) as number;
  if (c === LF || c === CR) return 'a line break';
  if (c < 0x20 || c === 0x7f) return `the control character ${codePointName(c)}`;
  if (!isXmlChar(c)) return `the character ${codePointName(c)}`;
  return `'${String.fromCodePoint(c)}'`;
}

/** A name for a message, cut short when it is very long (a message stays one readable line). */
export function shown(name: string, max = 60): string {
  return name.length <= max ? name : `${name.slice(0, max)}…`;
}
