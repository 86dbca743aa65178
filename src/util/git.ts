// Small wrappers around the git command line: execFileSync with no shell, bounded output, bounded time, no
// prompts, no hooks, and never an exception past this module (a failure is a value). Arguments that come from
// data (refs, SHAs) are validated by the caller (src/util/git-ref.ts) and placed after `--end-of-options`.
import { execFileSync } from 'node:child_process';

type GitResult = { ok: true; stdout: Buffer } | { ok: false; error: string; missingGit?: boolean };

export interface GitOptions {
  /** Bytes written to the command's standard input. */
  input?: string | Buffer;
  /** Largest standard output accepted, in bytes (default 64 MiB). */
  maxBuffer?: number;
  /** Milliseconds before the command is killed (default 60 s). */
  timeout?: number;
  /** More environment variables (the scratch store's GIT_OBJECT_DIRECTORY and GIT_ALTERNATE_OBJECT_DIRECTORIES). */
  env?: Record<string, string>;
}

const DEFAULT_MAX_BUFFER = 64 * 1024 * 1024;
const DEFAULT_TIMEOUT = 60_000;

/** The first line of git's error output, for messages. */
function firstLine(text: string): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  return line.trim().replace(/^(fatal|error): /, '');
}

/**
 * Settings given to every command: no file-system monitor (a configured one is a program git would start),
 * no hooks (a hook is a program too, and none is needed to read), no automatic gc or maintenance.
 */
const DEFENSIVE_CONFIG = ['core.fsmonitor=false', 'core.hooksPath=/dev/null', 'gc.auto=0', 'maintenance.auto=false'].flatMap((setting) => [
  '-c',
  setting,
]);

/**
 * Variables that would point git at another repository than the one of `cwd` (set, for example, when
 * ims-gate runs from a git hook): the scan root alone says which repository is read.
 */
const LOCATION_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_SHALLOW_FILE',
];

function gitEnv(extra: Record<string, string> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of LOCATION_VARIABLES) delete env[name];
  // No credential prompt can hang a CI job; no optional lock (index refresh) is taken by read-only commands.
  return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C', ...extra };
}

/** The git command of `args` (`fetch` in `--git-dir=… fetch …`), for messages. */
function commandName(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-c') i++;
    else if (!args[i].startsWith('-')) return args[i];
  }
  return 'command';
}

/** Runs `git -C cwd args…`. */
export function git(cwd: string, args: string[], options: GitOptions = {}): GitResult {
  try {
    const stdout = execFileSync('git', ['-C', cwd, ...DEFENSIVE_CONFIG, ...args], {
      input: options.input,
      maxBuffer: options.maxBuffer ?? DEFAULT_MAX_BUFFER,
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
      env: gitEnv(options.env),
    });
    return { ok: true, stdout };
  } catch (caught) {
    const error = caught as NodeJS.ErrnoException & { stderr?: Buffer; signal?: string };
    if (error.code === 'ENOENT') return { ok: false, error: 'git is not installed or not on PATH', missingGit: true };
    if (error.code === 'ENOBUFS')
      return { ok: false, error: `git ${commandName(args)} printed more than ${options.maxBuffer ?? DEFAULT_MAX_BUFFER} bytes` };
    if (error.code === 'ETIMEDOUT' || error.signal === 'SIGTERM')
      return {
        ok: false,
        error: `git ${commandName(args)} did not finish within ${Math.round((options.timeout ?? DEFAULT_TIMEOUT) / 1000)} s`,
      };
    const stderr = error.stderr ? firstLine(error.stderr.toString('utf8')) : '';
    return { ok: false, error: stderr || error.message };
  }
}

/** Standard output as trimmed text, or undefined on failure. */
export function gitText(cwd: string, args: string[], options?: GitOptions): string | undefined {
  const result = git(cwd, args, options);
  return result.ok ? result.stdout.toString('utf8').trim() : undefined;
}

/** Splits NUL-separated output (`-z`), dropping the empty tail. */
export function splitNul(stdout: Buffer): string[] {
  const parts = stdout.toString('utf8').split('\0');
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

interface GitObject {
  id: string;
  type: string;
  bytes: Buffer;
}

/**
 * Reads objects by id with one `git cat-file --batch`. Missing objects are left out of the result.
 * `maxBytes` bounds the whole output (the sum of the objects' sizes, plus headers).
 */
export function readObjects(
  cwd: string,
  ids: string[],
  maxBytes: number,
  options: Pick<GitOptions, 'env'> = {},
): Map<string, GitObject> | { error: string } {
  const objects = new Map<string, GitObject>();
  if (ids.length === 0) return objects;
  const result = git(cwd, ['cat-file', '--batch'], {
    ...options,
    input: `${ids.join('\n')}\n`,
    maxBuffer: maxBytes + ids.length * 200 + 1024,
  });
  if (!result.ok) return { error: result.error };
  const out = result.stdout;
  let offset = 0;
  while (offset < out.length) {
    const newline = out.indexOf(0x0a, offset);
    if (newline === -1) break;
    const header = out.toString('utf8', offset, newline).split(' ');
    offset = newline + 1;
    if (header.length < 3) continue; // `<id> missing` / `<id> ambiguous`
    const size = Number(header[2]);
    objects.set(header[0], { id: header[0], type: header[1], bytes: out.subarray(offset, offset + size) });
    offset += size + 1; // content, then a newline
  }
  return objects;
}

/** Sizes of objects by id (`git cat-file --batch-check`); missing objects are left out. */
export function objectSizes(cwd: string, ids: string[], options: Pick<GitOptions, 'env'> = {}): Map<string, number> | { error: string } {
  const sizes = new Map<string, number>();
  if (ids.length === 0) return sizes;
  const result = git(cwd, ['cat-file', '--batch-check'], { ...options, input: `${ids.join('\n')}\n` });
  if (!result.ok) return { error: result.error };
  for (const line of result.stdout.toString('utf8').split('\n')) {
    const [id, type, size] = line.split(' ');
    if (id && type && size !== undefined && type !== 'missing') sizes.set(id, Number(size));
  }
  return sizes;
}
