// IMS007 callback-url: the IMS account's callback server (a) starts with https://, (b) is on the manifest's
// redirectUris allowlist, (c) is on the host of the instance's configured url, and (d) is not another instance's.
import type { Config } from '../config/types.js';
import type { Instance, Located } from '../types.js';
import type { Diagnostic, RuleContext, Rule } from './types.js';
import { fieldValues, primaryAccountRecords } from './util/accounts.js';
import { isNamedInstance } from './util/instances.js';
import { maskUrlUserinfo } from '../util/secrets.js';
import { quote } from './util/quote.js';
import { relatedAt } from './util/related.js';
import { IMS_ACCOUNT_CONSOLE_PATH, restartHint } from './util/remediation.js';
import { allowlistAllows, describeEntries } from './util/allowlist.js';
import { redirectPattern } from './util/redirect-pattern.js';
import { hostHasToken, hostKey, parseUrl, type ParsedUrl } from './util/url.js';

interface Callback {
  instance: Instance;
  value: Located<string>;
  url: ParsedUrl;
  /** Whether the value starts with https:// — when not, the other checks compare host and port only. */
  https: boolean;
}

const SYMPTOM = 'IMS refuses the callback and users are redirected to an adobe.com page';

/** Whether the URL is on one of the instance's redirectUris allowlists; undefined when it has none. */
function onAllowlist(instance: Instance, callback: Pick<Callback, 'url' | 'https'>): boolean | undefined {
  return allowlistAllows(instance, callback.url, callback.https);
}

const ALIASES = [
  ['prod', 'production', 'prd', 'live'],
  ['stage', 'staging', 'stg'],
  ['preprod', 'pre-prod', 'preproduction'],
  ['dev', 'development'],
  ['test', 'tst'],
  ['uat'],
  ['qa'],
];

/** Whether a host names the instance as a token (`stage.campaign.example.com`, `campaign-prod.example.com`). */
function hostNamesInstance(host: string, name: string): boolean {
  const lower = name.toLowerCase();
  const names = ALIASES.find((group) => group.includes(lower)) ?? [lower];
  return names.some((alias) => hostHasToken(host, alias));
}

/** The instance's configured url, parsed. */
function configuredUrl(instance: Instance): ParsedUrl | undefined {
  return instance.url ? parseUrl(instance.url) : undefined;
}

/**
 * Which of two instances sharing a callback host owns it: by configured url, then by allowlist, then by the
 * instance name in the host. Undefined when the evidence does not single one out.
 */
function owner(callback: Callback, a: Instance, b: Instance): Instance | undefined {
  const key = hostKey(callback.url);
  const byUrl = (instance: Instance): boolean => {
    const url = configuredUrl(instance);
    return url !== undefined && hostKey(url) === key;
  };
  const tests = [byUrl, (instance: Instance) => onAllowlist(instance, callback) === true, (instance: Instance) => hostNamesInstance(callback.url.host, instance.name)];
  for (const test of tests) {
    const [ownsA, ownsB] = [test(a), test(b)];
    if (ownsA !== ownsB) return ownsA ? a : b;
  }
  return undefined;
}

function remediation(instance: string, what: string): string {
  return `${what} Edit the Callback server field of ${IMS_ACCOUNT_CONSOLE_PATH} for instance ${instance}; the value must also be on the redirect URI allowlist of the IMS client (the manifest's \`redirectUris\`). ${restartHint(instance)}`;
}

function checkScheme(context: RuleContext, callback: Callback): void {
  if (callback.https) return;
  const { instance, value, url } = callback;
  const problem = url.scheme === undefined ? 'has no scheme' : `uses ${quote(`${url.scheme}://`)}`;
  context.report({
    loc: value.loc,
    message: `callback server ${quote(maskUrlUserinfo(url.raw))} of instance "${instance.name}" ${problem}; it must start with https:// (${SYMPTOM})`,
    instance: instance.name,
    field: 'callbackServer',
    value: `scheme ${maskUrlUserinfo(url.raw)}`,
    remediation: remediation(instance.name, `Set the callback server to "https://${hostKey(url)}".`),
  });
}

function checkAllowlist(context: RuleContext, callback: Callback): void {
  const { instance, value, url } = callback;
  if (onAllowlist(instance, callback) !== false) return;
  const manifest = instance.manifests.find((candidate) => candidate.redirectUris);
  const entries = instance.manifests.flatMap((candidate) => candidate.redirectUris?.value.map((entry) => entry.value) ?? []);
  context.report({
    loc: value.loc,
    message:
      `callback server ${quote(maskUrlUserinfo(url.raw))} of instance "${instance.name}" is not on the IMS redirect URI allowlist: ` +
      `expected an origin or pattern among the manifest's redirectUris (${describeEntries(entries)}) (${SYMPTOM})`,
    instance: instance.name,
    field: 'callbackServer',
    value: `allowlist ${hostKey(url)}`,
    related: manifest?.redirectUris ? [relatedAt(manifest.redirectUris.loc, 'the redirect URI allowlist provisioned by IMS')] : undefined,
    remediation: remediation(
      instance.name,
      `Point the callback server at this instance's own https URL, or, if it is right, have it added to the IMS client's redirect URIs and to \`redirectUris\` in ${manifest?.file ?? 'the manifest'}.`,
    ),
  });
}

function checkOwnUrl(context: RuleContext, callback: Callback): void {
  const { instance, value, url } = callback;
  const own = configuredUrl(instance);
  if (!own || own.host === url.host) return;
  context.report({
    loc: value.loc,
    message: `callback server ${quote(maskUrlUserinfo(url.raw))} of instance "${instance.name}" must be on the host ${quote(own.host)} of the instance's url (instances.${instance.name}.url in the config) (${SYMPTOM})`,
    instance: instance.name,
    field: 'callbackServer',
    value: `url ${url.host}`,
    remediation: remediation(instance.name, `Set the callback server to "https://${own.host}".`),
  });
}

/** The callbacks by instance and host key (the first of each), built once per list: a search per pair was quadratic. */
const callbackIndex = new WeakMap<Callback[], Map<Instance, Map<string, Callback>>>();

function firstCallbackAt(callbacks: Callback[], instance: Instance, key: string): Callback | undefined {
  let index = callbackIndex.get(callbacks);
  if (!index) {
    index = new Map();
    for (const candidate of callbacks) {
      const byKey = index.get(candidate.instance) ?? new Map<string, Callback>();
      index.set(candidate.instance, byKey);
      const candidateKey = hostKey(candidate.url);
      if (!byKey.has(candidateKey)) byKey.set(candidateKey, candidate);
    }
    callbackIndex.set(callbacks, index);
  }
  return index.get(instance)?.get(key);
}

function checkOtherInstances(context: RuleContext, callback: Callback, callbacks: Callback[], config: Config): void {
  const { instance, value, url } = callback;
  if (!isNamedInstance(instance, config)) return;
  const key = hostKey(url);
  for (const other of context.model.instances) {
    if (other === instance || !isNamedInstance(other, config)) continue;
    const otherUrl = configuredUrl(other);
    const ownUrl = configuredUrl(instance);
    const isOtherUrl = otherUrl !== undefined && hostKey(otherUrl) === key && !(ownUrl !== undefined && hostKey(ownUrl) === key);
    const shared = firstCallbackAt(callbacks, other, key);
    if (!isOtherUrl && !(shared && owner(callback, instance, other) !== instance)) continue;
    const what = isOtherUrl ? `the url of instance "${other.name}" (instances.${other.name}.url in the config)` : `the callback server of instance "${other.name}"`;
    context.report({
      loc: value.loc,
      message: `callback server ${quote(maskUrlUserinfo(url.raw))} of instance "${instance.name}" is ${what}: each instance must call back to its own URL, or IMS sends the users of "${instance.name}" to "${other.name}"`,
      instance: instance.name,
      field: 'callbackServer',
      value: `instance ${other.name} ${key}`,
      related: shared ? [relatedAt(shared.value.loc, `callback server of instance "${other.name}"`)] : undefined,
      remediation: remediation(instance.name, `Set the callback server of instance ${instance.name} to its own https URL, not the one of instance ${other.name}.`),
    });
  }
}

function collect(instances: Instance[], context: RuleContext): Callback[] {
  const callbacks: Callback[] = [];
  for (const instance of instances) {
    for (const { value } of fieldValues(primaryAccountRecords(instance), 'callbackServer')) {
      if (value.value.trim() === '') continue;
      const url = parseUrl(value.value);
      if (!url) {
        context.report({
          loc: value.loc,
          message: `callback server ${quote(maskUrlUserinfo(value.value))} of instance "${instance.name}" is not a URL; expected https://<host of instance ${instance.name}> (${SYMPTOM})`,
          instance: instance.name,
          field: 'callbackServer',
          value: `invalid ${maskUrlUserinfo(value.value.trim())}`,
          remediation: remediation(instance.name, 'Set the callback server to the https URL of the instance.'),
        });
        continue;
      }
      callbacks.push({ instance, value, url, https: url.scheme === 'https' });
    }
  }
  return callbacks;
}

/** Allowlist entries whose pattern syntax is not supported: reported at the entry, as they match no callback. */
function checkPatterns(context: RuleContext): void {
  for (const instance of context.model.instances) {
    for (const manifest of instance.manifests) {
      for (const entry of manifest.redirectUris?.value ?? []) {
        const pattern = redirectPattern(entry.value);
        if (pattern.kind !== 'unsupported') continue;
        context.report({
          loc: entry.loc,
          message: `redirect URI pattern ${quote(maskUrlUserinfo(entry.value))} of instance "${instance.name}" cannot be checked: ${pattern.reason}; no callback server matches it`,
          instance: instance.name,
          field: 'redirectUris',
          value: `pattern ${maskUrlUserinfo(entry.value)}`,
          remediation: `Write the entry in \`redirectUris\` of ${manifest.file} as an origin (https://host), with * wildcards, or with the regular-expression subset of the Adobe Developer Console (https://prod\\.campaign\\.example\\.com/.*).`,
        });
      }
    }
  }
}

/** Checks in order of how specific their remediation is: the most specific fix is the one given. */
const CHECKS = ['url', 'other', 'allowlist', 'scheme'] as const;

/**
 * One finding per callback attribute: every failed check is named in it, so that a line carries one IMS007
 * finding whatever the number of reasons, and the fix given is the most specific one.
 */
function merge(found: { check: (typeof CHECKS)[number]; diagnostic: Diagnostic }[]): Diagnostic {
  const ordered = [...found].sort((a, b) => CHECKS.indexOf(a.check) - CHECKS.indexOf(b.check));
  const suffix = ` (${SYMPTOM})`;
  const reasons = found.map(({ diagnostic }, index) => {
    const message = diagnostic.message.endsWith(suffix) ? diagnostic.message.slice(0, -suffix.length) : diagnostic.message;
    return index === 0 ? message : message.replace(/^callback server "[^"]*" of instance "[^"]*" /, 'it ');
  });
  const related = found.flatMap(({ diagnostic }) => diagnostic.related ?? []);
  return {
    ...ordered[0].diagnostic,
    message: `${reasons.join('; also, ')}${suffix}`,
    value: found.map(({ diagnostic }) => diagnostic.value).join(' | '),
    related: related.length > 0 ? related : undefined,
  };
}

export const callbackUrlRule: Rule = {
  id: 'IMS007',
  check(context) {
    checkPatterns(context);
    const callbacks = collect(context.model.instances, context);
    for (const callback of callbacks) {
      const found: { check: (typeof CHECKS)[number]; diagnostic: Diagnostic }[] = [];
      const collecting = (check: (typeof CHECKS)[number]): RuleContext => ({ ...context, report: (diagnostic) => found.push({ check, diagnostic }) });
      checkScheme(collecting('scheme'), callback);
      checkAllowlist(collecting('allowlist'), callback);
      checkOwnUrl(collecting('url'), callback);
      checkOtherInstances(collecting('other'), callback, callbacks, context.config);
      if (found.length > 0) context.report(merge(found));
    }
  },
};
