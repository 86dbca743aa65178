// The redirect URI allowlist of an instance (the `redirectUris` of its manifests), compiled once: plain entries as
// sets of origins, pattern entries as linear-time matchers. A package with thousands of callback records against
// a manifest with thousands of entries then costs one look-up per plain entry kind, not a comparison per entry.
import type { Instance } from '../../types.js';
import { maskUrlUserinfo } from '../../util/secrets.js';
import { quote } from '../../util/quote.js';
import { redirectPattern } from './redirect-pattern.js';
import { hostKey, originOf, parseUrl, patternCandidates, type ParsedUrl } from './url.js';

interface Allowlist {
  /** `scheme://host[:port]` of every plain entry. */
  origins: Set<string>;
  /** `host[:port]` of every plain entry, for callbacks compared without their scheme. */
  hosts: Set<string>;
  patterns: ((candidate: string) => boolean)[];
}

const compiled = new WeakMap<Instance, Allowlist | undefined>();

/** The instance's allowlist; undefined when none of its manifests has `redirectUris`. */
function allowlistOf(instance: Instance): Allowlist | undefined {
  if (compiled.has(instance)) return compiled.get(instance);
  const lists = instance.manifests.flatMap((manifest) => (manifest.redirectUris ? [manifest.redirectUris.value] : []));
  let allowlist: Allowlist | undefined;
  if (lists.length > 0) {
    allowlist = { origins: new Set(), hosts: new Set(), patterns: [] };
    for (const { value: entry } of lists.flat()) {
      const pattern = redirectPattern(entry);
      if (pattern.kind === 'pattern') allowlist.patterns.push(pattern.matches);
      if (pattern.kind !== 'plain') continue; // an unsupported pattern matches nothing (IMS007 reports it)
      const url = parseUrl(entry);
      if (!url) continue;
      allowlist.origins.add(originOf(url));
      allowlist.hosts.add(hostKey(url));
    }
  }
  compiled.set(instance, allowlist);
  return allowlist;
}

/**
 * Whether the callback is on the instance's allowlist; undefined when it has none. An https callback must match
 * an entry's origin; any other is compared by host and port (its scheme is reported on its own), and tried on
 * patterns as https and as written.
 */
export function allowlistAllows(instance: Instance, url: ParsedUrl, https: boolean): boolean | undefined {
  const allowlist = allowlistOf(instance);
  if (!allowlist) return undefined;
  if (https ? allowlist.origins.has(originOf(url)) : allowlist.hosts.has(hostKey(url))) return true;
  const schemes = https ? ['https'] : [...new Set(['https', url.scheme ?? 'https'])];
  return schemes.some((scheme) =>
    patternCandidates(url, scheme).some((candidate) => allowlist.patterns.some((matches) => matches(candidate))),
  );
}

/** The first few entries, quoted (URL passwords masked), for a message: `"a", "b", "c" and 12 more`; `none` when there is none. */
export function describeEntries(entries: string[], shown = 5): string {
  if (entries.length === 0) return 'none';
  const quoted = entries
    .slice(0, shown)
    .map((entry) => quote(maskUrlUserinfo(entry)))
    .join(', ');
  return entries.length > shown ? `${quoted} and ${entries.length - shown} more` : quoted;
}
