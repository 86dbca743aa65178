// Secrets never leave ims-gate: values of secret attributes and keys are masked wherever source text is shown
// (code frames), and known secret values and URL userinfo are scrubbed from every message.
//
// Source text is redacted by two small scanners, one for XML and one for YAML/JSON, that walk the text from start
// to end (both run on every text: a file's name does not prove its syntax). No regular expression runs on file
// content, and no stretch of text is read more than a few times, so the cost is linear on any input. The scanners
// yield spans (offsets of what to mask); each line of a span is shown as the same fixed-length MASK, and
// `RedactedText` maps a column of the source to the column of the redacted line, so that a caret underline ends
// where the mask ends rather than revealing the length of what it hides.
//
// Malformed values are read the safe way: a quote that what follows shows cannot end a value is a raw quote inside
// it (`clientSecret="ab"cd"` hides `ab"cd`), and a quote left open hides nothing after it.
import { decodeBytes } from './text.js';
import type { ReadResult } from '../types.js';
import { isSecretName, isUrlName, MASK, maskUserinfoInText, userinfoSpans, valueUserinfoSpan } from './secrets.js';
import { MultiMatcher } from './multi-match.js';

export const REDACTED = MASK;

export interface RedactOptions {
  /**
   * Attribute or key names that hold a secret even though they are not named like one: the attributes that the
   * config's `fields:` maps to the client secret (e.g. `imsAppKey`).
   */
  secretNames?: Iterable<string>;
  /** Secret values known to the scan (the runtime client secret, plaintext secrets found): masked wherever they are. */
  secrets?: readonly string[];
}

/** [start, end) offsets of a part of a text to mask. */
export type Span = [number, number];

// ---------------------------------------------------------------- spans

/** Collects spans. A span may cover several lines: each line shows its own mask (see segmentOf). */
class SpanSink {
  readonly spans: Span[] = [];

  add(start: number, end: number): void {
    if (end > start) this.spans.push([start, end]);
  }
}

/**
 * The part of a line [lineStart, contentEnd) that a span masks, or undefined: a span that began on an earlier line
 * leaves the line's indentation visible, so that the masked lines keep their shape.
 */
function segmentOf(text: string, span: Span, lineStart: number, contentEnd: number): Span | undefined {
  let start = Math.max(span[0], lineStart);
  if (span[0] < lineStart) while (start < contentEnd && isBlank(text.charCodeAt(start))) start++;
  const end = Math.min(span[1], contentEnd);
  return end > start ? [start, end] : undefined;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function isWhite(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Sorted, with overlapping and touching spans merged. */
function merged(spans: Span[]): Span[] {
  let inOrder = true;
  for (let i = 1; i < spans.length && inOrder; i++) inOrder = spans[i - 1][0] <= spans[i][0];
  // Scanners yield their spans in order; only the merge of several sources needs a sort.
  const sorted = inOrder ? spans : [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push(span);
  }
  return out;
}

type SecretTest = (name: string) => boolean;

function secretTest(options: RedactOptions): SecretTest {
  const extra = new Set(options.secretNames ?? []);
  return (name) => extra.has(name) || isSecretName(name);
}

// ---------------------------------------------------------------- XML

function isNameStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code === 0x3a || code >= 0x80;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e;
}

/**
 * The XML scanner: tags are read attribute by attribute (quote-aware), and comments, CDATA sections, processing
 * instructions and text are searched for `name="value"` too, so that a commented-out secret is masked as well.
 */
class XmlRedactor {
  /** Reads [from, n) of the text: the whole text, or the inside of a comment or CDATA section. */
  constructor(
    private readonly text: string,
    private readonly isSecret: SecretTest,
    private readonly sink: SpanSink,
    private readonly from = 0,
    private readonly n = text.length,
    private readonly nested = false,
  ) {}

  run(): void {
    const { text, n } = this;
    let i = this.from;
    while (i < n) {
      const lt = text.indexOf('<', i);
      if (lt === -1 || lt >= n) {
        this.attributes(i, n, false);
        return;
      }
      this.attributes(i, lt, false);
      i = this.markup(lt);
    }
  }

  /** Reads the markup at `lt` (a '<'); returns the offset after it. */
  private markup(lt: number): number {
    const { text, n } = this;
    // A comment or CDATA section may hold commented-out markup: its inside is read as XML too (once: not deeper).
    const region = (open: string, close: string): number => {
      const found = text.indexOf(close, lt + open.length);
      const end = found === -1 || found >= n ? n : found;
      this.attributes(lt + open.length, end, false);
      if (!this.nested) new XmlRedactor(text, this.isSecret, this.sink, lt + open.length, end, true).run();
      return end === n ? n : end + close.length;
    };
    // A declaration, an end tag or a processing instruction ends at '>', or at the '<' of the next markup when it
    // was never closed (so that an unclosed `<!` cannot hide the tags after it).
    const declaration = (open: number): number => {
      let end = open;
      while (end < n && text.charCodeAt(end) !== 0x3e && text.charCodeAt(end) !== 0x3c) end++;
      this.attributes(open, end, false);
      return end < n && text.charCodeAt(end) === 0x3e ? end + 1 : end;
    };
    if (text.startsWith('<!--', lt)) return region('<!--', '-->');
    if (text.startsWith('<![CDATA[', lt)) return region('<![CDATA[', ']]>');
    if (text.startsWith('<!', lt) || text.startsWith('</', lt) || text.startsWith('<?', lt)) return declaration(lt + 2);
    let i = lt + 1;
    while (i < n && isNameChar(text.charCodeAt(i))) i++;
    const name = text.slice(lt + 1, i);
    const end = this.attributes(i, n, true);
    // The text of an element named like a secret (`<password>…</password>`) is a secret too.
    if (name !== '' && this.isSecret(name) && text.charCodeAt(end - 2) !== 0x2f /* / */) {
      let close = end;
      while (close < n && text.charCodeAt(close) !== 0x3c) close++;
      this.sink.add(end, close);
    }
    return end;
  }

  /**
   * Finds `name = "value"` in [from, to), masking secret values. In a tag, stops after the '>' that ends it and
   * returns the offset after it; elsewhere returns `to`.
   */
  private attributes(from: number, to: number, inTag: boolean): number {
    const text = this.text;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (inTag && c === 0x3e /* > */) return i + 1;
      if (inTag && c === 0x3c /* < */) return i; // a tag that never ended: the '<' starts the next markup
      if (!isNameStart(c)) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < to && isNameChar(text.charCodeAt(i))) i++;
      const name = text.slice(nameStart, i);
      let k = i;
      while (k < to && isWhite(text.charCodeAt(k))) k++;
      if (text.charCodeAt(k) !== 0x3d /* = */) continue;
      k++;
      while (k < to && isWhite(text.charCodeAt(k))) k++;
      const quote = text.charCodeAt(k);
      if (k >= to || (quote !== 0x22 && quote !== 0x27)) {
        i = k;
        continue;
      }
      i = this.isSecret(name) ? this.secretValue(k + 1, quote, to, inTag) : this.plainValue(name, k + 1, quote, to, inTag);
    }
    return to;
  }

  /** Skips a value that is not secret (masking a URL's userinfo); returns the offset after its closing quote. */
  private plainValue(name: string, start: number, quote: number, to: number, inTag: boolean): number {
    const text = this.text;
    let i = start;
    // A '<' cannot be in a value: the quote is missing, and the '<' starts the next markup.
    while (i < to && text.charCodeAt(i) !== quote && text.charCodeAt(i) !== 0x3c) i++;
    if (isUrlName(name)) {
      const span = valueUserinfoSpan(text.slice(start, i), true);
      if (span) this.sink.add(start + span[0], start + span[1]);
    }
    if (i >= to || text.charCodeAt(i) !== quote) return i;
    // A closing quote that cannot end a value (`label="x clientSecret="s3cret"`: the label's quote was never
    // closed) means the quotes are off: its inside is read again as attributes, so that no secret hides in it.
    return this.canClose(i + 1, quote, to, inTag) ? i + 1 : start;
  }

  /**
   * Masks a secret value; returns the offset after its closing quote. A quote that cannot end the value (one
   * followed by more of the value, as in `clientSecret="ab"cd"`) is part of it: the value runs to the first quote
   * that can. A value that never ends is masked to the end of the region.
   */
  private secretValue(start: number, quote: number, to: number, inTag: boolean): number {
    const text = this.text;
    let i = start;
    for (;;) {
      while (i < to && text.charCodeAt(i) !== quote) i++;
      if (i >= to || this.canClose(i + 1, quote, to, inTag)) break;
      i++;
    }
    this.sink.add(start, i);
    return Math.min(to, i + 1);
  }

  /** Whether what follows a quote at `after - 1` lets it end an attribute value. */
  private canClose(after: number, quote: number, to: number, inTag: boolean): boolean {
    const text = this.text;
    if (after >= to) return true;
    const next = text.charCodeAt(after);
    // Outside a tag (a comment, a DOCTYPE never closed), only white space or the end of markup can follow a value.
    if (!inTag) return isWhite(next) || next === 0x3e || next === 0x2f || next === 0x3f;
    let k = after;
    while (k < to && isWhite(text.charCodeAt(k))) k++;
    if (k >= to) return true;
    const c = text.charCodeAt(k);
    if (c === 0x3e || ((c === 0x2f || c === 0x3f) && text.charCodeAt(k + 1) === 0x3e)) {
      // The tag ends here, unless the text after it (on that line) holds the quote: then the '>' was in the value.
      for (let j = c === 0x3e ? k + 1 : k + 2; j < to; j++) {
        const t = text.charCodeAt(j);
        if (t === 0x3c || t === 0x0a) return true;
        if (t === quote) return false;
      }
      return true;
    }
    // Another attribute: white space, a name, '=' and a quote.
    if (k === after || !isNameStart(c)) return false;
    while (k < to && isNameChar(text.charCodeAt(k))) k++;
    while (k < to && isWhite(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) !== 0x3d) return false;
    k++;
    while (k < to && isWhite(text.charCodeAt(k))) k++;
    return text.charCodeAt(k) === 0x22 || text.charCodeAt(k) === 0x27;
  }
}

// ---------------------------------------------------------------- YAML and JSON

const HASH_NAME = /sha256$/i;

function isFlowIndicator(code: number): boolean {
  return code === 0x2c || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d;
}

/** Whether [start, end) is one word of name characters (`clientSecret`, `client_secret`, `x-token`). */
function isPlainName(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) if (!isNameChar(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The name of a plain key. What looks like markup before it (`<desc>Token`, `label="Note`: the YAML scanner also
 * reads XML files) leaves only the last word, so that an earlier attribute's name does not make the key secret.
 */
function keyName(prefix: string): string {
  const name = prefix.trim();
  let markup = false;
  for (let i = 0; i < name.length && !markup; i++) {
    const c = name.charCodeAt(i);
    markup = c === 0x3c || c === 0x3e || c === 0x3d || c === 0x22 || c === 0x27;
  }
  if (!markup) return name;
  let start = name.length;
  while (start > 0 && isNameChar(name.charCodeAt(start - 1))) start--;
  return name.slice(start);
}

/**
 * The YAML/JSON scanner: block and flow mappings (JSON pretty or minified is YAML flow), quoted and plain scalars,
 * comments. A key named like a secret has its whole value masked: a scalar (with any continuation lines), a block
 * scalar, or a nested collection.
 */
class YamlRedactor {
  private depth = 0;
  private lineStart: number;
  /** Offset of the first token of the current line, or -1 before it. */
  private firstOnLine = -1;

  /** Reads [from, n) of the text: the whole text, or the inside of a comment. */
  constructor(
    private readonly text: string,
    private readonly isSecret: SecretTest,
    private readonly sink: SpanSink,
    private readonly from = 0,
    private readonly n = text.length,
    private readonly inComment = false,
  ) {
    this.lineStart = from;
  }

  run(): void {
    const { text, n } = this;
    let i = this.from;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        this.lineStart = ++i;
        this.firstOnLine = -1;
        continue;
      }
      if (isWhite(c)) {
        i++;
        continue;
      }
      if (this.firstOnLine === -1 || this.firstOnLine < this.lineStart) this.firstOnLine = i;
      if (c === 0x23 /* # */ && (i === this.lineStart || isWhite(text.charCodeAt(i - 1)))) {
        // A comment is no key, but a commented-out `clientSecret: …` is still a secret: its text is read too.
        const end = this.lineEnd(i);
        if (!this.inComment) new YamlRedactor(text, this.isSecret, this.sink, i + 1, end, true).run();
        i = end;
        continue;
      }
      if (c === 0x7b || c === 0x5b) {
        this.depth++;
        i++;
        continue;
      }
      if (c === 0x7d || c === 0x5d) {
        this.depth = Math.max(0, this.depth - 1);
        i++;
        continue;
      }
      if (c === 0x2c && this.depth > 0) {
        i++;
        continue;
      }
      if ((c === 0x2d || c === 0x3f) && (i + 1 >= n || isWhite(text.charCodeAt(i + 1)))) {
        i++; // a sequence item or an explicit key: a scalar may follow
        continue;
      }
      i = c === 0x22 || c === 0x27 ? this.quotedToken(i) : this.plainToken(i);
    }
  }

  private lineEnd(i: number): number {
    const end = this.text.indexOf('\n', i);
    return end === -1 || end > this.n ? this.n : end;
  }

  /** Offset of the closing quote of the quoted scalar opened at `open`, or the end of the text. */
  private quotedEnd(open: number): number {
    const text = this.text;
    const quote = text.charCodeAt(open);
    for (let i = open + 1; i < this.n; i++) {
      const c = text.charCodeAt(i);
      if (quote === 0x22 && c === 0x5c /* \ */) i++;
      else if (c === quote) {
        if (quote === 0x27 && text.charCodeAt(i + 1) === 0x27)
          i++; // '' inside '…'
        else return i;
      }
    }
    return this.n;
  }

  /** Offset of the ':' that makes what ends at `end` a key, or -1. */
  private colonAfter(end: number): number {
    const text = this.text;
    let k = end;
    while (k < this.n && (isBlank(text.charCodeAt(k)) || (this.depth > 0 && isWhite(text.charCodeAt(k))))) k++;
    return text.charCodeAt(k) === 0x3a ? k : -1;
  }

  private quotedToken(open: number): number {
    const close = this.quotedEnd(open);
    // A quoted scalar over several lines may be a quote that is never closed, hiding the keys after it: its
    // inside is read again as if the quote were not there (a key is never over several lines). Each stretch
    // between two quotes of a kind is read twice at most, so this stays linear.
    let multiLine = false;
    for (let i = open + 1; i < close && !multiLine; i++) multiLine = this.text.charCodeAt(i) === 0x0a;
    if (multiLine) return open + 1;
    const colon = this.colonAfter(close + 1);
    return colon === -1 ? close + 1 : this.key(this.text.slice(open + 1, close), open, colon);
  }

  private plainToken(start: number): number {
    const { text, n } = this;
    let i = start;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || c === 0x0d) break;
      if (c === 0x23 && isWhite(text.charCodeAt(i - 1))) break;
      if (this.depth > 0 && isFlowIndicator(c)) break;
      if (c === 0x3a /* : */) {
        const next = text.charCodeAt(i + 1);
        const keyLike = i + 1 >= n || isWhite(next) || (this.depth > 0 && (isFlowIndicator(next) || next === 0x22 || next === 0x27));
        // `clientSecret:abc` is one plain scalar in YAML, but it is masked all the same (names are short: the
        // look-back is bounded, so that a long run of colons stays linear).
        if (keyLike) return this.key(keyName(text.slice(start, i)), start, i);
        if (i - start <= 128 && isPlainName(text, start, i) && this.isSecret(text.slice(start, i)))
          return this.key(text.slice(start, i), start, i);
      }
      i++;
    }
    return i;
  }

  /** A key ending at the ':' at `colon`: masks its value when the key holds a secret; returns where to go on. */
  private key(name: string, keyStart: number, colon: number): number {
    const hashName = !this.isSecret(name) && HASH_NAME.test(name);
    if (!this.isSecret(name) && !hashName) return colon + 1;
    const sink = new SpanSink();
    // A quoted key is JSON-style: what may follow its value is stricter (see canCloseInFlow).
    const json = this.text.charCodeAt(keyStart) === 0x22;
    const end = this.value(colon + 1, keyStart - this.lineStart, sink, this.firstOnLine === keyStart, json);
    // A hash of a secret is shown, unless it is not a hash: then it may be the secret, pasted in the wrong key.
    if (hashName && this.isHash(sink.spans)) return end;
    for (const span of sink.spans) this.sink.spans.push(span);
    return end;
  }

  private isHash(spans: Span[]): boolean {
    if (spans.length !== 1) return false;
    let value = this.text.slice(spans[0][0], spans[0][1]);
    const comment = value.indexOf(' #');
    if (comment !== -1) value = value.slice(0, comment);
    return /^["']?[0-9a-fA-F]{64}["']?$/.test(value.trim());
  }

  /** Masks the value that starts after a key's ':'; returns the offset after it. */
  private value(from: number, keyIndent: number, sink: SpanSink, ownLine: boolean, json: boolean): number {
    const { text, n } = this;
    let i = from;
    while (i < n && (isBlank(text.charCodeAt(i)) || (this.depth > 0 && isWhite(text.charCodeAt(i))))) i++;
    // A key on a line of its own is read as in a block mapping even inside a flow collection (pretty JSON, or a
    // '{' left open above): its value runs to the end of the line and takes the deeper lines after it.
    if (this.depth > 0 && !ownLine) return this.flowValue(i, sink, json);
    const c = text.charCodeAt(i);
    if (i >= n || c === 0x0a || c === 0x0d || c === 0x23) {
      // On the next lines (a nested map, a list): every line indented deeper than the key. A comment right after
      // the key is masked too: it may be the secret, starting with '#'.
      if (c === 0x23) sink.add(i, this.lineEnd(i));
      return this.deeperLines(this.lineEnd(i), keyIndent, sink);
    }
    if (c === 0x7c /* | */ || c === 0x3e /* > */) {
      // A block scalar: its lines are deeper than the key. What follows the indicator on its line is masked too, in
      // case it is no header (`>s3cret`).
      sink.add(i + 1, this.lineEnd(i));
      return this.deeperLines(this.lineEnd(i), keyIndent, sink);
    }
    let end: number;
    if (c === 0x22 || c === 0x27) {
      const close = this.quotedEnd(i);
      sink.add(i + 1, close);
      this.maskTail(close + 1, sink);
      end = this.lineEnd(Math.min(n, close));
    } else if (c === 0x7b || c === 0x5b) {
      const close = this.collectionEnd(i);
      sink.add(i + 1, close);
      this.maskTail(close + 1, sink);
      end = this.lineEnd(Math.min(n, close));
    } else {
      end = this.lineEnd(i);
      sink.add(i, end);
    }
    return this.deeperLines(end, keyIndent, sink);
  }

  /**
   * After a closing quote or bracket, what follows on the line may be the rest of a value with a raw quote or
   * bracket inside (`clientSecret: "ab"cd"`): it is masked.
   */
  private maskTail(from: number, sink: SpanSink): void {
    const { text, n } = this;
    let k = from;
    while (k < n && isBlank(text.charCodeAt(k))) k++;
    const end = this.lineEnd(k);
    // A comment is masked too: `clientSecret: "ab" #cd"` may be the secret `ab" #cd` with a raw quote.
    if (k >= end || text.charCodeAt(k) === 0x0d) return;
    // Inside a flow collection, separators and closing brackets may follow (`"token": "…" },`).
    let structure = this.depth > 0;
    for (let j = k; j < end && structure; j++) structure = isFlowIndicator(text.charCodeAt(j)) || isWhite(text.charCodeAt(j));
    if (!structure) sink.add(k, end);
  }

  /** Masks the lines after `from` (a line end) that are blank or indented deeper than `indent`; returns where they stop. */
  private deeperLines(from: number, indent: number, sink: SpanSink): number {
    const { text, n } = this;
    let lineStart = from + 1;
    let end = from;
    let first = -1;
    while (lineStart < n) {
      let k = lineStart;
      while (k < n && isBlank(text.charCodeAt(k))) k++;
      const lineEnd = this.lineEnd(k);
      const blank = k >= lineEnd || (text.charCodeAt(k) === 0x0d && k + 1 >= lineEnd);
      if (!blank && k - lineStart <= indent) break;
      if (!blank && first === -1) first = k;
      end = lineEnd;
      this.lineStart = lineStart;
      lineStart = lineEnd + 1;
    }
    // One span over the lines: each shows its own mask, after its indentation.
    if (first !== -1) sink.add(first, end);
    return Math.min(n, end);
  }

  /**
   * Masks a value inside a flow collection (JSON or YAML flow) after a key that shares its line with what came
   * before it (`{"a":1,"clientSecret":"…"}`); returns the offset after the value.
   */
  private flowValue(i: number, sink: SpanSink, json: boolean): number {
    const { text, n } = this;
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      // A quote that what follows shows cannot end the value (`"ab"}cd","x":1`) is a raw quote inside it: the value
      // runs to the next quote that can. Each quote is looked at once, so this stays linear.
      let close = this.quotedEnd(i);
      while (close < n && !this.canCloseInFlow(close + 1, json)) close = this.quotedEnd(close);
      sink.add(i + 1, close);
      return Math.min(n, close + 1);
    }
    if (c === 0x7b || c === 0x5b) {
      const end = this.collectionEnd(i);
      sink.add(i + 1, end);
      return Math.min(n, end + 1);
    }
    return this.flowPlain(i, sink);
  }

  /**
   * Whether what follows a quote at `after - 1` lets it end a value inside a flow collection: separators and
   * closing brackets, then the end of the line or the start of the next entry (in JSON, a quoted key or a JSON
   * value; in YAML flow, also a plain key after a space).
   */
  private canCloseInFlow(after: number, json: boolean): boolean {
    const { text, n } = this;
    let k = after;
    let last = 0;
    let space = false;
    for (; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x0a || c === 0x0d) return true;
      if (isBlank(c)) space = true;
      else if (c === 0x2c || c === 0x7d || c === 0x5d) [last, space] = [c, false];
      else break;
    }
    if (k >= n) return true;
    const c = text.charCodeAt(k);
    if (c === 0x23 && space) return true; // a YAML comment
    if (last !== 0x2c) return false; // nothing after a closing bracket but more structure
    if (c === 0x22 || c === 0x27 || c === 0x7b || c === 0x5b) return true;
    if (!json) return space && isNameStart(c);
    if ((c >= 0x30 && c <= 0x39) || (c === 0x2d && text.charCodeAt(k + 1) >= 0x30 && text.charCodeAt(k + 1) <= 0x39)) return true;
    return ['true', 'false', 'null'].some((word) => text.startsWith(word, k) && !isNameChar(text.charCodeAt(k + word.length)));
  }

  private flowPlain(i: number, sink: SpanSink): number {
    const { text, n } = this;
    let k = i;
    while (k < n && !isFlowIndicator(text.charCodeAt(k))) k++;
    // An empty value (`{clientSecret: }s3cret`) is no value in valid YAML: what follows on the line may be the
    // secret, starting with a flow indicator, so it is masked.
    if (k === i) {
      sink.add(i, this.lineEnd(i));
      return this.lineEnd(i);
    }
    sink.add(i, k);
    return k;
  }

  /** Offset of the bracket that closes the flow collection opened at `open` (quote-aware), or the end of the text. */
  private collectionEnd(open: number): number {
    const { text, n } = this;
    let depth = 0;
    for (let i = open; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22 || (c === 0x27 && !isNameChar(text.charCodeAt(i - 1)))) i = this.quotedEnd(i);
      else if (c === 0x7b || c === 0x5b) depth++;
      else if ((c === 0x7d || c === 0x5d) && --depth === 0) return i;
    }
    return n;
  }
}

// ---------------------------------------------------------------- known values

/** The forms in which a known secret can be written in a file: raw, XML-escaped, JSON-escaped, URL-encoded. */
function writtenForms(secret: string): string[] {
  const xml = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const forms = [
    secret,
    xml,
    xml.replace(/>/g, '&gt;'),
    xml.replace(/"/g, '&quot;'),
    xml.replace(/'/g, '&apos;'),
    xml.replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/>/g, '&gt;'),
  ];
  forms.push(JSON.stringify(secret).slice(1, -1));
  try {
    forms.push(encodeURIComponent(secret));
  } catch {
    // a lone surrogate has no URL encoding
  }
  return [...new Set(forms)];
}

/** The shortest secret value worth looking for: shorter ones would mask ordinary words. */
const MIN_SECRET_LENGTH = 4;

/**
 * One matcher per list of secrets and per set of forms: a scan hands the same list to every call, and the
 * automaton finds every form of every secret in one pass over a text.
 */
function matcherOf(
  cache: WeakMap<readonly string[], MultiMatcher>,
  secrets: readonly string[],
  forms: (secret: string) => string[],
): MultiMatcher {
  let matcher = cache.get(secrets);
  if (!matcher) {
    matcher = new MultiMatcher(secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH).flatMap(forms));
    cache.set(secrets, matcher);
  }
  return matcher;
}

const writtenMatchers = new WeakMap<readonly string[], MultiMatcher>();
const messageMatchers = new WeakMap<readonly string[], MultiMatcher>();

function knownValueSpans(text: string, secrets: readonly string[], sink: SpanSink): void {
  for (const [start, end] of matcherOf(writtenMatchers, secrets, writtenForms).spans(text)) sink.add(start, end);
}

// ---------------------------------------------------------------- entry points

/**
 * The spans of a text to mask, sorted and merged: values of secret attributes and keys (by name, or named in
 * `secretNames`), the userinfo of URLs, and every occurrence of a known secret value.
 */
export function secretSpans(text: string, options: RedactOptions = {}, extra: readonly Span[] = []): Span[] {
  const sink = new SpanSink();
  const isSecret = secretTest(options);
  // Both scanners run on every text: a file's name or first character does not prove its syntax (a `.yml` holding
  // XML, a YAML file starting with '<'), and masking a little more than needed is harmless.
  new XmlRedactor(text, isSecret, sink).run();
  new YamlRedactor(text, isSecret, sink).run();
  for (const [start, end] of userinfoSpans(text)) sink.add(start, end);
  knownValueSpans(text, options.secrets ?? [], sink);
  for (const [start, end] of extra) sink.add(start, end);
  return merged(sink.spans);
}

/** One line of a redacted text, and how its columns relate to the source line's. */
export interface RedactedLine {
  text: string;
  /**
   * The 1-based column in the redacted line of a 1-based source column. A `start` column inside a mask maps to the
   * mask's first column, an `end` (exclusive) column inside a mask to just after the mask.
   */
  column(source: number, edge: 'start' | 'end'): number;
}

interface LineMask {
  start: number;
  end: number;
  /** Where the mask starts in the redacted line. */
  at: number;
}

function redactedLine(text: string, masks: LineMask[]): RedactedLine {
  return {
    text,
    column(source, edge) {
      const offset = source - 1;
      let shift = 0;
      for (const mask of masks) {
        if (edge === 'start' ? offset < mask.start : offset <= mask.start) break;
        if (edge === 'start' ? offset < mask.end : offset <= mask.end) return (edge === 'start' ? mask.at : mask.at + MASK.length) + 1;
        shift += MASK.length - (mask.end - mask.start);
      }
      return offset + shift + 1;
    },
  };
}

/**
 * A text with spans masked, line by line (split at '\n', without a trailing '\r'): a line is built when it is asked
 * for, so that a code frame of a huge file costs a scan of the file, not an object per line.
 */
export class RedactedText {
  private readonly starts: number[] = [0];

  constructor(
    private readonly text: string,
    private readonly spans: readonly Span[],
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Line `n` (1-based) with its masks. */
  line(n: number): RedactedLine {
    const { text, spans } = this;
    const lineStart = this.starts[n - 1];
    const lineEnd = n < this.starts.length ? this.starts[n] - 1 : text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
    // The first span that ends after the line starts (spans are sorted and do not overlap).
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (spans[mid][1] <= lineStart) low = mid + 1;
      else high = mid;
    }
    let out = '';
    let last = lineStart;
    const masks: LineMask[] = [];
    for (let s = low; s < spans.length && spans[s][0] < lineEnd; s++) {
      const segment = segmentOf(text, spans[s], lineStart, contentEnd);
      if (!segment) continue;
      const [start, end] = segment;
      out += text.slice(last, start);
      masks.push({ start: start - lineStart, end: end - lineStart, at: out.length });
      out += MASK;
      last = end;
    }
    out += text.slice(last, contentEnd);
    return redactedLine(out, masks);
  }
}

/** Every line of a redacted text (for tests and small texts; code frames use RedactedText). */
export function redactLines(text: string, spans: readonly Span[]): RedactedLine[] {
  const redacted = new RedactedText(text, spans);
  return Array.from({ length: redacted.lineCount }, (_, i) => redacted.line(i + 1));
}

/**
 * Masks the values of secret attributes and keys in a whole file, keeping its lines where they are: XML
 * attribute values (even multi-line, even with a raw quote inside) and YAML/JSON values (block, flow, pretty or
 * minified JSON, block scalars), plus URL userinfo and known secret values. Every masked piece is `********`.
 */
export function redactText(text: string, options: RedactOptions = {}): string {
  let out = '';
  let last = 0;
  let line = 0; // start of the line of the last span: spans are sorted, so lines are found moving forward only
  for (const span of secretSpans(text, options)) {
    for (let next = text.indexOf('\n', line); next !== -1 && next < span[0]; next = text.indexOf('\n', line)) line = next + 1;
    // Each line of the span, up to its '\r' or '\n', shows one mask.
    for (let lineStart = line; lineStart < span[1]; ) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 ? text.length : newline;
      const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
      const segment = segmentOf(text, span, lineStart, contentEnd);
      if (segment) {
        out += text.slice(last, segment[0]) + MASK;
        last = segment[1];
      }
      if (newline === -1) break;
      lineStart = newline + 1;
    }
  }
  return out + text.slice(last);
}

// ---------------------------------------------------------------- reader problems

/** What a syntax error inside a secret value says instead of its own message, which may quote a piece of it. */
function secretSyntaxMessage(message: string, xml: boolean): string {
  const colon = message.indexOf(':');
  const what = colon === -1 ? (xml ? 'malformed XML' : 'malformed file') : message.slice(0, colon);
  return xml
    ? `${what}: the value of a secret attribute is not well-formed (the details are not shown: they would quote the secret); check its quotes, and write '&' as &amp;, '<' as &lt; and a quote inside the value as &quot; or &apos;`
    : `${what}: the value of a secret key is not well-formed (the details are not shown: they would quote the secret); check its quotes and escapes`;
}

/**
 * A reader's syntax error inside the value of a secret attribute or key may quote a piece of the secret (`&cd`
 * of `imsAppKey="ab&cd"`, or the tail `cd` of `clientSecret="ab"cd"` taken for an attribute name). Readers know
 * secrets by name only; this pass also knows the config's aliases, and the extent of a value with a raw quote.
 */
export function redactReadProblems(result: ReadResult, bytes: Buffer, options: RedactOptions): ReadResult {
  const syntax = result.problems.filter((problem) => problem.message.startsWith('malformed'));
  if (syntax.length === 0) return result;
  const xml = result.kind === 'campaign-xml' || result.kind === 'server-conf';
  const decoded = decodeBytes(result.file, bytes, { xml });
  if (!decoded.ok) return result;
  const text = decoded.text;
  const spans = secretSpans(text, { secretNames: options.secretNames });
  if (spans.length === 0) return result;
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offset = (line: number, column: number) => (starts[Math.min(line, starts.length) - 1] ?? 0) + column - 1;
  const insideSecret = (start: number, end: number): boolean => {
    // Spans are sorted: a binary search finds the last one that starts at or before the problem's end.
    let low = 0;
    let high = spans.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (spans[mid][0] <= end) low = mid;
      else high = mid - 1;
    }
    return spans[low][0] <= end && spans[low][1] >= start;
  };
  const problems = result.problems.map((problem) => {
    if (!problem.message.startsWith('malformed')) return problem;
    const { loc } = problem;
    const start = offset(loc.line, loc.column);
    return insideSecret(start, Math.max(start, offset(loc.endLine, loc.endColumn)))
      ? { ...problem, message: secretSyntaxMessage(problem.message, xml) }
      : problem;
  });
  return { ...result, problems };
}

// ---------------------------------------------------------------- messages

/** The forms in which a message could carry a secret: raw, and escaped as messages and formats quote values. */
function messageForms(secret: string): string[] {
  const escaped = secret.replace(/[\\"]/g, (c) => `\\${c}`);
  return [...new Set([...writtenForms(secret), escaped])].sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of the given secret values in a text, and masks the userinfo of every URL in it. */
export function scrub(text: string, secrets: readonly string[]): string {
  const scrubbed = maskUserinfoInText(text);
  const spans = merged(matcherOf(messageMatchers, secrets, messageForms).spans(scrubbed));
  if (spans.length === 0) return scrubbed;
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += scrubbed.slice(from, start) + MASK;
    from = end;
  }
  return out + scrubbed.slice(from);
}

/** Replaces every known secret value, and every URL userinfo, in every string of a report (or any JSON-like value). */
export function scrubReport<T>(value: T, secrets: readonly string[]): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return scrub(node, secrets);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
    return node;
  };
  return walk(value) as T;
}
