import { createHash } from 'node:crypto';

/** The value as a fingerprint sees it: white-space runs folded, so re-indenting changes nothing. */
function normalise(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * Stable identity of a finding: rule + instance + field + a hash of the normalised value. Line numbers are
 * left out on purpose, so inserting unrelated lines above a finding keeps its fingerprint (baselines, SARIF).
 */
export function fingerprintOf(ruleId: string, instance: string | undefined, field: string | undefined, value: string): string {
  const valueHash = createHash('sha256').update(normalise(value)).digest('hex').slice(0, 16);
  return createHash('sha256').update(`${ruleId}\0${instance ?? ''}\0${field ?? ''}\0${valueHash}`).digest('hex').slice(0, 32);
}
