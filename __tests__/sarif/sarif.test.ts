// SARIF 2.1.0 for GitHub code scanning: validated by Microsoft's SARIF Multitool with GitHub's ingestion rules,
// plus the properties GitHub relies on (rule metadata, levels, regions, stable fingerprints, suppressions).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { scan } from '../../src/pipeline.js';
import { loadRuleMetadata } from '../../src/policy/rules.js';
import { formats } from '../../src/report/formats.js';
import { FINGERPRINT_KEY, failingExamples, gitRepoPath, toSarif } from '../../src/report/sarif.js';
import type { Report } from '../../src/types.js';
import { scanFiles, writeRepo } from '../helpers/repo.js';
import { imsAccountPackage, manifest, repoWithFindings, UNRELATED_PACKAGE } from './fixtures.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const MULTITOOL = join(process.cwd(), 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
const work = mkdtempSync(join(tmpdir(), 'ims-gate-sarif-'));

beforeAll(() => {
  // npm 11 does not run the package's install script, which would set the execute bit.
  if (existsSync(MULTITOOL)) chmodSync(MULTITOOL, 0o755);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `Sarif.Multitool validate --rule-kind "Gh;Sarif"` and returns its results with their effective level. */
function validate(sarif: object, name: string): { level: string; ruleId: string; text: string }[] {
  const input = join(work, `${name}.sarif`);
  const output = join(work, `${name}.out.sarif`);
  writeFileSync(input, JSON.stringify(sarif, null, 2));
  execFileSync(MULTITOOL, ['validate', input, '--rule-kind', 'Gh;Sarif', '-o', output, '--log', 'ForceOverwrite'], {
    // Without ICU (slim CI images) .NET needs invariant globalization; it changes nothing for validation.
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    stdio: 'pipe',
  });
  const log = JSON.parse(readFileSync(output, 'utf8').replace(/^\uFEFF/, '')) as Json;
  const run = log.runs[0];
  const rules = run.tool.driver.rules ?? [];
  return (run.results ?? []).map((result: Json) => ({
    level: result.level ?? rules[result.ruleIndex]?.defaultConfiguration?.level ?? 'warning',
    ruleId: result.ruleId,
    text: `${result.message.id ?? ''} ${JSON.stringify(result.message.arguments ?? result.message.text)}`,
  }));
}

/** A repository with open, inline-suppressed, baseline-suppressed and config-disabled findings. */
async function mixedReport(): Promise<Report> {
  const files = repoWithFindings();
  files['stage/packages/ims-account.xml'] = files['stage/packages/ims-account.xml'].replace(
    '    <extAccount name="Adobe_Marketing_Cloud"',
    '    <!-- ims-gate-disable-next-line IMS002 - stage runs the Campaign Standard context until the migration -->\n    <extAccount name="Adobe_Marketing_Cloud"',
  );
  const first = await scanFiles(files);
  const imsServerStage = first.findings.find((f) => f.ruleId === 'IMS003' && f.instance === 'stage');
  expect(imsServerStage).toBeDefined();
  files['.github/ims-gate-baseline.json'] = JSON.stringify({
    version: 2,
    findings: [{ fingerprint: imsServerStage?.fingerprint, ruleId: 'IMS003', file: imsServerStage?.file, line: imsServerStage?.line, message: '' }],
  });
  files['.github/ims-gate.yml'] = 'rules:\n  IMS009: off\n';
  return scanFiles(files);
}

describe('SARIF validation (Microsoft SARIF Multitool, GitHub ingestion rules)', () => {
  it.runIf(process.platform === 'linux')('a report with findings, related locations and suppressions validates with no error and no warning', async () => {
    expect(existsSync(MULTITOOL), `missing ${MULTITOOL}: run npm install`).toBe(true);
    const report = await mixedReport();
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.suppressed.map((f) => f.suppressedBy).sort()).toEqual(['baseline', 'config', 'inline']);
    const problems = validate(toSarif(report), 'mixed');
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(problems.filter((p) => p.level === 'warning')).toEqual([]);
  });

  it.runIf(process.platform === 'linux')('a clean report and a truncated report validate too', async () => {
    const clean = await scanFiles({ 'prod/packages/ims-account.xml': imsAccountPackage('prod'), 'prod/ims/manifest.yml': manifest('prod') });
    expect(clean.findings).toEqual([]);
    expect(validate(toSarif(clean), 'clean').filter((p) => p.level !== 'note')).toEqual([]);
    const report = await scanFiles(repoWithFindings());
    expect(validate(toSarif(report, { maxResults: 2, category: 'prod' }), 'truncated').filter((p) => p.level !== 'note')).toEqual([]);
  });

  it.runIf(process.platform === 'linux')('the harness does see errors (a rule without shortDescription fails GitHub ingestion)', async () => {
    const sarif = toSarif(await scanFiles(repoWithFindings())) as Json;
    delete sarif.runs[0].tool.driver.rules[0].shortDescription;
    expect(validate(sarif, 'broken').filter((p) => p.level === 'error').map((p) => p.ruleId)).toContain('GH2012');
  });
});

describe('SARIF content', () => {
  it('describes every rule of policies/rules with the metadata GitHub shows', async () => {
    const sarif = toSarif(await scanFiles(repoWithFindings())) as Json;
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const driver = sarif.runs[0].tool.driver;
    expect(driver.name).toBe('ims-gate');
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const metas = [...loadRuleMetadata().values()];
    expect(driver.rules.map((r: Json) => r.id)).toEqual(metas.map((m) => m.id));
    for (const meta of metas) {
      const rule = driver.rules.find((r: Json) => r.id === meta.id);
      expect(rule.name).toBe(meta.name);
      expect(rule.shortDescription.text).toContain(meta.title);
      expect(rule.fullDescription.text.length).toBeGreaterThan(20);
      expect(rule.help.text).toContain(meta.remediation.replace(/\s+/g, ' ').slice(0, 40));
      expect(rule.help.markdown).toContain('How to fix');
      for (const symptom of meta.symptoms) expect(rule.help.markdown).toContain(symptom);
      expect(rule.helpUri).toBe(`https://github.com/ims-gate/ims-gate/blob/main/${meta.docs}`);
      expect(rule.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', notice: 'note' }[meta.severity]);
      expect(rule.properties.tags).toContain('ims');
    }
    const ims009 = driver.rules.find((r: Json) => r.id === 'IMS009');
    if (ims009) {
      expect(typeof ims009.properties['security-severity']).toBe('string');
      expect(Number(ims009.properties['security-severity'])).toBeGreaterThan(0);
      expect(ims009.properties.tags).toContain('security');
    }
    expect(driver.rules.filter((r: Json) => r.properties['security-severity'] !== undefined).every((r: Json) => r.properties.tags.includes('security'))).toBe(true);
  });

  it('turns each finding into a result with level, message, region, fingerprint and related locations', async () => {
    const report = await scanFiles(repoWithFindings());
    const sarif = toSarif(report) as Json;
    const run = sarif.runs[0];
    expect(run.results).toHaveLength(report.findings.length);
    report.findings.forEach((finding, i) => {
      const result = run.results[i];
      expect(result.ruleId).toBe(finding.ruleId);
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(finding.ruleId);
      expect(result.level).toBe({ error: 'error', warning: 'warning', notice: 'note' }[finding.severity]);
      expect(result.message.text).toContain(finding.message);
      expect(result.message.text).toMatch(/\.$/);
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation).toEqual({ uri: finding.file, uriBaseId: '%SRCROOT%' });
      expect(location.region).toEqual({ startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn });
      expect(result.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: finding.fingerprint });
      expect(result.suppressions).toBeUndefined();
    });
    const withRelated = run.results.find((r: Json) => r.relatedLocations);
    expect(withRelated).toBeDefined();
    expect(withRelated.relatedLocations[0]).toMatchObject({
      id: 1,
      physicalLocation: { artifactLocation: { uri: 'stage/ims/manifest.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 11 } },
    });
    expect(run.properties.verdict).toBe('fail');
  });

  it('never carries a plaintext secret', async () => {
    const report = await scanFiles(repoWithFindings());
    expect(report.findings.some((f) => f.ruleId === 'IMS009')).toBe(true);
    expect(JSON.stringify(toSarif(report))).not.toContain('hunter2-plaintext');
  });

  it('keeps inline and baseline suppressions (inSource / external) and leaves out rules turned off', async () => {
    const report = await mixedReport();
    const run = (toSarif(report) as Json).runs[0];
    const suppressed = run.results.filter((r: Json) => r.suppressions);
    expect(suppressed.map((r: Json) => [r.ruleId, r.suppressions[0].kind]).sort()).toEqual([
      ['IMS002', 'inSource'],
      ['IMS003', 'external'],
    ]);
    const inline = suppressed.find((r: Json) => r.ruleId === 'IMS002');
    expect(inline.suppressions[0].justification).toContain('stage runs the Campaign Standard context');
    expect(run.results.some((r: Json) => r.ruleId === 'IMS009')).toBe(false);
    // Open results come first.
    const firstSuppressed = run.results.findIndex((r: Json) => r.suppressions);
    expect(run.results.slice(firstSuppressed).every((r: Json) => r.suppressions)).toBe(true);
    expect((toSarif(report, { includeSuppressed: false }) as Json).runs[0].results.some((r: Json) => r.suppressions)).toBe(false);
  });

  it('says so when results are cut at the per-run limit', async () => {
    const report = await scanFiles(repoWithFindings());
    const run = (toSarif(report, { maxResults: 2 }) as Json).runs[0];
    expect(run.results).toHaveLength(2);
    expect(run.properties).toMatchObject({ truncated: true, omittedResults: report.findings.length - 2, totalResults: report.findings.length });
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain(`${report.findings.length - 2} of ${report.findings.length} results were left out`);
    const full = (toSarif(report) as Json).runs[0];
    expect(full.properties.truncated).toBeUndefined();
    expect(full.invocations[0].toolExecutionNotifications).toBeUndefined();
  });

  it('maps paths to the repository when the scan root is a sub-folder, and sets the category', async () => {
    const report = await scanFiles(repoWithFindings());
    const run = (toSarif(report, { repoPath: (file) => `campaign/${file}`, category: 'prod' }) as Json).runs[0];
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(`campaign/${report.findings[0].file}`);
    expect(run.automationDetails).toEqual({ id: 'prod/' });

    const repo = writeRepo({ '.git/HEAD': 'ref: refs/heads/main\n', 'campaign/x.txt': '' });
    expect(gitRepoPath(join(repo, 'campaign'))?.('prod/a.xml')).toBe('campaign/prod/a.xml');
    expect(gitRepoPath(repo)).toBeUndefined();
  });

  it('takes the failing example of the rule docs page for help.markdown', () => {
    const page = [
      '# IMS003 ims-server',
      '',
      '## Failing example',
      '',
      '```xml title="prod/packages/ims-account.xml"',
      '<extAccount imsServer="http://x"/>',
      '```',
      '',
      '## Passing example',
      '',
      '```xml title="prod/packages/ims-account.xml"',
      '<extAccount imsServer="https://ims-na1.adobelogin.com"/>',
      '```',
    ].join('\n');
    expect(failingExamples(page)).toEqual([{ info: 'xml title="prod/packages/ims-account.xml"', code: '<extAccount imsServer="http://x"/>' }]);
    expect(failingExamples('# no sections')).toEqual([]);
    for (const meta of loadRuleMetadata().values()) {
      const path = join(process.cwd(), meta.docs);
      const examples = existsSync(path) ? failingExamples(readFileSync(path, 'utf8')) : [];
      if (examples.length === 0) continue;
      const rule = (toSarif(emptyReport()) as Json).runs[0].tool.driver.rules.find((r: Json) => r.id === meta.id);
      expect(rule.help.markdown, meta.id).toContain('**Failing example**');
      expect(rule.help.markdown, meta.id).toContain(examples[0].code.split('\n')[0]);
    }
  });
});

function emptyReport(): Report {
  return {
    version: 1,
    tool: { name: 'ims-gate', version: '0.0.0' },
    findings: [],
    suppressed: [],
    restart: { required: false, instances: [], changes: [] },
    stats: { filesScanned: 0, errors: 0, warnings: 0, notices: 0 },
    verdict: { failOn: 'error', result: 'pass', reasons: [] },
  };
}

describe('fingerprints', () => {
  it('stay the same when unrelated lines are inserted above a finding', async () => {
    const before = await scanFiles(repoWithFindings());
    const files = repoWithFindings();
    // Ten unrelated external accounts above the IMS account, and a comment block at the top of the manifest.
    files['prod/packages/ims-account.xml'] = imsAccountPackage('prod', { imsServer: 'http://ims-na1.adobelogin.com/ims', secret: 'hunter2-plaintext', padding: 10 });
    files['stage/ims/manifest.yml'] = `# IMS provisioning of stage\n# owner: campaign-platform team\n\n${files['stage/ims/manifest.yml']}`;
    files['prod/packages/zz-more.xml'] = UNRELATED_PACKAGE;
    const after = await scanFiles(files);

    const key = (f: { ruleId: string; file: string }) => `${f.ruleId} ${f.file}`;
    expect(after.findings.map(key).sort()).toEqual(before.findings.map(key).sort());
    const moved = after.findings.filter((f) => f.file === 'prod/packages/ims-account.xml');
    expect(moved.length).toBeGreaterThan(0);
    for (const finding of after.findings) {
      const original = before.findings.find((f) => key(f) === key(finding) && f.field === finding.field);
      expect(original?.fingerprint, key(finding)).toBe(finding.fingerprint);
    }
    for (const finding of moved) {
      const original = before.findings.find((f) => key(f) === key(finding) && f.field === finding.field);
      expect(finding.line).toBe((original?.line ?? 0) + 10);
    }
    const sarifBefore = (toSarif(before) as Json).runs[0].results.map((r: Json) => r.partialFingerprints[FINGERPRINT_KEY]).sort();
    const sarifAfter = (toSarif(after) as Json).runs[0].results.map((r: Json) => r.partialFingerprints[FINGERPRINT_KEY]).sort();
    expect(sarifAfter).toEqual(sarifBefore);
  });
});

describe('--format', () => {
  it('registers every documented format', () => {
    expect(Object.keys(formats).sort()).toEqual(['github', 'json', 'markdown', 'sarif', 'stylish']);
  });

  it('github and markdown print workflow commands and the PR-comment body', async () => {
    const root = writeRepo(repoWithFindings());
    for (const [format, expected] of [['github', /^::error file=prod\/packages\/ims-account\.xml,line=7,/m], ['markdown', /IMS policy gate failed/]] as const) {
      let out = '';
      const code = await runCli(['check', root, '--format', format], { stdout: (t) => (out += t), stderr: () => {}, env: {}, isTty: false });
      expect(code).toBe(1);
      expect(out).toMatch(expected);
      expect(out).not.toContain('hunter2-plaintext');
    }
  });

  it('sarif: the CLI writes SARIF', async () => {
    const root = writeRepo(repoWithFindings());
    let out = '';
    const code = await runCli(['check', root, '--format', 'sarif'], { stdout: (t) => (out += t), stderr: () => {}, env: {}, isTty: false });
    expect(code).toBe(1);
    const sarif = JSON.parse(out) as Json;
    const { report } = await scan({ root, failOn: 'error' });
    expect(sarif.runs[0].results.map((r: Json) => r.partialFingerprints[FINGERPRINT_KEY])).toEqual(report.findings.map((f) => f.fingerprint));
  });
});
