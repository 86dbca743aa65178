// URL helpers for rules: lenient parsing of what people type into Campaign (full URLs, bare hosts, host:port),
// origins for comparison, and the candidates an allowlist pattern (redirect-pattern.ts) is tried on.

export interface ParsedUrl {
  /** The value as given, trimmed. */
  raw: string;
  /** Lower-case scheme, or undefined when the value has none (a bare host such as `prod.example.com`). */
  scheme?: string;
  /** Lower-case host name (an IPv6 literal keeps its brackets). */
  host: string;
  /** Port as written, or undefined when none is given. */
  port?: string;
  /** Everything after the authority: path, query and fragment ('' when there is none). */
  path: string;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
const WHITE_SPACE = /\s/;

/**
 * Parses a URL or a bare host (`host`, `host:port`, `host/path`); undefined when no host can be found or the value
 * holds white space. Split by index, not by one regular expression over the whole value: `([^/?#\s]*)([^\s]*)$`
 * backtracks quadratically on a long value with an inner space (300 KB took 81 s).
 */
export function parseUrl(value: string): ParsedUrl | undefined {
  const raw = value.trim();
  if (WHITE_SPACE.test(raw)) return undefined;
  const scheme = SCHEME.exec(raw);
  const rest = scheme ? raw.slice(scheme[0].length) : raw;
  const authorityEnd = firstIndexOf(rest, '/?#');
  const authorityText = rest.slice(0, authorityEnd);
  const authority = authorityText.slice(authorityText.lastIndexOf('@') + 1);
  let host = authority;
  let port: string | undefined;
  const hostPort = /^(\[[^\]]*\]|[^:]*):(\d+)$/.exec(authority);
  if (hostPort) {
    host = hostPort[1];
    port = hostPort[2];
  }
  host = (host.endsWith('.') ? host.slice(0, -1) : host).toLowerCase();
  if (host === '' || !/^(\[[0-9a-f:.]+\]|[^:[\]]+)$/.test(host)) return undefined;
  return { raw, scheme: scheme?.[1].toLowerCase(), host, port, path: rest.slice(authorityEnd) };
}

/** The index of the first of `chars` in the text, or its length when there is none. */
function firstIndexOf(text: string, chars: string): number {
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i])) return i;
  return text.length;
}

const DEFAULT_PORTS: Record<string, string> = { https: '443', http: '80' };

/** `host` or `host:port`, leaving out the default port of the URL's scheme (https for a bare host). */
export function hostKey(url: ParsedUrl): string {
  const defaultPort = DEFAULT_PORTS[url.scheme ?? 'https'];
  return url.port === undefined || url.port === defaultPort ? url.host : `${url.host}:${url.port}`;
}

/** `scheme://host[:port]`; a bare host counts as https. */
export function originOf(url: ParsedUrl): string {
  return `${url.scheme ?? 'https'}://${hostKey(url)}`;
}

/**
 * Whether `token` occurs in the host as a whole token, between start/end or characters other than [a-z0-9]
 * (`stage.campaign.example.com`, `campaign-prod.example.com` for `stage`, `prod`). The host is lower-case.
 */
export function hostHasToken(host: string, token: string): boolean {
  if (token === '') return false;
  const isWordChar = (char: string | undefined): boolean => char !== undefined && /[a-z0-9]/.test(char);
  for (let at = host.indexOf(token); at !== -1; at = host.indexOf(token, at + 1)) {
    if (!isWordChar(host[at - 1]) && !isWordChar(host[at + token.length])) return true;
  }
  return false;
}

/** The strings a pattern entry is tried on for a URL: as written, its origin, and its origin with a slash. */
export function patternCandidates(url: ParsedUrl, scheme = url.scheme ?? 'https'): string[] {
  const origin = `${scheme}://${hostKey(url)}`;
  const written = `${scheme}://${url.raw.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '')}`;
  return [...new Set([written, origin, `${origin}/`])];
}
