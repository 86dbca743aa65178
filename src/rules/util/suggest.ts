// Near-miss lookup ("did you mean …?") that stays sub-quadratic on large name sets.
//
// NearMissIndex finds the names within a small case-insensitive Levenshtein distance of a query without comparing
// it to every name. Pigeonhole filter: cut a name of length n into k+1 segments; k edits touch at most k of them,
// so a query within distance k holds at least one segment unchanged, shifted by at most k positions. The index
// keys each segment by (name length, segment number, text); a query looks up its substrings at those positions
// for lengths n within ±k of its own, and only the names found that way are compared with `distance`.
import { distance } from 'fastest-levenshtein';
import { cleanWhitespace, isWhiteSpaceLike } from './whitespace.js';

export interface NearMiss<T> {
  item: T;
  /** Levenshtein distance of the lower-cased strings (0: equal ignoring case). */
  distance: number;
}

interface Entry<T> {
  item: T;
  key: string;
  lower: string;
}

export class NearMissIndex<T> {
  private readonly entries: Entry<T>[] = [];
  private readonly segments = new Map<string, number[]>();
  /** Names too short to be cut into k+1 non-empty segments: compared directly. */
  private readonly short: number[] = [];
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(
    items: Iterable<T>,
    keyOf: (item: T) => string,
    readonly maxDistance = 2,
  ) {
    for (const item of items) {
      const key = keyOf(item);
      const index = this.entries.push({ item, key, lower: key.toLowerCase() }) - 1;
      const lower = this.entries[index].lower;
      if (lower.length <= maxDistance) {
        this.short.push(index);
        continue;
      }
      this.forEachSegment(lower.length, (segment, start, length) => {
        const id = `${lower.length}\u0000${segment}\u0000${lower.substr(start, length)}`;
        const list = this.segments.get(id);
        if (list) list.push(index);
        else this.segments.set(id, [index]);
      });
    }
    this.seen = new Uint32Array(this.entries.length);
  }

  get size(): number {
    return this.entries.length;
  }

  private forEachSegment(length: number, visit: (segment: number, start: number, length: number) => void): void {
    const pieces = this.maxDistance + 1;
    const base = Math.floor(length / pieces);
    for (let segment = 0; segment < pieces; segment++) {
      const start = segment * base;
      visit(segment, start, segment === pieces - 1 ? length - start : base);
    }
  }

  /** Every name within `maxDistance` of the query (ignoring case), nearest first; ties by exact-case distance, then input order. */
  matches(query: string): NearMiss<T>[] {
    const k = this.maxDistance;
    const lower = query.toLowerCase();
    const m = lower.length;
    const stamp = ++this.stamp;
    const candidates: number[] = [];
    const consider = (index: number): void => {
      if (this.seen[index] === stamp) return;
      this.seen[index] = stamp;
      candidates.push(index);
    };
    for (const index of this.short) if (Math.abs(this.entries[index].lower.length - m) <= k) consider(index);
    for (let n = Math.max(k + 1, m - k); n <= m + k; n++) {
      this.forEachSegment(n, (segment, start, length) => {
        for (let shift = -k; shift <= k; shift++) {
          const at = start + shift;
          if (at < 0 || at + length > m) continue;
          const list = this.segments.get(`${n}\u0000${segment}\u0000${lower.substr(at, length)}`);
          if (list) for (const index of list) consider(index);
        }
      });
    }
    const found: (NearMiss<T> & { exact: number; index: number })[] = [];
    for (const index of candidates) {
      const entry = this.entries[index];
      const d = distance(lower, entry.lower);
      if (d <= k) found.push({ item: entry.item, distance: d, exact: d === 0 && entry.key === query ? 0 : distance(query, entry.key), index });
    }
    found.sort((a, b) => a.distance - b.distance || a.exact - b.exact || a.index - b.index);
    return found.map(({ item, distance: d }) => ({ item, distance: d }));
  }

  nearest(query: string): NearMiss<T> | undefined {
    return this.matches(query)[0];
  }
}

/** Where the beginning of `name` that equals `target` (lower case, no white space) ends, past any white space after it. */
function endIgnoringCaseAndSpace(name: string, target: string): number | undefined {
  let matched = 0;
  let end = 0;
  while (end < name.length && matched < target.length) {
    const char = name[end++];
    if (isWhiteSpaceLike(char)) continue;
    if (char.toLowerCase() !== target[matched++]) return undefined;
  }
  if (matched < target.length) return undefined;
  while (end < name.length && isWhiteSpaceLike(name[end])) end++;
  return end;
}

/**
 * A near miss for a prefix that starts none of `names`: the beginning of a name that equals the prefix ignoring
 * case and white space (taken up to where the rest of the name starts), or else one of `prefix.length` ± 2
 * characters within Levenshtein distance 2 of it. Returns that beginning exactly as the name spells it, or
 * undefined. Linear in the number of names.
 */
export function nearPrefix(prefix: string, names: Iterable<string>): string | undefined {
  const target = cleanWhitespace(prefix).replace(/ /g, '').toLowerCase();
  const length = prefix.length;
  const tried = new Set<string>();
  let best: { text: string; score: number; raw: number; offset: number } | undefined;
  const consider = (text: string, score: number): void => {
    const raw = score === 0 ? distance(text, prefix) : score;
    const offset = Math.abs(text.length - length);
    if (!best || score < best.score || (score === best.score && (raw < best.raw || (raw === best.raw && offset < best.offset)))) best = { text, score, raw, offset };
  };
  for (const name of names) {
    const end = target === '' ? undefined : endIgnoringCaseAndSpace(name, target);
    if (end !== undefined) consider(name.slice(0, end), 0);
    for (let stop = Math.max(1, length - 2); stop <= Math.min(name.length, length + 2); stop++) {
      const text = name.slice(0, stop);
      if (tried.has(text)) continue;
      tried.add(text);
      const raw = distance(text, prefix);
      if (raw <= 2) consider(text, raw);
    }
  }
  return best?.text;
}
