// A small, iterative, linear-time XML tokenizer for the readers. It reports start tags with the exact offsets of
// every attribute, end tags and comments, and checks well-formedness on the way (matching tags, attribute syntax,
// terminated comments / CDATA / processing instructions, entity references, one root element).
//
// Safety: entities are never expanded. Only the five predefined entities and numeric character references are
// accepted; a DOCTYPE that declares entities, or a reference to any other entity, is a syntax error. The element
// stack is an array, so nesting depth is bounded by memory, not by the call stack.
import { isSecretOrHashName } from '../util/secrets.js';
import { detach, type LineMap } from './text.js';

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    /** Offset of the offending character (or the text length, for an unexpected end of file). */
    readonly offset: number,
    /** Exclusive end offset of the offending token, when longer than one character. */
    readonly end?: number,
  ) {
    super(message);
  }
}

interface XmlAttr {
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

export interface XmlHandler {
  /**
   * `ancestors` holds the names of the open ancestors (root first); valid only during the call. Returning 'skip'
   * for an element that is not self-closing jumps to its end tag without scanning its content: irrelevant
   * sections of huge files (workflows, schemas) then cost one string search, not a tokenizer pass.
   */
  startTag?(tag: XmlStartTag, ancestors: readonly string[]): void | 'skip';
  /** Called for an end tag (not for a self-closing tag); `depth` is that of the element it closes. */
  endTag?(name: string, depth: number): void;
  /** `start` is the offset of '<!--', `end` is just after '-->'. */
  comment?(start: number, end: number): void;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c !== 0x37e && !(c >= 0x2000 && c <= 0x206f) && c !== 0xfeff && c !== 0xfffe && c !== 0xffff);
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

/** A printable description of the character at `offset`, for messages. */
function found(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const c = text.codePointAt(offset) as number;
  if (c === 0x0a || c === 0x0d) return 'a line break';
  if (c < 0x20 || c === 0x7f) return `the control character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${String.fromCodePoint(c)}'`;
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/**
 * Checks the entity or character reference at `amp` (the offset of '&') and returns its decoded text and the
 * offset just after its ';'. Throws XmlSyntaxError for anything else.
 */
function readReference(text: string, amp: number): { value: string; end: number } {
  let i = amp + 1;
  if (text.charCodeAt(i) === 0x23 /* # */) {
    i++;
    let hex = false;
    if (text.charCodeAt(i) === 0x78 /* x */) {
      hex = true;
      i++;
    }
    const digitsStart = i;
    while (i < text.length && i - digitsStart < 12) {
      const c = text.charCodeAt(i);
      const digit = (c >= 0x30 && c <= 0x39) || (hex && ((c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)));
      if (!digit) break;
      i++;
    }
    const code = i > digitsStart ? parseInt(text.slice(digitsStart, i), hex ? 16 : 10) : NaN;
    if (text.charCodeAt(i) !== 0x3b /* ; */ || Number.isNaN(code)) {
      throw new XmlSyntaxError(`malformed XML: invalid character reference ${text.slice(amp, Math.min(i + 1, amp + 16))}; expected &#<decimal>; or &#x<hex>;`, amp, i + 1);
    }
    if (!isXmlChar(code)) {
      throw new XmlSyntaxError(`malformed XML: character reference ${text.slice(amp, i + 1)} names a character that XML does not allow`, amp, i + 1);
    }
    return { value: String.fromCodePoint(code), end: i + 1 };
  }
  const nameStart = i;
  if (!isNameStart(text.charCodeAt(i))) {
    throw new XmlSyntaxError(`malformed XML: '&' must start an entity reference such as &amp; (found '&' followed by ${found(text, i)}); write a literal '&' as &amp;`, amp, amp + 1);
  }
  while (i < text.length && isNameChar(text.charCodeAt(i)) && i - nameStart < 64) i++;
  if (text.charCodeAt(i) !== 0x3b) {
    throw new XmlSyntaxError(`malformed XML: expected ';' to end the entity reference &${text.slice(nameStart, i)}, found ${found(text, i)}; write a literal '&' as &amp;`, amp, i);
  }
  const name = text.slice(nameStart, i);
  const value = PREDEFINED[name];
  if (value === undefined) {
    throw new XmlSyntaxError(
      `malformed XML: unknown entity reference &${name}; — only &amp; &lt; &gt; &quot; &apos; and numeric references (&#…;) are accepted; ims-gate never expands DOCTYPE entities`,
      amp,
      i + 1,
    );
  }
  return { value, end: i + 1 };
}

/** The decoded value of an attribute scanned by `scanXml` (references decoded, white space normalised as XML does). */
export function attrValue(text: string, attr: XmlAttr): string {
  const { valueStart, valueEnd } = attr;
  let plain = true;
  for (let i = valueStart; i < valueEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x26 || c === 0x0a || c === 0x0d || c === 0x09) {
      plain = false;
      break;
    }
  }
  if (plain) return detach(text.slice(valueStart, valueEnd));
  let out = '';
  let from = valueStart;
  for (let i = valueStart; i < valueEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x26) {
      const ref = readReference(text, i);
      out += text.slice(from, i) + ref.value;
      i = ref.end - 1;
      from = ref.end;
    } else if (c === 0x0d) {
      // XML end-of-line handling then attribute-value normalisation: CRLF, CR, LF and TAB each become one space.
      out += `${text.slice(from, i)} `;
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      from = i + 1;
    } else if (c === 0x0a || c === 0x09) {
      out += `${text.slice(from, i)} `;
      from = i + 1;
    }
  }
  return out + text.slice(from, valueEnd);
}

export interface ScanOptions {
  /**
   * Root elements that may follow a first root element (a concatenation of documents, e.g. several exported
   * `<package>`s in one file). By default a document has exactly one root element.
   */
  extraRoot?: (name: string) => boolean;
}

/** Scans a whole document. Throws XmlSyntaxError at the first well-formedness error. */
export function scanXml(text: string, lines: LineMap, handler: XmlHandler, options: ScanOptions = {}): void {
  const len = text.length;
  const names: string[] = [];
  const starts: number[] = [];
  let rootSeen = false;
  let pos = 0;
  // Forward-only cursors: the next '&' / '<' at or after some offset (-2 = not searched yet, -1 = none left).
  let ampCursor = -2;
  let ltCursor = -2;
  const nextAmp = (from: number): number => {
    if (ampCursor === -2 || (ampCursor !== -1 && ampCursor < from)) ampCursor = text.indexOf('&', from);
    return ampCursor;
  };
  const nextLt = (from: number): number => {
    if (ltCursor === -2 || (ltCursor !== -1 && ltCursor < from)) ltCursor = text.indexOf('<', from);
    return ltCursor;
  };
  const opened = (i: number): string => `<${names[i]}> opened at ${lines.describe(starts[i])}`;
  const eof = (message: string): XmlSyntaxError => new XmlSyntaxError(`malformed XML: unexpected end of file: ${message}`, len);

  const checkReferences = (from: number, to: number): void => {
    for (let amp = nextAmp(from); amp !== -1 && amp < to; amp = nextAmp(amp + 1)) {
      const ref = readReference(text, amp);
      if (ref.end > to) throw new XmlSyntaxError('malformed XML: entity reference cut short', amp, to);
    }
  };

  const checkText = (from: number, to: number): void => {
    if (names.length > 0) {
      checkReferences(from, to);
      return;
    }
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!isWhite(c)) {
        if (c === 0xfeff) continue; // a byte-order mark (at the start, or of a concatenated document)
        throw new XmlSyntaxError(
          rootSeen
            ? `malformed XML: unexpected text ${found(text, i)} after the end of the root element; a document has exactly one root element`
            : `malformed XML: expected '<' to start the root element, found ${found(text, i)}`,
          i,
        );
      }
    }
  };

  const skipWhite = (i: number): number => {
    while (i < len && isWhite(text.charCodeAt(i))) i++;
    return i;
  };

  const readName = (i: number): number => {
    while (i < len && isNameChar(text.charCodeAt(i))) i++;
    return i;
  };

  const scanDoctype = (lt: number): number => {
    if (rootSeen || names.length > 0) throw new XmlSyntaxError('malformed XML: a DOCTYPE declaration is only allowed before the root element', lt, lt + 9);
    let i = lt + 9;
    let subset = false;
    let quote = 0;
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (subset && c === 0x3c && text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        if (close === -1) throw eof(`expected '-->' to close the comment opened at ${lines.describe(i)} inside the DOCTYPE`);
        i = close + 2;
      } else if (c === 0x5b /* [ */) subset = true;
      else if (c === 0x5d /* ] */) subset = false;
      else if (c === 0x3e /* > */ && !subset) break;
    }
    if (i >= len) throw eof(`expected '>' to close the DOCTYPE opened at ${lines.describe(lt)}`);
    const entity = text.slice(lt, i).search(/<!ENTITY\b/);
    if (entity !== -1) {
      const at = lt + entity;
      const declEnd = text.indexOf('>', at);
      const declared = /<!ENTITY\s+(%\s*)?([^\s>]+)/.exec(text.slice(at, Math.min(len, at + 200)));
      throw new XmlSyntaxError(
        `unsafe XML: the DOCTYPE declares entities (<!ENTITY ${declared ? declared[2] : '…'} …>); ims-gate never expands DTD entities (entity expansion and external entities are blocked) — remove the DOCTYPE from the file`,
        at,
        declEnd === -1 || declEnd > i ? at + 8 : declEnd + 1,
      );
    }
    return i + 1;
  };

  /** Offset of the end tag of an element whose content is skipped; only the end tag itself is then checked. */
  const skipToEndTag = (name: string, from: number, depth: number): number => {
    const needle = `</${name}`;
    for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      if (!isNameChar(text.charCodeAt(at + needle.length))) return at;
    }
    throw eof(`expected </${name}> to close ${opened(depth)}`);
  };

  while (pos < len) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt === -1 ? len : lt;
    if (textEnd > pos) checkText(pos, textEnd);
    if (lt === -1) break;
    const c = text.charCodeAt(lt + 1);

    if (c === 0x2f /* / */) {
      const nameStart = lt + 2;
      const nameEnd = readName(nameStart);
      if (nameEnd === nameStart || !isNameStart(text.charCodeAt(nameStart))) {
        if (nameStart >= len) throw eof("expected an element name after '</'");
        throw new XmlSyntaxError(`malformed XML: expected an element name after '</', found ${found(text, nameStart)}`, nameStart);
      }
      const name = text.slice(nameStart, nameEnd);
      const close = skipWhite(nameEnd);
      if (close >= len) throw eof(`expected '>' to close the end tag </${name}>`);
      if (text.charCodeAt(close) !== 0x3e) throw new XmlSyntaxError(`malformed XML: expected '>' to close the end tag </${name}>, found ${found(text, close)}`, close);
      const top = names.length - 1;
      if (top < 0) throw new XmlSyntaxError(`malformed XML: unexpected end tag </${name}>: no element is open`, lt, close + 1);
      if (names[top] !== name) {
        throw new XmlSyntaxError(`malformed XML: mismatched end tag </${name}>: expected </${names[top]}> to close ${opened(top)}`, lt, close + 1);
      }
      names.pop();
      starts.pop();
      handler.endTag?.(name, top);
      pos = close + 1;
      continue;
    }

    if (c === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const close = text.indexOf('-->', lt + 4);
        if (close === -1) throw eof(`expected '-->' to close the comment opened at ${lines.describe(lt)}`);
        handler.comment?.(lt, close + 3);
        pos = close + 3;
        continue;
      }
      if (text.startsWith('<![CDATA[', lt)) {
        if (names.length === 0) throw new XmlSyntaxError('malformed XML: a CDATA section is only allowed inside an element', lt, lt + 9);
        const close = text.indexOf(']]>', lt + 9);
        if (close === -1) throw eof(`expected ']]>' to close the CDATA section opened at ${lines.describe(lt)}`);
        pos = close + 3;
        continue;
      }
      if (text.startsWith('<!DOCTYPE', lt)) {
        pos = scanDoctype(lt);
        continue;
      }
      if (lt + 2 >= len) throw eof("expected '<!--', '<![CDATA[' or '<!DOCTYPE' after '<!'");
      throw new XmlSyntaxError(`malformed XML: expected '<!--', '<![CDATA[' or '<!DOCTYPE' after '<!', found ${found(text, lt + 2)}`, lt, lt + 2);
    }

    if (c === 0x3f /* ? */) {
      const targetEnd = readName(lt + 2);
      if (targetEnd === lt + 2) {
        if (lt + 2 >= len) throw eof("expected a processing-instruction target after '<?'");
        throw new XmlSyntaxError(`malformed XML: expected a processing-instruction target after '<?', found ${found(text, lt + 2)}`, lt + 2);
      }
      const close = text.indexOf('?>', targetEnd);
      if (close === -1) throw eof(`expected '?>' to close the processing instruction <?${text.slice(lt + 2, targetEnd)} opened at ${lines.describe(lt)}`);
      pos = close + 2;
      continue;
    }

    // A start tag.
    const nameStart = lt + 1;
    if (!isNameStart(c)) {
      if (nameStart >= len) throw eof("expected an element name after '<'");
      throw new XmlSyntaxError(`malformed XML: expected an element name after '<', found ${found(text, nameStart)}; write a literal '<' as &lt;`, lt);
    }
    const nameEnd = readName(nameStart + 1);
    const name = text.slice(nameStart, nameEnd);
    if (names.length === 0 && rootSeen && !options.extraRoot?.(name)) {
      throw new XmlSyntaxError(`malformed XML: a second root element <${name}>; a document has exactly one root element`, lt, nameEnd);
    }
    const attrs: XmlAttr[] = [];
    let seen: Set<string> | undefined;
    let i = nameEnd;
    let end: number;
    let selfClosing = false;
    for (;;) {
      const afterPrevious = i;
      i = skipWhite(i);
      if (i >= len) throw eof(`expected '>' to close <${name}> opened at ${lines.describe(lt)}`);
      const ch = text.charCodeAt(i);
      if (ch === 0x3e /* > */) {
        end = i + 1;
        break;
      }
      if (ch === 0x2f /* / */) {
        if (text.charCodeAt(i + 1) === 0x3e) {
          end = i + 2;
          selfClosing = true;
          break;
        }
        if (i + 1 >= len) throw eof(`expected '/>' to close <${name}> opened at ${lines.describe(lt)}`);
        throw new XmlSyntaxError(`malformed XML: expected '>' after '/' to close <${name}> opened at ${lines.describe(lt)}, found ${found(text, i + 1)}`, i + 1);
      }
      if (!isNameStart(ch)) {
        throw new XmlSyntaxError(`malformed XML: expected '>' to close <${name}> opened at ${lines.describe(lt)}, found ${found(text, i)}`, i);
      }
      if (i === afterPrevious) {
        throw new XmlSyntaxError(`malformed XML: expected white space before the attribute ${text.slice(i, readName(i))} of <${name}> opened at ${lines.describe(lt)}`, i);
      }
      const attrStart = i;
      const attrNameEnd = readName(i + 1);
      const attrName = text.slice(attrStart, attrNameEnd);
      i = skipWhite(attrNameEnd);
      if (i >= len) throw eof(`expected '=' after the attribute name ${attrName} of <${name}> opened at ${lines.describe(lt)}`);
      if (text.charCodeAt(i) !== 0x3d /* = */) {
        throw new XmlSyntaxError(`malformed XML: expected '=' after the attribute name ${attrName} of <${name}>, found ${found(text, i)}`, i);
      }
      i = skipWhite(i + 1);
      if (i >= len) throw eof(`expected a quoted value for the attribute ${attrName} of <${name}> opened at ${lines.describe(lt)}`);
      const quote = text.charCodeAt(i);
      if (quote !== 0x22 && quote !== 0x27) {
        throw new XmlSyntaxError(`malformed XML: expected a quoted value ("…" or '…') for the attribute ${attrName} of <${name}>, found ${found(text, i)}`, i);
      }
      const valueStart = i + 1;
      const valueEnd = text.indexOf(quote === 0x22 ? '"' : "'", valueStart);
      if (valueEnd === -1) {
        throw eof(`expected the closing ${quote === 0x22 ? '"' : "'"} of the attribute ${attrName} of <${name}>; the value opened at ${lines.describe(i)}`);
      }
      const lessThan = nextLt(valueStart);
      if (lessThan !== -1 && lessThan < valueEnd) {
        throw new XmlSyntaxError(
          `malformed XML: '<' in the value of the attribute ${attrName} of <${name}> (write it as &lt;), or a missing closing quote for the value opened at ${lines.describe(i)}`,
          lessThan,
        );
      }
      try {
        checkReferences(valueStart, valueEnd);
      } catch (error) {
        // The message quotes the reference, which inside a secret is a piece of the secret.
        if (!(error instanceof XmlSyntaxError) || !isSecretOrHashName(attrName)) throw error;
        throw new XmlSyntaxError(
          `malformed XML: invalid '&' in the value of the attribute ${attrName} of <${name}> (the value is not shown: it is a secret); write a literal '&' as &amp;`,
          error.offset,
          error.end,
        );
      }
      if (attrs.length < 16) {
        for (const other of attrs) if (other.name === attrName) throw new XmlSyntaxError(`malformed XML: duplicate attribute ${attrName} on <${name}>`, attrStart, valueEnd + 1);
      } else {
        if (!seen) seen = new Set(attrs.map((a) => a.name));
        if (seen.has(attrName)) throw new XmlSyntaxError(`malformed XML: duplicate attribute ${attrName} on <${name}>`, attrStart, valueEnd + 1);
      }
      seen?.add(attrName);
      attrs.push({ name: attrName, start: attrStart, end: valueEnd + 1, valueStart, valueEnd });
      i = valueEnd + 1;
    }
    const depth = names.length;
    rootSeen = true;
    const action = handler.startTag?.({ name, start: lt, end, selfClosing, attrs, depth }, names);
    if (!selfClosing) {
      names.push(name);
      starts.push(lt);
    }
    pos = action === 'skip' && !selfClosing ? skipToEndTag(name, end, depth) : end;
  }

  if (names.length > 0) {
    const top = names.length - 1;
    throw eof(`expected </${names[top]}> to close ${opened(top)}`);
  }
  if (!rootSeen) throw eof('no root element; expected an XML element such as <package> or <serverconf>');
}
