// Reads the base revision without changing the user's clone in any way, fetching it from origin when needed.
//
// In CI the base commit is often missing (actions/checkout fetches one commit by default). Fetching it into the
// clone would change it: `--depth=1` makes a complete clone shallow, or adds a line to `.git/shallow` of a
// shallow one; without `--depth`, a shallow clone would download the base's whole history; and a fetch writes
// refs, FETCH_HEAD and objects. Even reading can write: a partial clone (`--filter=blob:none`) fetches a
// missing file's content into itself when it is read. So everything git may write goes to a scratch store, a
// temporary bare repository outside the clone, deleted afterwards:
// - the clone's commands run with GIT_OBJECT_DIRECTORY set to the scratch's objects and the clone's own objects
//   as an alternate (GIT_ALTERNATE_OBJECT_DIRECTORIES): they read both, and write (a lazy fetch) only the scratch;
// - a missing base is fetched one commit deep into the scratch, whose config includes the clone's, so origin's
//   URL, credentials (actions/checkout's extraheader), proxies and url.insteadOf apply as to the user's own
//   `git fetch`. The scratch is initialised without templates (no hooks), hooks point nowhere (util/git.ts),
//   and the fetch asks for exactly one ref or commit, into `refs/ims-gate/base` of the scratch only.
// The clone's refs, `.git/shallow`, objects, FETCH_HEAD, config, index and work tree are never written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { git, gitText } from '../util/git.js';

export interface ScratchStore {
  /** The variables under which the clone's git commands read its objects and the scratch's, writing only the latter. */
  env: Record<string, string>;
  /** Fetches `source` (a full commit id, or a ref name origin knows) from origin into the scratch. */
  fetch(source: string, options?: { timeout?: number }): { commit: string } | { error: string };
  /** Deletes the scratch. */
  dispose(): void;
}

const FETCH_TIMEOUT = 120_000;
const PRIVATE_REF = 'refs/ims-gate/base';

/** Options that keep the fetch to the one thing asked for. */
const FETCH_OPTIONS = [
  '--depth=1',
  '--no-tags',
  '--no-write-fetch-head',
  '--no-recurse-submodules',
  '--no-auto-gc',
  '--no-write-commit-graph',
  '--no-prune',
  // A partial clone's filter (remote.origin.partialclonefilter, in the included config) is not applied: the
  // base's files are fetched here, in full, rather than fetched lazily when they are read.
  '--no-filter',
  // No configured refspec (remote.origin.fetch) is applied besides the one given.
  '--refmap=',
  '--quiet',
];

/** An entry of GIT_ALTERNATE_OBJECT_DIRECTORIES: C-quoted when it holds the list separator or a quote. */
function alternateEntry(path: string): string {
  return path.includes(delimiter) || path.startsWith('"') ? `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : path;
}

/** Creates the scratch store for the repository of `root`. The caller must call `dispose()`, also on error. */
export function openScratchStore(root: string): ScratchStore | { error: string } {
  const commonDir = gitText(root, ['rev-parse', '--git-common-dir']);
  const objects = gitText(root, ['rev-parse', '--git-path', 'objects']);
  if (!commonDir || !objects) return { error: 'cannot find the repository folder' };
  const format = gitText(root, ['rev-parse', '--show-object-format']);
  const dir = mkdtempSync(join(tmpdir(), 'ims-gate-base-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  const fail = (error: string) => {
    dispose();
    return { error };
  };
  const gitDir = join(dir, 'store.git');
  // --template= : no hooks, no info/exclude. The object format must match the clone's (SHA-1 or SHA-256).
  const init = git(dir, [
    'init',
    '--quiet',
    '--bare',
    '--template=',
    ...(format === 'sha256' ? ['--object-format=sha256'] : []),
    '--',
    gitDir,
  ]);
  if (!init.ok) return fail(init.error);
  const include = git(dir, [`--git-dir=${gitDir}`, 'config', 'include.path', resolve(root, commonDir, 'config')]);
  if (!include.ok) return fail(include.error);
  // The included config may say core.bare=false (the clone's); the scratch has no work tree.
  const store = [`--git-dir=${gitDir}`, '-c', 'core.bare=true'];
  return {
    env: { GIT_OBJECT_DIRECTORY: join(gitDir, 'objects'), GIT_ALTERNATE_OBJECT_DIRECTORIES: alternateEntry(resolve(root, objects)) },
    fetch(source, options = {}) {
      // A leading '+' (force) is taken off by git before the source is read, so a name beginning with '+' stays whole.
      const fetched = git(dir, [...store, 'fetch', ...FETCH_OPTIONS, '--end-of-options', 'origin', `+${source}:${PRIVATE_REF}`], {
        timeout: options.timeout ?? FETCH_TIMEOUT,
      });
      if (!fetched.ok) return { error: fetched.error };
      const commit = gitText(dir, [...store, 'rev-parse', '--verify', '--quiet', '--end-of-options', `${PRIVATE_REF}^{commit}`]);
      return commit ? { commit } : { error: `origin's '${source}' is not a commit` };
    },
    dispose,
  };
}
