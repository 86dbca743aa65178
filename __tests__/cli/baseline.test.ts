// `ims-gate baseline`: adopt on a repository with findings, then only new findings fail `check`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { BaselineFile } from '../../src/gate/baseline.js';
import type { Report } from '../../src/types.js';
import { writeRepo } from '../helpers/repo.js';
import { imsAccountPackage, repoWithFindings } from '../sarif/fixtures.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...argv: string[]): Promise<Run> {
  const run: Run = { code: -1, stdout: '', stderr: '' };
  run.code = await runCli(argv, { stdout: (t) => (run.stdout += t), stderr: (t) => (run.stderr += t), env: {}, isTty: false });
  return run;
}

async function check(root: string): Promise<{ code: number; report: Report }> {
  const run = await cli('check', root, '--format', 'json');
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

function baselineOf(root: string): BaselineFile {
  return JSON.parse(readFileSync(join(root, '.github/ims-gate-baseline.json'), 'utf8')) as BaselineFile;
}

describe('ims-gate baseline', () => {
  it('adopts a repository with 5 findings; a new finding fails check on its own; a fixed one is listed', async () => {
    const root = writeRepo(repoWithFindings());
    const before = await check(root);
    expect(before.code).toBe(1);
    expect(before.report.findings).toHaveLength(5);

    const adopt = await cli('baseline', root);
    expect(adopt.code, adopt.stderr).toBe(0);
    expect(adopt.stdout).toMatch(/Wrote .*\.github\/ims-gate-baseline\.json: 5 findings/);
    const baseline = baselineOf(root);
    expect(baseline.version).toBe(1);
    expect(baseline.findings.map((f) => f.fingerprint).sort()).toEqual(before.report.findings.map((f) => f.fingerprint).sort());

    // Adopted: check passes, every old finding is reported as baseline.
    const adopted = await check(root);
    expect(adopted.code).toBe(0);
    expect(adopted.report.findings).toEqual([]);
    expect(adopted.report.suppressed.map((f) => f.suppressedBy)).toEqual(Array(5).fill('baseline'));
    expect(adopted.report.fixed).toEqual([]);

    // One new finding (prod's Product Context), with unrelated lines inserted above the old ones: only it fails.
    writeFileSync(
      join(root, 'prod/packages/ims-account.xml'),
      imsAccountPackage('prod', { imsServer: 'http://ims-na1.adobelogin.com/ims', secret: 'hunter2-plaintext', productContext: 'dma_campaign_standard', padding: 3 }),
    );
    const added = await check(root);
    expect(added.code).toBe(1);
    expect(added.report.findings.map((f) => `${f.ruleId} ${f.file} ${f.instance}`)).toEqual(['IMS002 prod/packages/ims-account.xml prod']);
    expect(added.report.suppressed.filter((f) => f.suppressedBy === 'baseline')).toHaveLength(5);

    // Fix an old one (stage's IMS server): it is listed as fixed, so the baseline can shrink.
    const stageServer = before.report.findings.find((f) => f.ruleId === 'IMS003' && f.instance === 'stage');
    writeFileSync(
      join(root, 'stage/packages/ims-account.xml'),
      imsAccountPackage('stage', { productContext: 'dma_campaign_standard' }),
    );
    const fixed = await check(root);
    expect(fixed.code).toBe(1);
    expect(fixed.report.fixed).toEqual([stageServer?.fingerprint]);
    expect(fixed.report.findings).toHaveLength(1);

    // Re-running baseline shrinks the file (and, here, accepts the new finding too).
    const again = await cli('baseline', root);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('1 new, 1 dropped');
    expect(baselineOf(root).findings).toHaveLength(5);
    const final = await check(root);
    expect(final.code).toBe(0);
    expect(final.report.fixed).toEqual([]);
  });

  it('never baselines IMS000: an unreadable file still fails check', async () => {
    const files = repoWithFindings();
    files['prod/packages/broken.xml'] = `<?xml version='1.0'?>
<package author="Administrator (admin)" buildNumber="9336" buildVersion="7.3" name="" namespace="" vendor="">
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsServer="https://ims-na1.adobelogin.com"
  </entities>
</package>
`;
    const root = writeRepo(files);
    const before = await check(root);
    const unreadable = before.report.findings.filter((f) => f.ruleId === 'IMS000');
    expect(unreadable.length).toBeGreaterThan(0);

    const adopt = await cli('baseline', root);
    expect(adopt.code).toBe(0);
    expect(adopt.stderr).toContain('IMS000');
    expect(adopt.stderr).toContain('prod/packages/broken.xml');
    expect(baselineOf(root).findings.some((f) => f.ruleId === 'IMS000')).toBe(false);

    const after = await check(root);
    expect(after.code).toBe(1);
    expect(after.report.findings.map((f) => f.ruleId)).toEqual(unreadable.map((f) => f.ruleId));
  });

  it('refuses to write a baseline while the config is invalid (exit 2)', async () => {
    const root = writeRepo({ ...repoWithFindings(), '.github/ims-gate.yml': 'hosting: cloud\n' });
    const run = await cli('baseline', root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('config is invalid');
    expect(run.stderr).toContain('.github/ims-gate.yml:1');
    expect(existsSync(join(root, '.github/ims-gate-baseline.json'))).toBe(false);
  });

  it('writes an empty baseline for a clean repository, and honours --output', async () => {
    const root = writeRepo({ 'prod/packages/ims-account.xml': imsAccountPackage('prod') });
    const run = await cli('baseline', root, '--output', join(root, 'elsewhere.json'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no findings');
    expect(run.stderr).toContain('check reads the baseline from <root>/.github/ims-gate-baseline.json');
    expect(JSON.parse(readFileSync(join(root, 'elsewhere.json'), 'utf8'))).toEqual({ version: 1, findings: [] });
  });

  it('rejects unknown options and extra roots (exit 2)', async () => {
    expect((await cli('baseline', '--nope')).code).toBe(2);
    expect((await cli('baseline', 'a', 'b')).code).toBe(2);
    const help = await cli('baseline', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('ims-gate baseline [root]');
  });
});
