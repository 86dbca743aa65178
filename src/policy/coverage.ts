// The default hints of skipped checks (policies/coverage.yml, validated by policies/schemas/coverage.schema.json).
import type { SkipReason } from '../types.js';
import { validPolicy } from './data.js';

interface ReasonWording {
  /** What makes the rule check the instance; `{{instance}}` is the instance's name. */
  hint: string;
}

let cached: Record<SkipReason, ReasonWording> | undefined;

export function skipReasonWordings(): Record<SkipReason, ReasonWording> {
  if (cached) return cached;
  const data = validPolicy<{ reasons: Record<SkipReason, ReasonWording> }>('coverage.yml', 'coverage.schema.json');
  cached = data.reasons;
  return cached;
}

/** The default hint of a reason for an instance: "set instances.prod.imsManifest". */
export function skipReasonHint(reason: SkipReason, instance: string): string {
  return skipReasonWordings()[reason].hint.replaceAll('{{instance}}', instance).replace(/\s+/g, ' ').trim();
}
