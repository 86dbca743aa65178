// The files the config names (an instance's `imsManifest`, the `enterpriseDashboard` exports) are inputs whatever
// their content looks like: they are never sniffed, and never left out by the include/exclude globs or the default
// skips either, since naming a file in the config is the strongest sign that it matters. A named file that does not
// exist (or is a folder, or lies outside the scan root) is an IMS000 error at the config line that names it.
import { realpathSync, statSync } from 'node:fs';
import { irregularKind } from '../util/regular-file.js';
import { isAbsolute, join, posix } from 'node:path';
import type { Config } from '../config/types.js';
import type { FileKind, ReadProblem } from '../types.js';
import { relativeInside } from '../util/paths.js';
import type { DiscoveredFile } from './walk.js';

interface ConfiguredFiles {
  /** The named files that exist, with POSIX paths relative to the root as discovery gives them. */
  files: DiscoveredFile[];
  /** The kind of each named file, by path. */
  kinds: Map<string, FileKind>;
  problems: ReadProblem[];
}

/** The config's path as discovery names files: POSIX, relative to the root, without `./`; undefined outside the root. */
function rootRelative(path: string): string | undefined {
  if (isAbsolute(path) || /^[A-Za-z]:/.test(path)) return undefined;
  const normal = posix.normalize(path.replace(/\\/g, '/'));
  if (normal === '..' || normal.startsWith('../') || normal === '.') return undefined;
  return normal.replace(/\/$/, '');
}

/**
 * The kind of each file the config names, by root-relative path, without looking at the file system: for readers
 * of another revision (restart detection reads the base revision from git), which must read these files as the
 * working tree does.
 */
export function configuredKinds(config: Pick<Config, 'inputs'>): Map<string, FileKind> {
  const kinds = new Map<string, FileKind>();
  for (const input of config.inputs ?? []) {
    const path = rootRelative(input.path);
    if (path !== undefined && !kinds.has(path)) kinds.set(path, input.kind);
  }
  return kinds;
}

export function configuredFiles(root: string, config: Pick<Config, 'inputs'>): ConfiguredFiles {
  const result: ConfiguredFiles = { files: [], kinds: new Map(), problems: [] };
  const realRoot = realpathSync(root);
  for (const input of config.inputs ?? []) {
    const named = `${input.key} names "${input.path}"`;
    const problem = (what: string): void => {
      result.problems.push({
        message: `${named}, which ${what}; expected the path of a file inside the scan root, relative to it`,
        loc: input.loc,
      });
    };
    const path = rootRelative(input.path);
    if (path === undefined) {
      problem('is not inside the scan root');
      continue;
    }
    if (result.kinds.has(path)) continue;
    const absolutePath = join(realRoot, path);
    let real: string;
    try {
      real = realpathSync(absolutePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problem(code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : `cannot be read (${code ?? String(error)})`);
      continue;
    }
    if (relativeInside(realRoot, real) === undefined) {
      problem('is a symbolic link pointing outside the scan root (not followed)');
      continue;
    }
    const stat = statSync(real);
    if (!stat.isFile()) {
      problem(stat.isDirectory() ? 'is a folder, not a file' : `is ${irregularKind(stat)}, not a regular file`);
      continue;
    }
    result.kinds.set(path, input.kind);
    result.files.push({ path, absolutePath });
  }
  return result;
}
