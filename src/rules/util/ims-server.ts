// Parsing of an IMS server setting (the account's IMS server URL, serverConf's authIMSEndpoint).
// Accepted: a bare host or `https://host`, optionally with a trailing `/`; nothing else.
import { parseUrl } from './url.js';

/** The IMS production endpoints the troubleshooting guide allows. */
export const IMS_PRODUCTION_HOSTS = ['ims-na1.adobelogin.com', 'adobeid-na1.services.adobe.com'] as const;

export const IMS_SERVER_EXPECTED = 'https://ims-na1.adobelogin.com or https://adobeid-na1.services.adobe.com (host only: no port, path or query)';

export type ImsServerCheck = { ok: true; host: string } | { ok: false; problem: string };

const WHITE_SPACE = /[\s\u00a0\u180e\u200b-\u200d\u2060\ufeff]/;

export function checkImsServer(value: string): ImsServerCheck {
  if (value === '') return { ok: false, problem: 'is empty' };
  if (WHITE_SPACE.test(value)) return { ok: false, problem: 'contains white space' };
  const url = parseUrl(value);
  if (!url) return { ok: false, problem: 'is not a valid URL' };
  if (url.scheme !== undefined && url.scheme !== 'https') return { ok: false, problem: `uses the scheme "${url.scheme}://" instead of https://` };
  const authority = value.slice(url.scheme === undefined ? 0 : url.scheme.length + 3, value.length - url.path.length);
  if (authority.includes('@')) return { ok: false, problem: 'contains credentials' };
  if (url.port !== undefined) return { ok: false, problem: `has a port (":${url.port}")` };
  if (url.path !== '' && url.path !== '/') {
    return { ok: false, problem: url.path.startsWith('/') ? `has a path (${JSON.stringify(url.path)})` : 'has a query or fragment' };
  }
  if (!(IMS_PRODUCTION_HOSTS as readonly string[]).includes(url.host)) return { ok: false, problem: `has the host "${url.host}", which is not an IMS production endpoint` };
  return { ok: true, host: url.host };
}
