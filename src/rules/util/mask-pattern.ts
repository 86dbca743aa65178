// A mask prefix written as a regular expression (`Campaign - acme(-stage)? - `), read without compiling it: text
// from the repository never becomes a RegExp (see __tests__/hardening/no-user-regex.test.ts). The few forms a
// mask prefix uses in practice — literal text, escapes, groups with alternatives, `?` — are expanded into the
// literal prefixes they stand for; anything else (`*`, `+`, `{n}`, `[…]`, anchors inside) is not read.

/** More alternatives than this are not expanded: the mask is then not read at all. */
const MAX_ALTERNATIVES = 64;
/** Groups nested deeper than this are not read (and a crafted mask cannot exhaust the stack). */
const MAX_DEPTH = 8;

class Unsupported extends Error {}

/** A recursive-descent reader over the prefix; each method returns the literal strings its part stands for. */
class Expander {
  private at = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  expand(): string[] {
    const result = this.alternation();
    if (this.at !== this.text.length) throw new Unsupported();
    return result;
  }

  private alternation(): string[] {
    const result = [...this.sequence()];
    while (this.text[this.at] === '|') {
      this.at++;
      result.push(...this.sequence());
      this.limit(result);
    }
    return result;
  }

  private sequence(): string[] {
    let result = [''];
    while (this.at < this.text.length && this.text[this.at] !== '|' && this.text[this.at] !== ')') {
      let term = this.atom();
      if (this.text[this.at] === '?') {
        this.at++;
        term = [...term, ''];
      }
      result = result.flatMap((head) => term.map((tail) => head + tail));
      this.limit(result);
    }
    return result;
  }

  private atom(): string[] {
    const char = this.text[this.at++];
    if (char === '(') {
      if (++this.depth > MAX_DEPTH) throw new Unsupported();
      if (this.text.startsWith('?:', this.at)) this.at += 2;
      const inner = this.alternation();
      if (this.text[this.at++] !== ')') throw new Unsupported();
      this.depth--;
      return inner;
    }
    if (char === '\\') {
      const escaped = this.text[this.at++];
      // `\.`, `\-`, `\(`: punctuation stands for itself; `\d`, `\s`, `\w` … are classes, not read.
      if (escaped === undefined || /[A-Za-z0-9]/.test(escaped)) throw new Unsupported();
      return [escaped];
    }
    if ('*+{}[]^$?'.includes(char)) throw new Unsupported();
    // `.` is read as itself, as everywhere else a mask is compared literally.
    return [char];
  }

  private limit(result: string[]): void {
    if (result.length > MAX_ALTERNATIVES) throw new Unsupported();
  }
}

/**
 * The literal prefixes a regular-expression prefix stands for (`Campaign - acme(-stage)? - ` →
 * `Campaign - acme-stage - `, `Campaign - acme - `), or undefined when it uses a form that is not read.
 */
export function expandPrefix(prefix: string): string[] | undefined {
  try {
    return [...new Set(new Expander(prefix).expand())];
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
