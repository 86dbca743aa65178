// The YAML policies the runtime reads (policies/rules/*.yml, fields.yml, coverage.yml, builtin-operator-groups.yml),
// parsed. `npm run generate` writes them parsed into policies/compiled.json, which is read first: parsing YAML is
// the largest part of a cold start, and JSON reads ~100× faster. The YAML stays the source of truth; a test fails
// when compiled.json is stale (`npm run generate -- --check`). A policy missing from it is read from its YAML.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { policyPath } from './paths.js';
import { schemaValidator } from './schemas.js';

let compiled: Record<string, unknown> | undefined;

function compiledPolicies(): Record<string, unknown> {
  if (!compiled) {
    const path = policyPath('compiled.json');
    compiled = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
  }
  return compiled;
}

/** The parsed content of policies/<path> (a YAML file, `/`-separated path). */
export function policyData(path: string): unknown {
  const data = compiledPolicies();
  if (Object.hasOwn(data, path)) return data[path];
  return parse(readFileSync(policyPath(...path.split('/')), 'utf8'));
}

/**
 * policyData(path), validated against policies/schemas/<schema>: a shipped policy that breaks its schema is a bug
 * of the package, thrown with every problem (`what` names it in the message, e.g. "rule metadata").
 */
export function validPolicy<T>(path: string, schema: string, what = ''): T {
  const data = policyData(path);
  const validate = schemaValidator(schema);
  if (!validate(data)) {
    const detail = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`).join('; ');
    throw new Error(`invalid ${what ? `${what} ` : ''}policies/${path}: ${detail}`);
  }
  return data as T;
}
