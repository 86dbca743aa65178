// Redirect URI allowlist entries written as patterns (manifest `redirectUris`), matched without compiling them as
// regular expressions: a user-written regex can backtrack for minutes (`(a+)+` on a 40-character host).
//
// Two ways of writing a pattern, both anchored at both ends and case-insensitive:
// - regex style, as the Adobe Developer Console's "Redirect URI pattern" (`https://prod\.campaign\.example\.com/.*`),
//   recognised by a `.*` or `\.` in the entry. Supported: literal characters, a backslash before punctuation
//   (`\.`, `\/`, `\-`, `\?` …) for that character, `.` for any one character, `.*` for any run of characters and
//   `.+` for a non-empty one (a lazy `.*?` / `.+?` means the same for a whole-URL match), and `^` / `$` at the
//   ends (the match is anchored anyway). Anything else (groups, classes, `|`, other quantifiers, `\d` …) is
//   refused with the reason, so that the entry is reported rather than silently misread.
// - wildcard style, any other entry with a `*`: `*` matches any run of characters within the host
//   (`https://*.campaign.example.com`), or any run at all after the host (`https://x.example.com/*`); every other
//   character is literal.
//
// Matching is a bit-parallel simulation of the pattern's automaton (Shift-And): one pass over the candidate,
// ceil(tokens / 32) word operations per character. Patterns are capped at MAX_PATTERN_LENGTH characters, so the
// cost is linear in the length of the candidate URL.

/** Longest pattern accepted, in characters: far above any real redirect URI pattern, and bounds the matcher. */
export const MAX_PATTERN_LENGTH = 2048;

/** What the regex style accepts, in words, for messages. */
export const SUPPORTED_SYNTAX =
  'supported are literal characters, a backslash before punctuation (\\. \\/ \\- \\?), . for any character, .* and .+ for any run of characters, and ^ and $ at the ends; or, without .* and \\., * wildcards';

type Token = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'star'; crossesSlash: boolean };

export type RedirectPattern =
  | { kind: 'plain' }
  | { kind: 'pattern'; matches(candidate: string): boolean }
  | { kind: 'unsupported'; reason: string };

/** How an allowlist entry is matched: as an origin (plain), as a pattern, or not at all (unsupported syntax). */
export function redirectPattern(entry: string): RedirectPattern {
  const text = entry.trim();
  const regexStyle = text.includes('.*') || text.includes('\\.');
  if (!regexStyle && !text.includes('*')) return { kind: 'plain' };
  if (text.length > MAX_PATTERN_LENGTH)
    return { kind: 'unsupported', reason: `it is ${text.length} characters long; at most ${MAX_PATTERN_LENGTH} are supported` };
  // Validated as written (for the message), tokenised lower-cased, as the candidate is: the same case folding.
  const problem = regexStyle ? regexTokens(text) : [];
  if (typeof problem === 'string') return { kind: 'unsupported', reason: problem };
  const lower = text.toLowerCase();
  const tokens = regexStyle ? regexTokens(lower) : wildcardTokens(lower);
  if (typeof tokens === 'string') return { kind: 'unsupported', reason: tokens };
  const automaton = compile(tokens);
  return { kind: 'pattern', matches: (candidate) => automaton(candidate.toLowerCase()) };
}

/** The tokens of a regex-style pattern, or why it is not supported. */
function regexTokens(text: string): Token[] | string {
  const tokens: Token[] = [];
  const start = text.startsWith('^') ? 1 : 0;
  const end = text.endsWith('$') && !isEscaped(text, text.length - 1) ? text.length - 1 : text.length;
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (char === '\\') {
      const next = text[i + 1];
      if (i + 1 >= end) return `it ends with a lone backslash; ${SUPPORTED_SYNTAX}`;
      if (/[\p{L}\p{N}]/u.test(next)) return `it uses ${JSON.stringify(`\\${next}`)} at character ${i + 1}; ${SUPPORTED_SYNTAX}`;
      tokens.push({ kind: 'char', char: next });
      i++;
    } else if (char === '.') {
      const quantifier = text[i + 1];
      if (i + 1 < end && (quantifier === '*' || quantifier === '+')) {
        if (quantifier === '+') tokens.push({ kind: 'any' });
        tokens.push({ kind: 'star', crossesSlash: true });
        i++;
        if (i + 1 < end && text[i + 1] === '?') i++; // lazy: the same set of whole-string matches
      } else {
        tokens.push({ kind: 'any' });
      }
    } else if ('()[]{}|?*+^$'.includes(char)) {
      return `it uses ${JSON.stringify(char)} at character ${i + 1}; ${SUPPORTED_SYNTAX}`;
    } else {
      tokens.push({ kind: 'char', char });
    }
  }
  return tokens;
}

/** Whether the character at `index` follows an odd number of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let count = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

/** The tokens of a wildcard-style pattern: `*` stays within the host up to the first `/` after the scheme. */
function wildcardTokens(text: string): Token[] {
  const schemeEnd = text.indexOf('://');
  const authorityEnd = text.indexOf('/', schemeEnd === -1 ? 0 : schemeEnd + 3);
  return text
    .split('')
    .map((char, i) => (char === '*' ? { kind: 'star', crossesSlash: authorityEnd !== -1 && i > authorityEnd } : { kind: 'char', char }));
}

/** Consecutive stars as one: `**` is `*`, and a star that crosses `/` absorbs one that does not. */
function mergeStars(tokens: Token[]): Token[] {
  const merged: Token[] = [];
  for (const token of tokens) {
    const last = merged[merged.length - 1];
    if (token.kind === 'star' && last?.kind === 'star')
      merged[merged.length - 1] = { kind: 'star', crossesSlash: last.crossesSlash || token.crossesSlash };
    else merged.push(token);
  }
  return merged;
}

/**
 * A Shift-And matcher. Bit j of the state set means "the first j tokens match the text read so far". On each
 * character, the bits of char/any tokens that accept it move up by one; star bits that accept it stay; then every
 * star bit also sets the bit above it (a star may match nothing). No two stars are adjacent after merging, so one
 * closure step is enough.
 */
function compile(input: Token[]): (text: string) => boolean {
  const tokens = mergeStars(input);
  const states = tokens.length + 1;
  const words = Math.ceil(states / 32);
  const mask = (test: (token: Token) => boolean): Uint32Array => {
    const bits = new Uint32Array(words);
    tokens.forEach((token, j) => {
      if (test(token)) bits[j >>> 5] |= 1 << (j & 31);
    });
    return bits;
  };
  const starBits = mask((token) => token.kind === 'star');
  /** Tokens that accept a character not written in the pattern, other than `/`. */
  const otherBits = mask((token) => token.kind === 'any' || token.kind === 'star');
  const slashBits = mask(
    (token) => token.kind === 'any' || (token.kind === 'star' && token.crossesSlash) || (token.kind === 'char' && token.char === '/'),
  );
  const byChar = new Map<string, Uint32Array>();
  for (const token of tokens) {
    if (token.kind !== 'char' || token.char === '/' || byChar.has(token.char)) continue;
    const char = token.char;
    byChar.set(
      char,
      mask((t) => t.kind === 'any' || t.kind === 'star' || (t.kind === 'char' && t.char === char)),
    );
  }
  const acceptBit = tokens.length;

  const closure = (set: Uint32Array): void => {
    let carry = 0;
    for (let w = 0; w < words; w++) {
      const stars = set[w] & starBits[w];
      const value = set[w] | (stars << 1) | carry;
      carry = stars >>> 31;
      set[w] = value;
    }
  };

  return (text) => {
    let current = new Uint32Array(words);
    let next = new Uint32Array(words);
    current[0] = 1;
    closure(current);
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      const accepts = char === '/' ? slashBits : (byChar.get(char) ?? otherBits);
      let carry = 0;
      let alive = 0;
      for (let w = 0; w < words; w++) {
        const live = current[w] & accepts[w];
        const stars = live & starBits[w];
        const moving = live & ~starBits[w];
        next[w] = stars | (moving << 1) | carry;
        carry = moving >>> 31;
        alive |= next[w];
      }
      if (alive === 0) return false;
      closure(next);
      [current, next] = [next, current];
    }
    return (current[acceptBit >>> 5] & (1 << (acceptBit & 31))) !== 0;
  };
}
