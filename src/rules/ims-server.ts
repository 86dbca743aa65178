// IMS003 ims-server: the IMS server is one of the two IMS production endpoints, and stage and production
// instances point to the same one.
import type { Instance, Located } from '../types.js';
import type { MessageDiagnostic, Rule, RuleContext } from './types.js';
import { primaryAccountRecords } from './util/accounts.js';
import { checkImsServer, IMS_PRODUCTION_URLS, IMS_SERVER_EXPECTED } from './util/ims-server.js';
import { isNamedInstance, productionInstances } from './util/instances.js';
import { maskUrlUserinfo } from '../util/secrets.js';
import { quote } from '../util/quote.js';
import { relatedAt } from './util/related.js';
import { FieldMapping } from '../model/fields.js';
import { CHECKED, fieldSkip, NO_ACCOUNT } from './util/coverage.js';
import { IMS_ACCOUNT_CONSOLE_PATH, restartHint } from './util/remediation.js';
import type { RestartCommands } from '../util/campaign.js';
import { replaceValue, withFix } from './util/fix.js';

/** The production endpoint a fix uses when no other instance shows which one the organization uses. */
const DEFAULT_IMS_HOST = 'ims-na1.adobelogin.com';

const ENDPOINT_ATTRIBUTE = 'authIMSEndpoint';

/** One IMS server setting of an instance. */
interface Endpoint {
  instance: string;
  setting: Located<string>;
  /** How messages name the setting. */
  label: string;
  field: string;
  /** A serverConf setting rather than an external account's: picks the messageIds, whose remediations differ. */
  serverConf: boolean;
  /** The data of the remediation templates. */
  fix: Record<string, string>;
}

/** The data every IMS003 message and remediation uses. */
function endpointData(endpoint: Endpoint, config: RestartCommands): Record<string, string> {
  return {
    ...endpoint.fix,
    instance: endpoint.instance,
    // The password of `https://user:password@host` is never shown.
    server: quote(maskUrlUserinfo(endpoint.setting.value)),
    productionUrls: IMS_PRODUCTION_URLS,
    restartHint: restartHint(endpoint.instance, config),
  };
}

function accountEndpoints(instance: Instance): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const account of instance.accounts) {
    const setting = account.fields.imsServer;
    if (!setting) continue;
    endpoints.push({
      instance: instance.name,
      setting,
      label: 'IMS server',
      field: 'imsServer',
      serverConf: false,
      fix: { consolePath: IMS_ACCOUNT_CONSOLE_PATH },
    });
  }
  return endpoints;
}

/** serverConf `authIMSEndpoint` settings; an instance's config-<name>.xml overrides the shared serverConf.xml. */
function serverConfEndpoints(instance: Instance): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const conf of [...instance.serverConfs].sort((a, b) => (a.scope === b.scope ? 0 : a.scope === 'instance' ? -1 : 1))) {
    const setting = conf.data.ims?.attrs[ENDPOINT_ATTRIBUTE];
    if (!setting) continue;
    endpoints.push({
      instance: instance.name,
      setting,
      label: `serverConf ${ENDPOINT_ATTRIBUTE}`,
      field: ENDPOINT_ATTRIBUTE,
      serverConf: true,
      fix: { file: conf.file },
    });
  }
  return endpoints;
}

function checkEach(context: RuleContext<MessageDiagnostic>, endpoints: Endpoint[], preferred: string): void {
  for (const endpoint of endpoints) {
    const result = checkImsServer(endpoint.setting.value);
    if (result.ok) continue;
    context.report({
      loc: endpoint.setting.loc,
      messageId: endpoint.serverConf ? 'serverConfEndpointInvalid' : 'accountServerInvalid',
      data: { ...endpointData(endpoint, context.config), problem: result.problem, expected: IMS_SERVER_EXPECTED },
      instance: endpoint.instance,
      field: endpoint.field,
      // The password of `https://user:password@host` is not part of the fingerprint either (the pre-1.0 value).
      subject: maskUrlUserinfo(endpoint.setting.value.trim().toLowerCase()),
      ...withFix(endpointFix(endpoint.setting, preferred)),
    });
  }
}

/** The host an instance uses for one kind of setting: its first (effective) one. */
interface InstanceHost {
  endpoint: Endpoint;
  host: string;
  production: boolean;
}

function instanceHost(endpoints: Endpoint[], production: boolean): InstanceHost | undefined {
  const first = endpoints[0];
  if (!first) return undefined; // no explicit setting: its effective value is unknown, so it is not compared
  const result = checkImsServer(first.setting.value);
  return result.ok ? { endpoint: first, host: result.host, production } : undefined;
}

/** The reference host: the production instances' one, else the single most common one. */
function referenceOf(hosts: InstanceHost[]): InstanceHost | undefined {
  const production = hosts.filter((host) => host.production);
  if (production.length > 0 && production.every((host) => host.host === production[0].host)) return production[0];
  const counts = new Map<string, number>();
  for (const host of hosts) counts.set(host.host, (counts.get(host.host) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 1 && ranked[0][1] === ranked[1][1]) return undefined; // a tie: no way to tell which side is wrong
  return hosts.find((host) => host.host === ranked[0][0]);
}

function checkAcross(context: RuleContext<MessageDiagnostic>, hosts: InstanceHost[]): void {
  if (hosts.length < 2) return;
  const reference = referenceOf(hosts);
  if (!reference) return;
  const related = relatedAt(reference.endpoint.setting.loc, `${reference.endpoint.label} of instance "${reference.endpoint.instance}"`);
  for (const host of hosts) {
    if (host.host === reference.host) continue;
    const { endpoint } = host;
    context.report({
      loc: endpoint.setting.loc,
      messageId: endpoint.serverConf ? 'serverConfEndpointDiffers' : 'accountServerDiffers',
      data: { ...endpointData(endpoint, context.config), referenceHost: reference.host, referenceInstance: reference.endpoint.instance },
      instance: endpoint.instance,
      field: endpoint.field,
      subject: host.host,
      related: [related],
      ...withFix(endpointFix(endpoint.setting, reference.host)),
    });
  }
}

/** The one production host valid settings of a kind use (production instances first), else ims-na1. */
function preferredHost(endpoints: Endpoint[], production: ReadonlySet<string>): string {
  const hosts = (list: Endpoint[]) =>
    new Set(
      list.flatMap((endpoint) => {
        const result = checkImsServer(endpoint.setting.value);
        return result.ok ? [result.host] : [];
      }),
    );
  for (const candidates of [hosts(endpoints.filter((endpoint) => production.has(endpoint.instance))), hosts(endpoints)])
    if (candidates.size === 1) return [...candidates][0];
  return DEFAULT_IMS_HOST;
}

function preferredHosts(context: RuleContext<MessageDiagnostic>): { accounts: string; serverConfs: string } {
  const named = context.model.instances.filter((instance) => isNamedInstance(instance, context.config));
  const production = productionInstances(named.map((instance) => instance.name));
  return {
    accounts: preferredHost(context.model.instances.flatMap(accountEndpoints), production),
    serverConfs: preferredHost(context.model.instances.flatMap(serverConfEndpoints), production),
  };
}

/** The setting rewritten to `host`, keeping its form: `https://host` or a bare host. */
function endpointFix(setting: Located<string>, host: string) {
  const bare = !/^[a-z][a-z0-9+.-]*:\/\//i.test(setting.value.trim()) && setting.value.trim() !== '';
  return replaceValue(setting, bare ? host : `https://${host}`, { restart: true });
}

export const imsServerRule: Rule = {
  id: 'IMS003',
  check(context) {
    const accountHosts: InstanceHost[] = [];
    const serverConfHosts: InstanceHost[] = [];
    const named = context.model.instances.filter((instance) => isNamedInstance(instance, context.config));
    const production = productionInstances(named.map((instance) => instance.name));
    const mapping = new FieldMapping(context.config);
    const preferred = preferredHosts(context);
    for (const instance of context.model.instances) {
      const accounts = accountEndpoints(instance);
      const serverConfs = serverConfEndpoints(instance);
      // Either side is checked on its own: the account's IMS server, or serverConf's authIMSEndpoint.
      const hasImsNode = instance.serverConfs.some((conf) => conf.data.ims !== undefined);
      // An account without its IMS server is not checked even where serverConf's endpoint is: say so.
      const accountSkip = instance.accounts.length > 0 ? fieldSkip(instance.accounts, 'imsServer', mapping) : undefined;
      context.cover(
        instance.name,
        accounts.length + serverConfs.length > 0
          ? (accountSkip ?? CHECKED)
          : instance.accounts.length > 0
            ? (fieldSkip(instance.accounts, 'imsServer', mapping) ?? CHECKED)
            : hasImsNode
              ? { status: 'skipped', reason: 'field-not-present', hint: `set ${ENDPOINT_ATTRIBUTE} on the serverConf <ims> node` }
              : NO_ACCOUNT,
      );
      checkEach(context, accounts, preferred.accounts);
      checkEach(context, serverConfs, preferred.serverConfs);
      // Only instances whose own settings are all valid take part: a bad one is already reported above.
      const valid = [...accounts, ...serverConfs].every((endpoint) => checkImsServer(endpoint.setting.value).ok);
      if (!valid || !isNamedInstance(instance, context.config)) continue;
      const isProduction = production.has(instance.name);
      // The account compared is the instance's IMS account (Adobe_Marketing_Cloud, else the first one).
      const primary = primaryAccountRecords(instance);
      const accountHost = instanceHost(
        accounts.filter((endpoint) => primary.some((account) => account.fields.imsServer === endpoint.setting)),
        isProduction,
      );
      const serverConfHost = instanceHost(serverConfs, isProduction);
      if (accountHost) accountHosts.push(accountHost);
      if (serverConfHost) serverConfHosts.push(serverConfHost);
    }
    // Like is compared with like: external accounts with external accounts, serverConf with serverConf.
    checkAcross(context, accountHosts);
    checkAcross(context, serverConfHosts);
  },
};
