// Near-miss suggestions for a mask prefix ("did you mean …?"). Name-to-name near misses are NearMissIndex's job.
import { boundedDistance } from './edit-distance.js';
import { cleanWhitespace, isWhiteSpaceLike } from './whitespace.js';

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

/** Spelling distances beyond this only rank a candidate as "far" (keeps the tie-break linear in the text's length). */
const SPELLING_CAP = 32;

/**
 * A near miss for a prefix that starts none of `names`: the beginning of a name that equals the prefix ignoring
 * case and white space (taken up to where the rest of the name starts), or else one of `prefix.length` ± 2
 * characters within Levenshtein distance 2 of it. Returns that beginning exactly as the name spells it, or
 * undefined. Linear in the number of names, and in their length (distances are banded, with a threshold).
 */
export function nearPrefix(prefix: string, names: Iterable<string>): string | undefined {
  const target = cleanWhitespace(prefix).replace(/ /g, '').toLowerCase();
  const length = prefix.length;
  const tried = new Set<string>();
  let best: { text: string; score: number; raw: number; offset: number } | undefined;
  const consider = (text: string, score: number): void => {
    const raw = score === 0 ? boundedDistance(text, prefix, SPELLING_CAP) : score;
    const offset = Math.abs(text.length - length);
    if (!best || score < best.score || (score === best.score && (raw < best.raw || (raw === best.raw && offset < best.offset))))
      best = { text, score, raw, offset };
  };
  for (const name of names) {
    const end = target === '' ? undefined : endIgnoringCaseAndSpace(name, target);
    if (end !== undefined) consider(name.slice(0, end), 0);
    for (let stop = Math.max(1, length - 2); stop <= Math.min(name.length, length + 2); stop++) {
      const text = name.slice(0, stop);
      if (tried.has(text)) continue;
      tried.add(text);
      const raw = boundedDistance(text, prefix, 2);
      if (raw <= 2) consider(text, raw);
    }
  }
  return best?.text;
}
