// The base revision's read results: the working tree's results for files git says are unchanged since the base,
// and fresh reads (from git objects) of the changed and deleted files that exist at the base. Unrelated files are
// never read again: only paths in `git diff` are looked at, and only those that sniff as IMS configuration parse.
import { parseConfig } from '../config/load.js';
import { defaultConfig, type Config } from '../config/types.js';
import { configuredKinds } from '../discover/configured.js';
import { readFile, sniffKind } from '../read/index.js';
import type { ReadResult } from '../types.js';
import { byString } from '../util/compare.js';
import { git, gitText, objectSizes, readObjects, splitNul } from '../util/git.js';
import { isFullSha, parseBaseRevision, quoteValue, type BaseRevision } from '../util/git-ref.js';
import { openScratchStore, type ScratchStore } from './scratch-store.js';
import { discoverable } from './paths.js';

/** `config` is set when the config file changed since the base: the base's own instance assignment. */
type BaseOutcome = { results: ReadResult[]; commit: string; config?: Config } | { skipped: string };

/** Regular files only: symbolic links (120000) and submodules (160000) hold no configuration text. */
const REGULAR_FILE = /^100[0-7]{3}$/;

const SKIPPED = 'Restart detection skipped.';
const HOW_TO_FETCH = 'fetch it or use actions/checkout with fetch-depth: 0';

function missingBaseMessage(ref: string): string {
  return `base ref '${ref}' is not available in this checkout (shallow clone?); ${HOW_TO_FETCH}. ${SKIPPED}`;
}

/** Git's message, with any URL password or token masked (git may quote origin's URL). */
function maskUserinfo(message: string): string {
  return message.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
}

/**
 * The commit of `revision`, if the clone (or the scratch store) has it. `rev-list --missing=print` is the one
 * command that never fetches a missing object lazily in a partial clone (rev-parse would, into the clone).
 */
function verify(root: string, revision: string, env: Record<string, string>): string | undefined {
  const out = gitText(root, ['rev-list', '--missing=print', '--no-walk', '--end-of-options', `${revision}^{commit}`, '--'], { env });
  const commit = out?.split('\n')[0];
  return commit && isFullSha(commit) ? commit : undefined;
}

/**
 * Resolves the base revision to a commit. When it is missing locally and origin can be asked for it (a full
 * commit id, or a branch or tag name), it is fetched into the scratch store, never into the clone.
 */
function resolveBase(
  root: string,
  ref: string,
  revision: BaseRevision,
  scratch: ScratchStore,
  log: (line: string) => void,
): string | { skipped: string } {
  const local = verify(root, revision.text, scratch.env);
  if (local) return local;
  if (revision.kind === 'local') return { skipped: missingBaseMessage(ref) };
  const source = revision.kind === 'commit' ? revision.text : revision.remoteRef;
  log(
    `ims-gate: base ref '${ref}' is not in this checkout; fetching it from origin (one commit, into a temporary repository; the clone is not changed).`,
  );
  const fetched = scratch.fetch(source);
  if ('error' in fetched) {
    const reason = maskUserinfo(fetched.error);
    log(`ims-gate: warning: cannot fetch base ref '${ref}' from origin (git: ${reason}); restart detection skipped.`);
    return {
      skipped: `base ref '${ref}' is not available in this checkout (shallow clone?), and origin cannot provide it (git: ${reason}); ${HOW_TO_FETCH}. ${SKIPPED}`,
    };
  }
  return verify(root, fetched.commit, scratch.env) ?? { skipped: missingBaseMessage(ref) };
}

interface ChangedPath {
  path: string;
  /** The base blob, when the path is a regular file at the base. */
  baseBlob?: string;
}

/** `git diff --raw -z` output: `:oldmode newmode oldid newid status\0path\0` per path. */
function parseRawDiff(fields: string[]): ChangedPath[] {
  const changed: ChangedPath[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [oldMode, , oldId] = fields[i].replace(/^:/, '').split(' ');
    const path = fields[i + 1];
    const exists = REGULAR_FILE.test(oldMode ?? '') && oldId !== undefined && !/^0+$/.test(oldId);
    changed.push({ path, baseBlob: exists ? oldId : undefined });
  }
  return changed;
}

const CHUNK_BYTES = 64 * 1024 * 1024;

function* batches(entries: Required<ChangedPath>[], sizes: Map<string, number>): Generator<Required<ChangedPath>[]> {
  let batch: Required<ChangedPath>[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = sizes.get(entry.baseBlob) ?? 0;
    if (batch.length > 0 && bytes + size > CHUNK_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(entry);
    bytes += size;
  }
  if (batch.length > 0) yield batch;
}

const compareFiles = byString((result: ReadResult) => result.file);

export function readBase(
  root: string,
  ref: string,
  config: Config,
  headResults: ReadResult[],
  log: (line: string) => void = () => undefined,
): BaseOutcome {
  const revision = parseBaseRevision(ref);
  if ('problem' in revision)
    return { skipped: `base ref '${quoteValue(ref)}' is not a valid git revision: ${revision.problem}. ${SKIPPED}` };
  const top = git(root, ['rev-parse', '--show-toplevel']);
  if (!top.ok) {
    return {
      skipped: top.missingGit
        ? `git is not installed or not on PATH, so base ref '${ref}' cannot be read. ${SKIPPED}`
        : /not a git repository/i.test(top.error)
          ? `base ref '${ref}' was given, but the scan root is not inside a git repository (git: ${top.error}). ${SKIPPED}`
          : `base ref '${ref}' was given, but git cannot use the repository of the scan root (git: ${top.error}${/dubious ownership/i.test(top.error) ? '; mark it safe with `git config --global --add safe.directory <path>`' : ''}). ${SKIPPED}`,
    };
  }
  const scratch = openScratchStore(root);
  if ('error' in scratch) return { skipped: `cannot prepare to read base ref '${ref}' (git: ${scratch.error}). ${SKIPPED}` };
  try {
    const commit = resolveBase(root, ref, revision, scratch, log);
    return typeof commit === 'string' ? readAt(root, ref, commit, scratch.env, config, headResults) : commit;
  } finally {
    scratch.dispose();
  }
}

/** Reads the base revision's results, once the base commit is known (and readable under `env`). */
function readAt(
  root: string,
  ref: string,
  commit: string,
  env: Record<string, string>,
  config: Config,
  headResults: ReadResult[],
): BaseOutcome {
  // Paths relative to the scan root (--relative, pathspec "."), even when the root is a subfolder of the work tree.
  const diff = git(
    root,
    [
      'diff',
      '--raw',
      '-z',
      '--no-renames',
      '--no-abbrev',
      '--no-ext-diff',
      '--no-textconv',
      '--ignore-submodules=all',
      '--relative',
      '--end-of-options',
      commit,
      '--',
      '.',
    ],
    { env },
  );
  if (!diff.ok) return { skipped: `cannot compare the working tree with base ref '${ref}' (git diff: ${diff.error}). ${SKIPPED}` };
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', '.'], { env });
  if (!untracked.ok) return { skipped: `cannot list untracked files (git ls-files: ${untracked.error}). ${SKIPPED}` };

  const changed = parseRawDiff(splitNul(diff.stdout));
  const changedPaths = new Set([...changed.map((entry) => entry.path), ...splitNul(untracked.stdout)]);
  const visible = discoverable(config);
  // Files the config names are read as their kind on both sides, wherever they are and whatever they look like.
  const configured = configuredKinds(config);
  const wanted = changed.filter(
    (entry) => entry.baseBlob !== undefined && (configured.has(entry.path) || visible(entry.path)),
  ) as Required<ChangedPath>[];

  const sizes = objectSizes(root, [...new Set(wanted.map((entry) => entry.baseBlob))], { env });
  if ('error' in sizes) return { skipped: `cannot read base ref '${ref}' (git cat-file: ${sizes.error}). ${SKIPPED}` };
  // Over the size limit at the base: left out, as discovery leaves it out of a scan.
  const readable = wanted.filter((entry) => (sizes.get(entry.baseBlob) ?? Infinity) <= config.maxFileSizeBytes);
  const results = headResults.filter((result) => !changedPaths.has(result.file));
  // Read in batches of about CHUNK_BYTES, so that a change touching many large files is never held whole.
  for (const batch of batches(readable, sizes)) {
    const objects = readObjects(
      root,
      [...new Set(batch.map((entry) => entry.baseBlob))],
      batch.reduce((sum, entry) => sum + (sizes.get(entry.baseBlob) ?? 0), 0),
      { env },
    );
    if ('error' in objects) return { skipped: `cannot read base ref '${ref}' (git cat-file: ${objects.error}). ${SKIPPED}` };
    for (const entry of batch) {
      const bytes = objects.get(entry.baseBlob)?.bytes;
      if (!bytes) continue;
      const kind = configured.get(entry.path) ?? sniffKind(entry.path, bytes);
      if (kind) results.push(readFile(entry.path, bytes, kind));
    }
  }
  results.sort(compareFiles);
  return { results, commit, config: baseConfig(root, config, changed, env) };
}

/**
 * The config the base revision was scanned with, when the config file changed since: its instances (paths,
 * urls, manifests) and Admin Console exports decide where the base's files belong. The head's field mapping and
 * account types are kept, so that a mapping change alone is never a setting change. Undefined when unchanged,
 * unreadable, or invalid at the base (the head's config is then the best guess).
 */
function baseConfig(root: string, config: Config, changed: ChangedPath[], env: Record<string, string>): Config | undefined {
  const source = config.source;
  const entry = source === undefined ? undefined : changed.find((candidate) => candidate.path === source);
  if (!entry) return undefined;
  let assignment: Config = defaultConfig();
  if (entry.baseBlob !== undefined) {
    const objects = readObjects(root, [entry.baseBlob], 1024 * 1024, { env });
    const bytes = 'error' in objects ? undefined : objects.get(entry.baseBlob)?.bytes;
    if (!bytes) return undefined;
    const parsed = parseConfig(bytes.toString('utf8'), entry.path);
    if (parsed.problems.length > 0) return undefined;
    assignment = parsed.config;
  }
  return { ...config, instances: assignment.instances, enterpriseDashboard: assignment.enterpriseDashboard };
}
