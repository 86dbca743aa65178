// Entity and character references (`&amp;`, `&#65;`, `&#x41;`). Only the five predefined entities exist for
// ims-gate: DOCTYPE entities are refused (see doctype.ts), so any other name is an undefined entity. The lookup is
// a switch, never an object, so `&constructor;` or `&__proto__;` cannot reach Object.prototype.
import { found, HASH, isXmlChar, nameEnd, SEMICOLON, shown, startsName } from './chars.js';
import { XmlSyntaxError } from './errors.js';

/** The text of a predefined entity, or undefined. */
export function predefinedEntity(name: string): string | undefined {
  switch (name) {
    case 'amp':
      return '&';
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
    default:
      return undefined;
  }
}

interface Reference {
  /** The character(s) the reference stands for. */
  value: string;
  /** The offset just after its ';'. */
  end: number;
}

/** Above every code point; a longer run of digits saturates here instead of losing precision. */
const TOO_BIG = 0x110000;

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

function decimalDigit(c: number): number {
  return c >= 0x30 && c <= 0x39 ? c - 0x30 : -1;
}

/** `&#…;` at `amp`. */
function readCharacterReference(text: string, amp: number): Reference {
  let i = amp + 2;
  const hex = text.charCodeAt(i) === 0x78; /* x */
  if (hex) i++;
  const digit = hex ? hexDigit : decimalDigit;
  const base = hex ? 16 : 10;
  const digitsStart = i;
  let code = 0;
  for (let d = digit(text.charCodeAt(i)); d !== -1; d = digit(text.charCodeAt(++i))) code = Math.min(TOO_BIG, code * base + d);
  if (i === digitsStart || text.charCodeAt(i) !== SEMICOLON) {
    throw new XmlSyntaxError(
      `malformed XML: invalid character reference ${text.slice(amp, Math.min(i + 1, amp + 16))}; expected &#<decimal>; or &#x<hex>;`,
      amp,
      i + 1,
    );
  }
  if (!isXmlChar(code)) {
    throw new XmlSyntaxError(
      `malformed XML: character reference ${shown(text.slice(amp, i + 1), 20)} names a character that XML does not allow`,
      amp,
      i + 1,
    );
  }
  return { value: String.fromCodePoint(code), end: i + 1 };
}

/** `&name;` at `amp`. */
function readEntityReference(text: string, amp: number): Reference {
  const nameStart = amp + 1;
  if (!startsName(text, nameStart)) {
    throw new XmlSyntaxError(
      `malformed XML: '&' must start an entity reference such as &amp; (found '&' followed by ${found(text, nameStart)}); write a literal '&' as &amp;`,
      amp,
      amp + 1,
    );
  }
  const end = nameEnd(text, nameStart);
  const name = text.slice(nameStart, end);
  if (text.charCodeAt(end) !== SEMICOLON) {
    throw new XmlSyntaxError(
      `malformed XML: expected ';' to end the entity reference &${shown(name)}, found ${found(text, end)}; write a literal '&' as &amp;`,
      amp,
      end,
    );
  }
  const value = predefinedEntity(name);
  if (value === undefined) {
    throw new XmlSyntaxError(
      `malformed XML: unknown entity reference &${shown(name)}; — only &amp; &lt; &gt; &quot; &apos; and numeric references (&#…;) are accepted; ims-gate never expands DOCTYPE entities`,
      amp,
      end + 1,
    );
  }
  return { value, end: end + 1 };
}

/** Checks the reference at `amp` (the offset of '&'). Throws XmlSyntaxError for anything but a defined one. */
export function readReference(text: string, amp: number): Reference {
  return text.charCodeAt(amp + 1) === HASH ? readCharacterReference(text, amp) : readEntityReference(text, amp);
}
