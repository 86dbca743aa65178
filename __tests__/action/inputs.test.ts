import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunContext } from '../../src/github/context.js';
import { InputError, readSettings } from '../../src/inputs.js';
import { inputEnv } from '../e2e/harness.js';

const workspace = mkdtempSync(join(tmpdir(), 'ims-gate-inputs-'));
mkdirSync(join(workspace, 'config'));
writeFileSync(join(workspace, 'config', 'ims-gate.yml'), 'hosting: on-premise\n');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const ctx = (overrides: Partial<RunContext> = {}): RunContext => ({
  eventName: 'pull_request',
  repo: { owner: 'o', repo: 'r' },
  sha: 'head',
  pullRequest: { number: 2, headSha: 'head', baseSha: 'base0123', headRepo: { owner: 'o', repo: 'r' }, fromFork: false, labels: [] },
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  workspace,
  ...overrides,
});

let saved: NodeJS.ProcessEnv;
let stdout: string[];

/** Sets INPUT_* as the runner does, action.yml defaults applied. */
function inputs(overrides: Record<string, string> = {}, token = 'ghs_secret_token_value'): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, inputEnv(overrides, token));
}

beforeEach(() => {
  saved = { ...process.env };
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.env = saved;
});

describe('readSettings', () => {
  it('applies the defaults of action.yml', () => {
    inputs();
    expect(readSettings(ctx())).toEqual({
      root: workspace,
      configPath: undefined,
      failOn: 'error',
      token: 'ghs_secret_token_value',
      annotations: 'auto',
      comment: true,
      restartLabel: 'ims-restart-required',
      sarifFile: undefined,
      clientSecret: undefined,
      baseRef: 'base0123',
      requireRestartAck: false,
      restartPlannedLabel: 'ims-restart-planned',
      checkName: 'IMS policy gate',
      suggestions: true,
      annotate: 'all',
    });
  });

  it('resolves paths against the workspace', () => {
    inputs({ path: 'config', config: 'config/ims-gate.yml', 'sarif-file': 'out/ims.sarif' });
    const settings = readSettings(ctx());
    expect(settings.root).toBe(join(workspace, 'config'));
    expect(settings.configPath).toBe(join(workspace, 'config', 'ims-gate.yml'));
    expect(settings.sarifFile).toBe(join(workspace, 'out', 'ims.sarif'));
  });

  const BASE_EXPECTED = 'Expected a commit SHA, or a branch or tag name with an optional ~N or ^N (e.g. origin/main, HEAD~1).';
  it.each([
    [{ 'fail-on': 'warn' }, "Invalid input 'fail-on': 'warn'. Expected one of error, warning, notice, never."],
    [{ annotations: 'both' }, "Invalid input 'annotations': 'both'. Expected one of auto, checks, commands, none."],
    [{ annotate: 'diff' }, "Invalid input 'annotate': 'diff'. Expected one of all, changed-files, changed-lines."],
    [{ suggestions: 'yes' }, "Invalid input 'suggestions': 'yes'. Expected true or false."],
    [{ comment: 'yes' }, "Invalid input 'comment': 'yes'. Expected true or false."],
    [{ 'require-restart-ack': '1' }, "Invalid input 'require-restart-ack': '1'. Expected true or false."],
    [
      { 'base-ref': '--upload-pack=evil' },
      `Invalid input 'base-ref': '--upload-pack=evil': it begins with '-' (git would read it as an option). ${BASE_EXPECTED}`,
    ],
    [
      { 'base-ref': 'origin/-pP' },
      `Invalid input 'base-ref': 'origin/-pP': '-pP' begins with '-' (git would read it as an option). ${BASE_EXPECTED}`,
    ],
    [{ 'base-ref': 'main..feature' }, `Invalid input 'base-ref': 'main..feature': it contains '..'. ${BASE_EXPECTED}`],
    [{ 'base-ref': 'main\tx' }, `Invalid input 'base-ref': 'main\\x09x': it contains white space or a control character. ${BASE_EXPECTED}`],
    [
      { path: 'does/not/exist' },
      `Invalid input 'path': 'does/not/exist'. Expected a folder to scan; '${join(workspace, 'does/not/exist')}' is not one.`,
    ],
    [{ 'restart-label': 'x'.repeat(51) }, `Invalid input 'restart-label': '${'x'.repeat(51)}'. A GitHub label has at most 50 characters.`],
    [
      { config: 'missing.yml' },
      `Invalid input 'config': 'missing.yml'. Expected a config file; '${join(workspace, 'missing.yml')}' does not exist.`,
    ],
    [{ config: '.' }, `Invalid input 'config': '.'. Expected a config file; '${workspace}' is a folder.`],
    [
      { 'check-name': 'x'.repeat(101) },
      `Invalid input 'check-name': '${'x'.repeat(40)}'. Expected a name of at most 100 printable characters.`,
    ],
  ])('rejects %o', (override, message) => {
    inputs(override);
    expect(() => readSettings(ctx())).toThrow(new InputError(message));
  });

  it('accepts enum values in any case and YAML booleans', () => {
    inputs({ 'fail-on': 'Warning', annotations: 'COMMANDS', comment: 'False', 'require-restart-ack': 'TRUE' });
    expect(readSettings(ctx())).toMatchObject({ failOn: 'warning', annotations: 'commands', comment: false, requireRestartAck: true });
  });

  it('masks the client secret before anything else, and never writes the token (the runner masks it)', () => {
    inputs({ 'client-secret': 'imsS3cret-value', 'fail-on': 'bogus' });
    expect(() => readSettings(ctx())).toThrow(InputError);
    expect(stdout.join('')).toContain('::add-mask::imsS3cret-value');
    expect(stdout.join('')).not.toContain('ghs_secret_token_value');
  });

  it('uses GITHUB_TOKEN and the default restart label only when the inputs are absent', () => {
    inputs();
    delete process.env['INPUT_GITHUB-TOKEN'];
    delete process.env['INPUT_RESTART-LABEL'];
    process.env.GITHUB_TOKEN = 'ghs_from_env';
    expect(readSettings(ctx())).toMatchObject({ token: 'ghs_from_env', restartLabel: 'ims-restart-required' });
    inputs({ 'github-token': '', 'restart-label': '' });
    expect(readSettings(ctx())).toMatchObject({ token: undefined, restartLabel: undefined });
  });

  it('takes an explicit base-ref, else the PR base, else the previous commit of a push, else none', () => {
    inputs({ 'base-ref': 'origin/main' });
    expect(readSettings(ctx()).baseRef).toBe('origin/main');
    inputs();
    expect(readSettings(ctx({ pullRequest: undefined, eventName: 'push', pushBefore: 'abc1234' })).baseRef).toBe('abc1234');
    expect(readSettings(ctx({ pullRequest: undefined, eventName: 'push' })).baseRef).toBeUndefined();
  });

  it('treats an empty token, restart label or sarif-file as none', () => {
    inputs({ 'github-token': '', 'restart-label': '', 'sarif-file': '' });
    expect(readSettings(ctx())).toMatchObject({ token: undefined, restartLabel: undefined, sarifFile: undefined });
  });
});
