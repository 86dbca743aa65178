/** Appends every item. Unlike `target.push(...items)`, safe for arrays of any length (no argument-count limit). */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
