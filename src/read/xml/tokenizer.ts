// The XML tokenizer of the readers: one forward pass over the text, with indexOf jumps between the characters that
// matter. It reports start tags (with the exact offsets of every attribute), end tags and comments to a handler,
// and checks well-formedness on the way: matching tags, attribute syntax, comments / CDATA / processing
// instructions, references, the prolog, one root element, legal characters.
//
// Skipping: a handler may return 'skip' for an element. Its content is still tokenized and checked exactly like the
// rest (a comment, CDATA section, processing instruction or attribute value holding `</entities>` is never its
// end), only no event is reported until its own end tag.
//
// Safety: entities are never expanded (see references.ts and doctype.ts). The element stack is an array, so
// nesting depth is bounded by memory, not by the call stack.
import type { LineMap } from '../../util/text.js';
import {
  BANG,
  codePointName,
  firstIllegalChar,
  found,
  GT,
  isWhite,
  nameEnd,
  QUESTION,
  shown,
  skipWhite,
  SLASH,
  startsName,
} from './chars.js';
import { readDoctype } from './doctype.js';
import { endOfFile, XmlSyntaxError } from './errors.js';
import { readCdata, readComment, readProcessingInstruction } from './markup.js';
import { Source } from './source.js';
import { AttributeOffsets, readStartTag, sameText, scanStartTag, type XmlStartTag } from './start-tag.js';

export interface XmlHandler {
  /**
   * `ancestors` holds the names of the open ancestors (root first); valid only during the call. Returning 'skip'
   * for an element that is not self-closing mutes the events of its content (which is still checked) until its
   * end tag, which is reported.
   */
  startTag?(tag: XmlStartTag, ancestors: readonly string[]): 'skip' | undefined;
  /** Called for an end tag (not for a self-closing tag); `depth` is that of the element it closes. */
  endTag?(name: string, depth: number): void;
  /** `start` is the offset of '<!--', `end` is just after '-->'. */
  comment?(start: number, end: number): void;
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
  // Characters that XML forbids everywhere are found by one pass over the whole text; the error that comes first
  // in the text wins, so a malformed tag before the character is reported as such.
  const illegal = firstIllegalChar(text);
  try {
    new Tokenizer(new Source(text, lines), handler, options).run();
  } catch (error) {
    if (illegal === -1 || !(error instanceof XmlSyntaxError) || error.offset <= illegal) throw error;
  }
  if (illegal !== -1) throw illegalCharacter(text, illegal);
}

function illegalCharacter(text: string, offset: number): XmlSyntaxError {
  const c = text.charCodeAt(offset);
  const what = c < 0x20 ? `the control character ${codePointName(c)}` : `the character ${codePointName(c)}`;
  return new XmlSyntaxError(
    `malformed XML: ${what} is not allowed in an XML document (not in text, attributes, comments, CDATA nor processing instructions); remove it`,
    offset,
  );
}

class Tokenizer {
  private readonly text: string;
  /**
   * The open elements, root first: offset of '<', offset just after the name, and the name itself (the handler's
   * `ancestors`), which is '' for muted elements since nobody asks for it.
   */
  private readonly starts: number[] = [];
  private readonly nameStops: number[] = [];
  private readonly names: string[] = [];
  /** Attribute offsets of the current start tag, reused from tag to tag. */
  private readonly offsets = new AttributeOffsets();
  private rootSeen = false;
  private doctypeSeen = false;
  /** Offset of the XML declaration of a concatenated document whose root element has not come yet, or -1. */
  private pendingDeclaration = -1;
  /** A byte-order mark between documents; like a declaration there, it must be followed by another root element. */
  private pendingBom = -1;
  /** Depth of the element whose content is muted ('skip'), or -1. */
  private mutedDepth = -1;

  constructor(
    private readonly source: Source,
    private readonly handler: XmlHandler,
    private readonly options: ScanOptions,
  ) {
    this.text = source.text;
  }

  run(): void {
    const { text } = this;
    let pos = 0;
    while (pos < text.length) {
      const lt = text.indexOf('<', pos);
      const textEnd = lt === -1 ? text.length : lt;
      if (textEnd > pos) this.characterData(pos, textEnd);
      if (lt === -1) break;
      pos = this.markup(lt);
    }
    this.finish();
  }

  /** Reads the markup at `lt` and returns the offset just after it. */
  private markup(lt: number): number {
    const c = this.text.charCodeAt(lt + 1);
    if (c === SLASH) return this.endTag(lt);
    if (c === BANG) return this.declaration(lt);
    if (c === QUESTION) return this.processingInstruction(lt);
    return this.startTag(lt);
  }

  private processingInstruction(lt: number): number {
    const atStart = this.atDocumentStart(lt);
    const end = readProcessingInstruction(this.text, this.source.lines, lt, atStart);
    if (atStart && lt > 1 && this.text.startsWith('<?xml', lt) && nameEnd(this.text, lt + 2) === lt + 5) this.pendingDeclaration = lt;
    return end;
  }

  /**
   * Whether `lt` starts a document: the very start of the file (after a byte-order mark), or, where documents may
   * be concatenated (`extraRoot`), the top level after a root element, where the next document's XML declaration
   * and byte-order mark may stand.
   */
  private atDocumentStart(offset: number): boolean {
    if (offset === 0 || (offset === 1 && this.text.charCodeAt(0) === 0xfeff)) return true;
    return this.options.extraRoot !== undefined && this.rootSeen && this.names.length === 0;
  }

  /** Text between markup: references and no ']]>' inside the root element; only white space outside it. */
  private characterData(from: number, to: number): void {
    if (this.names.length > 0) {
      const cdataEnd = this.source.cdataEnd.from(from);
      if (cdataEnd !== -1 && cdataEnd < to)
        throw new XmlSyntaxError(
          "malformed XML: ']]>' in text; it may only end a CDATA section (write '>' as &gt;)",
          cdataEnd,
          cdataEnd + 3,
        );
      this.source.checkReferences(from, to);
      return;
    }
    const { text } = this;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (isWhite(c)) continue;
      if (c === 0xfeff && this.atDocumentStart(i)) {
        if (this.rootSeen && this.pendingBom === -1) this.pendingBom = i;
        continue;
      }
      throw new XmlSyntaxError(
        this.rootSeen
          ? `malformed XML: unexpected text ${found(text, i)} after the end of the root element; a document has exactly one root element`
          : `malformed XML: expected '<' to start the root element, found ${found(text, i)}`,
        i,
      );
    }
  }

  /** `<!--`, `<![CDATA[` or `<!DOCTYPE`. */
  private declaration(lt: number): number {
    const { text, source } = this;
    if (text.startsWith('<!--', lt)) {
      const end = readComment(text, source.lines, lt);
      if (this.mutedDepth === -1) this.handler.comment?.(lt, end);
      return end;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      if (this.names.length === 0) throw new XmlSyntaxError('malformed XML: a CDATA section is only allowed inside an element', lt, lt + 9);
      return readCdata(text, source.lines, lt);
    }
    if (text.startsWith('<!DOCTYPE', lt)) {
      if (this.rootSeen || this.names.length > 0)
        throw new XmlSyntaxError('malformed XML: a DOCTYPE declaration is only allowed before the root element', lt, lt + 9);
      if (this.doctypeSeen) throw new XmlSyntaxError('malformed XML: a second DOCTYPE declaration; a document has at most one', lt, lt + 9);
      this.doctypeSeen = true;
      return readDoctype(text, source.lines, lt);
    }
    if (lt + 2 >= text.length) throw endOfFile(text, "expected '<!--', '<![CDATA[' or '<!DOCTYPE' after '<!'");
    throw new XmlSyntaxError(
      `malformed XML: expected '<!--', '<![CDATA[' or '<!DOCTYPE' after '<!', found ${found(text, lt + 2)}`,
      lt,
      lt + 2,
    );
  }

  private startTag(lt: number): number {
    const { text, names, source } = this;
    if (!startsName(text, lt + 1)) {
      if (lt + 1 >= text.length) throw endOfFile(text, "expected an element name after '<'");
      throw new XmlSyntaxError(
        `malformed XML: expected an element name after '<', found ${found(text, lt + 1)}; write a literal '<' as &lt;`,
        lt,
      );
    }
    const nameStop = nameEnd(text, lt + 1);
    if (names.length === 0 && this.rootSeen && !this.options.extraRoot?.(text.slice(lt + 1, nameStop))) {
      throw new XmlSyntaxError(
        `malformed XML: a second root element <${shown(text.slice(lt + 1, nameStop))}>; a document has exactly one root element`,
        lt,
        nameStop,
      );
    }
    this.rootSeen = true;
    this.pendingDeclaration = -1;
    this.pendingBom = -1;
    const depth = names.length;
    let end: number;
    let name = '';
    let action: 'skip' | undefined;
    if (this.mutedDepth === -1 && this.handler.startTag) {
      const tag = readStartTag(source, lt, depth, this.offsets);
      end = tag.end;
      name = tag.name;
      action = this.handler.startTag(tag, names);
    } else {
      // Muted content (or no handler): checked the same way, nothing built.
      end = scanStartTag(source, lt, this.offsets);
    }
    if (text.charCodeAt(end - 2) !== SLASH) {
      if (action === 'skip') this.mutedDepth = depth;
      names.push(name);
      this.starts.push(lt);
      this.nameStops.push(nameStop);
    }
    return end;
  }

  private endTag(lt: number): number {
    const { text, names } = this;
    const nameStart = lt + 2;
    if (!startsName(text, nameStart)) {
      if (nameStart >= text.length) throw endOfFile(text, "expected an element name after '</'");
      throw new XmlSyntaxError(`malformed XML: expected an element name after '</', found ${found(text, nameStart)}`, nameStart);
    }
    const nameStop = nameEnd(text, nameStart);
    const close = skipWhite(text, nameStop);
    if (close >= text.length) throw endOfFile(text, `expected '>' to close the end tag </${shown(text.slice(nameStart, nameStop))}>`);
    if (text.charCodeAt(close) !== GT)
      throw new XmlSyntaxError(
        `malformed XML: expected '>' to close the end tag </${shown(text.slice(nameStart, nameStop))}>, found ${found(text, close)}`,
        close,
      );
    const top = names.length - 1;
    if (top < 0)
      throw new XmlSyntaxError(
        `malformed XML: unexpected end tag </${shown(text.slice(nameStart, nameStop))}>: no element is open`,
        lt,
        close + 1,
      );
    const openStart = this.starts[top] + 1;
    const length = nameStop - nameStart;
    if (this.nameStops[top] - openStart !== length || !sameText(text, openStart, nameStart, length)) {
      throw new XmlSyntaxError(
        `malformed XML: mismatched end tag </${shown(text.slice(nameStart, nameStop))}>: expected </${this.openName(top)}> to close ${this.opened(top)}`,
        lt,
        close + 1,
      );
    }
    const closed = names.pop() as string;
    this.starts.pop();
    this.nameStops.pop();
    if (top === this.mutedDepth) this.mutedDepth = -1;
    if (this.mutedDepth === -1) this.handler.endTag?.(closed, top);
    return close + 1;
  }

  private finish(): void {
    if (this.pendingDeclaration !== -1) {
      const at = this.pendingDeclaration;
      throw new XmlSyntaxError(
        'malformed XML: an XML declaration <?xml …?> after the root element starts no new document (no root element follows it); it is only allowed at the very start of the file',
        at,
        at + 5,
      );
    }
    if (this.pendingBom !== -1) {
      const at = this.pendingBom;
      throw new XmlSyntaxError(
        'malformed XML: a byte-order mark (U+FEFF) after the root element starts no new document (no root element follows it); it is only allowed at the very start of the file',
        at,
        at + 1,
      );
    }
    const top = this.names.length - 1;
    if (top >= 0) throw endOfFile(this.text, `expected </${this.openName(top)}> to close ${this.opened(top)}`);
    if (!this.rootSeen) throw endOfFile(this.text, 'no root element; expected an XML element such as <package> or <serverconf>');
  }

  /** The name of the open element at `depth` (muted elements keep no name in `names`). */
  private openName(depth: number): string {
    return shown(this.text.slice(this.starts[depth] + 1, this.nameStops[depth]));
  }

  private opened(depth: number): string {
    return `<${this.openName(depth)}> opened at ${this.source.lines.describe(this.starts[depth])}`;
  }
}
