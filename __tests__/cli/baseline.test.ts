// `ims-gate baseline`: adopt on a repository with findings, then only new findings fail `check`.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { BaselineFile } from '../../src/gate/baseline.js';
import { scan } from '../../src/pipeline.js';
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
    expect(baseline.version).toBe(2);
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
      imsAccountPackage('prod', {
        imsServer: 'http://ims-na1.adobelogin.com/ims',
        secret: 'hunter2-plaintext',
        productContext: 'dma_campaign_standard',
        padding: 3,
      }),
    );
    const added = await check(root);
    expect(added.code).toBe(1);
    expect(added.report.findings.map((f) => `${f.ruleId} ${f.file} ${f.instance}`)).toEqual(['IMS002 prod/packages/ims-account.xml prod']);
    expect(added.report.suppressed.filter((f) => f.suppressedBy === 'baseline')).toHaveLength(5);

    // Fix an old one (stage's IMS server): it is listed as fixed, so the baseline can shrink.
    const stageServer = before.report.findings.find((f) => f.ruleId === 'IMS003' && f.instance === 'stage');
    writeFileSync(join(root, 'stage/packages/ims-account.xml'), imsAccountPackage('stage', { productContext: 'dma_campaign_standard' }));
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
    expect(JSON.parse(readFileSync(join(root, 'elsewhere.json'), 'utf8'))).toEqual({ version: 2, findings: [] });
  });

  it('rejects unknown options and extra roots (exit 2)', async () => {
    expect((await cli('baseline', '--nope')).code).toBe(2);
    expect((await cli('baseline', 'a', 'b')).code).toBe(2);
    const help = await cli('baseline', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('ims-gate baseline [root]');
  });
});

/**
 * The baseline today's release (0.x, commit 835c50c) wrote for examples/, committed before the fingerprints
 * changed: `ims-gate baseline --migrate` must carry every one of its entries over to the 1.0 fingerprints.
 */
const LEGACY_BASELINE = join(import.meta.dirname, '../fixtures/baselines/examples-legacy.json');
const EXAMPLES = join(import.meta.dirname, '../../examples');
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of examples/ with `baseline` (default: the legacy fixture) at the default baseline path. */
function examplesWithBaseline(baseline: BaselineFile = JSON.parse(readFileSync(LEGACY_BASELINE, 'utf8')) as BaselineFile): string {
  const root = mkdtempSync(join(tmpdir(), 'ims-gate-migrate-'));
  copies.push(root);
  cpSync(EXAMPLES, root, { recursive: true });
  // examples/ as it was when the legacy baseline was written: without the unmapped attribute that IMS011 (1.0) reports.
  const legacyCopy = join(root, 'stage/packages/nmsExtAccount-ims-legacy.xml');
  writeFileSync(legacyCopy, readFileSync(legacyCopy, 'utf8').replace(/\n\s*imsTechnicalAccount="[^"]*"/, ''));
  writeFileSync(join(root, '.github/ims-gate-baseline.json'), `${JSON.stringify(baseline, null, 2)}\n`);
  return root;
}

describe('a baseline written before 1.0', () => {
  const legacy = JSON.parse(readFileSync(LEGACY_BASELINE, 'utf8')) as BaselineFile;

  it('the fixture is what the 0.x release wrote: version 1, 14 findings of examples/', () => {
    expect(legacy.version).toBe(1);
    expect(legacy.findings).toHaveLength(14);
  });

  it('is refused by check (exit 2), which says to migrate it, instead of failing every baselined finding as new', async () => {
    const root = examplesWithBaseline();
    const run = await cli('check', root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('was written by ims-gate before 1.0');
    expect(run.stderr).toContain('ims-gate baseline --migrate');
  });

  it('--migrate keeps every entry, with the 1.0 fingerprints; check then fails only on the unreadable file (IMS000)', async () => {
    const root = examplesWithBaseline();
    const before = await scan({ root, failOn: 'never', noBaseline: true });
    const current = before.report.findings.filter((f) => f.ruleId !== 'IMS000');

    const migrate = await cli('baseline', root, '--migrate');
    expect(migrate.code, migrate.stderr).toBe(0);
    expect(migrate.stdout).toMatch(
      /^Migrated \S*\.github\/ims-gate-baseline\.json to the ims-gate 1\.0 fingerprints: 14 of 14 entries kept\. Commit the file\.\n$/,
    );
    expect(migrate.stderr).toBe('');
    const migrated = baselineOf(root);
    expect(migrated.version).toBe(2);
    expect(migrated.findings.map((f) => f.fingerprint).sort()).toEqual(current.map((f) => f.fingerprint).sort());
    // The same findings as before, entry by entry: only the fingerprints changed.
    const where = (f: { ruleId: string; file: string; line: number; message: string }) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`;
    expect(migrated.findings.map(where).sort()).toEqual(legacy.findings.map(where).sort());
    const old = new Set(legacy.findings.map((f) => f.fingerprint));
    expect(migrated.findings.filter((f) => old.has(f.fingerprint))).toEqual([]);

    const { code, report } = await check(root);
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual(['IMS000 stage/packages/nmsExtAccount-backup.xml']);
    expect(report.suppressed.filter((f) => f.suppressedBy === 'baseline')).toHaveLength(14);
    expect(report.fixed).toEqual([]);

    const again = await cli('baseline', root, '--migrate');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already uses the ims-gate 1.0 fingerprints; nothing to migrate');
    expect(baselineOf(root)).toEqual(migrated);
  });

  it('--migrate never accepts a finding the old baseline did not, and lists the entries it drops', async () => {
    // One finding left out of the old baseline (IMS008), and one entry for a finding that no longer exists.
    const left = legacy.findings.find((f) => f.ruleId === 'IMS008');
    const gone = { fingerprint: '0'.repeat(32), ruleId: 'IMS006', file: 'prod/packages/old.xml', line: 3, message: 'a scope long fixed' };
    const root = examplesWithBaseline({ version: 1, findings: [...legacy.findings.filter((f) => f !== left), gone] });

    const migrate = await cli('baseline', root, '--migrate');
    expect(migrate.code, migrate.stderr).toBe(0);
    expect(migrate.stdout).toContain('13 of 14 entries kept');
    expect(migrate.stderr).toContain('1 entry matches no current finding');
    expect(migrate.stderr).toContain('  IMS006 prod/packages/old.xml:3: a scope long fixed');
    expect(migrate.stderr).toContain('1 current finding(s) were not in the old baseline and still fail check (IMS008 ×1)');
    expect(baselineOf(root).findings).toHaveLength(13);

    const { report } = await check(root);
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['IMS000', 'IMS008']);
  });

  it('plain baseline replaces it, counting changes through the old fingerprints', async () => {
    const root = examplesWithBaseline();
    const run = await cli('baseline', root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('14 findings');
    expect(run.stdout).toContain('0 new, 0 dropped since the previous baseline');
    expect(baselineOf(root).version).toBe(2);
  });

  it('--migrate without a baseline is a usage error (exit 2)', async () => {
    const root = writeRepo({ 'prod/packages/ims-account.xml': imsAccountPackage('prod') });
    const run = await cli('baseline', root, '--migrate');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no baseline to migrate');
  });
});
