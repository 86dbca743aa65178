// Bytes → text for the readers: the decoding and the line map are shared (util/text.ts, which the config
// loader uses too); opening a candidate file is the read stage's own.
import type { FileKind, ReadResult } from '../types.js';
import { decodeBytes, LineMap } from '../util/text.js';

export { bomlessUtf16, declaredXmlEncoding, decodeBytes, detach, isUnicodeLabel, LineMap, utf16Bom, utf16Encoding } from '../util/text.js';

/** A text candidate ready to read: its empty result, and its decoded text with line map unless decoding failed. */
type OpenedCandidate = { result: ReadResult; text: string; lines: LineMap } | { result: ReadResult; text?: undefined; lines?: undefined };

/** Starts reading a text candidate; a file that cannot be decoded yields a result that carries the problem. */
export function openCandidate(file: string, kind: FileKind, bytes: Buffer): OpenedCandidate {
  const result: ReadResult = { file, kind, suppressions: [], problems: [] };
  const decoded = decodeBytes(file, bytes);
  if (!decoded.ok) {
    result.problems.push(decoded.problem);
    return { result };
  }
  return { result, text: decoded.text, lines: new LineMap(decoded.text) };
}
