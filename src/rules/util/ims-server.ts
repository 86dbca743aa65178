// Parsing of an IMS server setting (the account's IMS server URL, serverConf's authIMSEndpoint).
// Accepted: a bare host or `https://host`, optionally with a trailing `/`; nothing else.
import { parseUrl } from './url.js';
import { hasWhiteSpace } from './whitespace.js';

/** The IMS production endpoints the troubleshooting guide allows. */
const IMS_PRODUCTION_HOSTS = ['ims-na1.adobelogin.com', 'adobeid-na1.services.adobe.com'] as const;

/** The production endpoints as URLs, for messages: `https://… or https://…`. */
export const IMS_PRODUCTION_URLS = IMS_PRODUCTION_HOSTS.map((host) => `https://${host}`).join(' or ');

export const IMS_SERVER_EXPECTED = `${IMS_PRODUCTION_URLS} (host only: no port, path or query)`;

type ImsServerCheck = { ok: true; host: string } | { ok: false; problem: string };

export function checkImsServer(value: string): ImsServerCheck {
  if (value === '') return { ok: false, problem: 'is empty' };
  if (hasWhiteSpace(value)) return { ok: false, problem: 'contains white space' };
  const url = parseUrl(value);
  if (!url) return { ok: false, problem: 'is not a valid URL' };
  if (url.scheme !== undefined && url.scheme !== 'https')
    return { ok: false, problem: `uses the scheme "${url.scheme}://" instead of https://` };
  const authority = value.slice(url.scheme === undefined ? 0 : url.scheme.length + 3, value.length - url.path.length);
  if (authority.includes('@')) return { ok: false, problem: 'contains credentials' };
  if (url.port !== undefined) return { ok: false, problem: `has a port (":${url.port}")` };
  if (url.path !== '' && url.path !== '/') {
    return { ok: false, problem: url.path.startsWith('/') ? `has a path (${JSON.stringify(url.path)})` : 'has a query or fragment' };
  }
  if (!(IMS_PRODUCTION_HOSTS as readonly string[]).includes(url.host))
    return { ok: false, problem: `has the host "${url.host}", which is not an IMS production endpoint` };
  return { ok: true, host: url.host };
}
