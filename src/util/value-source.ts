// Where a located value's own text is, and in which syntax: readers register it beside the value, rules that offer
// fixes look it up. Kept beside the values (a WeakMap) rather than in them, so that every Located stays the plain
// `{ value, loc }` the golden files and reports show, and a value without a registered source is never fixed.
import type { Located, ValueSource } from '../types.js';

const sources = new WeakMap<object, ValueSource>();

export function recordSource<T>(located: Located<T>, source: ValueSource): Located<T> {
  sources.set(located, source);
  return located;
}

/** The registered source of a value, or undefined (a value read through an alias, an escaped CSV cell…). */
export function sourceOf(located: Located<unknown>): ValueSource | undefined {
  return sources.get(located);
}
