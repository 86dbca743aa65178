// Whether a path (relative to the scan root) is one that discovery would visit, so that base-revision files
// pass through the same include/exclude policy as the working tree's. The walker applies that policy
// (src/discover/policy.ts) folder by folder as it goes down; this applies it to a single path, without walking.
import type { Config } from '../config/types.js';
import { discoveryPolicy } from '../discover/policy.js';

export function discoverable(config: Pick<Config, 'include' | 'exclude'>): (path: string) => boolean {
  const policy = discoveryPolicy(config);
  return (path) => {
    const folders = path.split('/').slice(0, -1);
    for (let i = 0; i < folders.length; i++) {
      if (!policy.entersFolder(folders.slice(0, i + 1).join('/'))) return false;
    }
    return policy.takesFile(path);
  };
}
