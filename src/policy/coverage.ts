// The default hints of skipped checks (policies/coverage.yml, validated by policies/schemas/coverage.schema.json).
import type { SkipReason } from '../types.js';
import { policyData } from './data.js';
import { schemaValidator } from './schemas.js';

interface ReasonWording {
  /** What makes the rule check the instance; `{{instance}}` is the instance's name. */
  hint: string;
}

let cached: Record<SkipReason, ReasonWording> | undefined;

export function skipReasonWordings(): Record<SkipReason, ReasonWording> {
  if (cached) return cached;
  const data = policyData('coverage.yml') as { reasons: Record<SkipReason, ReasonWording> };
  const validate = schemaValidator('coverage.schema.json');
  if (!validate(data)) {
    const detail = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`).join('; ');
    throw new Error(`invalid policies/coverage.yml: ${detail}`);
  }
  cached = data.reasons;
  return cached;
}

/** The default hint of a reason for an instance: "set instances.prod.imsManifest". */
export function skipReasonHint(reason: SkipReason, instance: string): string {
  return skipReasonWordings()[reason].hint.replaceAll('{{instance}}', instance).replace(/\s+/g, ' ').trim();
}
