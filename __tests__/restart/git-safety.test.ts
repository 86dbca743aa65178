// The user's clone is never changed by reading the base revision, and no value reaches git as an option.
// Real repositories (clones.ts): a bare "origin", and clones of it — complete, complete but single-branch
// (origin/main is missing, so a fetch is needed), shallow (actions/checkout's default) and partial.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { scan } from '../../src/pipeline.js';
import { openScratchStore } from '../../src/restart/scratch-store.js';
import type { Report } from '../../src/types.js';
import { clones, MASK_CHANGE, snapshot, type Clones, type CloneKind } from './clones.js';
import { runGit, tempDir } from './git-repo.js';

async function cli(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, isTty: false });
    return { code, stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

/** Runs `fn` with a private TMPDIR, and says what it left there (the temporary repository must be gone). */
async function inPrivateTmp<T>(fn: () => Promise<T>): Promise<{ value: T; leftovers: string[] }> {
  const dir = tempDir();
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    const value = await fn();
    return { value, leftovers: readdirSync(dir) };
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

const FETCH_LINE = (ref: string) =>
  `ims-gate: base ref '${ref}' is not in this checkout; fetching it from origin (one commit, into a temporary repository; the clone is not changed).\n`;

let repos: Clones;
beforeAll(() => {
  repos = clones();
});

describe('reading the base revision leaves the clone exactly as it was', () => {
  // [clone, what the base is, the base, a fetch is needed]
  const cases: [CloneKind, string, (r: Clones) => string, boolean][] = [
    ['complete', 'origin/main', () => 'origin/main', false],
    ['complete', 'the base SHA', (r) => r.baseSha, false],
    ['single-branch', 'origin/main', () => 'origin/main', true],
    ['single-branch', 'main', () => 'main', true],
    ['single-branch', 'the base SHA', (r) => r.baseSha, false],
    ['shallow', 'origin/main', () => 'origin/main', true],
    ['shallow', 'refs/heads/main', () => 'refs/heads/main', true],
    ['shallow', "the base SHA (the event payload's base.sha)", (r) => r.baseSha, true],
    ['shallow', 'the base SHA in upper case', (r) => r.baseSha.toUpperCase(), true],
    // A partial clone would fetch the base's files lazily, into itself, when they are read.
    ['partial', 'origin/main', () => 'origin/main', true],
    ['partial', 'the base SHA', (r) => r.baseSha, true],
    // The base commit is there, its changed file's content is not: reading it fetches it, into the scratch only.
    ['partial-history', 'the base SHA', (r) => r.baseSha, false],
  ];

  it.each(cases)(
    '%s clone, --base %s: the change is found; refs, .git/shallow, work tree, objects unchanged',
    async (kind, _what, base, fetches) => {
      const dir = repos.make(kind);
      const ref = base(repos);
      const before = snapshot(dir);
      const { value: result, leftovers } = await inPrivateTmp(() =>
        cli(dir, ['check', '.', '--base', ref, '--format', 'json', '--fail-on', 'never']),
      );
      expect(result.stderr).toBe(fetches ? FETCH_LINE(ref) : '');
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as Report;
      expect(report.restart).toEqual({
        required: true,
        instances: ['prod'],
        commands: { prod: 'nlserver restart web' },
        changes: [MASK_CHANGE],
      });
      expect(snapshot(dir)).toEqual(before);
      expect(leftovers).toEqual([]);
    },
  );

  it('a complete clone never becomes shallow, even when the base must be fetched', async () => {
    const dir = repos.make('single-branch');
    await cli(dir, ['check', '.', '--base', 'origin/main', '--format', 'json']);
    expect(existsSync(join(dir, '.git', 'shallow'))).toBe(false);
    expect(runGit(dir, 'rev-parse', '--is-shallow-repository')).toBe('false');
  });

  it('a shallow clone is not deepened: .git/shallow still lists exactly the checked-out commit', async () => {
    const dir = repos.make('shallow');
    await cli(dir, ['check', '.', '--base', repos.baseSha, '--format', 'json']);
    expect(readFileSync(join(dir, '.git', 'shallow'), 'utf8')).toBe(`${repos.featureSha}\n`);
    // The base commit was read from a temporary repository, never stored in the clone.
    expect(runGit(dir, 'cat-file', '-e', `${repos.featureSha}^{commit}`)).toBe('');
    expect(() => runGit(dir, 'cat-file', '-e', `${repos.baseSha}^{commit}`)).toThrow();
  });
});

describe('a base ref is never read by git as an option', () => {
  const marker = () => join(tempDir(), 'pwned');
  // Values that, passed as an argument to `git fetch origin <value>` (or rev-parse), would be options.
  const cases: [string, (m: string) => string, string][] = [
    ['prune + prune-tags after the remote prefix', () => 'origin/-pP', "'-pP' begins with '-' (git would read it as an option)"],
    ['an option', () => '-pP', "it begins with '-' (git would read it as an option)"],
    ['--upload-pack', (m) => `--upload-pack=touch ${m}`, "it begins with '-' (git would read it as an option)"],
    ['--upload-pack after the remote prefix', (m) => `origin/--upload-pack=touch ${m}`, 'it contains white space or a control character'],
    [
      '--upload-pack without a space',
      (m) => `origin/--upload-pack=${m}`,
      "'--upload-pack=' begins with '-' (git would read it as an option)",
    ],
    ['a second argument after a space', (m) => `origin/main --upload-pack=touch ${m}`, 'it contains white space or a control character'],
    ['a -c option', () => '-ccore.sshCommand=touch', "it begins with '-' (git would read it as an option)"],
    ['a range', () => 'origin/main..HEAD', "it contains '..'"],
    ['a reflog selector', () => 'main@{1}', "it contains '@{'"],
    ['a path in a revision', () => 'HEAD:secrets.txt', "it contains ':'"],
    ['a newline', () => 'main\n--prune', 'it contains white space or a control character'],
    ['a trailing component of dots', () => 'origin/main.lock', "'main.lock' ends with '.lock'"],
  ];

  it.each(cases)('%s: a usage error (exit 2), git is not run, the clone is untouched', async (_name, value, problem) => {
    const dir = repos.make('shallow');
    const m = marker();
    const ref = value(m);
    const before = snapshot(dir);
    const result = await cli(dir, ['check', '.', `--base=${ref}`, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const firstLine = result.stderr.split('\n')[0];
    expect(firstLine).toContain(`ims-gate: --base: invalid value '`);
    expect(firstLine).toContain(
      `': ${problem}. Expected a commit SHA, or a branch or tag name with an optional ~N or ^N (e.g. origin/main, HEAD~1).`,
    );
    expect(existsSync(m)).toBe(false);
    expect(snapshot(dir)).toEqual(before);
    expect(runGit(dir, 'tag', '--list')).toBe('local-only-tag');
  });

  it.each(cases)(
    '%s, reaching the pipeline (an action input or an API caller): restart detection is skipped, nothing run',
    async (_name, value, problem) => {
      const dir = repos.make('complete');
      const m = marker();
      const before = snapshot(dir);
      const { report } = await scan({ root: dir, failOn: 'never', baseRef: value(m), log: () => undefined });
      expect(report.restart.required).toBe(false);
      expect(report.restart.skipped).toMatch(/^base ref '.*' is not a valid git revision: /);
      expect(report.restart.skipped).toContain(`: ${problem}. Restart detection skipped.`);
      expect(report.restart.skipped).not.toContain('\n');
      expect(existsSync(m)).toBe(false);
      expect(snapshot(dir)).toEqual(before);
    },
  );

  it('an empty --base is a usage error too, not a silent "no base"', async () => {
    const dir = repos.make('complete');
    const result = await cli(dir, ['check', '.', '--base=', '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ims-gate: --base: needs a value, got an empty string\n');
  });

  it('valid names that look unusual still work: a branch whose name begins with "+"', async () => {
    runGit(repos.originDir, 'branch', '+plus', repos.baseSha);
    const dir = repos.make('shallow');
    const before = snapshot(dir);
    const result = await cli(dir, ['check', '.', '--base', 'origin/+plus', '--format', 'json', '--fail-on', 'never']);
    expect(result.stderr).toBe(FETCH_LINE('origin/+plus'));
    expect((JSON.parse(result.stdout) as Report).restart.changes).toEqual([MASK_CHANGE]);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('a base that cannot be found or fetched', () => {
  it('a SHA that exists nowhere: a clear message and a warning line, restart detection skipped, the scan goes on', async () => {
    const dir = repos.make('shallow');
    const missing = 'ab'.repeat(20);
    const before = snapshot(dir);
    const { value: result, leftovers } = await inPrivateTmp(() =>
      cli(dir, ['check', '.', '--base', missing, '--format', 'json', '--fail-on', 'never']),
    );
    // An unreadable --base is a usage error: exit 2, after the report.
    expect(result.code).toBe(2);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe(FETCH_LINE(missing).trimEnd());
    expect(lines[1]).toMatch(
      new RegExp(
        `^ims-gate: warning: cannot fetch base ref '${missing}' from origin \\(git: .*${missing}.*\\); restart detection skipped\\.$`,
      ),
    );
    expect(lines.slice(3)).toEqual(['']);
    expect(lines[2]).toMatch(/^ims-gate: --base: base ref '.*Restart detection skipped\.$/);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.restart.required).toBe(false);
    expect(report.restart.skipped).toMatch(
      new RegExp(
        `^base ref '${missing}' is not available in this checkout \\(shallow clone\\?\\), and origin cannot provide it \\(git: .+\\); fetch it or use actions/checkout with fetch-depth: 0\\. Restart detection skipped\\.$`,
      ),
    );
    expect(report.verdict.result).toBe('pass');
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers).toEqual([]);
  });

  it('a branch origin does not have: the same, and nothing is left behind', async () => {
    const dir = repos.make('shallow');
    const before = snapshot(dir);
    const { value: result, leftovers } = await inPrivateTmp(() =>
      cli(dir, ['check', '.', '--base', 'origin/no-such-branch', '--format', 'json', '--fail-on', 'never']),
    );
    expect((JSON.parse(result.stdout) as Report).restart.skipped).toContain(
      "and origin cannot provide it (git: couldn't find remote ref refs/heads/no-such-branch)",
    );
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers).toEqual([]);
  });

  it('an abbreviated SHA or a revision with ~N that is missing: not fetched (origin cannot be asked for it)', async () => {
    const dir = repos.make('shallow');
    for (const ref of [repos.baseSha.slice(0, 12), 'HEAD~1']) {
      const result = await cli(dir, ['check', '.', '--base', ref, '--format', 'json', '--fail-on', 'never']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^ims-gate: --base: base ref '[^\n]*Restart detection skipped\.\n$/);
      expect((JSON.parse(result.stdout) as Report).restart.skipped).toBe(
        `base ref '${ref}' is not available in this checkout (shallow clone?); fetch it or use actions/checkout with fetch-depth: 0. Restart detection skipped.`,
      );
    }
  });

  it("a password in origin's URL is masked in the message", async () => {
    const dir = repos.make('shallow');
    runGit(dir, 'remote', 'set-url', 'origin', 'http://user:hunter2-secret@127.0.0.1:9/repo.git');
    const result = await cli(dir, ['check', '.', '--base', 'origin/main', '--format', 'json', '--fail-on', 'never']);
    expect(result.stdout + result.stderr).not.toContain('hunter2-secret');
    expect((JSON.parse(result.stdout) as Report).restart.skipped).toContain('and origin cannot provide it (git: ');
  });
});

describe('git runs no program that the repository configuration names', () => {
  it('no hook (reference-transaction) and no fsmonitor program runs, while a plain git command would run them', async () => {
    const dir = repos.make('shallow');
    const hooks = join(tempDir(), 'hooks');
    mkdirSync(hooks);
    const ran = join(tempDir(), 'ran.log');
    const script = (name: string) => {
      const path = join(hooks, name);
      writeFileSync(path, `#!/bin/sh\necho ${name} >> '${ran}'\n`);
      chmodSync(path, 0o755);
      return path;
    };
    script('reference-transaction');
    runGit(dir, 'config', 'core.hooksPath', hooks);
    runGit(dir, 'config', 'core.fsmonitor', script('fsmonitor'));
    // The control: git itself runs both when asked to update a ref and to compare the work tree.
    runGit(dir, 'update-ref', 'refs/control', 'HEAD');
    runGit(dir, 'update-ref', '-d', 'refs/control');
    runGit(dir, 'diff', '--quiet', 'HEAD');
    expect(readFileSync(ran, 'utf8')).toContain('reference-transaction');
    expect(readFileSync(ran, 'utf8')).toContain('fsmonitor');
    writeFileSync(ran, '');

    const result = await cli(dir, ['check', '.', '--base', 'origin/main', '--format', 'json', '--fail-on', 'never']);
    expect((JSON.parse(result.stdout) as Report).restart.changes).toEqual([MASK_CHANGE]);
    expect(readFileSync(ran, 'utf8')).toBe('');
  });
});

describe('a fetch that hangs', () => {
  let server: Server;
  let port: number;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    // Accepts connections and never answers.
    server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('is stopped by its timeout, with a message that says so', () => {
    const dir = repos.make('shallow');
    runGit(dir, 'remote', 'set-url', 'origin', `http://127.0.0.1:${port}/repo.git`);
    const started = Date.now();
    const scratch = openScratchStore(dir);
    if ('error' in scratch) throw new Error(scratch.error);
    try {
      expect(scratch.fetch('refs/heads/main', { timeout: 1500 })).toEqual({ error: 'git fetch did not finish within 2 s' });
    } finally {
      scratch.dispose();
    }
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
