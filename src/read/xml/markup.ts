// The constructs whose content is never markup: comments, CDATA sections and processing instructions (the XML
// declaration is one). Each reader takes the offset of its '<' and returns the offset just after its end; the
// content in between is opaque text, never searched for tags.
import { DIRECTIVE } from './directive.js';
import type { LineMap } from '../../util/text.js';
import { EQUALS, found, GT, isWhite, nameEnd, shown, skipWhite, startsName, APOS, QUOTE } from './chars.js';
import { endOfFile, XmlSyntaxError } from './errors.js';

/** `<!-- … -->`: '--' may only occur in the closing '-->'. */
export function readComment(text: string, lines: LineMap, lt: number): number {
  const dashes = text.indexOf('--', lt + 4);
  if (dashes === -1) throw endOfFile(text, `expected '-->' to close the comment opened at ${lines.describe(lt)}`);
  if (text.charCodeAt(dashes + 2) !== GT) {
    if (dashes + 2 >= text.length) throw endOfFile(text, `expected '-->' to close the comment opened at ${lines.describe(lt)}`);
    const hint = text
      .slice(lt + 4, dashes)
      .trimStart()
      .startsWith(DIRECTIVE)
      ? "; in XML, write a suppression's reason after a single '-': <!-- ims-gate-disable-next-line IMS003 - reason -->"
      : '';
    throw new XmlSyntaxError(
      `malformed XML: '--' inside the comment opened at ${lines.describe(lt)}; a comment cannot hold '--' (nor end with '--->')${hint}`,
      dashes,
      dashes + 2,
    );
  }
  return dashes + 3;
}

/** `<![CDATA[ … ]]>`. */
export function readCdata(text: string, lines: LineMap, lt: number): number {
  const close = text.indexOf(']]>', lt + 9);
  if (close === -1) throw endOfFile(text, `expected ']]>' to close the CDATA section opened at ${lines.describe(lt)}`);
  return close + 3;
}

/**
 * `<?target data?>`. `atDocumentStart` says whether `lt` is the very start of the file (after a byte-order mark),
 * the one place where the XML declaration `<?xml …?>` may stand; any other target matching [Xx][Mm][Ll] is reserved.
 */
export function readProcessingInstruction(text: string, lines: LineMap, lt: number, atDocumentStart: boolean): number {
  const targetStart = lt + 2;
  if (!startsName(text, targetStart)) {
    if (targetStart >= text.length) throw endOfFile(text, "expected a processing-instruction target after '<?'");
    throw new XmlSyntaxError(
      `malformed XML: expected a processing-instruction target after '<?', found ${found(text, targetStart)}`,
      targetStart,
    );
  }
  const targetEnd = nameEnd(text, targetStart);
  const target = text.slice(targetStart, targetEnd);
  const close = text.indexOf('?>', targetEnd);
  if (close === -1)
    throw endOfFile(text, `expected '?>' to close the processing instruction <?${shown(target)} opened at ${lines.describe(lt)}`);
  if (close !== targetEnd && !isWhite(text.charCodeAt(targetEnd))) {
    throw new XmlSyntaxError(
      `malformed XML: expected white space or '?>' after the processing-instruction target <?${shown(target)}, found ${found(text, targetEnd)}`,
      targetEnd,
    );
  }
  if (target.length === 3 && target.toLowerCase() === 'xml') {
    if (target !== 'xml') {
      throw new XmlSyntaxError(
        `malformed XML: the processing-instruction target <?${target} is reserved (names matching [Xx][Mm][Ll] are); an XML declaration is written <?xml …?>, in lower case`,
        lt,
        targetEnd,
      );
    }
    if (!atDocumentStart) {
      throw new XmlSyntaxError(
        'malformed XML: an XML declaration <?xml …?> is only allowed at the very start of the file, before anything else (even white space or a comment)',
        lt,
        targetEnd,
      );
    }
    checkXmlDeclaration(text, targetEnd, close);
  }
  return close + 2;
}

interface PseudoAttribute {
  name: string;
  start: number;
  value: string;
}

/** The pseudo-attributes of the XML declaration in [from, to): version, then optional encoding and standalone. */
function checkXmlDeclaration(text: string, from: number, to: number): void {
  const parts = readPseudoAttributes(text, from, to);
  const order = ['version', 'encoding', 'standalone'];
  let next = 0;
  for (const part of parts) {
    const index = order.indexOf(part.name, next);
    if (index === -1 || (next === 0 && index !== 0)) {
      throw new XmlSyntaxError(
        `malformed XML: unexpected ${shown(part.name)}= in the XML declaration; expected version="1.0", then optionally encoding="…" and standalone="yes" or "no", in that order`,
        part.start,
      );
    }
    next = index + 1;
    const valid =
      part.name === 'version'
        ? /^1\.[0-9]+$/.test(part.value)
        : part.name === 'encoding'
          ? /^[A-Za-z][A-Za-z0-9._-]*$/.test(part.value)
          : part.value === 'yes' || part.value === 'no';
    if (!valid) throw new XmlSyntaxError(`malformed XML: invalid ${part.name} "${shown(part.value)}" in the XML declaration`, part.start);
  }
  if (next === 0) throw new XmlSyntaxError('malformed XML: the XML declaration has no version; expected <?xml version="1.0"?>', from);
}

function readPseudoAttributes(text: string, from: number, to: number): PseudoAttribute[] {
  const parts: PseudoAttribute[] = [];
  for (let i = from; ; ) {
    const start = skipWhite(text, i);
    if (start >= to) return parts;
    if (start === i || !startsName(text, start)) {
      throw new XmlSyntaxError(
        `malformed XML: expected white space then version, encoding or standalone in the XML declaration, found ${found(text, start)}`,
        start,
      );
    }
    const name = text.slice(start, nameEnd(text, start));
    const equals = skipWhite(text, start + name.length);
    if (text.charCodeAt(equals) !== EQUALS)
      throw new XmlSyntaxError(
        `malformed XML: expected '=' after ${shown(name)} in the XML declaration, found ${found(text, equals)}`,
        equals,
      );
    const open = skipWhite(text, equals + 1);
    const quote = text.charCodeAt(open);
    const close = quote === QUOTE || quote === APOS ? text.indexOf(String.fromCharCode(quote), open + 1) : -1;
    if (close === -1 || close > to)
      throw new XmlSyntaxError(
        `malformed XML: expected a quoted value for ${shown(name)} in the XML declaration, found ${found(text, open)}`,
        open,
      );
    parts.push({ name, start, value: text.slice(open + 1, close) });
    i = close + 1;
  }
}
