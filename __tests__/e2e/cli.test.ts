// The CLI bundle as users run it: `node dist/cli.js check examples --format json`, and `npm run demo`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function runNode(args: string[], cwd = ROOT) {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', IMS_CLIENT_SECRET: '' } });
}

describe('dist/cli.js', () => {
  it('emits a JSON report of examples/ that validates against report.schema.json, and exits 1', () => {
    const run = runNode([CLI, 'check', 'examples', '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string }[]; verdict: { result: string } };
    const schema = JSON.parse(readFileSync(join(ROOT, 'policies', 'schemas', 'report.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(report.verdict.result).toBe('fail');
    // Paths are POSIX and relative to the scan root.
    expect(report.findings.every((finding) => !finding.file.startsWith('/') && !finding.file.startsWith('examples/'))).toBe(true);
  });

  it('exits 1 on a folder with nothing to check (issue 12), and 2 on a usage error', () => {
    const empty = runNode([CLI, 'check', join(ROOT, 'policies', 'schemas')]);
    expect(empty.status).toBe(1);
    expect(empty.stdout).toContain('nothing to check under');
    const bad = runNode([CLI, 'check', '--fail-on', 'sometimes']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("ims-gate: --fail-on: invalid value 'sometimes'. Expected one of error, warning, notice, never.\n");
  });

  it('`npm run demo` shows every rule of the catalogue on examples/ and exits 0', () => {
    const run = runNode([join(ROOT, 'scripts', 'demo.mjs')]);
    expect(run.status, run.stderr).toBe(0);
    const shown = new Set([...run.stdout.matchAll(/\[(IMS\d{3})\]$/gm)].map((match) => match[1]));
    const catalogue = readFileSync(join(ROOT, 'README.md'), 'utf8')
      .match(/\[IMS\d{3}\]\(docs\/rules/g)
      ?.map((link) => link.slice(1, 7));
    expect(catalogue?.length).toBe(12);
    expect([...shown].sort()).toEqual(catalogue);
    expect(run.stdout).toContain('Restart required for instance(s) stage');
  });
});
