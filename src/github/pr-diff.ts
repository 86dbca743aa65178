// The lines a pull request changes, from GET /repos/{o}/{r}/pulls/{n}/files (paged and bounded): for each file,
// the RIGHT-side lines its patch shows (added and context lines: where a review comment may go) and the added
// ones (what `annotate: changed-lines` keeps). A file without a patch (binary, too large) shows no line.
import type { GitHubClient } from './octokit.js';
import { cappedPages } from './octokit.js';

/** 30 pages of 100: GitHub lists at most 3,000 files of a pull request. */
export const MAX_FILE_PAGES = 30;

export interface FileDiff {
  /** RIGHT-side lines of the patch (context and added), each with the index of its hunk. */
  right: Map<number, number>;
  added: Set<number>;
}

/** Repository-relative path → its diff. */
export type PullRequestDiff = Map<string, FileDiff>;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** The RIGHT-side lines of a unified-diff patch as GitHub gives it (hunks only, no file header). */
export function parsePatch(patch: string): FileDiff {
  const diff: FileDiff = { right: new Map(), added: new Set() };
  let line = 0;
  let hunk = -1;
  for (const text of patch.split('\n')) {
    const header = HUNK.exec(text);
    if (header) {
      line = Number(header[1]);
      hunk++;
      continue;
    }
    if (hunk < 0) continue;
    const kind = text[0];
    if (kind === '+') {
      diff.right.set(line, hunk);
      diff.added.add(line++);
    } else if (kind === ' ' || text === '') {
      // An empty line inside a hunk is a context line whose leading space an editor dropped.
      diff.right.set(line++, hunk);
    }
    // '-' lines are LEFT only; '\ No newline at end of file' is no line.
  }
  return diff;
}

interface ListedFile {
  filename?: unknown;
  patch?: unknown;
}

export async function readPullRequestDiff(
  client: GitHubClient,
  target: { owner: string; repo: string; pullNumber: number },
): Promise<PullRequestDiff> {
  const pages = client.paginate.iterator(client.rest.pulls.listFiles, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullNumber,
    per_page: 100,
  });
  const diff: PullRequestDiff = new Map();
  for await (const page of cappedPages<ListedFile>(pages, MAX_FILE_PAGES, `files of pull request #${target.pullNumber}`)) {
    for (const file of page) {
      if (typeof file.filename !== 'string') continue;
      diff.set(file.filename, typeof file.patch === 'string' ? parsePatch(file.patch) : { right: new Map(), added: new Set() });
    }
  }
  return diff;
}

/** Whether lines [start, end] of `path` are all on the RIGHT side of one hunk of the diff. */
export function inOneHunk(diff: PullRequestDiff, path: string, start: number, end: number): boolean {
  const file = diff.get(path);
  const hunk = file?.right.get(start);
  if (!file || hunk === undefined) return false;
  for (let line = start + 1; line <= end; line++) if (file.right.get(line) !== hunk) return false;
  return true;
}

/**
 * The findings `annotate` keeps for annotations and suggestions: all of them, those in a changed file, or those
 * with a line added by the pull request. The verdict never uses this: it covers the whole repository.
 */
export function filterByDiff<T extends { file: string; line: number; endLine: number }>(
  findings: readonly T[],
  diff: PullRequestDiff,
  repoPath: (file: string) => string,
  mode: 'all' | 'changed-files' | 'changed-lines',
): T[] {
  if (mode === 'all') return [...findings];
  return findings.filter((finding) => {
    const file = diff.get(repoPath(finding.file));
    if (!file) return false;
    if (mode === 'changed-files') return true;
    for (let line = finding.line; line <= Math.max(finding.line, finding.endLine); line++) if (file.added.has(line)) return true;
    return false;
  });
}
