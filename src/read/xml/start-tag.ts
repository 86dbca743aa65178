// Start tags and their attributes: `<name a="v" b='w'>` or `<name/>`. Every attribute keeps the exact offsets of
// its name and raw value; values are checked (no '<', only defined references) but never decoded here.
import { isSecretOrHashName } from '../../util/secrets.js';
import { detach } from '../text.js';
import { APOS, CR, EQUALS, found, GT, LF, nameEnd, QUOTE, skipWhite, SLASH, startsName, TAB, AMP } from './chars.js';
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

/** Reads the start tag at `lt` (its '<'); `depth` is the number of open elements. */
export function readStartTag(source: Source, lt: number, depth: number): XmlStartTag {
  const { text, lines } = source;
  const name = text.slice(lt + 1, nameEnd(text, lt + 1));
  const opened = `<${name}> opened at ${lines.describe(lt)}`;
  const attrs: XmlAttr[] = [];
  let seen: Set<string> | undefined;
  let i = lt + 1 + name.length;
  for (;;) {
    const afterPrevious = i;
    i = skipWhite(text, i);
    if (i >= text.length) throw endOfFile(text, `expected '>' to close ${opened}`);
    const c = text.charCodeAt(i);
    if (c === GT) return { name, start: lt, end: i + 1, selfClosing: false, attrs, depth };
    if (c === SLASH) {
      if (text.charCodeAt(i + 1) === GT) return { name, start: lt, end: i + 2, selfClosing: true, attrs, depth };
      if (i + 1 >= text.length) throw endOfFile(text, `expected '/>' to close ${opened}`);
      throw new XmlSyntaxError(`malformed XML: expected '>' after '/' to close ${opened}, found ${found(text, i + 1)}`, i + 1);
    }
    if (!startsName(text, i)) throw new XmlSyntaxError(`malformed XML: expected '>' to close ${opened}, found ${found(text, i)}`, i);
    if (i === afterPrevious) {
      throw new XmlSyntaxError(`malformed XML: expected white space before the attribute ${text.slice(i, nameEnd(text, i))} of ${opened}`, i);
    }
    const attr = readAttribute(source, i, name, opened);
    seen = checkUnique(attrs, attr, name, seen);
    attrs.push(attr);
    i = attr.end;
  }
}

/** Reads `name = "value"` at `start`. */
function readAttribute(source: Source, start: number, element: string, opened: string): XmlAttr {
  const { text, lines } = source;
  const name = text.slice(start, nameEnd(text, start));
  let i = skipWhite(text, start + name.length);
  if (i >= text.length) throw endOfFile(text, `expected '=' after the attribute name ${name} of ${opened}`);
  if (text.charCodeAt(i) !== EQUALS) throw new XmlSyntaxError(`malformed XML: expected '=' after the attribute name ${name} of <${element}>, found ${found(text, i)}`, i);
  i = skipWhite(text, i + 1);
  if (i >= text.length) throw endOfFile(text, `expected a quoted value for the attribute ${name} of ${opened}`);
  const quote = text.charCodeAt(i);
  if (quote !== QUOTE && quote !== APOS) {
    throw new XmlSyntaxError(`malformed XML: expected a quoted value ("…" or '…') for the attribute ${name} of <${element}>, found ${found(text, i)}`, i);
  }
  const quoteChar = quote === QUOTE ? '"' : "'";
  const valueStart = i + 1;
  const valueEnd = text.indexOf(quoteChar, valueStart);
  if (valueEnd === -1) throw endOfFile(text, `expected the closing ${quoteChar} of the attribute ${name} of <${element}>; the value opened at ${lines.describe(i)}`);
  const lessThan = source.lt.from(valueStart);
  if (lessThan !== -1 && lessThan < valueEnd) {
    throw new XmlSyntaxError(
      `malformed XML: '<' in the value of the attribute ${name} of <${element}> (write it as &lt;), or a missing closing quote for the value opened at ${lines.describe(i)}`,
      lessThan,
    );
  }
  try {
    source.checkReferences(valueStart, valueEnd);
  } catch (error) {
    // The message quotes the reference, which inside a secret is a piece of the secret.
    if (!(error instanceof XmlSyntaxError) || !isSecretOrHashName(name)) throw error;
    throw new XmlSyntaxError(
      `malformed XML: invalid '&' in the value of the attribute ${name} of <${element}> (the value is not shown: it is a secret); write a literal '&' as &amp;`,
      error.offset,
      error.end,
    );
  }
  return { name, start, end: valueEnd + 1, valueStart, valueEnd };
}

/** Unique Att Spec. `seen` holds the names once a tag has many attributes, so the check stays linear. */
function checkUnique(attrs: XmlAttr[], attr: XmlAttr, element: string, seen: Set<string> | undefined): Set<string> | undefined {
  const names = seen ?? (attrs.length >= 16 ? new Set(attrs.map((a) => a.name)) : undefined);
  const duplicate = names ? names.has(attr.name) : attrs.some((other) => other.name === attr.name);
  if (duplicate) throw new XmlSyntaxError(`malformed XML: duplicate attribute ${attr.name} on <${element}>`, attr.start, attr.end);
  names?.add(attr.name);
  return names;
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
