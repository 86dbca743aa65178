// Clones of a bare "origin", to show that reading the base revision never changes them.
// origin: main = the base commit (two instances); feature = base + a mask change in prod.
// Each clone is of `feature`, has a local-only tag and a stale remote-tracking ref, which
// `git fetch --prune --prune-tags` (the `-pP` of `--base origin/-pP`) would delete.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RestartChange } from '../../src/types.js';
import { GitRepo, accountPackage, runGit, tempDir, twoInstances } from './git-repo.js';

export interface Clones {
  originDir: string;
  baseSha: string;
  featureSha: string;
  make(kind: CloneKind): string;
}

export type CloneKind = 'complete' | 'single-branch' | 'shallow' | 'partial' | 'partial-history';

/** Makes origin; `make` clones it, of `feature`, in one of the ways CI and people clone. */
export function clones(): Clones {
  const work = new GitRepo(twoInstances());
  const baseSha = work.head();
  runGit(work.root, 'checkout', '-q', '-b', 'feature');
  work.write({ 'prod/packages/ims-account.xml': accountPackage({ instance: 'prod', mask: 'Campaign - production - (.*)' }) });
  const featureSha = work.commit('mask');
  const originDir = join(tempDir(), 'origin.git');
  runGit(work.root, 'clone', '-q', '--bare', work.root, originDir);
  runGit(originDir, 'config', 'uploadpack.allowFilter', 'true');
  return {
    originDir,
    baseSha,
    featureSha,
    make(kind) {
      const dir = join(tempDir(), kind);
      const options = {
        complete: [],
        'single-branch': ['--single-branch'],
        shallow: ['--depth=1'],
        partial: ['--depth=1', '--filter=blob:none'],
        'partial-history': ['--filter=blob:none'],
      }[kind];
      runGit(originDir, 'clone', '-q', ...options, '--branch', 'feature', `file://${originDir}`, dir);
      runGit(dir, 'tag', 'local-only-tag');
      if (kind === 'complete') runGit(dir, 'update-ref', 'refs/remotes/origin/stale', featureSha);
      else runGit(dir, 'update-ref', 'refs/remotes/origin/stale', runGit(dir, 'rev-parse', 'HEAD'));
      return dir;
    },
  };
}

/** Everything a user can see of a clone, and more: refs, shallow list, work tree, FETCH_HEAD, config, objects. */
// count-objects counts the loose objects and the packs: a fetch into the clone, lazy or not, adds to them.
export function snapshot(dir: string): Record<string, string | null> {
  const file = (name: string) => (existsSync(join(dir, '.git', name)) ? readFileSync(join(dir, '.git', name), 'utf8') : null);
  return {
    refs: runGit(dir, 'for-each-ref', '--format=%(objectname) %(refname)'),
    shallow: file('shallow'),
    status: runGit(dir, 'status', '--porcelain=v1', '--untracked-files=all', '--ignored'),
    fetchHead: file('FETCH_HEAD'),
    config: file('config'),
    packedRefs: file('packed-refs'),
    objects: runGit(dir, 'count-objects', '-v'),
  };
}

export const MASK_CHANGE: RestartChange = {
  instance: 'prod',
  field: 'account[Adobe_Marketing_Cloud].associationMask',
  file: 'prod/packages/ims-account.xml',
  line: 13,
  before: 'Campaign - prod - (.*)',
  after: 'Campaign - production - (.*)',
};
