// Decides which Campaign instance a file belongs to, in the documented order:
// config globs → the file's own hint (manifest `instance:`, config-<name>.xml) → nearest instance-named folder → default.
import type { Config } from '../config/types.js';
import { globMatcher } from '../util/glob.js';
import { instanceClassOf } from '../util/instance-names.js';

export const DEFAULT_INSTANCE = 'default';

type Assignment = { instance: string; by: 'config' | 'hint' | 'folder' } | { instance: undefined; by: 'none' };

export class InstanceResolver {
  private readonly byConfig: { name: string; match: (path: string) => boolean; manifest?: string }[];

  constructor(config: Pick<Config, 'instances'>) {
    this.byConfig = Object.entries(config.instances).map(([name, instance]) => ({
      name,
      match: instance.paths && instance.paths.length > 0 ? globMatcher(instance.paths) : () => false,
      manifest: instance.imsManifest?.replace(/^\.\//, ''),
    }));
  }

  resolve(path: string, hint?: string): Assignment {
    for (const instance of this.byConfig) {
      if (instance.manifest === path || instance.match(path)) return { instance: instance.name, by: 'config' };
    }
    if (hint) return { instance: hint, by: 'hint' };
    const folders = path.split('/').slice(0, -1);
    for (let i = folders.length - 1; i >= 0; i--) {
      // A folder named as a kind of instance (util/instance-names.ts) names its instance.
      if (instanceClassOf(folders[i])) return { instance: folders[i], by: 'folder' };
    }
    return { instance: undefined, by: 'none' };
  }
}

/** `config-<name>.xml` names its instance. */
export function instanceFromFileName(path: string): string | undefined {
  return /(?:^|\/)config-([^/]+)\.xml$/i.exec(path)?.[1];
}
