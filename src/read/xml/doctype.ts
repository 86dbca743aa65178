// The DOCTYPE declaration and its internal subset. ims-gate reads only what a DOCTYPE may say without changing the
// document: element and notation declarations, comments, processing instructions, attribute lists without
// defaults. Two things would make Campaign see a document that ims-gate does not, so they are refused:
// - entity declarations (and parameter-entity references): ims-gate never expands entities, so no billion laughs
//   and no external entity is ever fetched;
// - attribute defaults (`<!ATTLIST e a CDATA "v">`, `#FIXED "v"`): a parser that reads the DTD adds the attribute
//   to every <e> that lacks it. Reporting them (fail closed) is simpler and safer than applying them.
import type { LineMap } from '../../util/text.js';
import {
  CLOSE_BRACKET,
  CLOSE_PAREN,
  found,
  GT,
  isWhite,
  LT,
  nameEnd,
  OPEN_BRACKET,
  OPEN_PAREN,
  PERCENT,
  APOS,
  QUOTE,
  shown,
  skipWhite,
  startsName,
} from './chars.js';
import { endOfFile, XmlSyntaxError } from './errors.js';
import { readComment, readProcessingInstruction } from './markup.js';

/** Reads the DOCTYPE at `lt` (its '<') and returns the offset just after its '>'. */
export function readDoctype(text: string, lines: LineMap, lt: number): number {
  const what = `the DOCTYPE opened at ${lines.describe(lt)}`;
  let i = expectWhite(text, lt + 9, "'<!DOCTYPE'");
  const name = expectName(text, i, "a root element name after '<!DOCTYPE'");
  i += name.length;
  let j = skipWhite(text, i);
  if (j > i && (text.startsWith('SYSTEM', j) || text.startsWith('PUBLIC', j))) j = skipWhite(text, readExternalId(text, j, false));
  if (text.charCodeAt(j) === OPEN_BRACKET) j = skipWhite(text, readInternalSubset(text, lines, j + 1));
  if (j >= text.length) throw endOfFile(text, `expected '>' to close ${what}`);
  if (text.charCodeAt(j) !== GT) throw new XmlSyntaxError(`malformed XML: expected '>' to close ${what}, found ${found(text, j)}`, j);
  return j + 1;
}

/** The markup declarations between '[' and ']'; returns the offset just after ']'. */
function readInternalSubset(text: string, lines: LineMap, from: number): number {
  for (let i = skipWhite(text, from); ; i = skipWhite(text, i)) {
    if (i >= text.length) throw endOfFile(text, "expected ']' to close the internal subset of the DOCTYPE");
    const c = text.charCodeAt(i);
    if (c === CLOSE_BRACKET) return i + 1;
    if (c === PERCENT) refuseParameterEntity(text, i);
    if (c !== LT) throw unexpectedInSubset(text, i);
    if (text.startsWith('<!--', i)) i = readComment(text, lines, i);
    else if (text.startsWith('<?', i)) i = readProcessingInstruction(text, lines, i, false);
    else if (text.startsWith('<!ELEMENT', i)) i = readElementDecl(text, i);
    else if (text.startsWith('<!ATTLIST', i)) i = readAttlistDecl(text, i);
    else if (text.startsWith('<!NOTATION', i)) i = readNotationDecl(text, i);
    else if (text.startsWith('<!ENTITY', i)) refuseEntityDecl(text, i);
    else throw unexpectedInSubset(text, i);
  }
}

function unexpectedInSubset(text: string, i: number): XmlSyntaxError {
  return new XmlSyntaxError(
    `malformed XML: expected a declaration (<!ELEMENT, <!ATTLIST, <!NOTATION), a comment or a processing instruction in the DOCTYPE internal subset, found ${found(text, i)}`,
    i,
  );
}

function refuseEntityDecl(text: string, at: number): never {
  const declEnd = text.indexOf('>', at);
  const declared = /<!ENTITY\s+(%\s*)?([^\s>]+)/.exec(text.slice(at, Math.min(text.length, at + 200)));
  throw new XmlSyntaxError(
    `unsafe XML: the DOCTYPE declares entities (<!ENTITY ${declared ? shown(declared[2]) : '…'} …>); ims-gate never expands DTD entities (entity expansion and external entities are blocked) — remove the DOCTYPE from the file`,
    at,
    declEnd === -1 ? at + 8 : declEnd + 1,
  );
}

function refuseParameterEntity(text: string, at: number): never {
  const end = nameEnd(text, at + 1);
  throw new XmlSyntaxError(
    `unsafe XML: the DOCTYPE refers to the parameter entity %${shown(text.slice(at + 1, end))}; — ims-gate never expands DTD entities — remove the DOCTYPE from the file`,
    at,
    text.charCodeAt(end) === 0x3b ? end + 1 : end,
  );
}

/** `<!ELEMENT name contentspec>`. */
function readElementDecl(text: string, lt: number): number {
  let i = expectWhite(text, lt + 9, "'<!ELEMENT'");
  const name = expectName(text, i, "an element name after '<!ELEMENT'");
  i = expectWhite(text, i + name.length, `<!ELEMENT ${shown(name)}`);
  i = readContentSpec(text, i, `<!ELEMENT ${shown(name)}>`);
  return expectClose(text, skipWhite(text, i), `<!ELEMENT ${shown(name)}`);
}

/** EMPTY, ANY, mixed content `(#PCDATA | a | b)*` or a children model `((a, b?) | c)+`. */
function readContentSpec(text: string, from: number, where: string): number {
  if (text.startsWith('EMPTY', from)) return from + 5;
  if (text.startsWith('ANY', from)) return from + 3;
  if (text.charCodeAt(from) !== OPEN_PAREN)
    throw new XmlSyntaxError(`malformed XML: expected EMPTY, ANY or '(' in ${where}, found ${found(text, from)}`, from);
  const first = skipWhite(text, from + 1);
  return text.startsWith('#PCDATA', first) ? readMixed(text, first + 7, where) : readChildren(text, from, where);
}

/** The rest of `(#PCDATA (| name)*)*` after '#PCDATA': with names, it must end with ')*'. */
function readMixed(text: string, from: number, where: string): number {
  let names = 0;
  for (let i = skipWhite(text, from); ; i = skipWhite(text, i)) {
    const c = text.charCodeAt(i);
    if (c === CLOSE_PAREN) {
      if (text.charCodeAt(i + 1) === 0x2a /* * */) return i + 2;
      if (names > 0)
        throw new XmlSyntaxError(
          `malformed XML: expected ')*' to end the mixed content model of ${where}, found ${found(text, i + 1)}`,
          i + 1,
        );
      return i + 1;
    }
    if (c !== 0x7c /* | */) throw unexpectedInModel(text, i, where);
    i = skipWhite(text, i + 1);
    if (!startsName(text, i)) throw unexpectedInModel(text, i, where);
    i = nameEnd(text, i);
    names++;
  }
}

/**
 * A children model from its '(': names and groups, each optionally followed by ?, * or +; a group separates its
 * items with '|' or with ',' but not both. Iterative: `seps` holds the separator of each open group.
 */
function readChildren(text: string, from: number, where: string): number {
  const seps: number[] = [];
  let expectItem = true;
  for (let i = from; ; ) {
    i = skipWhite(text, i);
    const c = text.charCodeAt(i);
    if (expectItem) {
      if (c === OPEN_PAREN) {
        seps.push(0);
        i++;
      } else if (startsName(text, i)) {
        i = occurrence(text, nameEnd(text, i));
        expectItem = false;
      } else throw unexpectedInModel(text, i, where);
    } else if (c === CLOSE_PAREN) {
      seps.pop();
      i = occurrence(text, i + 1);
      if (seps.length === 0) return i;
    } else if (c === 0x7c /* | */ || c === 0x2c /* , */) {
      const top = seps.length - 1;
      if (seps[top] !== 0 && seps[top] !== c)
        throw new XmlSyntaxError(`malformed XML: a group of ${where} mixes '|' and ','; use parentheses`, i);
      seps[top] = c;
      i++;
      expectItem = true;
    } else throw unexpectedInModel(text, i, where);
  }
}

/** After an item of a content model: skips its ?, * or +. */
function occurrence(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c === 0x3f /* ? */ || c === 0x2a /* * */ || c === 0x2b /* + */ ? i + 1 : i;
}

function unexpectedInModel(text: string, i: number, where: string): XmlSyntaxError {
  if (i >= text.length) return endOfFile(text, `expected ')' to close the content model of ${where}`);
  return new XmlSyntaxError(`malformed XML: unexpected ${found(text, i)} in the content model of ${where}`, i);
}

/** `<!ATTLIST element (name type default)*>`; a default value is refused. */
function readAttlistDecl(text: string, lt: number): number {
  let i = expectWhite(text, lt + 9, "'<!ATTLIST'");
  const element = expectName(text, i, "an element name after '<!ATTLIST'");
  i += element.length;
  for (;;) {
    const j = skipWhite(text, i);
    if (text.charCodeAt(j) === GT) return j + 1;
    if (j >= text.length) throw endOfFile(text, `expected '>' to close <!ATTLIST ${shown(element)}`);
    if (j === i)
      throw new XmlSyntaxError(`malformed XML: expected white space or '>' in <!ATTLIST ${shown(element)}, found ${found(text, j)}`, j);
    const name = expectName(text, j, `an attribute name or '>' in <!ATTLIST ${shown(element)}`);
    const where = `<!ATTLIST ${shown(element)} ${shown(name)}`;
    i = readAttType(text, expectWhite(text, j + name.length, where), where);
    i = expectWhite(text, i, where);
    if (text.startsWith('#REQUIRED', i)) i += 9;
    else if (text.startsWith('#IMPLIED', i)) i += 8;
    else if (text.startsWith('#FIXED', i) || text.charCodeAt(i) === QUOTE || text.charCodeAt(i) === APOS)
      refuseDefault(lt, element, name, text.startsWith('#FIXED', i));
    else
      throw new XmlSyntaxError(
        `malformed XML: expected #REQUIRED, #IMPLIED, #FIXED or a quoted default value in ${where}, found ${found(text, i)}`,
        i,
      );
  }
}

function refuseDefault(lt: number, element: string, attribute: string, fixed: boolean): never {
  throw new XmlSyntaxError(
    `unsupported XML: the DOCTYPE gives the attribute ${shown(attribute)} of <${shown(element)}> a ${fixed ? '#FIXED' : 'default'} value; a parser that reads the DTD (as Campaign may) adds it to every <${shown(element)}> without that attribute, and ims-gate does not apply DTD defaults — remove the default (use #IMPLIED or #REQUIRED) or write the attribute on the elements`,
    lt,
    lt + 9,
  );
}

const ATT_TYPES = ['CDATA', 'IDREFS', 'IDREF', 'ID', 'ENTITIES', 'ENTITY', 'NMTOKENS', 'NMTOKEN'];

function readAttType(text: string, i: number, where: string): number {
  if (text.charCodeAt(i) === OPEN_PAREN) return readEnumeration(text, i, where);
  if (text.startsWith('NOTATION', i)) return readEnumeration(text, expectWhite(text, i + 8, `NOTATION in ${where}`), where);
  for (const type of ATT_TYPES) if (text.startsWith(type, i)) return i + type.length;
  throw new XmlSyntaxError(
    `malformed XML: expected an attribute type (CDATA, ID, NMTOKEN, … or '(') in ${where}, found ${found(text, i)}`,
    i,
  );
}

/** `(a | b | c)`: name tokens separated by '|'. */
function readEnumeration(text: string, from: number, where: string): number {
  if (text.charCodeAt(from) !== OPEN_PAREN)
    throw new XmlSyntaxError(`malformed XML: expected '(' in ${where}, found ${found(text, from)}`, from);
  for (let i = from + 1; ; ) {
    i = skipWhite(text, i);
    const end = nameEnd(text, i);
    if (end === i) {
      if (i >= text.length) throw endOfFile(text, `expected ')' to close the list of values of ${where}`);
      throw new XmlSyntaxError(`malformed XML: expected a value in the list of values of ${where}, found ${found(text, i)}`, i);
    }
    i = skipWhite(text, end);
    const c = text.charCodeAt(i);
    if (c === CLOSE_PAREN) return i + 1;
    if (c !== 0x7c /* | */) {
      if (i >= text.length) throw endOfFile(text, `expected ')' to close the list of values of ${where}`);
      throw new XmlSyntaxError(`malformed XML: expected '|' or ')' in the list of values of ${where}, found ${found(text, i)}`, i);
    }
    i++;
  }
}

/** `<!NOTATION name (SYSTEM "…" | PUBLIC "…" ["…"])>`. */
function readNotationDecl(text: string, lt: number): number {
  let i = expectWhite(text, lt + 10, "'<!NOTATION'");
  const name = expectName(text, i, "a notation name after '<!NOTATION'");
  i = readExternalId(text, expectWhite(text, i + name.length, `<!NOTATION ${shown(name)}`), true);
  return expectClose(text, skipWhite(text, i), `<!NOTATION ${shown(name)}`);
}

/** `SYSTEM "uri"` or `PUBLIC "id" "uri"` (the uri is optional in a notation). Nothing is ever fetched. */
function readExternalId(text: string, i: number, uriOptional: boolean): number {
  if (text.startsWith('SYSTEM', i)) return readLiteral(text, expectWhite(text, i + 6, 'SYSTEM'), 'SYSTEM');
  if (!text.startsWith('PUBLIC', i)) throw new XmlSyntaxError(`malformed XML: expected SYSTEM or PUBLIC, found ${found(text, i)}`, i);
  const idStart = expectWhite(text, i + 6, 'PUBLIC');
  const idEnd = readLiteral(text, idStart, 'PUBLIC');
  for (let k = idStart + 1; k < idEnd - 1; k++) {
    if (!isPubidChar(text.charCodeAt(k)))
      throw new XmlSyntaxError(`malformed XML: ${found(text, k)} is not allowed in a PUBLIC identifier`, k);
  }
  const next = skipWhite(text, idEnd);
  const quote = text.charCodeAt(next);
  if (next > idEnd && (quote === QUOTE || quote === APOS)) return readLiteral(text, next, 'PUBLIC');
  if (uriOptional) return idEnd;
  throw new XmlSyntaxError(
    `malformed XML: expected white space then the quoted system identifier after the PUBLIC identifier, found ${found(text, next)}`,
    next,
  );
}

function isPubidChar(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x0d ||
    c === 0x0a ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    "-'()+,./:=?;!*#@$_%".includes(String.fromCharCode(c))
  );
}

/** A quoted literal at `i`; returns the offset just after its closing quote. */
function readLiteral(text: string, i: number, what: string): number {
  const quote = text.charCodeAt(i);
  if (quote !== QUOTE && quote !== APOS)
    throw new XmlSyntaxError(`malformed XML: expected a quoted literal after ${what}, found ${found(text, i)}`, i);
  const close = text.indexOf(quote === QUOTE ? '"' : "'", i + 1);
  if (close === -1) throw endOfFile(text, `expected the closing quote of the literal after ${what}`);
  return close + 1;
}

function expectWhite(text: string, i: number, after: string): number {
  if (!isWhite(text.charCodeAt(i))) {
    if (i >= text.length) throw endOfFile(text, `expected white space after ${after}`);
    throw new XmlSyntaxError(`malformed XML: expected white space after ${after}, found ${found(text, i)}`, i);
  }
  return skipWhite(text, i);
}

function expectName(text: string, i: number, what: string): string {
  if (!startsName(text, i)) {
    if (i >= text.length) throw endOfFile(text, `expected ${what}`);
    throw new XmlSyntaxError(`malformed XML: expected ${what}, found ${found(text, i)}`, i);
  }
  return text.slice(i, nameEnd(text, i));
}

function expectClose(text: string, i: number, what: string): number {
  if (text.charCodeAt(i) === GT) return i + 1;
  if (i >= text.length) throw endOfFile(text, `expected '>' to close ${what}`);
  throw new XmlSyntaxError(`malformed XML: expected '>' to close ${what}, found ${found(text, i)}`, i);
}
