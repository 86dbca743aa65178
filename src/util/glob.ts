// Globs from the config (include, exclude, instances.<name>.paths), matched in time linear in the path: a glob is
// compiled to a small automaton and run once over the path, never to a backtracking regular expression
// (picomatch's regex for `**/*a*a*a*a*a*b` took 36 s on one 200-character file name).
//
// Syntax, on POSIX paths relative to the scan root, case-sensitive, dot-files included:
//   *        any run of characters within one path segment (a segment that is only `*` needs one character)
//   **       as a whole segment: any number of segments, none included (`a/**` also matches `a` itself);
//            elsewhere the same as `*`
//   ?        one character other than `/`
//   [abc]    one of the characters; ranges `[a-z]`, negation `[!a]` / `[^a]`, `]` first is literal
//   {a,b}    either alternative (nested braces too); `{a}` without a comma is literal
//   \c       the character c itself
//   !glob    at the start: every path the glob does not match
// Refused, with the reason (a config error): regex groups `( )` and `|`, extglobs `@(…)` `+(…)`, POSIX classes
// `[[:alpha:]]`, brace ranges `{1..3}`, a glob over MAX_GLOB_LENGTH characters or whose braces expand to more than
// MAX_EXPANDED_LENGTH characters. The cost of one match is at most (path length) × (expanded glob length) steps.

/** Longest glob accepted, in characters: a literal path of any length Linux allows (PATH_MAX) fits. */
export const MAX_GLOB_LENGTH = 4096;
/** Most characters a glob's brace alternatives may expand to, all alternatives together. */
export const MAX_EXPANDED_LENGTH = 16384;

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'one' }
  | { kind: 'class'; negated: boolean; test: (char: string) => boolean }
  | { kind: 'star' }
  | { kind: 'anyStar' }
  /** An optional group: either go on with the next token or jump to `end` (the token after the group). */
  | { kind: 'optional'; end: number };

export type CompiledGlob = { ok: true; match: (path: string) => boolean } | { ok: false; reason: string };

class GlobError extends Error {}

/** Compiles a glob; `ok: false` with the reason when it uses syntax that is not supported. */
export function compileGlob(glob: string): CompiledGlob {
  try {
    if (glob.length > MAX_GLOB_LENGTH)
      throw new GlobError(`it is ${glob.length} characters long; at most ${MAX_GLOB_LENGTH} are supported`);
    let body = glob;
    let negated = false;
    while (body.startsWith('!') && !body.startsWith('!(')) {
      negated = !negated;
      body = body.slice(1);
    }
    checkUnsupported(body);
    const alternatives = expandBraces(body);
    const automata = alternatives.map((alternative) => automaton(tokenize(alternative.replace(/^(?:\.\/)+/, ''))));
    const match = (path: string): boolean => automata.some((run) => run(path));
    return { ok: true, match: negated ? (path) => !match(path) : match };
  } catch (error) {
    if (error instanceof GlobError) return { ok: false, reason: error.message };
    throw error;
  }
}

/** A predicate matching any of the globs; throws on a glob that does not compile (the config validated them). */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const matchers = globs.map((glob) => {
    const compiled = compileGlob(glob);
    if (!compiled.ok) throw new Error(`unsupported glob ${JSON.stringify(glob)}: ${compiled.reason}`);
    return compiled.match;
  });
  return (path) => matchers.some((match) => match(path));
}

const SUPPORTED = 'supported are * ** ? [abc] {a,b}, \\ to escape, and ! at the start';

/** Refuses what picomatch would read as regex or extglob syntax, rather than matching it differently. */
function checkUnsupported(glob: string): void {
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '\\') {
      i++;
      continue;
    }
    const at = `at character ${i + 1}`;
    if ('@+!*?'.includes(char) && glob[i + 1] === '(')
      throw new GlobError(`extglob ${JSON.stringify(`${char}(`)} ${at} is not supported; ${SUPPORTED}`);
    if (char === '(' || char === ')' || char === '|')
      throw new GlobError(`${JSON.stringify(char)} ${at} is not supported (write alternatives as {a,b}); ${SUPPORTED}`);
    if (char === '[' && glob[i + 1] === '[' && glob[i + 2] === ':')
      throw new GlobError(`POSIX class ${at} is not supported (write the characters, e.g. [a-z]); ${SUPPORTED}`);
  }
}

/** The alternatives of the glob's braces; `{a}` (no comma at its level) stays literal. */
function expandBraces(glob: string): string[] {
  const open = findBrace(glob);
  if (!open) return [glob];
  const { start, end, parts } = open;
  if (parts.length === 1 && isRange(parts[0]))
    throw new GlobError(
      `brace range ${JSON.stringify(glob.slice(start, end + 1))} is not supported (list the values: {1,2,3}); ${SUPPORTED}`,
    );
  const head = glob.slice(0, start);
  const tail = glob.slice(end + 1);
  const results: string[] = [];
  let total = 0;
  for (const part of parts) {
    for (const expanded of expandBraces(`${head}${part}${tail}`)) {
      total += expanded.length;
      if (total > MAX_EXPANDED_LENGTH) throw new GlobError(`its braces expand to more than ${MAX_EXPANDED_LENGTH} characters`);
      results.push(expanded);
    }
  }
  return results;
}

/** A brace body such as `1..3` (a range, which is not supported). */
function isRange(body: string): boolean {
  return body.includes('..') && !body.includes(',');
}

/**
 * The first brace group with a comma at its own level (unescaped, balanced), with its comma-separated parts;
 * undefined when there is none. A group without a comma is kept literal and the search goes on after it.
 */
function findBrace(glob: string): { start: number; end: number; parts: string[] } | undefined {
  for (let start = 0; start < glob.length; start++) {
    if (glob[start] === '\\') {
      start++;
      continue;
    }
    if (glob[start] !== '{') continue;
    let depth = 0;
    let partStart = start + 1;
    const parts: string[] = [];
    for (let i = start; i < glob.length; i++) {
      const char = glob[i];
      if (char === '\\') {
        i++;
      } else if (char === '{') {
        depth++;
      } else if (char === '}') {
        depth--;
        if (depth === 0) {
          parts.push(glob.slice(partStart, i));
          if (parts.length > 1 || isRange(parts[0])) return { start, end: i, parts };
          break;
        }
      } else if (char === ',' && depth === 1) {
        parts.push(glob.slice(partStart, i));
        partStart = i + 1;
      }
    }
  }
  return undefined;
}

// The tokens of a brace-free glob, segment by segment. A globstar takes in one of the `/` beside it: the one
// after it (`**/b`, `a/**/b`: any number of whole segments, each with its `/`), or, when it is the last segment,
// the one before it (`a/**`: `a`, optionally followed by `/` and anything).
function tokenize(glob: string): Token[] {
  const isGlobstar = (segment: string): boolean => segment === '**';
  const segments = splitSegments(glob).filter((segment, i, all) => !(isGlobstar(segment) && i > 0 && isGlobstar(all[i - 1])));
  const last = segments.length - 1;
  const tokens: Token[] = [];
  const optional = (...inner: Token[]): void => {
    tokens.push({ kind: 'optional', end: tokens.length + 1 + inner.length }, ...inner);
  };
  segments.forEach((segment, i) => {
    const globstar = isGlobstar(segment);
    if (i > 0 && !(globstar && i === last) && !isGlobstar(segments[i - 1])) tokens.push({ kind: 'char', char: '/' });
    if (!globstar) segmentTokens(segment, tokens);
    else if (last === 0) tokens.push({ kind: 'anyStar' });
    else if (i === last) optional({ kind: 'char', char: '/' }, { kind: 'anyStar' });
    else optional({ kind: 'anyStar' }, { kind: 'char', char: '/' });
  });
  return tokens;
}

/** The glob split at its unescaped `/` (escapes kept, for segmentTokens). */
function splitSegments(glob: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\' && i + 1 < glob.length) {
      current += glob.slice(i, i + 2);
      i++;
    } else if (glob[i] === '/') {
      segments.push(current);
      current = '';
    } else current += glob[i];
  }
  segments.push(current);
  return segments;
}

/** The tokens of one segment (no `/`), appended to `tokens`. */
function segmentTokens(segment: string, tokens: Token[]): void {
  if (/^\*+$/.test(segment)) {
    tokens.push({ kind: 'one' }, { kind: 'star' }); // a lone `*` segment names something
    return;
  }
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i];
    if (char === '\\' && i + 1 < segment.length) {
      tokens.push({ kind: 'char', char: segment[++i] });
    } else if (char === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '?') {
      tokens.push({ kind: 'one' });
    } else if (char === '[') {
      const parsed = parseClass(segment, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ kind: 'char', char });
    } else {
      tokens.push({ kind: 'char', char });
    }
  }
}

/** A character class starting at `start` (`[`), with the index of its `]`; undefined when it is not closed. */
function parseClass(segment: string, start: number): { token: Token; end: number } | undefined {
  let i = start + 1;
  const negated = segment[i] === '!' || segment[i] === '^';
  if (negated) i++;
  const singles = new Set<string>();
  const ranges: [number, number][] = [];
  let first = true;
  for (; i < segment.length; i++) {
    let char = segment[i];
    if (char === ']' && !first) {
      const test = (c: string): boolean =>
        singles.has(c) || ranges.some(([low, high]) => c.charCodeAt(0) >= low && c.charCodeAt(0) <= high);
      return { token: { kind: 'class', negated, test }, end: i };
    }
    first = false;
    if (char === '\\' && i + 1 < segment.length) char = segment[++i];
    if (segment[i + 1] === '-' && i + 2 < segment.length && segment[i + 2] !== ']') {
      let high = segment[i + 2];
      let next = i + 2;
      if (high === '\\' && i + 3 < segment.length) {
        next = i + 3;
        high = segment[next];
      }
      ranges.push([char.charCodeAt(0), high.charCodeAt(0)]);
      i = next;
    } else singles.add(char);
  }
  return undefined;
}

/**
 * The glob's automaton as a matcher: bit (state) j means "the first j tokens match the path read so far". All
 * epsilon moves (a star matching nothing, an optional group skipped or entered) go forward, so one ascending
 * pass closes a state set. Each character costs at most one step per token.
 */
function automaton(tokens: Token[]): (path: string) => boolean {
  const size = tokens.length + 1;
  return (path) => {
    let current = new Uint8Array(size);
    let next = new Uint8Array(size);
    current[0] = 1;
    close(tokens, current);
    for (let i = 0; i < path.length; i++) {
      const char = path[i];
      next.fill(0);
      let alive = false;
      for (let j = 0; j < tokens.length; j++) {
        if (!current[j]) continue;
        const token = tokens[j];
        let target = -1;
        switch (token.kind) {
          case 'char':
            if (token.char === char) target = j + 1;
            break;
          case 'one':
            if (char !== '/') target = j + 1;
            break;
          case 'class':
            if (char !== '/' && token.test(char) !== token.negated) target = j + 1;
            break;
          case 'star':
            if (char !== '/') target = j;
            break;
          case 'anyStar':
            target = j;
            break;
          case 'optional':
            break;
        }
        if (target >= 0) {
          next[target] = 1;
          alive = true;
        }
      }
      if (!alive) return false;
      close(tokens, next);
      [current, next] = [next, current];
    }
    return current[tokens.length] === 1;
  };
}

function close(tokens: Token[], set: Uint8Array): void {
  for (let j = 0; j < tokens.length; j++) {
    if (!set[j]) continue;
    const token = tokens[j];
    if (token.kind === 'star' || token.kind === 'anyStar') set[j + 1] = 1;
    else if (token.kind === 'optional') {
      set[j + 1] = 1;
      set[token.end] = 1;
    }
  }
}
