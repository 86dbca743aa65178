// Issue 10 §6: every usage or config problem ends with one line, `ims-gate: <file or option>: <message>`,
// exit 2 and no stack trace, through the CLI as users run it (dist/cli.js). A stack trace is printed only
// for an internal error, which says so.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorReport, userErrorLine } from '../../src/cli/errors.js';
import { runCli, type CliIo } from '../../src/cli/run.js';
import { scan } from '../../src/pipeline.js';
import type { Report } from '../../src/types.js';
import { UserError } from '../../src/util/errors.js';
import { cleanup, commandLines, push, runAction } from '../e2e/harness.js';
import { writeRepo } from '../helpers/repo.js';
import { expectSentinel, SENTINEL, SENTINEL_FILE, sentinel } from './helpers.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const CONFIG = '.github/ims-gate.yml';
const STACK_FRAME = /^\s+at /m;

/** A "billion laughs" config: `levels` anchors, each a list of `width` aliases of the previous one. */
function billionLaughs(levels: number, width: number): string {
  const lines = ['a0: &a0 ["lol"]'];
  for (let level = 1; level < levels; level++)
    lines.push(
      `a${level}: &a${level} [${Array(width)
        .fill(`*a${level - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

function runDist(cwd: string, args: string[]) {
  // A timeout, so that a CLI blocked on a named pipe fails its test instead of holding the suite.
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, NO_COLOR: '1', IMS_CLIENT_SECRET: '' },
  });
}

/** The working folder of the table: a repository with the sentinel, and every hostile neighbour. */
function playground(): string {
  const cwd = writeRepo({
    'repo/prod/packages/ims.xml': SENTINEL,
    'bomb/.github/ims-gate.yml': billionLaughs(10, 9),
    'folder-config/.github/ims-gate.yml/.keep': '',
    'configs/bomb.yml': billionLaughs(10, 9),
    'configs/unknown-alias.yml': 'hosting: on-premise\nexclude: *nowhere\n',
    'configs/cycle.yml': 'instances:\n  prod: &p\n    paths: [*p]\n',
    'configs/a-folder/.keep': '',
    'out/existing-folder/.keep': '',
    'a-file.txt': 'not a folder\n',
    'fifo-config/.github/.keep': '',
  });
  // Named pipes: reading one blocks until a writer comes, so ims-gate must refuse them without opening them to read.
  for (const fifo of ['configs/cfg.fifo', 'fifo-config/.github/ims-gate.yml'])
    expect(spawnSync('mkfifo', [join(cwd, fifo)]).status).toBe(0);
  return cwd;
}

const BOMB_PROBLEM = 'invalid config: aliases expand the document to more than 10000 nodes';
const BOMB_MESSAGE = `${BOMB_PROBLEM} (a "billion laughs" file?); write the values out or use fewer nested aliases`;
// Where the bomb passes 10000 nodes: a1..a3 expand to 18 + 171 + 1548 = 1737 nodes, each *a3 adds 1549 more, so the
// 6th alias of line 5 (`a4: &a4 [*a3, …`, column 10 + 5 × 5) is the one.
const BOMB_AT = '5:35';

// [what, arguments (run in the playground), the one line expected on standard error]
const CASES: [string, string[], string | RegExp][] = [
  ['a YAML alias bomb in the default config', ['check', 'bomb'], `ims-gate: .github/ims-gate.yml:${BOMB_AT}: ${BOMB_MESSAGE}`],
  [
    'a YAML alias bomb in --config',
    ['check', 'repo', '--config', 'configs/bomb.yml'],
    `ims-gate: ../configs/bomb.yml:${BOMB_AT}: ${BOMB_MESSAGE}`,
  ],
  [
    'an alias to no anchor in --config',
    ['check', 'repo', '--config', 'configs/unknown-alias.yml'],
    'ims-gate: ../configs/unknown-alias.yml:2:10: invalid config: alias *nowhere refers to no anchor: define &nowhere before it',
  ],
  [
    'an alias to the node that contains it',
    ['check', 'repo', '--config', 'configs/cycle.yml'],
    'ims-gate: ../configs/cycle.yml:3:13: invalid config: alias *p refers to the node that contains it (a cycle)',
  ],
  [
    '--config naming a folder',
    ['check', 'repo', '--config', 'configs/a-folder'],
    'ims-gate: --config: config path is a folder, not a YAML file: configs/a-folder',
  ],
  [
    '--config naming a named pipe (FIFO)',
    ['check', 'repo', '--config', 'configs/cfg.fifo'],
    'ims-gate: --config: config path configs/cfg.fifo is a named pipe (FIFO), not a regular file; expected the YAML config file',
  ],
  [
    'the default config path being a named pipe (FIFO)',
    ['check', 'fifo-config'],
    'ims-gate: .github/ims-gate.yml:1:1: invalid config: .github/ims-gate.yml is a named pipe (FIFO), not a regular file; expected the YAML config file',
  ],
  [
    '--config naming nothing',
    ['check', 'repo', '--config', 'configs/missing.yml'],
    'ims-gate: --config: config file not found: configs/missing.yml',
  ],
  [
    'the default config path being a folder',
    ['check', 'folder-config'],
    'ims-gate: .github/ims-gate.yml:1:1: invalid config: .github/ims-gate.yml is a folder; expected the YAML config file',
  ],
  ...['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'nope'].map((name): [string, string[], string] => [
    `--format ${name}`,
    ['check', 'repo', '--format', name],
    `ims-gate: --format: unknown format '${name}'. Expected one of stylish, json, sarif, github, markdown, junit, gitlab, azure.`,
  ]),
  [
    '--output naming an existing folder',
    ['check', 'repo', '--output', 'out/existing-folder'],
    'ims-gate: --output: out/existing-folder is a folder; expected a file path',
  ],
  [
    '--output under a file',
    ['check', 'repo', '--output', 'a-file.txt/report.json'],
    'ims-gate: --output: cannot write a-file.txt/report.json: a part of the path is a file, not a folder',
  ],
  [
    '--fail-on with an unknown level',
    ['check', 'repo', '--fail-on', 'sometimes'],
    "ims-gate: --fail-on: invalid value 'sometimes'. Expected one of error, warning, notice, never.",
  ],
  [
    'an unknown subcommand',
    ['frobnicate', 'repo'],
    'ims-gate: frobnicate: unknown command. Expected one of check, explain, baseline, init, admin-console (see ims-gate --help).',
  ],
  [
    'no subcommand',
    [],
    'ims-gate: <command>: missing. Expected one of check, explain, baseline, init, admin-console (see ims-gate --help).',
  ],
  ['admin-console without its subcommand', ['admin-console'], 'ims-gate: admin-console: needs a subcommand: pull (see ims-gate --help)'],
  ['an unknown admin-console subcommand', ['admin-console', 'push'], 'ims-gate: admin-console push: unknown subcommand; expected pull'],
  ['an unknown option', ['check', 'repo', '--bogus'], 'ims-gate: --bogus: unknown option (see ims-gate --help)'],
  ['an option without its value', ['check', 'repo', '--config'], 'ims-gate: --config: needs a value'],
  [
    'an empty --config (not the default config)',
    ['check', 'repo', '--config', ''],
    'ims-gate: --config: needs a value, got an empty string',
  ],
  ['an empty --output (not standard output)', ['check', 'repo', '--output='], 'ims-gate: --output: needs a value, got an empty string'],
  ['an empty --config of baseline', ['baseline', 'repo', '--config', ''], 'ims-gate: --config: needs a value, got an empty string'],
  ['a value for a flag', ['check', 'repo', '--no-color=yes'], 'ims-gate: --no-color: takes no value'],
  ['a scan root that does not exist', ['check', 'no-such-folder'], 'ims-gate: no-such-folder: scan root not found; expected a folder'],
  ['a scan root under a file', ['check', 'a-file.txt/repo'], 'ims-gate: a-file.txt/repo: scan root not found; expected a folder'],
  ['a scan root that is a file', ['check', 'a-file.txt'], 'ims-gate: a-file.txt: scan root is a file; expected a folder'],
  ['two scan roots', ['check', 'repo', 'bomb'], 'ims-gate: check: expected at most one scan root, got: repo bomb'],
  [
    'explain without a symptom',
    ['explain'],
    'ims-gate: explain: needs the symptom your users see, e.g. ims-gate explain "redirected to adobe.com"',
  ],
  [
    'explain with a scan root that does not exist',
    ['explain', 'redirected to adobe.com', 'no-such-folder'],
    'ims-gate: no-such-folder: scan root not found; expected a folder',
  ],
  [
    'explain with a symptom nobody knows',
    ['explain', 'the database is slow', 'repo'],
    /^ims-gate: explain: no known symptom matches "the database is slow"\. Known symptoms: .*adobe\.com page.*\.$/,
  ],
  ['an unknown option of init', ['init', '--bogus'], 'ims-gate: --bogus: unknown option (see ims-gate --help)'],
  ['init in a folder that does not exist', ['init', 'no-such-folder'], 'ims-gate: no-such-folder: scan root not found; expected a folder'],
  [
    'baseline in a folder that does not exist',
    ['baseline', 'no-such-folder'],
    'ims-gate: no-such-folder: scan root not found; expected a folder',
  ],
  [
    'baseline --output naming an existing folder',
    ['baseline', 'repo', '--output', 'out/existing-folder'],
    'ims-gate: --output: out/existing-folder is a folder; expected a file path',
  ],
  [
    'baseline with an alias bomb in the config',
    ['baseline', 'bomb'],
    `ims-gate: .github/ims-gate.yml:${BOMB_AT}: ${BOMB_MESSAGE}; the config is invalid, fix it before writing a baseline`,
  ],
];

describe('dist/cli.js: each usage or config problem is one line naming the file or option, exit 2, no stack trace', () => {
  const cwd = playground();

  it.each(CASES)('%s', (_what, args, expected) => {
    const run = runDist(cwd, args);
    expect(run.stderr, run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stderr).not.toContain('internal error');
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr.endsWith('\n')).toBe(true);
    const lines = run.stderr.slice(0, -1).split('\n');
    expect(lines, 'exactly one line on standard error').toHaveLength(1);
    if (typeof expected === 'string') expect(lines[0]).toBe(expected);
    else expect(lines[0]).toMatch(expected);
  });

  it('an invalid config still yields the report of the repository on standard output (the scan went on)', () => {
    const run = runDist(cwd, ['check', 'repo', '--config', 'configs/bomb.yml', '--format', 'json']);
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.filter((f) => f.ruleId === 'IMS000').map((f) => [f.file, f.line, f.column, f.message])).toEqual([
      ['../configs/bomb.yml', 5, 35, BOMB_MESSAGE],
    ]);
    expectSentinel(report);
  });

  it('--output into folders that do not exist creates them and writes the report there', () => {
    const run = runDist(cwd, ['check', 'repo', '--format', 'json', '--output', 'new/deeper/report.json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expectSentinel(JSON.parse(readFileSync(join(cwd, 'new', 'deeper', 'report.json'), 'utf8')) as Report);
  });
});

describe('dist/index.js (the action): the same config problems, as a finding or one error naming the input', () => {
  const temps: string[] = [];
  afterAll(() => cleanup(...temps));

  /** The action on a push, without a token: no API call, only workflow commands and outputs. */
  async function action(files: Record<string, string>, inputs: Record<string, string> = {}) {
    const workspace = writeRepo({ ...sentinel(), ...files });
    const result = await runAction({
      workspace,
      event: 'push',
      payload: push(),
      apiUrl: 'http://127.0.0.1:9',
      inputs: { 'github-token': '', ...inputs },
    });
    temps.push(result.runnerTemp);
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(STACK_FRAME);
    return result;
  }

  it.each([
    ['in the default config', { [CONFIG]: billionLaughs(10, 9) }, {}, CONFIG],
    ['in the config input', { 'ci/gate.yml': billionLaughs(10, 9) }, { config: 'ci/gate.yml' }, 'ci/gate.yml'],
  ])('an alias bomb %s is an IMS000 error at the alias, and the step fails', async (_where, files, inputs, file) => {
    const result = await action(files, inputs);
    expect(result.code).toBe(1);
    expect(result.outputs.result).toBe('fail');
    const [line, col] = BOMB_AT.split(':');
    expect(commandLines(result.stdout, 'error').filter((l) => l.includes(`file=${file},`))).toEqual([
      expect.stringMatching(new RegExp(`^::error [^:]*line=${line},[^:]*col=${col}\\b.*aliases expand the document`)),
    ]);
  });

  it('a config input that is a folder fails the step with one error naming the input', async () => {
    const result = await action({ 'ci/folder/.keep': '' }, { config: 'ci/folder' });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([
      expect.stringMatching(/^::error::Invalid input 'config': 'ci\/folder'/),
    ]);
  });
});

describe('a reader that closes the pipe early (ims-gate check | head)', () => {
  it('ends the CLI quietly with the verdict as exit code, not an EPIPE stack trace', async () => {
    // 300 misconfigured accounts: a JSON report far larger than a pipe's buffer.
    const root = writeRepo(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`prod/packages/ims-${i}.xml`, SENTINEL])));
    const child = spawn(process.execPath, [CLI, 'check', root, '--format', 'json'], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});

describe('config problems from the default path, through runCli', () => {
  async function cli(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, isTty: false });
    return { code, stdout, stderr };
  }

  it('several config problems: the first on standard error with a count of the others, all in the report', async () => {
    const root = writeRepo({ ...sentinel(), [CONFIG]: 'hosting: on-prem\nfailOn: warning\nmaxFileSize: big\n' });
    const { code, stdout, stderr } = await cli(['check', root, '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^ims-gate: \.github\/ims-gate\.yml:1:10: invalid config: hosting [^\n]* \(and 2 more config problems in the report\)\n$/,
    );
    expectSentinel(JSON.parse(stdout) as Report);
  });

  it('a valid config says nothing on standard error', async () => {
    const root = writeRepo({ ...sentinel(), [CONFIG]: 'hosting: on-premise\n' });
    const { code, stderr } = await cli(['check', root, '--format', 'json']);
    expect([code, stderr]).toEqual([1, '']);
  });
});

describe('internal errors', () => {
  function failingIo(error: Error, env: NodeJS.ProcessEnv = {}): { io: CliIo; stderr: () => string } {
    let stderr = '';
    const io: CliIo = {
      stdout: () => {
        throw error;
      },
      stderr: (t) => (stderr += t),
      env,
      isTty: false,
    };
    return { io, stderr: () => stderr };
  }

  it('a bug (here: standard output throwing) says "internal error, please report" and keeps the stack trace', async () => {
    const root = writeRepo(sentinel());
    const { io, stderr } = failingIo(new TypeError('boom'));
    expect(await runCli(['check', root], io)).toBe(2);
    expect(stderr()).toMatch(/^ims-gate: internal error, please report it .*\nTypeError: boom\n\s+at /);
  });

  it('never prints the runtime client secret, even in an internal error', async () => {
    const root = writeRepo(sentinel());
    const { io, stderr } = failingIo(new Error('token Sup3rS3cretValue leaked'), { IMS_CLIENT_SECRET: 'Sup3rS3cretValue' });
    expect(await runCli(['check', root], io)).toBe(2);
    expect(stderr()).toContain('token *** leaked');
    expect(stderr()).not.toContain('Sup3rS3cretValue');
  });

  it.each([
    ['a UserError', new UserError('--format', 'unknown format'), '--format: unknown format'],
    [
      'a file-system error on a path',
      Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: 'EACCES', path: 'x' }),
      'x: permission denied (EACCES)',
    ],
    ['a file-system error without a path', Object.assign(new Error('EACCES'), { code: 'EACCES' }), undefined],
    ['a TypeError', new TypeError('x is not a function'), undefined],
    ['a thrown string', 'oops', undefined],
    ['null', null, undefined],
  ])('%s is a user error only when it names what to fix', (_what, error, line) => {
    expect(userErrorLine(error)).toBe(line);
    const printed = errorReport(error);
    if (line === undefined) expect(printed).toMatch(/^ims-gate: internal error, please report it/);
    else expect(printed).toBe(`ims-gate: ${line}\n`);
  });
});

describe('names that are Object.prototype properties are plain names', () => {
  /** The IMS account's mapped fields after a scan of the sentinel with this config and XML. */
  async function imsFields(config: string, xml = SENTINEL) {
    const outcome = await scan({ root: writeRepo({ [SENTINEL_FILE]: xml, [CONFIG]: config }), failOn: 'error' });
    const accounts = outcome.model?.instances.flatMap((instance) => instance.accounts) ?? [];
    expect(accounts).toHaveLength(1);
    return { report: outcome.report, fields: accounts[0].fields, attrs: accounts[0].attrs };
  }

  it('config fields listing toString, constructor, hasOwnProperty or valueOf map only attributes that exist', async () => {
    const { report, fields } = await imsFields(
      'fields:\n  clientId: [toString]\n  clientSecret: [constructor]\n  scope: [hasOwnProperty]\n  orgId: [valueOf]\n',
    );
    expect(Object.keys(fields).sort()).toEqual(['imsServer', 'internalName', 'type']);
    // No rule crashed on an inherited function taken for an attribute ("rule IMS009 failed to run").
    expect(report.findings.filter((f) => f.ruleId === 'IMS000')).toEqual([]);
    expectSentinel(report);
  });

  it('an XML attribute named __proto__ is an own attribute like any other', async () => {
    const xml = SENTINEL.replace('imsServer=', '__proto__="my-client-id" imsServer=');
    const { report, fields, attrs } = await imsFields('fields:\n  clientId: [__proto__]\n', xml);
    expect(Object.keys(attrs)).toContain('__proto__');
    expect(Object.getPrototypeOf(attrs)).toBe(null);
    expect(fields.clientId).toMatchObject({ value: 'my-client-id', loc: { file: SENTINEL_FILE, line: 5, column: 17, endColumn: 41 } });
    // The sentinel's finding, 25 columns to the right of where it is without the attribute.
    expect(report.findings.filter((f) => f.ruleId === 'IMS003').map((f) => [f.file, f.line, f.column])).toEqual([[SENTINEL_FILE, 5, 42]]);
  });
});
