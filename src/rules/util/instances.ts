// Instance naming conventions shared by cross-instance checks.
import type { Config } from '../../config/types.js';
import { DEFAULT_INSTANCE } from '../../model/instances.js';
import type { Instance } from '../../types.js';

const PRODUCTION_TOKENS = new Set(['prod', 'production', 'prd']);

/** An instance named prod/production (also as a token: `prod-eu`, `campaign_prod`), never `preprod`. */
export function isProductionInstance(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((token) => PRODUCTION_TOKENS.has(token));
}

/**
 * Whether the instance is a real Campaign instance for cross-instance comparisons: the `default` bucket only
 * holds files that could not be assigned to an instance, unless the config declares an instance of that name.
 */
export function isNamedInstance(instance: Instance, config: Pick<Config, 'instances'>): boolean {
  return instance.name !== DEFAULT_INSTANCE || Object.hasOwn(config.instances, DEFAULT_INSTANCE);
}
