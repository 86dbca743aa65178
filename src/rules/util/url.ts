// URL helpers for rules: lenient parsing of what people type into Campaign (full URLs, bare hosts, host:port),
// origins for comparison, and allowlist entries written as patterns.

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

const URLISH = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?([^/?#\s]*)([^\s]*)$/;

/** Parses a URL or a bare host (`host`, `host:port`, `host/path`); undefined when no host can be found. */
export function parseUrl(value: string): ParsedUrl | undefined {
  const raw = value.trim();
  const match = URLISH.exec(raw);
  if (!match) return undefined;
  const authority = match[2].slice(match[2].lastIndexOf('@') + 1);
  let host = authority;
  let port: string | undefined;
  const hostPort = /^(\[[^\]]*\]|[^:]*):(\d+)$/.exec(authority);
  if (hostPort) {
    host = hostPort[1];
    port = hostPort[2];
  }
  host = host.replace(/\.$/, '').toLowerCase();
  if (host === '' || !/^(\[[0-9a-f:.]+\]|[^:\[\]]+)$/.test(host)) return undefined;
  return { raw, scheme: match[1]?.toLowerCase(), host, port, path: match[3] };
}

const DEFAULT_PORTS: Record<string, string> = { https: '443', http: '80' };

/** `host` or `host:port`, leaving out the default port of the URL's scheme (https for a bare host). */
export function hostKey(url: ParsedUrl): string {
  const defaultPort = DEFAULT_PORTS[url.scheme ?? 'https'];
  return url.port === undefined || url.port === defaultPort ? url.host : `${url.host}:${url.port}`;
}

/** `scheme://host[:port]`; a bare host counts as https. */
function originOf(url: ParsedUrl): string {
  return `${url.scheme ?? 'https'}://${hostKey(url)}`;
}

/** Whether two URLs have the same origin (scheme, host, port); `ignoreScheme` compares host and port only. */
export function sameOrigin(a: ParsedUrl, b: ParsedUrl, ignoreScheme = false): boolean {
  return ignoreScheme ? hostKey(a) === hostKey(b) : originOf(a) === originOf(b);
}

/** The text as a regular expression that matches it literally. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An allowlist entry written as a pattern, as a regular expression anchored at both ends: a regex-style entry
 * (containing `.*` or `\.`, as the Adobe Developer Console's redirect URI patterns are written), or a wildcard
 * entry (`*` matches within a host name, or anything after the host). Undefined for a plain entry.
 */
export function entryPattern(entry: string): RegExp | undefined {
  const text = entry.trim();
  if (text.includes('.*') || text.includes('\\.')) {
    try {
      return new RegExp(`^(?:${text.replace(/^\^/, '').replace(/\$$/, '')})$`, 'i');
    } catch {
      return undefined;
    }
  }
  if (!text.includes('*')) return undefined;
  const authorityEnd = text.indexOf('/', text.indexOf('://') === -1 ? 0 : text.indexOf('://') + 3);
  const convert = (part: string, star: string): string => part.split('*').map(escapeRegex).join(star);
  const head = authorityEnd === -1 ? text : text.slice(0, authorityEnd);
  const tail = authorityEnd === -1 ? '' : text.slice(authorityEnd);
  return new RegExp(`^${convert(head, '[^/]*')}${convert(tail, '.*')}$`, 'i');
}

/** The strings a pattern entry is tried on for a URL: as written, its origin, and its origin with a slash. */
export function patternCandidates(url: ParsedUrl, scheme = url.scheme ?? 'https'): string[] {
  const origin = `${scheme}://${hostKey(url)}`;
  const written = `${scheme}://${url.raw.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '')}`;
  return [...new Set([written, origin, `${origin}/`])];
}
