// Where the CLI's scan root sits in its git repository. Code scanning (SARIF), workflow commands and the
// Markdown report want paths relative to the repository, and the scan root may be a sub-folder of it. The CLI
// finds that out here, once, and hands the reporters the mapping: reporters never look at the file system.
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { toPosix, underPrefix } from '../util/paths.js';

/**
 * Scan-root-relative path → repository-relative path. Walks up from the root to the folder holding `.git`
 * (a folder, or the file of a worktree or submodule); without one, or at the repository root itself,
 * undefined: paths stay relative to the scan root.
 */
export function gitRepoPath(root: string): ((file: string) => string) | undefined {
  for (let dir = root; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return underPrefix(toPosix(relative(dir, root)));
    if (dirname(dir) === dir) return undefined;
  }
}
