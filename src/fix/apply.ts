// Replacements applied to a file's bytes, keeping everything else byte for byte: its encoding and byte-order mark,
// its line endings, quotes and indentation. Locs count UTF-16 code units of the decoded text (util/text.ts), so a
// span is mapped to its bytes through the decoding; when that mapping cannot be checked exact (an encoding that
// is not one byte per character, a replacement the encoding cannot hold), nothing is changed.
import type { FixReplacement, Loc } from '../types.js';
import { decodeBytes, declaredXmlEncoding, isUnicodeLabel, LineMap, utf16Encoding } from '../util/text.js';

export type Applied = { ok: true; bytes: Buffer; before: string; after: string } | { ok: false; reason: string };

/** How the file's text is stored: what the offsets of the decoded text are in bytes, and how new text is encoded. */
interface Storage {
  /** Bytes before the first character (a byte-order mark). */
  head: number;
  /** The number of bytes of text[from, to). */
  bytesBetween(text: string, from: number, to: number): number;
  encode(text: string): Buffer | undefined;
}

function storageOf(bytes: Buffer): Storage {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const head = utf16.bom ? 2 : 0;
    const little = utf16.encoding === 'utf-16le';
    return {
      head,
      bytesBetween: (_text, from, to) => (to - from) * 2,
      encode: (text) => {
        const encoded = Buffer.from(text, 'utf16le');
        return little ? encoded : encoded.swap16();
      },
    };
  }
  const declared = declaredXmlEncoding(bytes);
  if (declared && !isUnicodeLabel(declared)) {
    // A legacy code page: one byte per character is assumed, then checked by decoding the result (see applyToBytes).
    return {
      head: 0,
      bytesBetween: (_text, from, to) => to - from,
      encode: (text) => (/^[\x20-\x7e]*$/.test(text) ? Buffer.from(text, 'latin1') : undefined),
    };
  }
  const head = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return {
    head,
    bytesBetween: (text, from, to) => Buffer.byteLength(text.slice(from, to), 'utf8'),
    encode: (text) => Buffer.from(text, 'utf8'),
  };
}

/** The offsets [start, end) of a Loc in the text, or undefined when the Loc is not inside one line range of it. */
export function offsetsOf(lines: LineMap, loc: Loc): [number, number] | undefined {
  const at = (line: number, column: number): number | undefined => {
    const start = lines.starts[line - 1];
    if (start === undefined || column < 1) return undefined;
    const next = lines.starts[line] ?? lines.length + 1;
    const offset = start + column - 1;
    // A span never reaches past its line's '\n' (a Loc's end column may point just after the line's last character).
    return offset < next ? offset : undefined;
  };
  const start = at(loc.line, loc.column);
  const end = at(loc.endLine, loc.endColumn);
  if (start === undefined || end === undefined || end < start) return undefined;
  return [start, end];
}

/** Replacements sorted by position, none overlapping another; the first of two overlapping ones wins. */
export function disjoint(
  replacements: readonly FixReplacement[],
  lines: LineMap,
): { offsets: [number, number, string][]; dropped: number } {
  const located: [number, number, string][] = [];
  let dropped = 0;
  for (const replacement of replacements) {
    const offsets = offsetsOf(lines, replacement.loc);
    if (!offsets) dropped++;
    else located.push([offsets[0], offsets[1], replacement.text]);
  }
  located.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const kept: [number, number, string][] = [];
  for (const item of located) {
    const last = kept[kept.length - 1];
    if (last && last[0] === item[0] && last[1] === item[1] && last[2] === item[2]) continue; // the same fix twice
    if (last && item[0] < last[1]) dropped++;
    else kept.push(item);
  }
  return { offsets: kept, dropped };
}

/**
 * A checker of the replacements that can be made exactly in a file, decoding it once: each replacement must map
 * inside the text and its text must fit the encoding; a legacy code page must hold one byte per character. What it
 * accepts, applyToBytes makes (and checks again by decoding the result).
 */
export function replacementChecker(file: string, bytes: Buffer): (replacements: readonly FixReplacement[]) => boolean {
  const decoded = decodeBytes(file, bytes, { xml: true });
  if (!decoded.ok) return () => false;
  const lines = new LineMap(decoded.text);
  const storage = storageOf(bytes);
  const declared = declaredXmlEncoding(bytes);
  const legacy = !utf16Encoding(bytes) && declared !== undefined && !isUnicodeLabel(declared);
  // A code page of more than one byte for some characters (Shift_JIS, GB18030): offsets are not byte offsets.
  if (legacy && decoded.text.length !== bytes.length) return () => false;
  return (replacements) => {
    const { offsets, dropped } = disjoint(replacements, lines);
    return dropped === 0 && offsets.every(([, , text]) => storage.encode(text) !== undefined);
  };
}

/** The file's bytes with the replacements made, or why they cannot be made exactly. */
export function applyToBytes(file: string, bytes: Buffer, replacements: readonly FixReplacement[]): Applied {
  const decoded = decodeBytes(file, bytes, { xml: true });
  if (!decoded.ok) return { ok: false, reason: decoded.problem.message };
  const before = decoded.text;
  const lines = new LineMap(before);
  const { offsets, dropped } = disjoint(replacements, lines);
  if (dropped > 0) return { ok: false, reason: 'a replacement is outside the file or overlaps another' };
  const storage = storageOf(bytes);
  const parts: Buffer[] = [];
  const kept: string[] = [];
  let textFrom = 0;
  // Byte offsets are counted forward from the previous span: one pass over the text, whatever the number of spans.
  let byteFrom = storage.head;
  parts.push(bytes.subarray(0, storage.head));
  for (const [start, end, text] of offsets) {
    const encoded = storage.encode(text);
    if (!encoded) return { ok: false, reason: "the file's encoding cannot hold the new text" };
    const byteStart = byteFrom + storage.bytesBetween(before, textFrom, start);
    parts.push(bytes.subarray(byteFrom, byteStart), encoded);
    kept.push(before.slice(textFrom, start), text);
    textFrom = end;
    byteFrom = byteStart + storage.bytesBetween(before, start, end);
  }
  parts.push(bytes.subarray(byteFrom));
  kept.push(before.slice(textFrom));
  const after = kept.join('');
  const result = Buffer.concat(parts);
  // The check that makes the byte mapping safe whatever the encoding: the new bytes must read as the new text.
  const check = decodeBytes(file, result, { xml: true });
  if (!check.ok || check.text !== after) return { ok: false, reason: "the replacement cannot be mapped exactly onto the file's bytes" };
  return { ok: true, bytes: result, before, after };
}
