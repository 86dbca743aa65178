// Operator groups (xtk:group) as the rules see them: the built-in groups of every instance (policy data) and the
// groups an instance defines in the repository.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DEFAULT_INSTANCE } from '../../model/instances.js';
import { policyPath } from '../../policy/paths.js';
import type { Instance, Model, OperatorGroup } from '../../types.js';

let builtins: ReadonlySet<string> | undefined;

/** Internal names of the operator groups every instance has (policies/builtin-operator-groups.yml). */
function builtinOperatorGroups(): ReadonlySet<string> {
  if (builtins) return builtins;
  const data = parse(readFileSync(policyPath('builtin-operator-groups.yml'), 'utf8')) as { groups?: unknown };
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

/**
 * Internal names of the operator groups an instance has: its own records, shared records and the built-ins. A
 * built-in counts as renamed, not as existing, when the repository defines it under another case only (a group
 * "Delivery" and no "delivery"): Campaign keys groups by internal name, so that record is the built-in renamed.
 * `extraGroups` are the config's `operatorGroups`: groups every instance has that are not exported here.
 */
export function knownOperatorGroups(model: Model, instance: Instance, extraGroups: readonly string[] = []): Set<string> {
  const names = new Set<string>();
  for (const group of instance.groups) names.add(group.name.value);
  for (const group of sharedOperatorGroups(model, instance)) names.add(group.name.value);
  const renamed = new Set([...names].map((name) => name.toLowerCase()));
  for (const builtin of [...builtinOperatorGroups(), ...extraGroups]) {
    if (names.has(builtin) || !renamed.has(builtin.toLowerCase())) names.add(builtin);
  }
  return names;
}
