// Parsing of an IMS server setting (the account's IMS server URL, serverConf's authIMSEndpoint).
// Accepted: a bare host or `https://host`, optionally with a trailing `/`; nothing else.

/** The IMS production endpoints the troubleshooting guide allows. */
export const IMS_PRODUCTION_HOSTS = ['ims-na1.adobelogin.com', 'adobeid-na1.services.adobe.com'] as const;

export const IMS_SERVER_EXPECTED = 'https://ims-na1.adobelogin.com or https://adobeid-na1.services.adobe.com (host only: no port, path or query)';

export type ImsServerCheck = { ok: true; host: string } | { ok: false; problem: string };

const WHITE_SPACE = /[\s\u00a0\u180e\u200b-\u200d\u2060\ufeff]/;

export function checkImsServer(value: string): ImsServerCheck {
  if (value === '') return { ok: false, problem: 'is empty' };
  if (WHITE_SPACE.test(value)) return { ok: false, problem: 'contains white space' };
  let rest = value;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
  if (scheme) {
    if (scheme[1].toLowerCase() !== 'https') return { ok: false, problem: `uses the scheme "${scheme[1]}://" instead of https://` };
    rest = rest.slice(scheme[0].length);
  } else if (rest.includes('://') || rest.startsWith('//')) {
    return { ok: false, problem: 'is not a valid URL' };
  }
  const end = rest.search(/[/?#]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  const tail = end === -1 ? '' : rest.slice(end);
  if (authority.includes('@')) return { ok: false, problem: 'contains credentials' };
  if (authority.includes(':')) return { ok: false, problem: 'has a port' };
  if (tail !== '' && tail !== '/') {
    return { ok: false, problem: tail.startsWith('/') ? `has a path ("${tail}")` : 'has a query or fragment' };
  }
  const host = authority.toLowerCase();
  if (host === '') return { ok: false, problem: 'has no host' };
  if (!(IMS_PRODUCTION_HOSTS as readonly string[]).includes(host)) return { ok: false, problem: `has the host "${authority}", which is not an IMS production endpoint` };
  return { ok: true, host };
}
