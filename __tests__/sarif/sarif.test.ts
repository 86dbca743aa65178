// SARIF 2.1.0 for GitHub code scanning: validated by Microsoft's SARIF Multitool with GitHub's ingestion rules,
// plus the properties GitHub relies on (rule metadata, levels, regions, stable fingerprints, suppressions).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitRepoPath } from '../../src/cli/repo-path.js';
import { runCli } from '../../src/cli/run.js';
import { scan } from '../../src/pipeline.js';
import { type DescribedRule, describedRules } from '../../src/policy/rule-help.js';
import { loadRuleMetadata } from '../../src/policy/rules.js';
import { formats } from '../../src/report/formats.js';
import { FINGERPRINT_KEY, type SarifOptions, toSarif as toSarifWith } from '../../src/report/sarif.js';
import type { Report } from '../../src/types.js';
import { failingExamples } from '../../scripts/rule-help.mjs';
import { scanFiles, writeRepo } from '../helpers/repo.js';
import { imsAccountPackage, manifest, repoWithFindings, UNRELATED_PACKAGE } from './fixtures.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const MULTITOOL = join(process.cwd(), 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
const work = mkdtempSync(join(tmpdir(), 'ims-gate-sarif-'));

/** The SARIF log with every rule described, as the CLI and the action write it. */
function toSarif(report: Report, options: Omit<SarifOptions, 'rules'> = {}): Record<string, unknown> {
  return toSarifWith(report, { rules: describedRules(), ...options });
}

beforeAll(() => {
  // npm 11 does not run the package's install script, which would set the execute bit.
  if (existsSync(MULTITOOL)) chmodSync(MULTITOOL, 0o755);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Problem = { level: string; ruleId: string; text: string };

/**
 * Runs `Sarif.Multitool validate --rule-kind "Gh;Sarif"` once on several logs and returns each log's results with
 * their effective level. One run for all: each start of the .NET tool costs about a second of CPU.
 */
function validateAll(logs: Record<string, object>): Record<string, Problem[]> {
  const inputs = Object.entries(logs).map(([name, sarif]) => {
    const input = join(work, `${name}.sarif`);
    writeFileSync(input, JSON.stringify(sarif, null, 2));
    return input;
  });
  const output = join(work, 'validation.out.sarif');
  execFileSync(MULTITOOL, ['validate', ...inputs, '--rule-kind', 'Gh;Sarif', '-o', output, '--log', 'ForceOverwrite'], {
    // Without ICU (slim CI images) .NET needs invariant globalization; it changes nothing for validation.
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    stdio: 'pipe',
  });
  const log = JSON.parse(readFileSync(output, 'utf8').replace(/^\uFEFF/, '')) as Json;
  const run = log.runs[0];
  const rules = run.tool.driver.rules ?? [];
  const byLog: Record<string, Problem[]> = Object.fromEntries(Object.keys(logs).map((name) => [name, []]));
  for (const result of run.results ?? []) {
    // Each result is located in the log it is about: file:///…/<name>.sarif.
    const uri: string = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
    const name = /([^/]+)\.sarif$/.exec(uri)?.[1];
    if (name === undefined || !(name in byLog)) throw new Error(`a validation result about an unknown file: ${uri}`);
    byLog[name].push({
      level: result.level ?? rules[result.ruleIndex]?.defaultConfiguration?.level ?? 'warning',
      ruleId: result.ruleId,
      text: `${result.message.id ?? ''} ${JSON.stringify(result.message.arguments ?? result.message.text)}`,
    });
  }
  return byLog;
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
    findings: [
      { fingerprint: imsServerStage?.fingerprint, ruleId: 'IMS003', file: imsServerStage?.file, line: imsServerStage?.line, message: '' },
    ],
  });
  files['.github/ims-gate.yml'] = 'rules:\n  IMS009: off\n';
  return scanFiles(files);
}

describe.runIf(process.platform === 'linux')('SARIF validation (Microsoft SARIF Multitool, GitHub ingestion rules)', () => {
  let mixed: Report;
  let clean: Report;
  let problems: Record<string, Problem[]>;
  beforeAll(async () => {
    expect(existsSync(MULTITOOL), `missing ${MULTITOOL}: run npm install`).toBe(true);
    mixed = await mixedReport();
    clean = await scanFiles({ 'prod/packages/ims-account.xml': imsAccountPackage('prod'), 'prod/ims/manifest.yml': manifest('prod') });
    const withFindings = await scanFiles(repoWithFindings());
    const broken = toSarif(withFindings) as Json;
    delete broken.runs[0].tool.driver.rules[0].shortDescription;
    problems = validateAll({
      mixed: toSarif(mixed),
      clean: toSarif(clean),
      truncated: toSarif(withFindings, { maxResults: 2, category: 'prod' }),
      broken,
    });
  });

  it('a report with findings, related locations and suppressions validates with no error and no warning', () => {
    expect(mixed.findings.length).toBeGreaterThan(0);
    expect(mixed.suppressed.map((f) => f.suppressedBy).sort()).toEqual(['baseline', 'config', 'inline']);
    // The coverage notes (IMS004/IMS005 without an Admin Console export, IMS010 without a base) are validated too.
    expect((toSarif(mixed) as Json).runs[0].invocations[0].toolExecutionNotifications.length).toBeGreaterThan(0);
    expect(problems.mixed.filter((p) => p.level === 'error')).toEqual([]);
    expect(problems.mixed.filter((p) => p.level === 'warning')).toEqual([]);
  });

  it('results carry their fixes (§3.55: deletedRegion, insertedContent), and the log still validates', () => {
    const sarif = toSarif(mixed) as Json;
    const fixed = sarif.runs[0].results.filter((result: Json) => result.fixes);
    expect(fixed.length).toBeGreaterThan(0);
    const finding = mixed.findings.find((f) => f.fix);
    expect(finding?.fix).toBeDefined();
    const result = fixed.find((r: Json) => r.partialFingerprints['imsGate/v1'] === finding?.fingerprint);
    const [replacement] = finding?.fix?.replacements ?? [];
    expect(result.fixes[0].artifactChanges).toEqual([
      {
        artifactLocation: { uri: finding?.file, uriBaseId: '%SRCROOT%' },
        replacements: [
          {
            deletedRegion: {
              startLine: replacement.loc.line,
              startColumn: replacement.loc.column,
              endLine: replacement.loc.endLine,
              endColumn: replacement.loc.endColumn,
            },
            insertedContent: { text: replacement.text },
          },
        ],
      },
    ]);
    expect(result.fixes[0].description.text).toMatch(/^Fix: ims-gate check --fix applies it\./);
    expect(problems.mixed.filter((p) => p.level === 'error' || p.level === 'warning')).toEqual([]);
  });

  it('a clean report and a truncated report validate too', () => {
    expect(clean.findings).toEqual([]);
    expect(problems.clean.filter((p) => p.level !== 'note')).toEqual([]);
    expect(problems.truncated.filter((p) => p.level !== 'note')).toEqual([]);
  });

  it('the harness does see errors (a rule without shortDescription fails GitHub ingestion)', () => {
    expect(problems.broken.filter((p) => p.level === 'error').map((p) => p.ruleId)).toContain('GH2012');
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
    expect(ims009, 'IMS009 is among the rules').toBeDefined();
    expect(typeof ims009.properties['security-severity']).toBe('string');
    expect(Number(ims009.properties['security-severity'])).toBeGreaterThan(0);
    expect(ims009.properties.tags).toContain('security');
    const rated = driver.rules.filter((r: Json) => r.properties['security-severity'] !== undefined);
    expect(rated.length).toBeGreaterThan(0);
    expect(rated.filter((r: Json) => !r.properties.tags.includes('security')).map((r: Json) => r.id)).toEqual([]);
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
      expect(location.region).toEqual({
        startLine: finding.line,
        startColumn: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
      });
      expect(result.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: finding.fingerprint });
      expect(result.suppressions).toBeUndefined();
    });
    const withRelated = run.results.find((r: Json) => r.relatedLocations);
    expect(withRelated).toBeDefined();
    expect(withRelated.relatedLocations[0]).toMatchObject({
      id: 1,
      physicalLocation: {
        artifactLocation: { uri: 'stage/ims/manifest.yml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 3, startColumn: 11 },
      },
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
    const baseline = suppressed.find((r: Json) => r.ruleId === 'IMS003');
    expect(baseline.suppressions[0]).toEqual({
      kind: 'external',
      status: 'accepted',
      justification: 'In the ims-gate baseline (.github/ims-gate-baseline.json): accepted when ims-gate was adopted.',
    });
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
    expect(run.properties).toMatchObject({
      truncated: true,
      omittedResults: report.findings.length - 2,
      totalResults: report.findings.length,
    });
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain(
      `${report.findings.length - 2} of ${report.findings.length} results were left out`,
    );
    const full = (toSarif(report) as Json).runs[0];
    expect(full.properties.truncated).toBeUndefined();
    // Not truncated: no warning, only the coverage notes (one per rule that did not check an instance).
    expect(full.invocations[0].toolExecutionNotifications.filter((n: Json) => n.level !== 'note')).toEqual([]);
  });

  it('maps paths to the repository when the scan root is a sub-folder, and sets the category', async () => {
    const report = await scanFiles(repoWithFindings());
    const run = (toSarif(report, { repoPath: (file) => `campaign/${file}`, category: 'prod' }) as Json).runs[0];
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(`campaign/${report.findings[0].file}`);
    expect(run.automationDetails).toEqual({ id: 'prod/' });
  });

  it('the CLI finds the repository root (a .git folder or a worktree .git file) and gives the reporters the mapping', async () => {
    const gits: Record<string, string>[] = [{ '.git/HEAD': 'ref: refs/heads/main\n' }, { '.git': 'gitdir: /elsewhere/.git/worktrees/x\n' }];
    for (const git of gits) {
      const repo = writeRepo({ ...git, 'campaign/x.txt': '' });
      expect(gitRepoPath(join(repo, 'campaign'))?.('prod/a.xml')).toBe('campaign/prod/a.xml');
      expect(gitRepoPath(join(repo, 'campaign', 'deep'))?.('../ims-gate.yml')).toBe('campaign/ims-gate.yml');
      expect(gitRepoPath(repo)).toBeUndefined();
    }
    expect(gitRepoPath(writeRepo({ 'x.txt': '' }))).toBeUndefined();

    const files = Object.fromEntries(Object.entries(repoWithFindings()).map(([path, content]) => [`campaign/${path}`, content]));
    const repo = writeRepo({ '.git/HEAD': 'ref: refs/heads/main\n', ...files });
    const outputs: Record<string, string> = {};
    for (const format of ['sarif', 'github', 'markdown']) {
      outputs[format] = '';
      await runCli(['check', join(repo, 'campaign'), '--format', format], {
        stdout: (t) => (outputs[format] += t),
        stderr: () => {},
        env: {},
        isTty: false,
      });
    }
    const uris = (JSON.parse(outputs.sarif) as Json).runs[0].results.map((r: Json) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toContain('campaign/prod/packages/ims-account.xml');
    expect(uris.every((uri: string) => uri.startsWith('campaign/'))).toBe(true);
    expect(outputs.github).toMatch(/^::error file=campaign\/prod\/packages\/ims-account\.xml,line=7,/m);
    expect(outputs.markdown).toContain('**`campaign/prod/packages/ims-account.xml`** · ');
  });
});

/** A rule as the policy loader describes it, with `failingExample` blocks given here. */
function describedRule(failingExample: DescribedRule['failingExample'], overrides: Partial<DescribedRule> = {}): DescribedRule {
  return {
    id: 'IMS999',
    name: 'test-rule',
    title: 'A test rule',
    severity: 'error',
    rationale: 'Because.',
    remediation: 'Fix it',
    symptoms: [],
    // No such page: the reporter must use the blocks it is given, never read the docs.
    docs: 'docs/rules/IMS999.md',
    restart: false,
    messages: {},
    failingExample,
    ...overrides,
  };
}

function helpOf(rule: DescribedRule): { text: string; markdown: string } {
  const sarif = toSarifWith(emptyReport(), { rules: [rule] }) as Json;
  return sarif.runs[0].tool.driver.rules[0].help;
}

const lines = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`).join('\n');

describe('rule help (given as data by the policy loader)', () => {
  it('formats the failing example it is given into help.markdown, and the rest from the metadata', () => {
    const rule = describedRule(
      [
        { language: 'xml', title: 'prod/packages/ims-account.xml', code: '<extAccount imsServer="http://x"/>' },
        { language: 'text', code: 'prod/packages/ims-account.xml:1:13: imsServer is http [IMS999]' },
      ],
      { symptoms: ['redirected to adobe.com', 'error 400'] },
    );
    expect(helpOf(rule)).toEqual({
      text: [
        'Fix it.',
        'Symptoms users see: redirected to adobe.com; error 400.',
        'Documentation: https://github.com/ims-gate/ims-gate/blob/main/docs/rules/IMS999.md',
      ].join('\n\n'),
      markdown: [
        '**How to fix:** Fix it.',
        '',
        '**Symptoms users see:**',
        '',
        '- redirected to adobe.com',
        '- error 400',
        '',
        '**Failing example**',
        '',
        '`prod/packages/ims-account.xml`:',
        '',
        '```xml',
        '<extAccount imsServer="http://x"/>',
        '```',
        '',
        'ims-gate reports:',
        '',
        '```text',
        'prod/packages/ims-account.xml:1:13: imsServer is http [IMS999]',
        '```',
        '',
        '[Documentation](https://github.com/ims-gate/ims-gate/blob/main/docs/rules/IMS999.md)',
      ].join('\n'),
    });
  });

  const cases: { name: string; blocks: DescribedRule['failingExample']; has: string[]; hasNot: string[] }[] = [
    { name: 'no example', blocks: [], has: ['**How to fix:** Fix it.'], hasNot: ['**Failing example**', '```'] },
    {
      name: 'a block without title or language',
      blocks: [{ language: '', code: 'plain' }],
      has: ['**Failing example**\n\n```\nplain\n```'],
      hasNot: ['ims-gate reports:'],
    },
    {
      name: 'backticks in the code',
      blocks: [{ language: 'md', code: 'a ```` b' }],
      has: ['`````md\na ```` b\n`````'],
      hasNot: [],
    },
    {
      name: 'a first block longer than 40 lines (cut, then a pointer to the page instead of the second)',
      blocks: [
        { language: 'xml', title: 'a.xml', code: lines(45, 'a') },
        { language: 'text', code: 'b1' },
      ],
      has: [`\`\`\`xml\n${lines(40, 'a')}\n…\n\`\`\`\n\n_More in the documentation._`],
      hasNot: ['a41', 'b1'],
    },
    {
      name: 'blocks that fit 40 lines together, then one that does not',
      blocks: [
        { language: 'xml', title: 'a.xml', code: lines(30, 'a') },
        { language: 'xml', title: 'b.xml', code: lines(10, 'b') },
        { language: 'text', code: 'c1' },
      ],
      has: [lines(30, 'a'), lines(10, 'b'), '```\n\n_More in the documentation._\n\n[Documentation]'],
      hasNot: ['c1'],
    },
  ];
  for (const testCase of cases) {
    it(`help.markdown with ${testCase.name}`, () => {
      const { markdown } = helpOf(describedRule(testCase.blocks));
      for (const fragment of testCase.has) expect(markdown).toContain(fragment);
      for (const fragment of testCase.hasNot) expect(markdown).not.toContain(fragment);
    });
  }

  it('describes exactly the rules it is given, and a finding of an undescribed rule with a fallback', async () => {
    const report = await scanFiles(repoWithFindings());
    const sarif = toSarifWith(report, { rules: [] }) as Json;
    const driverRules = sarif.runs[0].tool.driver.rules;
    expect(driverRules.map((r: Json) => r.id)).toEqual([...new Set(report.findings.map((f) => f.ruleId))]);
    for (const result of sarif.runs[0].results) expect(driverRules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it("shows each shipped rule's failing example from its docs page (policies/rules-help.json)", () => {
    let withExamples = 0;
    for (const meta of loadRuleMetadata().values()) {
      const path = join(process.cwd(), meta.docs);
      const examples = existsSync(path) ? failingExamples(readFileSync(path, 'utf8')) : [];
      if (examples.length === 0) continue;
      withExamples++;
      const rule = (toSarif(emptyReport()) as Json).runs[0].tool.driver.rules.find((r: Json) => r.id === meta.id);
      expect(rule.help.markdown, meta.id).toContain('**Failing example**');
      expect(rule.help.markdown, meta.id).toContain(examples[0].code.split('\n')[0]);
    }
    expect(withExamples).toBeGreaterThan(5);
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
    files['prod/packages/ims-account.xml'] = imsAccountPackage('prod', {
      imsServer: 'http://ims-na1.adobelogin.com/ims',
      secret: 'hunter2-plaintext',
      padding: 10,
    });
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
    expect(Object.keys(formats).sort()).toEqual(['azure', 'github', 'gitlab', 'json', 'junit', 'markdown', 'sarif', 'stylish']);
  });

  it('github and markdown print workflow commands and the PR-comment body', async () => {
    const root = writeRepo(repoWithFindings());
    for (const [format, expected] of [
      ['github', /^::error file=prod\/packages\/ims-account\.xml,line=7,/m],
      ['markdown', /IMS policy gate failed/],
    ] as const) {
      let out = '';
      const code = await runCli(['check', root, '--format', format], {
        stdout: (t) => (out += t),
        stderr: () => {},
        env: {},
        isTty: false,
      });
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
    expect(sarif.runs[0].results.map((r: Json) => r.partialFingerprints[FINGERPRINT_KEY])).toEqual(
      report.findings.map((f) => f.fingerprint),
    );
  });
});
