// What discovery visits: default skips and the config's include/exclude globs, as predicates on POSIX paths
// relative to the scan root. The walker (walk.ts) asks them of every folder and file it meets; restart detection
// (src/restart/paths.ts) asks them of base-revision paths, so that both sides of a diff see the same files.
// Globs are matched in time linear in the path (src/util/glob.ts); the config loader has refused any that does
// not compile.
import type { Config } from '../config/types.js';
import { globMatcher } from '../util/glob.js';

/** Folders never worth scanning: VCS data, dependencies, and our own bundle. */
const DEFAULT_SKIPPED_FOLDERS = ['.git', 'node_modules', 'dist'];
/** Default skips that may hold files a person put there (unlike .git): worth a look, so that none is skipped silently. */
const LOOKED_INTO = ['node_modules', 'dist'];

interface DiscoveryPolicy {
  /** Whether discovery enters the folder at `path`. */
  entersFolder(path: string): boolean;
  /** Whether the file at `path` is read, once discovery has entered every folder above it. */
  takesFile(path: string): boolean;
  /** Whether a folder that discovery does not enter is left out by default only (not by the config's exclude). */
  skippedByDefault(path: string): boolean;
}

function matcher(globs: string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  return globMatcher(globs);
}

export function discoveryPolicy(config: Pick<Config, 'include' | 'exclude'>): DiscoveryPolicy {
  const included = config.include.length > 0 ? matcher(config.include) : () => true;
  const excluded = matcher(config.exclude);
  const excludedFolder = (path: string): boolean => excluded(path) || excluded(`${path}/`);
  const name = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
  return {
    entersFolder: (path) => !DEFAULT_SKIPPED_FOLDERS.includes(name(path)) && !excludedFolder(path),
    takesFile: (path) => !excluded(path) && included(path),
    skippedByDefault: (path) => LOOKED_INTO.includes(name(path)) && !excludedFolder(path),
  };
}
