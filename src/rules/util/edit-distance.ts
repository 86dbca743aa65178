// Levenshtein distance with a threshold, for near-miss suggestions on text from files: only the band of 2·max+1
// cells around the diagonal is computed, so comparing two 60,000-character names costs 60,000·(2·max+1) steps,
// not 60,000² (a full distance on a 60 K-character mask took seconds per candidate).

/**
 * The Levenshtein distance of `a` and `b` (UTF-16 code units) when it is at most `max`; otherwise `max + 1`.
 * Time O(min(|a|, |b|) · max) after stripping the common prefix and suffix; memory O(|b|).
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return Math.min(Math.max(n, m), over);
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    current[lo - 1] = lo === 1 && i <= max ? i : over;
    const code = a.charCodeAt(start + i - 1);
    let rowMin = current[lo - 1];
    for (let j = lo; j <= hi; j++) {
      let value = previous[j - 1] + (code === b.charCodeAt(start + j - 1) ? 0 : 1);
      const deletion = previous[j] + 1;
      const insertion = current[j - 1] + 1;
      if (deletion < value) value = deletion;
      if (insertion < value) value = insertion;
      if (value > over) value = over;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (hi < m) current[hi + 1] = over;
    if (rowMin > max) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[m], over);
}
