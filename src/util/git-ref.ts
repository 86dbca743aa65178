// What a base revision may look like before any of it reaches git. A value from the command line, an action
// input or an event payload is data, never an option: it is checked here against the rules of
// `git check-ref-format` (plus: no component may begin with '-'), and only then passed to git, after
// `--end-of-options`. `git check-ref-format` itself cannot be asked, because it reads a leading '-' as an option.

/** A full commit id: SHA-1 (40 hex digits) or SHA-256 (64). */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** The revision suffixes accepted after a name: `~`, `~N`, `^`, `^N`, repeated (`HEAD~2`, `main^2~1`). */
const SUFFIXES = /^(?:[~^][0-9]{0,6})*$/;
const ABBREVIATED_SHA = /^[0-9a-f]{4,63}$/i;
/** Longer than any ref a person types; git itself has no limit, the file system has one per component. */
const MAX_LENGTH = 1000;

export function isFullSha(value: string): boolean {
  return FULL_SHA.test(value);
}

/**
 * Why `name` is not a valid ref name by `git check-ref-format --allow-onelevel`'s rules, or undefined when it is.
 * One more rule than git's: no component begins with '-', so that no part of it can ever be read as an option.
 */
export function refNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name.length > MAX_LENGTH) return `it is longer than ${MAX_LENGTH} characters`;
  if (name.startsWith('-')) return "it begins with '-' (git would read it as an option)";
  if (/[\x00-\x20\x7f]/.test(name)) return 'it contains white space or a control character';
  const forbidden = /[~^:?*[\\]/.exec(name);
  if (forbidden) return `it contains '${forbidden[0]}'`;
  if (name.includes('..')) return "it contains '..'";
  if (name.includes('@{')) return "it contains '@{'";
  if (name === '@') return "it is '@'";
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return "it begins or ends with '/' or contains '//'";
  if (name.endsWith('.')) return "it ends with '.'";
  for (const component of name.split('/')) {
    const subject = component === name ? 'it' : `'${component}'`;
    if (component.startsWith('-')) return `${subject} begins with '-' (git would read it as an option)`;
    if (component.startsWith('.')) return `${subject} begins with '.'`;
    if (component.endsWith('.lock')) return `${subject} ends with '.lock'`;
  }
  return undefined;
}

/**
 * A base revision, parsed:
 * - `commit`: a full commit id, which origin can be asked for when it is missing locally;
 * - `name`: a branch or tag name, which origin can be asked for as `remoteRef` when it is missing locally;
 * - `local`: anything else that only the local repository can resolve (`HEAD`, `HEAD~1`, `main^`, `1a2b3c4`).
 * `text` is the revision as git is given it.
 */
export type BaseRevision =
  | { kind: 'commit'; text: string }
  | { kind: 'name'; text: string; remoteRef: string }
  | { kind: 'local'; text: string };

/** What to ask origin for, given a name as the user wrote it (`origin/main` → `refs/heads/main`). */
function remoteRefOf(name: string): string | undefined {
  if (name === 'HEAD' || name === 'origin/HEAD' || ABBREVIATED_SHA.test(name)) return undefined;
  for (const prefix of ['refs/remotes/origin/', 'origin/']) {
    if (name.startsWith(prefix)) return `refs/heads/${name.slice(prefix.length)}`;
  }
  // Another remote's tracking ref is not origin's to give; any other full ref name is asked for as it is.
  if (name.startsWith('refs/')) return name.startsWith('refs/remotes/') ? undefined : name;
  // A plain name (`main`, `release/7.3`, `v1.2`): origin resolves it as it resolves `git fetch origin <name>`.
  return name;
}

/** Parses a base revision, or says why it is not one. */
export function parseBaseRevision(value: string): BaseRevision | { problem: string } {
  if (isFullSha(value)) return { kind: 'commit', text: value.toLowerCase() };
  const cut = value.search(/[~^]/);
  const name = cut === -1 ? value : value.slice(0, cut);
  const suffix = cut === -1 ? '' : value.slice(cut);
  const problem = refNameProblem(name);
  if (problem) return { problem: name === value ? problem : `its name '${quoteValue(name)}': ${problem}` };
  if (!SUFFIXES.test(suffix)) return { problem: `'${quoteValue(suffix)}' is not a revision suffix (~N or ^N)` };
  const remoteRef = suffix === '' ? remoteRefOf(name) : undefined;
  return remoteRef ? { kind: 'name', text: value, remoteRef } : { kind: 'local', text: value };
}

export const BASE_REVISION_EXPECTED = 'Expected a commit SHA, or a branch or tag name with an optional ~N or ^N (e.g. origin/main, HEAD~1)';

/** A value for a one-line message: control characters escaped, long values cut. */
export function quoteValue(value: string, max = 80): string {
  const escaped = value.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}

/** The one-line problem with a base revision, or undefined when it is valid. */
export function baseRevisionProblem(value: string): string | undefined {
  const parsed = parseBaseRevision(value);
  return 'problem' in parsed ? parsed.problem : undefined;
}
