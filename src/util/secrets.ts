// What counts as a secret, and how one is masked, for every stage that must not show one: readers' messages,
// rules' messages, restart changes, code frames, every report channel.
//
// Every function here is a single forward scan (no regular expression that can backtrack), so that masking costs
// linear time on any input, however hostile.

/**
 * What a masked value is shown as: always the same length, so that a mask says nothing about the length of what
 * it hides.
 */
export const MASK = '********';

/** Attribute or key names whose values are secrets (client secrets, passwords, private keys, tokens). */
const SECRET_NAME = /(secret|password|passwd|privatekey|private_key|token|credential)/i;

/** Hashes of secrets are not secrets, but a value that is not a hash where one is expected may be the secret itself. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !/sha256$/i.test(name);
}

/** Names whose values must never be quoted in a message: secrets, and hashes of secrets (a pasted secret). */
export function isSecretOrHashName(name: string): boolean {
  return SECRET_NAME.test(name) || /sha256$/i.test(name);
}

// ---------------------------------------------------------------- URL userinfo

/**
 * Characters that end the authority of a URL: `/`, `?`, `#`, white space and control characters. Nothing else, not
 * even a quote: the lenient URL reader of the rules reads `https://us"er:pw@host` as having a userinfo, so the mask
 * must reach at least as far; masking a little more in free text is harmless.
 */
function endsAuthority(code: number): boolean {
  return code === 0x2f || code === 0x3f || code === 0x23 || code <= 0x20 || code === 0x7f || code === 0x85 || code === 0xa0;
}

/** The authority starting at `from`: where it ends, and its last `@` (-1 when it has none). */
function authorityAt(text: string, from: number): { at: number; end: number } {
  let at = -1;
  let i = from;
  for (; i < text.length && !endsAuthority(text.charCodeAt(i)); i++) if (text.charCodeAt(i) === 0x40 /* @ */) at = i;
  return { at, end: i };
}

/**
 * The places [start, end) of the userinfo of every `scheme://user:password@host` in a free text. The whole userinfo
 * is a secret, not only the password: a user name alone is often a token (`https://<token>@github.com`).
 */
export function userinfoSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let colon = text.indexOf(':'); colon !== -1; ) {
    // `://`, or `:\/\/` as some JSON writers escape it.
    const from = text.startsWith('//', colon + 1) ? colon + 3 : text.startsWith('\\/\\/', colon + 1) ? colon + 5 : -1;
    let next = colon + 1;
    if (from !== -1) {
      const authority = authorityAt(text, from);
      if (authority.at > from) spans.push([from, authority.at]);
      next = Math.max(next, authority.end);
    }
    colon = text.indexOf(':', next);
  }
  return spans;
}

function replaceSpans(text: string, spans: readonly [number, number][]): string {
  if (spans.length === 0) return text;
  let out = '';
  let last = 0;
  for (const [start, end] of spans) {
    out += text.slice(last, start) + MASK;
    last = end;
  }
  return out + text.slice(last);
}

/** A free text with the userinfo of every `scheme://…@` URL in it masked. */
export function maskUserinfoInText(text: string): string {
  return text.includes('@') ? replaceSpans(text, userinfoSpans(text)) : text;
}

/**
 * A URL value (an IMS server, a callback server, an allowlist entry) with its userinfo masked:
 * `https://user:password@host/` → `https://********@host/`. A value without a scheme (`user:password@host`, as the
 * lenient URL reader of the rules reads it) is masked too, and so is every URL inside the value.
 */
export function maskUrlUserinfo(value: string): string {
  return maskValueUserinfo(value, true);
}

/**
 * Any setting's value with the userinfo of its URLs masked. Without a scheme, only `user:password@` counts: an
 * IMS organization ID (`…@AdobeOrg`) or an e-mail address is not a credential.
 */
export function maskUserinfo(value: string): string {
  return maskValueUserinfo(value, false);
}

/** Whether a setting's name says its value is a URL or a host (so that any `user@` in it is a credential). */
export function isUrlName(name: string): boolean {
  return /(server|url|uri|endpoint|host)/i.test(name);
}

function maskValueUserinfo(value: string, isUrl: boolean): string {
  const span = valueUserinfoSpan(value, isUrl);
  return maskUserinfoInText(span ? `${value.slice(0, span[0])}${MASK}${value.slice(span[1])}` : value);
}

/**
 * [start, end) of the userinfo of a URL value that has no `scheme://` (`user:password@host`, `//user@host`,
 * `https:/user@host`), or undefined. Values with a `scheme://` are left to userinfoSpans.
 */
export function valueUserinfoSpan(value: string, isUrl: boolean): [number, number] | undefined {
  let start = 0;
  while (start < value.length && value.charCodeAt(start) <= 0x20) start++;
  const scheme = schemeEnd(value, start);
  if (value.startsWith('://', scheme)) return undefined;
  let from = scheme > start && value.charCodeAt(scheme) === 0x3a /* : */ ? scheme + 1 : start;
  if (value.charCodeAt(from) !== 0x2f) from = start;
  while (value.charCodeAt(from) === 0x2f /* / */) from++;
  const authority = authorityAt(value, from);
  if (authority.at <= from) return undefined;
  return isUrl || value.slice(from, authority.at).includes(':') ? [from, authority.at] : undefined;
}

/** The end of a URL scheme (`[A-Za-z][A-Za-z0-9+.-]*`) at `start`, or `start` when there is none. */
function schemeEnd(value: string, start: number): number {
  const letter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (!letter(value.charCodeAt(start))) return start;
  let i = start + 1;
  for (; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!(letter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d)) break;
  }
  return i;
}

// ---------------------------------------------------------------- values quoted in messages

/**
 * A copy of a JSON-like value fit to be quoted in a message: the value of every key named like a secret (or a hash
 * of one) is masked, at any depth, and so is the userinfo of every URL in a string.
 */
export function redactSecretValues(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskUserinfoInText(value);
  if (depth > 64) return MASK; // deeper than any configuration: nothing worth showing
  if (Array.isArray(value)) return value.map((item) => redactSecretValues(item, depth + 1));
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      Object.defineProperty(copy, key, {
        value: isSecretOrHashName(key) ? MASK : redactSecretValues(child, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  }
  return value;
}
