// The one error the tokenizer throws: the reader turns it into an IMS000 problem at `offset`.

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

/** An unexpected end of file, located at the end of the text. */
export function endOfFile(text: string, message: string): XmlSyntaxError {
  return new XmlSyntaxError(`malformed XML: unexpected end of file: ${message}`, text.length);
}
