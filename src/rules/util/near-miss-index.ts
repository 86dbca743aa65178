// NearMissIndex: the names within a small case-insensitive Levenshtein distance of a query ("did you mean …?"),
// without comparing the query with every name, so that 10,000 names against 10,000 queries stays far from
// quadratic. Searching distance 0, then 1, then 2 stops at the nearest level that has a name:
// - 0: a map of lower-cased names;
// - 1: deletion neighbourhoods: two strings within one edit share the string itself or a one-deletion variant,
//   so the names are indexed by the hashes of those variants (siblings such as `operator_group_00041`,
//   `operator_group_00042` … cost a few look-ups, not a comparison each);
// - 2: a walk of the sorted names as if they were a trie: the rows of the edit-distance table are shared along a
//   common prefix, only a band of 2·d+1 cells around the diagonal is computed, and as soon as a row holds nothing
//   within the distance, every name below that prefix is skipped (galloping search over the sorted names).
// Every comparison is bounded (banded, with a threshold), so that a name or query of 60,000 characters costs
// time and memory linear in its length, not quadratic.
import { boundedDistance } from './edit-distance.js';
import { compareStrings } from '../../util/compare.js';

/**
 * Exact-case distances beyond this only order names as "far": the tie-break among names at the same
 * case-insensitive distance stays linear in the length of the names.
 */
const EXACT_CASE_CAP = 8;

interface NearMiss<T> {
  item: T;
  /** Levenshtein distance of the lower-cased strings (0: equal ignoring case). */
  distance: number;
}

interface Entry<T> {
  item: T;
  key: string;
}

export class NearMissIndex<T> {
  private readonly entries: Entry<T>[] = [];
  /** Entries by lower-cased key. */
  private readonly byLower = new Map<string, number[]>();
  /** Distinct lower-cased keys, sorted by UTF-16 code units. */
  private readonly keys: string[];
  /** lcp[i]: length of the common prefix of keys[i - 1] and keys[i]. */
  private readonly lcp: Int32Array;
  /** Keys by the hash of themselves and of every one-character deletion, for distance 1. */
  private variants?: Map<number, string | string[]>;

  constructor(
    items: Iterable<T>,
    keyOf: (item: T) => string,
    readonly maxDistance = 2,
  ) {
    for (const item of items) {
      const key = keyOf(item);
      const index = this.entries.push({ item, key }) - 1;
      const lower = key.toLowerCase();
      const list = this.byLower.get(lower);
      if (list) list.push(index);
      else this.byLower.set(lower, [index]);
    }
    this.keys = [...this.byLower.keys()].sort(compareStrings);
    this.lcp = new Int32Array(this.keys.length + 1);
    for (let i = 1; i < this.keys.length; i++) {
      const a = this.keys[i - 1];
      const b = this.keys[i];
      let n = 0;
      while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
      this.lcp[i] = n;
    }
  }

  /** The index after the block of keys that share the first `depth` characters of keys[i] (keys are sorted). */
  private skipBlock(i: number, depth: number): number {
    const { keys, lcp } = this;
    // Small blocks (siblings of a leaf) are stepped over; large ones found by galloping, then binary search.
    let j = i + 1;
    for (let steps = 0; steps < 8; steps++, j++) if (j >= keys.length || lcp[j] < depth) return j;
    const prefix = keys[i].slice(0, depth);
    let step = 8;
    let low = j;
    let high = j;
    while (high < keys.length && keys[high].startsWith(prefix)) {
      low = high + 1;
      high += step;
      step *= 2;
    }
    high = Math.min(high, keys.length);
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (keys[mid].startsWith(prefix)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Every name within `max` (≤ maxDistance) of the query, ignoring case: nearest first, then exact-case distance, then input order. */
  within(query: string, max = this.maxDistance): NearMiss<T>[] {
    const lower = query.toLowerCase();
    const found = new Map<string, number>();
    if (max <= 0) {
      if (this.byLower.has(lower)) found.set(lower, 0);
    } else if (max === 1) {
      this.withinOne(lower, found);
    } else {
      this.walk(lower, Math.min(max, this.maxDistance), found);
    }
    const result: (NearMiss<T> & { exact: number; index: number })[] = [];
    for (const [key, d] of found) {
      for (const index of this.byLower.get(key) ?? []) {
        const entry = this.entries[index];
        result.push({
          item: entry.item,
          distance: d,
          exact: entry.key === query ? 0 : boundedDistance(query, entry.key, EXACT_CASE_CAP),
          index,
        });
      }
    }
    result.sort((a, b) => a.distance - b.distance || a.exact - b.exact || a.index - b.index);
    return result.map(({ item, distance: d }) => ({ item, distance: d }));
  }

  /** The names at the smallest distance (≤ maxDistance) that has any, best first; empty when none is near. */
  nearestLevel(query: string): NearMiss<T>[] {
    for (let max = 0; max <= this.maxDistance; max++) {
      const found = this.within(query, max);
      if (found.length > 0) return found;
    }
    return [];
  }

  /** Every name within maxDistance of the query, nearest first. */
  matches(query: string): NearMiss<T>[] {
    return this.within(query, this.maxDistance);
  }

  nearest(query: string): NearMiss<T> | undefined {
    return this.nearestLevel(query)[0];
  }

  /**
   * Distance ≤ 1 by deletion neighbourhoods: two strings within one edit share the string itself or a one-deletion
   * variant. Dense names (siblings differing in their last character) cost a few map look-ups instead of a walk
   * over every sibling. Built on first use.
   */
  private withinOne(query: string, found: Map<string, number>): void {
    let variants = this.variants;
    if (!variants) {
      const map = new Map();
      variants = map;
      this.variants = map;
      for (const key of this.keys) {
        forEachDeletionHash(key, (hash) => {
          const known = map.get(hash);
          if (known === undefined) map.set(hash, key);
          else if (typeof known === 'string') {
            if (known !== key) map.set(hash, [known, key]);
          } else if (known[known.length - 1] !== key) known.push(key);
        });
      }
    }
    // Each key is compared once: with 30-bit hashes, a long query meets a long key's variants by collision often
    // enough that comparing on every hit would be quadratic in their length.
    const compared = new Set<string>();
    const consider = (key: string): void => {
      if (compared.has(key)) return;
      compared.add(key);
      const d = boundedDistance(key, query, 1);
      if (d <= 1) found.set(key, d);
    };
    forEachDeletionHash(query, (hash) => {
      const known = variants.get(hash);
      if (known === undefined) return;
      if (typeof known === 'string') consider(known);
      else for (const key of known) consider(key);
    });
  }

  /** The sorted-keys trie walk with a banded edit-distance table; adds key → distance for every key within `max`. */
  private walk(query: string, max: number, found: Map<string, number>): void {
    const keys = this.keys;
    const m = query.length;
    const inf = max + 1;
    const depthLimit = m + max;
    // Only the band is stored: row d keeps cells j = d - max - 1 … d + max + 1 (the outer two always inf), so
    // that memory is linear in the query's length.
    const band = 2 * max + 3;
    const at = (d: number, j: number): number => d * band + j - d + max + 1;
    const rows = new Int32Array((depthLimit + 2) * band);
    for (let j = 0; j <= Math.min(m, max); j++) rows[at(0, j)] = j;
    if (max + 1 <= m) rows[at(0, max + 1)] = inf;
    /** Rows 0..pathDepth are valid for the first pathDepth characters of the previous key walked. */
    let pathDepth = 0;
    let i = 0;
    while (i < keys.length) {
      const key = keys[i];
      // The previous key walked is keys[i - 1] or a key of the block just skipped: either way, the rows it left
      // are valid for this key up to lcp[i] (the block shares more than that with keys[i - 1]).
      let depth = Math.min(pathDepth, this.lcp[i]);
      let pruned = false;
      while (depth < key.length) {
        const d = depth + 1;
        if (d > depthLimit) {
          pruned = true;
          break;
        }
        const code = key.charCodeAt(depth);
        const lo = Math.max(0, d - max);
        const hi = Math.min(m, d + max);
        let rowMin = inf;
        if (lo > 0) rows[at(d, lo - 1)] = inf;
        for (let j = lo; j <= hi; j++) {
          let value: number;
          if (j === 0) value = d;
          else {
            value = rows[at(depth, j - 1)] + (query.charCodeAt(j - 1) === code ? 0 : 1);
            const del = rows[at(depth, j)] + 1;
            const ins = rows[at(d, j - 1)] + 1;
            if (del < value) value = del;
            if (ins < value) value = ins;
            if (value > inf) value = inf;
          }
          rows[at(d, j)] = value;
          if (value < rowMin) rowMin = value;
        }
        if (hi + 1 <= m) rows[at(d, hi + 1)] = inf;
        depth = d;
        if (rowMin > max) {
          pruned = true;
          break;
        }
      }
      pathDepth = depth;
      if (!pruned) {
        if (Math.abs(key.length - m) <= max) {
          const value = rows[at(key.length, m)];
          if (value <= max) found.set(key, value);
        }
        i++;
        continue;
      }
      // No key below this prefix can come within `max`: skip the block of keys that start with it.
      i = this.skipBlock(i, depth);
    }
  }
}

const HASH_BASE = 0x01000193;
let prefixHash = new Uint32Array(64);
let suffixHash = new Uint32Array(64);
let powers = new Uint32Array(64);

/**
 * Calls `visit` with the hash of the string and of every string made by deleting one of its characters, from
 * prefix and suffix hashes (no string is built). Equal strings hash equal; a collision only adds a candidate that
 * `distance` then rejects.
 */
function forEachDeletionHash(text: string, visit: (hash: number) => void): void {
  const n = text.length;
  if (n + 1 > prefixHash.length) {
    prefixHash = new Uint32Array(2 * (n + 1));
    suffixHash = new Uint32Array(2 * (n + 1));
    powers = new Uint32Array(2 * (n + 1));
  }
  prefixHash[0] = 0;
  powers[0] = 1;
  for (let i = 0; i < n; i++) {
    prefixHash[i + 1] = (Math.imul(prefixHash[i], HASH_BASE) + text.charCodeAt(i) + 1) >>> 0;
    powers[i + 1] = Math.imul(powers[i], HASH_BASE) >>> 0;
  }
  suffixHash[n] = 0;
  for (let i = n - 1; i >= 0; i--) suffixHash[i] = (Math.imul(text.charCodeAt(i) + 1, powers[n - 1 - i]) + suffixHash[i + 1]) >>> 0;
  // Kept to 30 bits, so that V8 stores the map keys as small integers.
  visit((prefixHash[n] ^ Math.imul(n + 1, 0x9e3779b1)) & 0x3fffffff);
  const shorter = Math.imul(n, 0x9e3779b1);
  for (let i = 0; i < n; i++) {
    if (i > 0 && text.charCodeAt(i) === text.charCodeAt(i - 1)) continue; // deleting either of a doubled character gives the same
    visit(((Math.imul(prefixHash[i], powers[n - 1 - i]) + suffixHash[i + 1]) ^ shorter) & 0x3fffffff);
  }
}
