// `ims-gate check . --base HEAD~1 --format json`: the restart block, through runCli and through the bundle.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { Report } from '../../src/types.js';
import { GitRepo, accountPackage, twoInstances } from './git-repo.js';

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(PACKAGE_ROOT, 'dist', 'cli.js');

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

function changedRepo(): GitRepo {
  const repo = new GitRepo(twoInstances());
  repo.write({
    'prod/packages/ims-account.xml': accountPackage({
      instance: 'prod',
      imsServer: 'https://adobeid-na1.services.adobe.com',
      secret: '@R0tatedSecretValue==',
    }),
    'stage/packages/ims-account.xml': accountPackage({ instance: 'stage', imsServer: 'https://adobeid-na1.services.adobe.com' }),
  });
  repo.commit('Point both instances to adobeid-na1 and rotate the prod secret');
  return repo;
}

const EXPECTED_RESTART = {
  required: true,
  instances: ['prod', 'stage'],
  commands: { prod: 'nlserver restart web', stage: 'nlserver restart web' },
  changes: [
    {
      instance: 'prod',
      field: 'account[Adobe_Marketing_Cloud].imsServer',
      file: 'prod/packages/ims-account.xml',
      line: 7,
      before: 'https://ims-na1.adobelogin.com',
      after: 'https://adobeid-na1.services.adobe.com',
    },
    {
      instance: 'prod',
      field: 'account[Adobe_Marketing_Cloud].clientSecret',
      file: 'prod/packages/ims-account.xml',
      line: 10,
      before: 'changed',
      after: 'changed',
    },
    {
      instance: 'stage',
      field: 'account[Adobe_Marketing_Cloud].imsServer',
      file: 'stage/packages/ims-account.xml',
      line: 7,
      before: 'https://ims-na1.adobelogin.com',
      after: 'https://adobeid-na1.services.adobe.com',
    },
  ],
};

describe('ims-gate check . --base HEAD~1 --format json', () => {
  it('gives the restart block (runCli)', async () => {
    const repo = changedRepo();
    const result = await cli(repo.root, ['check', '.', '--base', 'HEAD~1', '--format', 'json', '--fail-on', 'never']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.restart).toEqual(EXPECTED_RESTART);
    expect(result.stdout).not.toContain('R0tatedSecretValue');
  });

  it('says why it skipped when the base is missing, and exits 2: an unreadable --base is a usage error', async () => {
    const repo = new GitRepo(twoInstances());
    const result = await cli(repo.root, ['check', '.', '--base', 'HEAD~1', '--format', 'json', '--fail-on', 'never']);
    expect(result.code).toBe(2);
    const skipped =
      "base ref 'HEAD~1' is not available in this checkout (shallow clone?); fetch it or use actions/checkout with fetch-depth: 0. Restart detection skipped.";
    expect(result.stderr).toBe(`ims-gate: --base: ${skipped}\n`);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.restart).toEqual({ required: false, instances: [], changes: [], skipped });
  });

  describe('through the bundle (dist/cli.js)', () => {
    it('gives the same restart block', () => {
      const repo = changedRepo();
      const run = spawnSync(process.execPath, [CLI, 'check', '.', '--base', 'HEAD~1', '--format', 'json', '--fail-on', 'never'], {
        cwd: repo.root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.restart).toEqual(EXPECTED_RESTART);
      expect(run.stdout).not.toContain('R0tatedSecretValue');
    });
  });
});
