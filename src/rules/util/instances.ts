// Instance naming conventions shared by cross-instance checks.
import type { Config } from '../../config/types.js';
import { DEFAULT_INSTANCE } from '../../model/instances.js';
import type { Instance } from '../../types.js';

const PRODUCTION_TOKENS = new Set(['prod', 'production', 'prd', 'live']);
const NON_PRODUCTION_TOKENS = new Set(['stage', 'staging', 'stg', 'preprod', 'preproduction', 'dev', 'development', 'test', 'tst', 'qa', 'uat', 'sandbox', 'int', 'integration', 'demo', 'training']);

function tokens(name: string): string[] {
  return name.toLowerCase().split(/[^a-z0-9]+/);
}

/** An instance named prod/production/live (also as a token: `prod-eu`, `campaign_prod`), never `preprod`. */
function isProductionName(name: string): boolean {
  return tokens(name).some((token) => PRODUCTION_TOKENS.has(token));
}

/**
 * The production instances among `names`: those named so; else, when every other instance is named as a
 * non-production one (`emea` beside `emea-test` and `emea-dev`), the single one that is not.
 */
export function productionInstances(names: readonly string[]): Set<string> {
  const named = names.filter(isProductionName);
  if (named.length > 0) return new Set(named);
  const unmarked = names.filter((name) => !tokens(name).some((token) => NON_PRODUCTION_TOKENS.has(token)));
  return new Set(unmarked.length === 1 && names.length > 1 ? unmarked : []);
}

/**
 * Whether the instance is a real Campaign instance for cross-instance comparisons: the `default` bucket only
 * holds files that could not be assigned to an instance, unless the config declares an instance of that name.
 */
export function isNamedInstance(instance: Instance, config: Pick<Config, 'instances'>): boolean {
  return instance.name !== DEFAULT_INSTANCE || Object.hasOwn(config.instances, DEFAULT_INSTANCE);
}
