// Masks that take another instance's Enterprise Dashboard profiles: two instances whose masks have the same prefix
// (stage carries prod's `Campaign - acme - (.*)`), or a mask whose prefix only starts names of another instance's
// longer prefix. Users of one instance's profiles then get operator groups in the other, and the first instance's
// own family of profiles (`Campaign - acme-stage - …`) is covered by no mask. IMS004 reports it at the mask;
// IMS005 does not judge such an instance, whose profiles are not its own.
import type { Config } from '../../config/types.js';
import type { Instance, Located, Model } from '../../types.js';
import { nameTokens, synonymsOf } from '../../util/instance-names.js';
import { dashboardNames } from './dashboard.js';
import { productionInstances, isNamedInstance } from './instances.js';
import { fieldValues, primaryAccountRecords } from './accounts.js';
import { instanceMask, usablePrefix } from './mask.js';

export interface MaskConflict {
  instance: Instance;
  /** The mask in force for the instance, where the conflict is reported. */
  mask: Located<string>;
  prefix: string;
  /**
   * `same-prefix`: another instance's mask has the same prefix; `takes-profiles`: every name the prefix starts is
   * another's; `overlaps`: the prefix starts this instance's own names and also another instance's longer family.
   */
  kind: 'same-prefix' | 'takes-profiles' | 'overlaps';
  /** The other instances, by name, in model order. */
  others: string[];
  /** A profile name the prefix takes from the others, if the instance sees one. */
  example?: string;
  /**
   * A profile name of the instance's own family that no mask covers (`Campaign - acme-stage - delivery`), and the
   * prefix of that family, when the instance's Admin Console exports show one.
   */
  uncovered?: { name: string; prefix?: string };
}

interface Masked {
  instance: Instance;
  mask: Located<string>;
  prefix: string;
  names: string[];
  /** The IMS organization of the instance's account, lower-cased, when it has one. */
  org?: string;
  /** The prefix is a regular expression (ParsedMask.regex): only an identical one is the same prefix. */
  regex: boolean;
}

/**
 * The named instances with a usable mask prefix (literal, or a regular expression followed by the group), with
 * the Enterprise Dashboard names they see.
 */
function maskedInstances(model: Model, config: Pick<Config, 'instances'>): Masked[] {
  return model.instances.flatMap((instance) => {
    if (!isNamedInstance(instance, config)) return [];
    const mask = instanceMask(instance);
    if (!mask) return [];
    const regex = mask.parsed.regex && mask.parsed.trailing === '' && mask.parsed.prefix.trim() !== '';
    const prefix = regex ? mask.parsed.prefix : usablePrefix(mask);
    if (prefix === undefined) return [];
    const org = fieldValues(primaryAccountRecords(instance), 'orgId')
      .map(({ value }) => value.value.trim().toLowerCase())
      .filter((value) => value !== '')
      .at(-1);
    const names = [...dashboardNames(instance.dashboards).keys()];
    return [{ instance, mask: mask.value, prefix, names, regex, ...(org ? { org } : {}) }];
  });
}

/** The separators that end a prefix (`Campaign - acme - ` → ` - `): where the internal name starts. */
function trailingSeparator(prefix: string): string {
  return /[\s\-_:|/.]*$/.exec(prefix)?.[0] ?? '';
}

/** Whether a profile name names the instance as a token of its own (`acme-stage` for stage, or staging, stg). */
function namesInstance(name: string, instance: string, prefix: string): boolean {
  // The instance's words that the prefix does not already say (`campaign-stage` beside `Campaign - acme - `: stage).
  const prefixTokens = new Set(nameTokens(prefix));
  const own = nameTokens(instance).filter((token) => !prefixTokens.has(token));
  const tokens = new Set(nameTokens(name));
  return own.length > 0 && own.every((token) => synonymsOf(token).some((synonym) => tokens.has(synonym)));
}

/**
 * The instances of one prefix that share an IMS organization: instances of different organizations (their
 * accounts' IMS organization IDs differ) each have their own Admin Console, so the same profile names are
 * different profiles there. When the IDs differ, an instance without one could be in either: left out.
 */
function sameOrganization(group: Masked[]): Masked[][] {
  const orgs = new Set(group.flatMap((entry) => (entry.org ? [entry.org] : [])));
  if (orgs.size <= 1) return [group];
  return [...orgs].map((org) => group.filter((entry) => entry.org === org));
}

/**
 * A profile name of the instance's own family that no other mask covers (`isCovered` false): it starts like the
 * prefix (same first word, `Campaign`) and names the instance. Its family prefix runs to the last occurrence of
 * the prefix's trailing separator (`Campaign - acme-stage - `).
 */
function uncoveredFamily(entry: Masked, isCovered: (name: string) => boolean): MaskConflict['uncovered'] {
  const head = nameTokens(entry.prefix)[0];
  const name = entry.names.find(
    (candidate) =>
      !isCovered(candidate) && nameTokens(candidate)[0] === head && namesInstance(candidate, entry.instance.name, entry.prefix),
  );
  if (name === undefined) return undefined;
  const separator = trailingSeparator(entry.prefix);
  const at = separator === '' ? -1 : name.lastIndexOf(separator);
  return { name, ...(at > 0 ? { prefix: name.slice(0, at + separator.length) } : {}) };
}

/**
 * Of instances sharing one prefix, those whose mask is the wrong one: the ones whose own family shows up
 * uncovered; else, beside a production instance, the others (stage copied prod's mask, rarely the reverse); else all.
 */
function wrongOfSamePrefix(group: Masked[], uncovered: Map<Masked, MaskConflict['uncovered']>): Masked[] {
  const withEvidence = group.filter((entry) => uncovered.get(entry));
  if (withEvidence.length > 0 && withEvidence.length < group.length) return withEvidence;
  const production = productionInstances(group.map((entry) => entry.instance.name));
  const others = group.filter((entry) => !production.has(entry.instance.name));
  return production.size > 0 && others.length > 0 ? others : group;
}

function samePrefixConflicts(entries: Masked[], prefixes: string[]): MaskConflict[] {
  const byPrefix = new Map<string, Masked[]>();
  for (const entry of entries) {
    const key = `${entry.regex ? 'regex' : 'text'}\u0000${entry.prefix}`;
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), entry]);
  }
  const conflicts: MaskConflict[] = [];
  for (const group of [...byPrefix.values()].flatMap(sameOrganization)) {
    if (group.length < 2) continue;
    const covered = (name: string) => prefixes.some((prefix) => name.startsWith(prefix));
    const uncovered = new Map(group.map((entry) => [entry, entry.regex ? undefined : uncoveredFamily(entry, covered)] as const));
    for (const entry of wrongOfSamePrefix(group, uncovered)) {
      const family = uncovered.get(entry);
      conflicts.push({
        instance: entry.instance,
        mask: entry.mask,
        prefix: entry.prefix,
        kind: 'same-prefix',
        others: group.filter((other) => other !== entry).map((other) => other.instance.name),
        example: entry.regex ? undefined : entry.names.find((name) => name.startsWith(entry.prefix)),
        ...(family ? { uncovered: family } : {}),
      });
    }
  }
  return conflicts;
}

/**
 * A prefix that also starts the names of another instance's longer prefix (stage's `Campaign - ` before prod's
 * `Campaign - acme - `). When its own names are no `<prefix><internal name>` (each is another's, or its rest holds
 * the prefix's separator again, `acme-stage - delivery`), the prefix is cut short of the instance's own family:
 * `takes-profiles`. When its own names map cleanly (prod's `Campaign - acme - ` beside stage's
 * `Campaign - acme - stage - `), the mask still matches the other family's profiles, which the guide's
 * `<mask> + <group> = <profile>` rule does not allow one instance to do: `overlaps`, reported at the shorter mask.
 */
function takesProfilesConflicts(entries: Masked[]): MaskConflict[] {
  return entries.flatMap((entry): MaskConflict[] => {
    const longer = entries.filter(
      (other) =>
        other.prefix.length > entry.prefix.length &&
        other.prefix.startsWith(entry.prefix) &&
        (entry.org === undefined || other.org === undefined || entry.org === other.org),
    );
    if (longer.length === 0) return [];
    const owner = (name: string) => longer.find((other) => name.startsWith(other.prefix));
    const started = entry.names.filter((name) => name.startsWith(entry.prefix));
    const taken = started.filter((name) => owner(name));
    if (taken.length === 0) return [];
    const separator = trailingSeparator(entry.prefix);
    const ownClean = started.some((name) => !owner(name) && (separator === '' || !name.slice(entry.prefix.length).includes(separator)));
    const others = longer.filter((other) => taken.some((name) => owner(name) === other)).map((other) => other.instance.name);
    const family = ownClean ? undefined : uncoveredFamily(entry, (name) => owner(name) !== undefined);
    return [
      {
        instance: entry.instance,
        mask: entry.mask,
        prefix: entry.prefix,
        kind: ownClean ? 'overlaps' : 'takes-profiles',
        others,
        example: taken[0],
        ...(family ? { uncovered: family } : {}),
      },
    ];
  });
}

/** Every instance whose mask takes another instance's profiles, by instance name. */
export function maskConflicts(model: Model, config: Pick<Config, 'instances'>): Map<string, MaskConflict> {
  const entries = maskedInstances(model, config);
  const literal = entries.filter((entry) => !entry.regex);
  const prefixes = literal.map((entry) => entry.prefix);
  const conflicts = new Map<string, MaskConflict>();
  for (const conflict of [...samePrefixConflicts(entries, prefixes), ...takesProfilesConflicts(literal)]) {
    if (!conflicts.has(conflict.instance.name)) conflicts.set(conflict.instance.name, conflict);
  }
  return conflicts;
}
