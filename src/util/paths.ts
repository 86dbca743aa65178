import { isAbsolute, posix, relative, sep } from 'node:path';

/** The path of `target` relative to `root`, when it lies inside `root` (or is it: ''); undefined outside. */
export function relativeInside(root: string, target: string): string | undefined {
  const rel = relative(root, target);
  // `..` only as a whole first segment: a folder named `..foo` is inside.
  if (isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return undefined;
  return rel;
}

/**
 * Findings carry paths relative to the scan root; GitHub wants them relative to the repository. `prefix` is the
 * root's POSIX path inside the repository. Normalised, so that a config beside the root (`../ims-gate.yml`) stays
 * a clean repository path.
 */
export function underPrefix(prefix: string): ((file: string) => string) | undefined {
  if (prefix === '') return undefined;
  return (file) => posix.normalize(`${prefix}/${file}`);
}

export function toPosix(path: string): string {
  return path.split(sep).join('/');
}
