// Instance naming conventions of the cross-instance checks, on the one list of instance-name classes
// (util/instance-names.ts).
import type { Config } from '../../config/types.js';
import { DEFAULT_INSTANCE } from '../../model/instances.js';
import type { Instance } from '../../types.js';
import { isNonProductionName, isProductionName } from '../../util/instance-names.js';

/**
 * The production instances among `names`: those named so; else, when every other instance is named as a
 * non-production one (`emea` beside `emea-test` and `emea-dev`), the single one that is not.
 */
export function productionInstances(names: readonly string[]): Set<string> {
  const named = names.filter(isProductionName);
  if (named.length > 0) return new Set(named);
  const unmarked = names.filter((name) => !isNonProductionName(name));
  return new Set(unmarked.length === 1 && names.length > 1 ? unmarked : []);
}

/**
 * Whether the instance is a real Campaign instance for cross-instance comparisons: the `default` bucket only
 * holds files that could not be assigned to an instance, unless the config declares an instance of that name.
 */
export function isNamedInstance(instance: Instance, config: Pick<Config, 'instances'>): boolean {
  return instance.name !== DEFAULT_INSTANCE || Object.hasOwn(config.instances, DEFAULT_INSTANCE);
}
