// Fetches the base commit from origin without changing the user's clone in any way.
//
// In CI the base commit is often missing (actions/checkout fetches one commit by default). Fetching it into the
// clone would change it: `--depth=1` makes a complete clone shallow, or adds a line to `.git/shallow` of a
// shallow one; without `--depth`, a shallow clone would download the base's whole history; and a fetch writes
// refs, FETCH_HEAD, and objects. So the commit is fetched, one commit deep, into a temporary bare repository
// outside the clone, which is deleted afterwards:
// - its config includes the clone's, so origin's URL, credentials (actions/checkout's extraheader), proxies and
//   url.insteadOf apply as they do to the user's own `git fetch`;
// - it is initialised without templates (no hooks), and every hook path points nowhere;
// - the fetch asks for exactly one ref or commit, with `--no-tags --refmap= --no-prune --no-write-fetch-head`,
//   into `refs/ims-gate/base` of the temporary repository;
// - the clone then reads the commit through GIT_ALTERNATE_OBJECT_DIRECTORIES, a read-only lookup: its refs,
//   `.git/shallow`, objects, index and work tree are never written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { git, gitText } from '../util/git.js';

export interface FetchedBase {
  commit: string;
  /** The variables under which the clone's git commands see the fetched objects. */
  env: Record<string, string>;
  /** Deletes the temporary repository. */
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
  // No configured refspec (remote.origin.fetch) is applied besides the one given.
  '--refmap=',
  '--quiet',
];

function temporaryRepository(root: string): { dir: string; gitDir: string } | { error: string } {
  const commonDir = gitText(root, ['rev-parse', '--git-common-dir']);
  if (!commonDir) return { error: 'cannot find the repository folder' };
  const format = gitText(root, ['rev-parse', '--show-object-format']);
  const dir = mkdtempSync(join(tmpdir(), 'ims-gate-base-'));
  const gitDir = join(dir, 'store.git');
  const fail = (error: string) => (rmSync(dir, { recursive: true, force: true }), { error });
  if (dir.includes(delimiter)) return fail(`the temporary folder '${dir}' contains '${delimiter}'`);
  // --template= : no hooks, no info/exclude. The object format must match the clone's (SHA-1 or SHA-256).
  const init = git(dir, ['init', '--quiet', '--bare', '--template=', ...(format === 'sha256' ? ['--object-format=sha256'] : []), '--', gitDir]);
  if (!init.ok) return fail(init.error);
  const include = git(dir, [`--git-dir=${gitDir}`, 'config', 'include.path', resolve(root, commonDir, 'config')]);
  if (!include.ok) return fail(include.error);
  return { dir, gitDir };
}

/**
 * Fetches `source` (a full commit id, or a ref name origin knows) from origin into a temporary repository.
 * The caller must call `dispose()` when done, also on error.
 */
export function fetchBase(root: string, source: string, options: { timeout?: number } = {}): FetchedBase | { error: string } {
  const repository = temporaryRepository(root);
  if ('error' in repository) return repository;
  const { dir, gitDir } = repository;
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    // The included config may say core.bare=false (the clone's); this repository has no work tree.
    const store = [`--git-dir=${gitDir}`, '-c', 'core.bare=true'];
    // A leading '+' (force) is taken off by git before the source is read, so a name beginning with '+' stays whole.
    const fetched = git(dir, [...store, 'fetch', ...FETCH_OPTIONS, '--end-of-options', 'origin', `+${source}:${PRIVATE_REF}`], { timeout: options.timeout ?? FETCH_TIMEOUT });
    if (!fetched.ok) {
      dispose();
      return { error: fetched.error };
    }
    const commit = gitText(dir, [...store, 'rev-parse', '--verify', '--quiet', '--end-of-options', `${PRIVATE_REF}^{commit}`]);
    if (!commit) {
      dispose();
      return { error: `origin's '${source}' is not a commit` };
    }
    return { commit, env: { GIT_ALTERNATE_OBJECT_DIRECTORIES: join(gitDir, 'objects') }, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
