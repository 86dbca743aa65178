// Whether a path (relative to the scan root) is one that discovery would visit, so that base-revision files
// pass through the same include/exclude policy as the working tree's (src/discover/walk.ts walks folders; this
// answers the same question for a single path, without walking).
import picomatch from 'picomatch';
import type { Config } from '../config/types.js';
import { DEFAULT_SKIPPED_FOLDERS } from '../discover/walk.js';

export function discoverable(config: Pick<Config, 'include' | 'exclude'>): (path: string) => boolean {
  const included = config.include.length > 0 ? picomatch(config.include, { dot: true }) : () => true;
  const excluded = config.exclude.length > 0 ? picomatch(config.exclude, { dot: true }) : () => false;
  return (path) => {
    const folders = path.split('/').slice(0, -1);
    for (let i = 0; i < folders.length; i++) {
      const folder = folders.slice(0, i + 1).join('/');
      if (DEFAULT_SKIPPED_FOLDERS.includes(folders[i]) || excluded(folder) || excluded(`${folder}/`)) return false;
    }
    return !excluded(path) && included(path);
  };
}
