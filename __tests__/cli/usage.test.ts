// The words people type: `ims-gate help`, `--version`, `check --help`; an unknown option names the closest one;
// a --base that cannot be read is a usage error.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { toolVersion } from '../../src/policy/version.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, isTty: false });
  return { code, stdout, stderr };
}

describe('help and version', () => {
  it.each([['help'], ['--help'], ['-h']])('`ims-gate %s` prints the usage and exits 0', async (arg) => {
    const run = await cli([arg]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage:\n {2}ims-gate check \[root\]/);
    expect(run.stderr).toBe('');
  });

  it.each([
    [['check', '--help'], /^Usage: ims-gate check \[root\] \[options\]/],
    [['help', 'check'], /^Usage: ims-gate check \[root\] \[options\]/],
    [['explain', '--help'], /^Usage: ims-gate explain "<symptom>"/],
    [['help', 'explain'], /^Usage: ims-gate explain "<symptom>"/],
  ])('`ims-gate %s` prints that command’s usage', async (args, expected) => {
    const run = await cli(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(expected);
  });

  it('`check --help` lists every option and format', async () => {
    const { stdout } = await cli(['check', '--help']);
    for (const word of ['--config', '--format', '--fail-on', '--base', '--output', '--no-color', 'junit', 'gitlab', 'azure'])
      expect(stdout).toContain(word);
  });

  it.each([['--version'], ['-v'], ['version']])('`ims-gate %s` prints the version', async (arg) => {
    const run = await cli([arg]);
    expect(run).toEqual({ code: 0, stdout: `${toolVersion()}\n`, stderr: '' });
  });

  it('`ims-gate help nope` is a usage error', async () => {
    const run = await cli(['help', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'ims-gate: nope: unknown command. Expected one of check, explain, baseline, init, admin-console (see ims-gate --help).\n',
    );
  });
});

describe('an unknown option', () => {
  it.each([
    ['--fromat', '--format'],
    ['--formt', '--format'],
    ['--fail-no', '--fail-on'],
    ['--confg', 'config'],
    ['--outptu', 'output'],
    ['--bas', 'base'],
    ['--no-colour', 'no-color'],
  ])('%s: one line naming the closest option', async (typo, expected) => {
    const run = await cli(['check', EXAMPLES, typo, 'x']);
    expect(run.code).toBe(2);
    const name = expected.replace(/^--/, '');
    expect(run.stderr).toBe(`ims-gate: ${typo}: unknown option; did you mean \`--${name}\`? (see ims-gate --help)\n`);
  });

  it('far from every option: no guess, and never Node’s own text', async () => {
    const run = await cli(['check', '--zzzzzzzz']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('ims-gate: --zzzzzzzz: unknown option (see ims-gate --help)\n');
    expect(run.stderr).not.toMatch(/To specify a positional argument|ERR_PARSE_ARGS/);
  });
});

describe('--base', () => {
  it('that names no revision of the repository is a usage error: the report, then one line, exit 2', async () => {
    const run = await cli(['check', EXAMPLES, '--base', 'no-such-branch-xyz', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).restart.skipped).toMatch(/Restart detection skipped\.$/);
    // Before it: the log of the attempt to fetch it from origin.
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^ims-gate: --base: base ref 'no-such-branch-xyz' .*Restart detection skipped\.$/,
    );
  });
});
