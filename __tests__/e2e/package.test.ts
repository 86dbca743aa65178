// What a user installs: `npm pack`, then the tarball installed into an empty folder with nothing else reachable.
// dist/ is self-contained, so the package has no runtime dependencies and the installed CLI needs no other module.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'ims-gate-pack-'));
const project = join(work, 'project');
let bin = '';

// An unreachable registry and proxy: any attempt to fetch a package fails at once instead of reaching out.
const offline = {
  ...process.env,
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  NO_COLOR: '1',
  IMS_CLIENT_SECRET: '',
};

function installed(args: string[], cwd: string) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: offline });
}

beforeAll(() => {
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', env: offline });
  const tarball = join(work, packed.trim().split('\n').pop() as string);
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', '--save-dev', '--no-package-lock', tarball], { cwd: project, env: offline, stdio: 'pipe' });
  bin = join(project, 'node_modules', 'ims-gate', 'dist', 'cli.js');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package, installed offline into an empty project', () => {
  it('declares no runtime dependencies, so nothing but ims-gate is installed', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['ims-gate']);
    expect(existsSync(join(project, 'node_modules', 'ims-gate', 'LICENSE'))).toBe(true);
    expect(existsSync(join(project, 'node_modules', '.bin', 'ims-gate'))).toBe(true);
  });

  it('checks a copy of examples/ with the installed CLI and fails on its deliberate misconfigurations', () => {
    const sample = join(work, 'sample');
    cpSync(join(ROOT, 'examples'), sample, { recursive: true });
    const run = installed(['check', sample, '--format', 'json'], project);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { verdict: { result: string }; findings: { ruleId: string }[] };
    expect(report.verdict.result).toBe('fail');
    expect(new Set(report.findings.map((finding) => finding.ruleId)).size).toBeGreaterThan(5);
  });

  it('prints its help', () => {
    const run = installed(['--help'], project);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/ims-gate check/);
  });

  it('writes a starter config and workflow with init', () => {
    const repo = join(work, 'init-repo');
    cpSync(join(ROOT, 'examples'), repo, { recursive: true });
    rmSync(join(repo, '.github'), { recursive: true, force: true });
    const run = installed(['init'], repo);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(repo, '.github', 'ims-gate.yml'))).toBe(true);
    expect(existsSync(join(repo, '.github', 'workflows', 'ims-gate.yml'))).toBe(true);
  });
});
