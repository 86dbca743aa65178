// The base revision's read results: the working tree's results for files git says are unchanged since the base,
// and fresh reads (from git objects) of the changed and deleted files that exist at the base. Unrelated files are
// never read again: only paths in `git diff` are looked at, and only those that sniff as IMS configuration parse.
import { parseConfig } from '../config/load.js';
import { defaultConfig, type Config } from '../config/types.js';
import { readFile, sniffKind } from '../read/index.js';
import type { ReadResult } from '../types.js';
import { git, gitText, objectSizes, readObjects, splitNul } from '../util/git.js';
import { discoverable } from './paths.js';

/** `config` is set when the config file changed since the base: the base's own instance assignment. */
type BaseOutcome = { results: ReadResult[]; commit: string; config?: Config } | { skipped: string };

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** A branch or ref name that `git fetch origin <name>` can ask for (no revision syntax such as ~, ^, :, @{). */
const BRANCH = /^(?!.*\.\.)(?!.*\/\/)(?!.*\.lock$)(?!.*\/$)(?!\/)[A-Za-z0-9._/-]+$/;
const FETCH_TIMEOUT = 120_000;
/** Regular files only: symbolic links (120000) and submodules (160000) hold no configuration text. */
const REGULAR_FILE = /^100[0-7]{3}$/;

function missingBaseMessage(ref: string): string {
  return `base ref '${ref}' is not available in this checkout (shallow clone?); fetch it or use actions/checkout with fetch-depth: 0. Restart detection skipped.`;
}

function verify(root: string, ref: string): string | undefined {
  return gitText(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]) || undefined;
}

/** Resolves the base ref to a commit, fetching it (one commit deep) from origin when it is missing locally. */
function resolveBase(root: string, ref: string): string | undefined {
  const local = verify(root, ref);
  if (local) return local;
  const fetchable = FULL_SHA.test(ref) || (BRANCH.test(ref) && !ref.startsWith('-') && ref !== 'HEAD');
  if (!fetchable) return undefined;
  const name = ref.startsWith('origin/') ? ref.slice('origin/'.length) : ref;
  const fetched = git(root, ['fetch', '--depth=1', '--no-tags', '--quiet', '--no-write-fetch-head', 'origin', name], { timeout: FETCH_TIMEOUT });
  if (!fetched.ok) return undefined;
  // A branch fetched without a local branch of that name is found under origin/<name>.
  return verify(root, ref) ?? (FULL_SHA.test(ref) ? undefined : verify(root, `origin/${name}`));
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

function compareFiles(a: ReadResult, b: ReadResult): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

export function readBase(root: string, ref: string, config: Config, headResults: ReadResult[]): BaseOutcome {
  if (ref.startsWith('-') || /[\0-\x1f\x7f]/.test(ref)) return { skipped: `base ref '${ref}' is not a valid git revision. Restart detection skipped.` };
  const top = git(root, ['rev-parse', '--show-toplevel']);
  if (!top.ok) {
    return {
      skipped: top.missingGit
        ? `git is not installed or not on PATH, so base ref '${ref}' cannot be read. Restart detection skipped.`
        : /not a git repository/i.test(top.error)
          ? `base ref '${ref}' was given, but the scan root is not inside a git repository (git: ${top.error}). Restart detection skipped.`
          : `base ref '${ref}' was given, but git cannot use the repository of the scan root (git: ${top.error}${/dubious ownership/i.test(top.error) ? '; mark it safe with `git config --global --add safe.directory <path>`' : ''}). Restart detection skipped.`,
    };
  }
  const commit = resolveBase(root, ref);
  if (!commit) return { skipped: missingBaseMessage(ref) };

  // Paths relative to the scan root (--relative, pathspec "."), even when the root is a subfolder of the work tree.
  const diff = git(root, ['diff', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', '--no-textconv', '--ignore-submodules=all', '--relative', commit, '--', '.']);
  if (!diff.ok) return { skipped: `cannot compare the working tree with base ref '${ref}' (git diff: ${diff.error}). Restart detection skipped.` };
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', '.']);
  if (!untracked.ok) return { skipped: `cannot list untracked files (git ls-files: ${untracked.error}). Restart detection skipped.` };

  const changed = parseRawDiff(splitNul(diff.stdout));
  const changedPaths = new Set([...changed.map((entry) => entry.path), ...splitNul(untracked.stdout)]);
  const visible = discoverable(config);
  const wanted = changed.filter((entry) => entry.baseBlob !== undefined && visible(entry.path)) as Required<ChangedPath>[];

  const sizes = objectSizes(root, [...new Set(wanted.map((entry) => entry.baseBlob))]);
  if ('error' in sizes) return { skipped: `cannot read base ref '${ref}' (git cat-file: ${sizes.error}). Restart detection skipped.` };
  // Over the size limit at the base: left out, as discovery leaves it out of a scan.
  const readable = wanted.filter((entry) => (sizes.get(entry.baseBlob) ?? Infinity) <= config.maxFileSizeBytes);
  const results = headResults.filter((result) => !changedPaths.has(result.file));
  // Read in batches of about CHUNK_BYTES, so that a change touching many large files is never held whole.
  for (const batch of batches(readable, sizes)) {
    const objects = readObjects(root, [...new Set(batch.map((entry) => entry.baseBlob))], batch.reduce((sum, entry) => sum + (sizes.get(entry.baseBlob) ?? 0), 0));
    if ('error' in objects) return { skipped: `cannot read base ref '${ref}' (git cat-file: ${objects.error}). Restart detection skipped.` };
    for (const entry of batch) {
      const bytes = objects.get(entry.baseBlob)?.bytes;
      if (!bytes) continue;
      const kind = sniffKind(entry.path, bytes);
      if (kind) results.push(readFile(entry.path, bytes, kind));
    }
  }
  results.sort(compareFiles);
  return { results, commit, config: baseConfig(root, config, changed) };
}

/**
 * The config the base revision was scanned with, when the config file changed since: its instances (paths,
 * urls, manifests) and Admin Console exports decide where the base's files belong. The head's field mapping and
 * account types are kept, so that a mapping change alone is never a setting change. Undefined when unchanged,
 * unreadable, or invalid at the base (the head's config is then the best guess).
 */
function baseConfig(root: string, config: Config, changed: ChangedPath[]): Config | undefined {
  const source = config.source;
  const entry = source === undefined ? undefined : changed.find((candidate) => candidate.path === source);
  if (!entry) return undefined;
  let assignment: Config = defaultConfig();
  if (entry.baseBlob !== undefined) {
    const objects = readObjects(root, [entry.baseBlob], 1024 * 1024);
    const bytes = 'error' in objects ? undefined : objects.get(entry.baseBlob)?.bytes;
    if (!bytes) return undefined;
    const parsed = parseConfig(bytes.toString('utf8'), entry.path);
    if (parsed.problems.length > 0) return undefined;
    assignment = parsed.config;
  }
  return { ...config, instances: assignment.instances, enterpriseDashboard: assignment.enterpriseDashboard };
}
