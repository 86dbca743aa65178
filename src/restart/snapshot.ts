// The IMS settings snapshot of each instance: a flat map `key → value at a place`, built from a model.
//
// Keys:
//   account[<internal name>]              the IMS account exists (value "present"); duplicates get #2, #3… in file order
//   account[<internal name>].<field>      a mapped IMS field (policies/fields.yml), e.g. account[Adobe_Marketing_Cloud].imsServer
//   account[<internal name>].<attribute>  any other attribute of the record (`@<attribute>` when it collides with a field name)
//   serverConf.ims.<attribute>            serverConf's <shared><ims …/> attributes
//   serverConf.redirection.IMSOrgId       serverConf's <web><redirection IMSOrgId=…/>
//
// Values are compared exactly as the readers decoded them (a trailing space in a mask is a real change), so only
// formatting that does not reach a value (attribute order, indentation, comments, quotes, entity spelling,
// moving a record to another file of the same instance) leaves the snapshot unchanged.
import { DEFAULT_INSTANCE } from '../model/instances.js';
import { isSecretOrHashName } from '../util/secrets.js';
import { IMS_FIELDS, type ImsAccount, type Instance, type Loc, type Located, type Model, type ServerConf } from '../types.js';

export interface Entry {
  key: string;
  /** What messages call the setting: the IMS field or attribute name, or the account's internal name. */
  name: string;
  value: string;
  loc: Loc;
  /** Secret values are never shown, only "changed". */
  secret: boolean;
  /** The key of the account or element the entry belongs to (`account[X]`, `serverConf.ims`, …). */
  group: string;
  /** Start tag of the record or element that holds the entry. */
  holder: Loc;
  /** The internal name of the IMS account the entry belongs to. */
  accountName?: string;
}

export type Snapshot = Map<string, Entry>;

/** Whether the key is an account's own entry (`account[<internal name>]`), not one of its settings. */
export function isAccountKey(key: string): boolean {
  return key.startsWith('account[') && key.endsWith(']');
}

const PRESENT = 'present';

/** Attributes that change nothing the server reads: display label, import directives, system columns. */
const COSMETIC = new Set(['label', '_operation', '_key', 'xtkschema', 'id', 'created', 'lastModified', 'createdBy-id', 'modifiedBy-id']);
const FIELD_NAMES = new Set<string>(IMS_FIELDS);

function isSecret(...names: string[]): boolean {
  return names.some((name) => isSecretOrHashName(name));
}

function addAccount(snapshot: Snapshot, account: ImsAccount, occurrence: Map<string, number>): void {
  const accountName = account.fields.internalName?.value.trim() || '(no internal name)';
  const seen = (occurrence.get(accountName) ?? 0) + 1;
  occurrence.set(accountName, seen);
  const group = `account[${seen > 1 ? `${accountName}#${seen}` : accountName}]`;
  const holder = account.loc;
  snapshot.set(group, { key: group, name: accountName, value: PRESENT, loc: holder, secret: false, group, holder, accountName });

  const mapped = new Map<Located<string>, string>();
  for (const field of IMS_FIELDS) {
    const located = account.fields[field];
    if (located && field !== 'internalName') mapped.set(located, field);
  }
  for (const [attribute, located] of Object.entries(account.attrs)) {
    if (located === account.fields.internalName || COSMETIC.has(attribute) || attribute.startsWith('xmlns')) continue;
    const field = mapped.get(located);
    const name = field ?? (FIELD_NAMES.has(attribute) ? `@${attribute}` : attribute);
    const key = `${group}.${name}`;
    snapshot.set(key, {
      key,
      name: field ?? attribute,
      value: located.value,
      loc: located.loc,
      secret: isSecret(name, attribute),
      group,
      holder,
      accountName,
    });
  }
}

function addServerConf(snapshot: Snapshot, conf: ServerConf): void {
  const { ims, redirection } = conf.data;
  if (ims) {
    for (const [attribute, located] of Object.entries(ims.attrs)) {
      const key = `serverConf.ims.${attribute}`;
      snapshot.set(key, {
        key,
        name: attribute,
        value: located.value,
        loc: located.loc,
        secret: isSecret(attribute),
        group: 'serverConf.ims',
        holder: ims.loc,
      });
    }
  }
  const orgId = redirection?.attrs.IMSOrgId;
  if (redirection && orgId) {
    const key = 'serverConf.redirection.IMSOrgId';
    snapshot.set(key, {
      key,
      name: 'IMSOrgId',
      value: orgId.value,
      loc: orgId.loc,
      secret: false,
      group: 'serverConf.redirection',
      holder: redirection.loc,
    });
  }
}

/**
 * serverConf.xml files that no instance claims (outside every instance folder and configured path) hold the
 * settings shared by all instances of the server: they are part of every instance's snapshot, under that
 * instance's own serverConf.xml and config-<instance>.xml (which override them, as on the server).
 */
function unassignedServerConfs(model: Model): ServerConf[] {
  const fallback = model.instances.find((instance) => instance.name === DEFAULT_INSTANCE);
  return fallback?.serverConfs.filter((conf) => conf.scope === 'shared') ?? [];
}

function ownServerConfs(instance: Instance | undefined, unassigned: ServerConf[]): ServerConf[] {
  const own = instance?.serverConfs.filter((conf) => !unassigned.includes(conf)) ?? [];
  // serverConf.xml first, config-<instance>.xml over it.
  return [...own.filter((conf) => conf.scope === 'shared'), ...own.filter((conf) => conf.scope === 'instance')];
}

/**
 * The instances a model configures. `default` (files outside every instance folder) counts as an instance only
 * when it holds an IMS account or its own config-default.xml, or when there is no other instance: a shared
 * serverConf.xml alone does not make it one.
 */
export function instanceNames(model: Model): string[] {
  const unassigned = unassignedServerConfs(model);
  const names = model.instances.filter((instance) => instance.name !== DEFAULT_INSTANCE).map((instance) => instance.name);
  const fallback = model.instances.find((instance) => instance.name === DEFAULT_INSTANCE);
  if (fallback && (names.length === 0 || fallback.accounts.length > 0 || ownServerConfs(fallback, unassigned).length > 0))
    names.push(DEFAULT_INSTANCE);
  return names;
}

/** The snapshot of one instance (empty of own settings when the model does not have it). */
export function snapshotOf(model: Model, name: string): Snapshot {
  const snapshot: Snapshot = new Map();
  const unassigned = unassignedServerConfs(model);
  const instance = model.instances.find((candidate) => candidate.name === name);
  for (const conf of unassigned) addServerConf(snapshot, conf);
  for (const conf of ownServerConfs(instance, unassigned)) addServerConf(snapshot, conf);
  const occurrence = new Map<string, number>();
  for (const account of instance?.accounts ?? []) addAccount(snapshot, account, occurrence);
  return snapshot;
}
