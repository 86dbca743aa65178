// Stray white space in names that must match character for character (association masks, Enterprise Dashboard
// group names): leading or trailing white space, doubled spaces, tabs, non-breaking and zero-width characters.
// Positions are 1-based character positions; invisible characters are named and shown escaped, never raw.
import { escapeChar } from '../../util/quote.js';

interface WhitespaceIssue {
  kind: 'leading' | 'trailing' | 'doubled' | 'invisible';
  /** 1-based position of the offending character in the text. */
  position: number;
  /** What it is, in words, e.g. `a doubled space at position 18`, `a trailing non-breaking space (\u00a0) at position 24`. */
  description: string;
}

/** Zero-width characters, as the body of a character class: invisible, so `\s` alone misses most of them. */
const ZERO_WIDTH = '\\u180e\\u200b-\\u200d\\u2060\\ufeff';
/** Every white-space-like character: ASCII and Unicode white space, plus zero-width characters. */
const WHITE = new RegExp(`[\\s\\u00a0${ZERO_WIDTH}]`);
const EVERY_WHITE = new RegExp(WHITE.source, 'g');
const EVERY_ZERO_WIDTH = new RegExp(`[${ZERO_WIDTH}]`, 'g');

export function isWhiteSpaceLike(char: string): boolean {
  return WHITE.test(char);
}

/** Whether the text holds a white-space-like character anywhere. */
export function hasWhiteSpace(text: string): boolean {
  return WHITE.test(text);
}

/** The text with every white-space-like character removed. */
export function withoutWhiteSpace(text: string): string {
  return text.replace(EVERY_WHITE, '');
}

/** The character's name, with its escape for anything but a plain space: `tab (\t)`, `non-breaking space (\u00a0)`. */
function describeWhiteSpace(char: string): string {
  switch (char) {
    case ' ':
      return 'space';
    case '\t':
      return 'tab (\\t)';
    case '\u00a0':
      return 'non-breaking space (\\u00a0)';
    case '\u200b':
      return 'zero-width space (\\u200b)';
    case '\ufeff':
      return 'zero-width no-break space (\\ufeff)';
    case '\u200c':
    case '\u200d':
    case '\u2060':
    case '\u180e':
      return `zero-width character (${escapeChar(char)})`;
    default:
      return `white-space character (${escapeChar(char)})`;
  }
}

interface WhitespaceOptions {
  /** Accept one plain trailing space after a non-blank character (a separator such as `Campaign - prod - `). */
  allowTrailingSpace?: boolean;
  /** Added to every reported position: the text is a part of a longer name that starts `offset` characters earlier. */
  offset?: number;
}

/**
 * The stray white space of `text`, in order of position. A run of white space at either end is one issue; inside
 * the text, a run holding a tab, non-breaking or zero-width character is reported at that character, and a run of
 * two or more plain spaces is a doubled space. A single plain space between words is fine.
 */
export function strayWhitespace(text: string, options: WhitespaceOptions = {}): WhitespaceIssue[] {
  const issues: WhitespaceIssue[] = [];
  const base = options.offset ?? 0;
  let start = 0;
  while (start < text.length && WHITE.test(text[start])) start++;
  if (start === text.length) {
    if (text.length > 0)
      issues.push({
        kind: 'leading',
        position: base + 1,
        description: `only white space (${describeWhiteSpace(text[0])} at position ${base + 1})`,
      });
    return issues;
  }
  if (start > 0)
    issues.push({
      kind: 'leading',
      position: base + 1,
      description: `a leading ${describeWhiteSpace(text[0])}${base > 0 ? ` at position ${base + 1}` : ''}`,
    });
  let end = text.length;
  while (end > start && WHITE.test(text[end - 1])) end--;

  for (let i = start; i < end; i++) {
    if (!WHITE.test(text[i])) continue;
    let j = i;
    while (j < end && WHITE.test(text[j])) j++;
    const odd = text
      .slice(i, j)
      .split('')
      .findIndex((char) => char !== ' ');
    if (odd !== -1) {
      const position = base + i + odd + 1;
      issues.push({ kind: 'invisible', position, description: `a ${describeWhiteSpace(text[i + odd])} at position ${position}` });
    } else if (j - i >= 2) {
      issues.push({ kind: 'doubled', position: base + i + 1, description: `a doubled space at position ${base + i + 1}` });
    }
    i = j - 1;
  }

  if (end < text.length) {
    const single = end === text.length - 1 && text[end] === ' ';
    if (!(single && options.allowTrailingSpace)) {
      const first =
        text
          .slice(end)
          .split('')
          .find((char) => char !== ' ') ?? ' ';
      const position = base + end + 1 + Math.max(0, text.slice(end).indexOf(first));
      issues.push({ kind: 'trailing', position, description: `a trailing ${describeWhiteSpace(first)} at position ${position}` });
    }
  }
  return issues;
}

/** `a, b and c` */
export function joinIssues(issues: WhitespaceIssue[]): string {
  const parts = issues.map((issue) => issue.description);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The text with its stray white space removed: trimmed, zero-width characters dropped, other runs as one space. */
export function cleanWhitespace(text: string): string {
  return text
    .replace(EVERY_ZERO_WIDTH, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
