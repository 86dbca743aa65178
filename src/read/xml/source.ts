// The text being tokenized, with what every part of the tokenizer shares: the line map for messages, and
// forward-only searches for what needs a closer look in text: '&' and "]]>".
import type { LineMap } from '../../util/text.js';
import { readReference } from './references.js';

/**
 * The next occurrence of a fixed string at or after an offset. Offsets asked for never decrease, so the text is
 * searched at most once from start to end, whatever the number of questions.
 */
export class NextOccurrence {
  /** -2: not searched yet; -1: none left. */
  private at = -2;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  from(offset: number): number {
    if (this.at === -2 || (this.at !== -1 && this.at < offset)) this.at = this.text.indexOf(this.needle, offset);
    return this.at;
  }
}

export class Source {
  readonly amp: NextOccurrence;
  readonly cdataEnd: NextOccurrence;

  constructor(
    readonly text: string,
    readonly lines: LineMap,
  ) {
    this.amp = new NextOccurrence(text, '&');
    this.cdataEnd = new NextOccurrence(text, ']]>');
  }

  /** Checks every reference in [from, to): each one must be a predefined entity or a character reference. */
  checkReferences(from: number, to: number): void {
    for (let amp = this.amp.from(from); amp !== -1 && amp < to; amp = this.amp.from(amp + 1)) readReference(this.text, amp);
  }
}
