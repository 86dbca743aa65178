// IMS007 callback-url: the IMS account's callback server (a) starts with https://, (b) is on the manifest's
// redirectUris allowlist, (c) is on the host of the instance's configured url, and (d) is not another instance's.
import type { Config } from '../config/types.js';
import type { Instance, Located } from '../types.js';
import type { MessageDiagnostic, RuleContext, Rule } from './types.js';
import { fieldValues, primaryAccountRecords } from './util/accounts.js';
import { isNamedInstance } from './util/instances.js';
import { maskUrlUserinfo } from '../util/secrets.js';
import { quote } from '../util/quote.js';
import { relatedAt } from './util/related.js';
import { IMS_ACCOUNT_CONSOLE_PATH, restartHint } from './util/remediation.js';
import type { RestartCommands } from '../util/campaign.js';
import { allowlistAllows, describeEntries } from './util/allowlist.js';
import { redirectPattern } from './util/redirect-pattern.js';
import { hostHasToken, hostKey, parseUrl, type ParsedUrl } from './util/url.js';
import { synonymsOf } from '../util/instance-names.js';
import { FieldMapping } from '../model/fields.js';
import { fieldSkip, firstSkip, NO_ACCOUNT } from './util/coverage.js';
import { replaceValue, withFix } from './util/fix.js';

interface Callback {
  instance: Instance;
  setting: Located<string>;
  url: ParsedUrl;
  /** Whether the value starts with https:// — when not, the other checks compare host and port only. */
  https: boolean;
}

/** Whether the URL is on one of the instance's redirectUris allowlists; undefined when it has none. */
function onAllowlist(instance: Instance, callback: Pick<Callback, 'url' | 'https'>): boolean | undefined {
  return allowlistAllows(instance, callback.url, callback.https);
}

/** Whether a host names the instance as a token (`stage.campaign.example.com`, `campaign-prod.example.com`). */
function hostNamesInstance(host: string, name: string): boolean {
  return synonymsOf(name).some((alias) => hostHasToken(host, alias));
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
  const tests = [
    byUrl,
    (instance: Instance) => onAllowlist(instance, callback) === true,
    (instance: Instance) => hostNamesInstance(callback.url.host, instance.name),
  ];
  for (const test of tests) {
    const [ownsA, ownsB] = [test(a), test(b)];
    if (ownsA !== ownsB) return ownsA ? a : b;
  }
  return undefined;
}

/** The data of every IMS007 message and remediation about the callback server of `instance`. */
function callbackData(instance: string, callback: string, config: RestartCommands): Record<string, string> {
  // The password of `https://user:password@host` is never shown.
  return {
    instance,
    callback: quote(maskUrlUserinfo(callback)),
    consolePath: IMS_ACCOUNT_CONSOLE_PATH,
    restartHint: restartHint(instance, config),
  };
}

/**
 * What one check found wrong with a callback server. The checks of one callback make one finding (see merge):
 * `messageId` and `fix` (its remediation's data) are those of the most specific failed check, `clause` says what
 * is wrong, after "callback server "<url>" of instance "<name>"", and `subject` is the pre-1.0 fingerprint value.
 */
interface Problem {
  check: (typeof CHECKS)[number];
  messageId: string;
  clause: string;
  fix?: Record<string, string>;
  subject: string;
  related?: MessageDiagnostic['related'];
}

function checkScheme(callback: Callback): Problem[] {
  if (callback.https) return [];
  const { url } = callback;
  const problem = url.scheme === undefined ? 'has no scheme' : `uses ${quote(`${url.scheme}://`)}`;
  return [
    {
      check: 'scheme',
      messageId: 'notHttps',
      clause: `${problem}; it must start with https://`,
      fix: { httpsUrl: `https://${hostKey(url)}` },
      subject: `scheme ${maskUrlUserinfo(url.raw)}`,
    },
  ];
}

function checkAllowlist(callback: Callback): Problem[] {
  const { instance, url } = callback;
  if (onAllowlist(instance, callback) !== false) return [];
  const manifest = instance.manifests.find((candidate) => candidate.redirectUris);
  const entries = instance.manifests.flatMap((candidate) => candidate.redirectUris?.value.map((entry) => entry.value) ?? []);
  return [
    {
      check: 'allowlist',
      messageId: 'notOnAllowlist',
      clause: `is not on the IMS redirect URI allowlist: expected an origin or pattern among the manifest's redirectUris (${describeEntries(entries)})`,
      fix: { manifestFile: manifest?.file ?? 'the manifest' },
      subject: `allowlist ${hostKey(url)}`,
      related: manifest?.redirectUris ? [relatedAt(manifest.redirectUris.loc, 'the redirect URI allowlist provisioned by IMS')] : undefined,
    },
  ];
}

function checkOwnUrl(callback: Callback): Problem[] {
  const { instance, url } = callback;
  const own = configuredUrl(instance);
  if (!own || own.host === url.host) return [];
  return [
    {
      check: 'url',
      messageId: 'notOwnHost',
      clause: `must be on the host ${quote(own.host)} of the instance's url (instances.${instance.name}.url in the config)`,
      fix: { ownHost: own.host },
      subject: `url ${url.host}`,
    },
  ];
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

function checkOtherInstances(model: RuleContext['model'], callback: Callback, callbacks: Callback[], config: Config): Problem[] {
  const { instance, url } = callback;
  if (!isNamedInstance(instance, config)) return [];
  const problems: Problem[] = [];
  const key = hostKey(url);
  for (const other of model.instances) {
    if (other === instance || !isNamedInstance(other, config)) continue;
    const otherUrl = configuredUrl(other);
    const ownUrl = configuredUrl(instance);
    const isOtherUrl = otherUrl !== undefined && hostKey(otherUrl) === key && !(ownUrl !== undefined && hostKey(ownUrl) === key);
    const shared = firstCallbackAt(callbacks, other, key);
    if (!isOtherUrl && !(shared && owner(callback, instance, other) !== instance)) continue;
    const what = isOtherUrl
      ? `the url of instance "${other.name}" (instances.${other.name}.url in the config)`
      : `the callback server of instance "${other.name}"`;
    problems.push({
      check: 'other',
      messageId: 'otherInstance',
      clause: `is ${what}: each instance must call back to its own URL, or IMS sends the users of "${instance.name}" to "${other.name}"`,
      fix: { other: other.name },
      subject: `instance ${other.name} ${key}`,
      related: shared ? [relatedAt(shared.setting.loc, `callback server of instance "${other.name}"`)] : undefined,
    });
  }
  return problems;
}

function collect(instances: Instance[], context: RuleContext<MessageDiagnostic>): Callback[] {
  const callbacks: Callback[] = [];
  for (const instance of instances) {
    for (const { value: setting } of fieldValues(primaryAccountRecords(instance), 'callbackServer')) {
      if (setting.value.trim() === '') continue;
      const url = parseUrl(setting.value);
      if (!url) {
        context.report({
          loc: setting.loc,
          messageId: 'notUrl',
          data: callbackData(instance.name, setting.value, context.config),
          instance: instance.name,
          field: 'callbackServer',
          subject: `invalid ${maskUrlUserinfo(setting.value.trim())}`,
        });
        continue;
      }
      callbacks.push({ instance, setting, url, https: url.scheme === 'https' });
    }
  }
  return callbacks;
}

/** Allowlist entries whose pattern syntax is not supported: reported at the entry, as they match no callback. */
function checkPatterns(context: RuleContext<MessageDiagnostic>): void {
  for (const instance of context.model.instances) {
    for (const manifest of instance.manifests) {
      for (const entry of manifest.redirectUris?.value ?? []) {
        const pattern = redirectPattern(entry.value);
        if (pattern.kind !== 'unsupported') continue;
        context.report({
          loc: entry.loc,
          messageId: 'unsupportedPattern',
          data: {
            pattern: quote(maskUrlUserinfo(entry.value)),
            instance: instance.name,
            reason: pattern.reason,
            manifestFile: manifest.file,
          },
          instance: instance.name,
          field: 'redirectUris',
          subject: `pattern ${maskUrlUserinfo(entry.value)}`,
        });
      }
    }
  }
}

/** Checks in order of how specific their remediation is: the most specific fix is the one given. */
const CHECKS = ['url', 'other', 'allowlist', 'scheme'] as const;

/**
 * One finding per callback attribute: every failed check is named in it, in check order, so that a line carries one
 * IMS007 finding whatever the number of reasons; its messageId, and so its remediation, is the most specific one.
 */
function merge(callback: Callback, found: Problem[], config: RestartCommands): MessageDiagnostic {
  const [specific] = [...found].sort((a, b) => CHECKS.indexOf(a.check) - CHECKS.indexOf(b.check));
  const related = found.flatMap((problem) => problem.related ?? []);
  return {
    loc: callback.setting.loc,
    messageId: specific.messageId,
    // {{problems}} follows "callback server "<url>" of instance "<name>"": the later clauses start with "it".
    data: {
      ...callbackData(callback.instance.name, callback.url.raw, config),
      ...specific.fix,
      problems: found.map((problem) => problem.clause).join('; also, it '),
    },
    instance: callback.instance.name,
    field: 'callbackServer',
    subject: found.map((problem) => problem.subject).join(' | '),
    related: related.length > 0 ? related : undefined,
    ...withFix(callbackFix(callback, found)),
  };
}

/**
 * The one right callback server, when there is one: `http://` becomes `https://` when that is all that is wrong;
 * a callback on another host becomes the instance's configured url, when that is https and on the allowlist.
 */
function callbackFix(callback: Callback, found: Problem[]) {
  const checks = new Set(found.map((problem) => problem.check));
  const { setting, instance } = callback;
  if (checks.size === 1 && checks.has('scheme') && callback.url.scheme === 'http')
    return replaceValue(setting, setting.value.replace(/^\s*http:\/\//i, 'https://'), { restart: true });
  if (!checks.has('url') && !checks.has('other')) return undefined;
  const own = configuredUrl(instance);
  if (!instance.url || !own || own.scheme !== 'https' || onAllowlist(instance, { url: own, https: true }) === false) return undefined;
  return replaceValue(setting, instance.url, { restart: true });
}

export const callbackUrlRule: Rule = {
  id: 'IMS007',
  check(context) {
    const mapping = new FieldMapping(context.config);
    for (const instance of context.model.instances) {
      // The allowlist part needs the manifest's redirectUris; the scheme and host checks do not.
      const records = primaryAccountRecords(instance);
      context.cover(instance.name, records.length === 0 ? NO_ACCOUNT : firstSkip(fieldSkip(records, 'callbackServer', mapping)));
    }
    checkPatterns(context);
    const callbacks = collect(context.model.instances, context);
    for (const callback of callbacks) {
      const found = [
        ...checkScheme(callback),
        ...checkAllowlist(callback),
        ...checkOwnUrl(callback),
        ...checkOtherInstances(context.model, callback, callbacks, context.config),
      ];
      if (found.length > 0) context.report(merge(callback, found, context.config));
    }
  },
};
