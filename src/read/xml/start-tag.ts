// Start tags and their attributes: `<name a="v" b='w'>` or `<name/>`. Every attribute keeps the exact offsets of
// its name and raw value; values are checked (no '<', only defined references) but never decoded here.
import { isSecretOrHashName } from '../../util/secrets.js';
import { detach } from '../../util/text.js';
import { APOS, CR, EQUALS, found, GT, LF, LT, nameEnd, QUOTE, shown, skipWhite, SLASH, startsName, TAB, AMP } from './chars.js';
import { endOfFile, XmlSyntaxError } from './errors.js';
import { readReference } from './references.js';
import type { Source } from './source.js';

export interface XmlAttr {
  name: string;
  /** Offset of the attribute name. */
  start: number;
  /** Offset just after the closing quote. */
  end: number;
  /** Offsets of the raw value, inside the quotes. */
  valueStart: number;
  valueEnd: number;
}

export interface XmlStartTag {
  name: string;
  /** Offset of '<'. */
  start: number;
  /** Offset just after '>'. */
  end: number;
  selfClosing: boolean;
  attrs: XmlAttr[];
  /** Number of open ancestors (0 for the root). */
  depth: number;
}

/**
 * Offsets of the attributes of the last start tag scanned, four numbers each in `at`: name start, name end, value
 * start, value end. One object reused for every tag: scanning the content of a skipped element allocates nothing
 * per tag.
 */
export class AttributeOffsets {
  count = 0;
  readonly at: number[] = [];
}

/**
 * Checks the start tag at `lt` (its '<') and fills `offsets` with its attributes; returns the offset just after
 * its '>' (a self-closing tag ends with '/>').
 */
export function scanStartTag(source: Source, lt: number, offsets: AttributeOffsets): number {
  const { text } = source;
  offsets.count = 0;
  let seen: Set<string> | undefined;
  let i = nameEnd(text, lt + 1);
  for (;;) {
    const afterPrevious = i;
    i = skipWhite(text, i);
    if (i >= text.length) throw endOfFile(text, `expected '>' to close ${openedAt(source, lt)}`);
    const c = text.charCodeAt(i);
    if (c === GT) return i + 1;
    if (c === SLASH) {
      if (text.charCodeAt(i + 1) === GT) return i + 2;
      if (i + 1 >= text.length) throw endOfFile(text, `expected '/>' to close ${openedAt(source, lt)}`);
      throw new XmlSyntaxError(
        `malformed XML: expected '>' after '/' to close ${openedAt(source, lt)}, found ${found(text, i + 1)}`,
        i + 1,
      );
    }
    if (!startsName(text, i))
      throw new XmlSyntaxError(`malformed XML: expected '>' to close ${openedAt(source, lt)}, found ${found(text, i)}`, i);
    if (i === afterPrevious) {
      throw new XmlSyntaxError(
        `malformed XML: expected white space before the attribute ${text.slice(i, nameEnd(text, i))} of ${openedAt(source, lt)}`,
        i,
      );
    }
    i = scanAttribute(source, lt, i, offsets) + 1;
    seen = checkUnique(text, lt, offsets, seen);
  }
}

/** Reads the start tag at `lt` into an XmlStartTag; `depth` is the number of open elements. */
export function readStartTag(source: Source, lt: number, depth: number, offsets: AttributeOffsets): XmlStartTag {
  const { text } = source;
  const end = scanStartTag(source, lt, offsets);
  const attrs: XmlAttr[] = [];
  const { at } = offsets;
  for (let k = 0; k < offsets.count * 4; k += 4)
    attrs.push({ name: text.slice(at[k], at[k + 1]), start: at[k], end: at[k + 3] + 1, valueStart: at[k + 2], valueEnd: at[k + 3] });
  return { name: text.slice(lt + 1, nameEnd(text, lt + 1)), start: lt, end, selfClosing: text.charCodeAt(end - 2) === SLASH, attrs, depth };
}

/** `<name>` of the start tag at `lt`, for messages. */
function tagName(text: string, lt: number): string {
  return `<${shown(text.slice(lt + 1, nameEnd(text, lt + 1)))}>`;
}

/** "<name> opened at line L, column C", for messages only: a line number for every tag would cost more than the tokenizing. */
function openedAt(source: Source, lt: number): string {
  return `${tagName(source.text, lt)} opened at ${source.lines.describe(lt)}`;
}

/** Checks `name = "value"` at `start` in the tag at `lt`, appends its offsets, and returns the offset of the closing quote. */
function scanAttribute(source: Source, lt: number, start: number, offsets: AttributeOffsets): number {
  const { text } = source;
  const stop = nameEnd(text, start);
  let i = skipWhite(text, stop);
  if (i >= text.length)
    throw endOfFile(text, `expected '=' after the attribute name ${text.slice(start, stop)} of ${openedAt(source, lt)}`);
  if (text.charCodeAt(i) !== EQUALS)
    throw new XmlSyntaxError(
      `malformed XML: expected '=' after the attribute name ${text.slice(start, stop)} of ${tagName(text, lt)}, found ${found(text, i)}`,
      i,
    );
  i = skipWhite(text, i + 1);
  if (i >= text.length)
    throw endOfFile(text, `expected a quoted value for the attribute ${text.slice(start, stop)} of ${openedAt(source, lt)}`);
  const quote = text.charCodeAt(i);
  if (quote !== QUOTE && quote !== APOS) {
    throw new XmlSyntaxError(
      `malformed XML: expected a quoted value ("…" or '…') for the attribute ${text.slice(start, stop)} of ${tagName(text, lt)}, found ${found(text, i)}`,
      i,
    );
  }
  const valueStart = i + 1;
  const valueEnd = scanValue(source, lt, start, stop, i);
  const k = offsets.count++ * 4;
  offsets.at[k] = start;
  offsets.at[k + 1] = stop;
  offsets.at[k + 2] = valueStart;
  offsets.at[k + 3] = valueEnd;
  return valueEnd;
}

/**
 * Checks the value whose opening quote is at `open` (no '<', only defined references) and returns the offset of
 * its closing quote. One loop over the characters: values are short, a search call per value would cost more.
 */
function scanValue(source: Source, lt: number, nameStart: number, nameStop: number, open: number): number {
  const { text } = source;
  const quote = text.charCodeAt(open);
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) return i;
    if (c === LT) {
      throw new XmlSyntaxError(
        `malformed XML: '<' in the value of the attribute ${text.slice(nameStart, nameStop)} of ${tagName(text, lt)} (write it as &lt;), or a missing closing quote for the value opened at ${source.lines.describe(open)}`,
        i,
      );
    }
    if (c === AMP) i = checkReferenceInValue(text, i, nameStart, nameStop, lt) - 1;
  }
  throw endOfFile(
    text,
    `expected the closing ${String.fromCharCode(quote)} of the attribute ${text.slice(nameStart, nameStop)} of ${tagName(text, lt)}; the value opened at ${source.lines.describe(open)}`,
  );
}

/** Checks the reference at `amp` in an attribute value; returns the offset after it. */
function checkReferenceInValue(text: string, amp: number, nameStart: number, nameStop: number, lt: number): number {
  try {
    return readReference(text, amp).end;
  } catch (error) {
    // The message quotes the reference, which inside a secret is a piece of the secret.
    const name = text.slice(nameStart, nameStop);
    if (!(error instanceof XmlSyntaxError) || !isSecretOrHashName(name)) throw error;
    throw new XmlSyntaxError(
      `malformed XML: invalid '&' in the value of the attribute ${name} of ${tagName(text, lt)} (the value is not shown: it is a secret); write a literal '&' as &amp;`,
      error.offset,
      error.end,
    );
  }
}

/**
 * Unique Att Spec for the attribute just appended to `offsets`: names are compared in place for the usual few
 * attributes; from 16 on, `seen` holds them (built once per tag) so the check stays linear.
 */
function checkUnique(text: string, lt: number, offsets: AttributeOffsets, seen: Set<string> | undefined): Set<string> | undefined {
  const { at } = offsets;
  const last = (offsets.count - 1) * 4;
  const start = at[last];
  const length = at[last + 1] - start;
  let names = seen;
  if (!names && last >= 64) {
    names = new Set();
    for (let k = 0; k < last; k += 4) names.add(text.slice(at[k], at[k + 1]));
  }
  let duplicate: boolean;
  if (names) {
    const name = text.slice(start, start + length);
    duplicate = names.has(name);
    names.add(name);
  } else {
    duplicate = false;
    for (let k = 0; k < last && !duplicate; k += 4) duplicate = at[k + 1] - at[k] === length && sameText(text, at[k], start, length);
  }
  if (duplicate)
    throw new XmlSyntaxError(
      `malformed XML: duplicate attribute ${text.slice(start, start + length)} on ${tagName(text, lt)}`,
      start,
      at[last + 3] + 1,
    );
  return names;
}

/** Whether the `length` characters at `a` and at `b` are the same. */
export function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** The decoded value of an attribute (references decoded, white space normalised as XML does). */
export function attrValue(text: string, attr: XmlAttr): string {
  const { valueStart, valueEnd } = attr;
  let plain = true;
  for (let i = valueStart; i < valueEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === AMP || c === LF || c === CR || c === TAB) {
      plain = false;
      break;
    }
  }
  if (plain) return detach(text.slice(valueStart, valueEnd));
  let out = '';
  let from = valueStart;
  for (let i = valueStart; i < valueEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === AMP) {
      const ref = readReference(text, i);
      out += text.slice(from, i) + ref.value;
      i = ref.end - 1;
      from = ref.end;
    } else if (c === CR) {
      // XML end-of-line handling then attribute-value normalisation: CRLF, CR, LF and TAB each become one space.
      out += `${text.slice(from, i)} `;
      if (text.charCodeAt(i + 1) === LF) i++;
      from = i + 1;
    } else if (c === LF || c === TAB) {
      out += `${text.slice(from, i)} `;
      from = i + 1;
    }
  }
  return out + text.slice(from, valueEnd);
}
