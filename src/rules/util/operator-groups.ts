// Operator groups (xtk:group) as the rules see them: the built-in groups of every instance (policy data) and the
// groups an instance defines in the repository, its own and those of packages shared by all instances.
import { DEFAULT_INSTANCE } from '../../model/instances.js';
import { policyData } from '../../policy/data.js';
import type { Instance, Model, OperatorGroup } from '../../types.js';

let builtins: ReadonlySet<string> | undefined;

/** Internal names of the operator groups every instance has (policies/builtin-operator-groups.yml). */
export function builtinOperatorGroups(): ReadonlySet<string> {
  if (builtins) return builtins;
  const data = policyData('builtin-operator-groups.yml') as { groups?: unknown };
  const groups = Array.isArray(data?.groups) ? data.groups.filter((name): name is string => typeof name === 'string') : [];
  builtins = new Set(groups);
  return builtins;
}

/**
 * Operator groups defined in files that belong to no instance (the `default` bucket beside several named
 * instances): shared packages that every instance imports. A repository of one instance has no such bucket.
 */
function sharedOperatorGroups(model: Model, instance: Instance): OperatorGroup[] {
  if (model.fallbackInstance !== DEFAULT_INSTANCE || instance.name === DEFAULT_INSTANCE) return [];
  return model.instances.find((candidate) => candidate.name === DEFAULT_INSTANCE)?.groups ?? [];
}

/** The operator groups of one instance, as far as the repository shows them. */
export interface InstanceGroups {
  /** The group records the instance gets: its own, then the shared ones; one per internal name, the first. */
  records: OperatorGroup[];
  /** Internal names of the groups that exist in the instance. */
  known: Set<string>;
  /**
   * A built-in group among the records (exact internal name), when there is one: the export of the instance's
   * groups is then complete, so a built-in group that is not among the records does not exist (it was renamed or
   * deleted). Without one, the export only holds the instance's own groups, and the built-ins are taken to exist.
   */
  completeBy?: OperatorGroup;
}

/**
 * The operator groups of an instance, or undefined when the repository holds none of its groups (own or shared):
 * the mapping cannot then be judged. Known: the records; the config's `operatorGroups` (`extraGroups`, groups every
 * instance has that are not exported); and the built-ins, unless the export is complete (see `completeBy`) or the
 * repository defines the built-in under another case only (a group "Delivery" and no "delivery": Campaign keys
 * groups by internal name, so that record is the built-in renamed).
 */
export function instanceOperatorGroups(model: Model, instance: Instance, extraGroups: readonly string[] = []): InstanceGroups | undefined {
  const byName = new Map<string, OperatorGroup>();
  for (const group of [...instance.groups, ...sharedOperatorGroups(model, instance)]) {
    if (!byName.has(group.name.value)) byName.set(group.name.value, group);
  }
  if (byName.size === 0) return undefined;
  const records = [...byName.values()];
  const builtin = builtinOperatorGroups();
  const completeBy = records.find((group) => builtin.has(group.name.value));
  const known = new Set(byName.keys());
  for (const name of extraGroups) known.add(name);
  if (!completeBy) {
    const lowerCased = new Set(records.map((group) => group.name.value.toLowerCase()));
    for (const name of builtin) if (!lowerCased.has(name.toLowerCase())) known.add(name);
  }
  return { records, known, ...(completeBy ? { completeBy } : {}) };
}

/** Whether `name` is a built-in group that the instance's complete export does not contain. */
export function isMissingBuiltin(groups: InstanceGroups, name: string): boolean {
  return groups.completeBy !== undefined && builtinOperatorGroups().has(name) && !groups.known.has(name);
}
