// Sorting that gives the same order on every machine: by UTF-16 code units, as `Array.prototype.sort` does by
// default, never by locale (`localeCompare` orders differently under different ICU data and LANG settings).

/** The order of two strings by UTF-16 code units: negative, zero or positive, for `sort`. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A comparator of items by a string key of each: `files.sort(byString((file) => file.path))`. */
export function byString<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareStrings(key(a), key(b));
}
