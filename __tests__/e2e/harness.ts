// Runs the built action (dist/index.js) the way the GitHub runner does: a node child process with INPUT_*
// variables (action.yml defaults applied), GITHUB_EVENT_PATH pointing at a real webhook payload, and
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files; GITHUB_API_URL points at the test's loopback server.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const require = createRequire(import.meta.url);
export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(REPO_ROOT, 'dist', 'index.js');
export const FIXTURES = join(REPO_ROOT, '__tests__', 'fixtures', 'github');

/** A token shaped like a real installation token; planted so tests can prove it is never printed. */
export const TOKEN = 'ghs_PLANTEDt0kenNEVERprint3d0123456789ab';

// ---------------------------------------------------------------- action.yml and inputs

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export function actionYml(): ActionYml {
  return parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;
}

/** The runner's name for an input's variable: INPUT_ + the name upper-cased, spaces → `_` (hyphens kept). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * INPUT_* variables as the runner sets them: every input of action.yml, with its default unless overridden.
 * The runner evaluates `${{ github.token }}` in defaults; here it becomes the planted token.
 */
export function inputEnv(overrides: Record<string, string> = {}, token = TOKEN): Record<string, string> {
  const env: Record<string, string> = {};
  const inputs = actionYml().inputs;
  for (const name of Object.keys(overrides)) if (!(name in inputs)) throw new Error(`action.yml has no input '${name}'`);
  for (const [name, spec] of Object.entries(inputs)) {
    const value = name in overrides ? overrides[name] : String(spec.default ?? '');
    env[inputVariable(name)] = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
  }
  return env;
}

// ---------------------------------------------------------------- event payloads

interface WebhookExamples {
  name: string;
  examples: Record<string, any>[];
}

function examples(event: string): Record<string, any>[] {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExamples[];
  const found = all.find((e) => e.name === event);
  if (!found) throw new Error(`no ${event} examples in @octokit/webhooks-examples`);
  return found.examples;
}

/** The `pull_request.opened` example payload. */
export function pullRequestOpened(): Record<string, any> {
  return structuredClone(examples('pull_request').find((e) => e.action === 'opened' && e.pull_request?.head?.repo)!);
}

/** The same payload, as if the head branch lived in a fork (head.repo ≠ base.repo). */
export function pullRequestFromFork(): Record<string, any> {
  const payload = pullRequestOpened();
  const head = payload.pull_request.head;
  head.repo = structuredClone(head.repo);
  head.repo.id = head.repo.id + 1;
  head.repo.full_name = `forker/${head.repo.name}`;
  head.repo.owner = { ...head.repo.owner, login: 'forker', id: 424242 };
  head.repo.fork = true;
  head.label = `forker:${head.ref}`;
  head.user = head.repo.owner;
  return payload;
}

/** The `merge_group.checks_requested` example payload (a merge queue). */
export function mergeGroup(): Record<string, any> {
  return structuredClone(examples('merge_group').find((e) => e.action === 'checks_requested' && e.merge_group?.head_sha)!);
}

/** The `workflow_dispatch` example payload. */
export function workflowDispatch(): Record<string, any> {
  return structuredClone(examples('workflow_dispatch')[0]);
}

/**
 * A `schedule` payload as the runner writes it: the cron line and the repository (the webhooks examples have
 * none, since GitHub sends no webhook for it).
 */
export function schedule(): Record<string, any> {
  const { repository, organization, sender } = push();
  return { schedule: '17 3 * * 1', repository, organization, sender, workflow: '.github/workflows/ims-gate.yml' };
}

/** A `push` example payload with a real `after` commit. */
export function push(): Record<string, any> {
  return structuredClone(examples('push').find((e) => /^[0-9a-f]{40}$/.test(e.after) && !/^0+$/.test(e.after))!);
}

// ---------------------------------------------------------------- workspaces

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `ims-gate-${prefix}-`));
}

/** A copy of a fixture repository under __tests__/fixtures/github/. */
export function workspaceFrom(fixture: string): string {
  const dir = tempDir('ws');
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
    },
  }).trim();
}

export function commitAll(cwd: string, message: string): string {
  if (!existsSync(join(cwd, '.git'))) git(cwd, 'init', '-q', '-b', 'main');
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '--no-gpg-sign', '-m', message);
  return git(cwd, 'rev-parse', 'HEAD');
}

// ---------------------------------------------------------------- running the action

export interface RunOptions {
  workspace: string;
  event: 'pull_request' | 'push' | 'merge_group' | 'schedule' | 'workflow_dispatch';
  payload: Record<string, any>;
  apiUrl: string;
  inputs?: Record<string, string>;
  token?: string;
  /** GITHUB_SHA: for pull requests the runner sets the test merge commit, which the action must not use. */
  sha?: string;
  env?: Record<string, string>;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

/** Parses $GITHUB_OUTPUT (`name<<DELIMITER\nvalue\nDELIMITER`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      outputs[heredoc[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

function refOf(options: RunOptions): string {
  if (options.event === 'push') return options.payload.ref;
  if (options.event === 'pull_request') return `refs/pull/${options.payload.number}/merge`;
  if (options.event === 'merge_group') return options.payload.merge_group.head_ref;
  return 'refs/heads/main';
}

export async function runAction(options: RunOptions): Promise<RunResult> {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first`);
  const runnerTemp = tempDir('runner');
  const eventPath = join(runnerTemp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  const outputFile = join(runnerTemp, 'output');
  const summaryFile = join(runnerTemp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const repository = options.payload.repository.full_name as string;
  const sha =
    options.sha ??
    (options.event === 'push'
      ? options.payload.after
      : options.event === 'merge_group'
        ? options.payload.merge_group.head_sha
        : 'feedfacefeedfacefeedfacefeedfacefeedface');

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: runnerTemp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_SHA: sha,
    GITHUB_REF: refOf(options),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTION: 'ims-gate',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    // Retries wait base × n² ms; the default base (1 s) would only slow the tests down.
    IMS_GATE_TEST_RETRY_BASE_MS: '10',
    ...inputEnv(options.inputs, options.token ?? TOKEN),
    ...options.env,
  };

  const child = spawn(process.execPath, [DIST], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolveExit, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dist/index.js did not finish in 60 s\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, 60_000);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolveExit(exitCode);
    });
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    runnerTemp,
  };
}

export function cleanup(...dirs: string[]): void {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

/** Annotations of a level in a log: workflow commands with a file (not core.setFailed's bare `::error::`). */
export function commandLines(stdout: string, level: 'error' | 'warning' | 'notice'): string[] {
  return stdout.split('\n').filter((line) => line.startsWith(`::${level} `) && /[ ,]file=/.test(line.slice(0, line.indexOf('::', 2))));
}
