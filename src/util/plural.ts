// Counted words for messages, in one place: "1 file", "2 files", "0 files", never "file(s)".

/** The word for `count` of it: `word` for exactly one, else `many` (`word` + "s" unless given). */
export function pluralForm(count: number, word: string, many = `${word}s`): string {
  return count === 1 ? word : many;
}

/** `count` and its word: `plural(1, 'file')` is "1 file", `plural(3, 'file')` "3 files". */
export function plural(count: number, word: string, many?: string): string {
  return `${count} ${pluralForm(count, word, many)}`;
}
