// A built-in operator group renamed by more than a typo: `delivery` → `deliveryOps`, `operation` → `operations`
// (a typo-sized rename is a near miss, see near-miss-index.ts). The new name usually keeps the old one whole.

/** The old name must be this long at least, so that a short name (`qa`) is not found inside every other. */
const MIN_KEPT_LENGTH = 4;

/** Whether `renamed` keeps `original` whole at its start or end, ignoring case (`deliveryOps`, `OpsDelivery`). */
function keepsName(original: string, renamed: string): boolean {
  const a = original.toLowerCase();
  const b = renamed.toLowerCase();
  if (a.length < MIN_KEPT_LENGTH || a === b) return false;
  return b.startsWith(a) || b.endsWith(a) || (b.length >= MIN_KEPT_LENGTH && a.startsWith(b));
}

/**
 * The one group among `candidates` (groups no Enterprise Dashboard name maps to) that is `builtin` renamed, or
 * undefined when none or several keep its name: with two candidates, which one it became is a guess.
 */
export function renamedBuiltinCandidate<G extends { name: { value: string } }>(builtin: string, candidates: readonly G[]): G | undefined {
  const found = candidates.filter((group) => keepsName(builtin, group.name.value));
  return found.length === 1 ? found[0] : undefined;
}
