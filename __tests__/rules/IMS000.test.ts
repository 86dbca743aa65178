// IMS000 (unreadable input): the rule turns what the stages before it found — config problems, unreadable files,
// model problems, skipped folders, `hosting: hosted` — into findings at their own place; through the pipeline,
// it fails closed on input the other rules never saw.
import { describe, expect, it } from 'vitest';
import { type Config, defaultConfig } from '../../src/config/types.js';
import { unreadableInputRule } from '../../src/rules/unreadable-input.js';
import { findingFrom } from '../../src/gate/findings.js';
import { ruleMeta } from '../../src/policy/rules.js';
import type { Diagnostic, RuleDiagnostic, ScanFacts } from '../../src/rules/types.js';
import type { Loc } from '../../src/types.js';
import { scanFiles } from '../helpers/repo.js';

const at = (file: string, line: number, column: number): Loc => ({ file, line, column, endLine: line, endColumn: column });
const NO_FACTS: ScanFacts = { configProblems: [], inputProblems: [], skipped: [], restartNotices: [] };

/** The diagnostics the rule reports for these facts, as `file:line:column severity field message` (rendered from IMS000.yml). */
function diagnostics(facts: Partial<ScanFacts>, config: Partial<Config> = {}): string[] {
  const reported: RuleDiagnostic[] = [];
  unreadableInputRule.check({
    model: { instances: [], fallbackInstance: 'default', dashboards: [], suppressions: [], problems: [] },
    config: { ...defaultConfig(), ...config },
    meta: {} as never,
    secrets: {},
    scan: { ...NO_FACTS, ...facts },
    report: (diagnostic) => reported.push(diagnostic),
    cover: () => {},
  });
  const meta = ruleMeta('IMS000');
  return reported.map(
    (d) => `${d.loc.file}:${d.loc.line}:${d.loc.column} ${d.severity ?? '(rule severity)'} ${d.field} ${findingFrom(meta, d).message}`,
  );
}

describe('IMS000 rule', () => {
  const cases: { name: string; facts: Partial<ScanFacts>; config?: Partial<Config>; expected: string[] }[] = [
    {
      // A model without an IMS account, serverConf <ims> node or manifest: the scan checked nothing, and says so.
      name: 'nothing found: the "nothing to check" error at the config file',
      facts: { root: 'campaign' },
      expected: [
        '.github/ims-gate.yml:1:1 (rule severity) input nothing to check under `campaign`: no IMS external account, serverConf `<ims>` node or manifest found',
      ],
    },
    { name: 'nothing found, with allowEmpty: true: nothing reported', facts: {}, config: { allowEmpty: true }, expected: [] },
    {
      name: 'nothing found beside an unreadable file: only the file (it may hold the account)',
      facts: { inputProblems: [{ loc: at('a.xml', 2, 3), message: 'malformed XML' }] },
      expected: ['a.xml:2:3 (rule severity) input malformed XML'],
    },
    {
      name: 'a config problem, at its line, with the rule severity',
      facts: { configProblems: [{ loc: at('.github/ims-gate.yml', 2, 1), message: 'invalid config: unknown key "bogus"' }] },
      expected: ['.github/ims-gate.yml:2:1 (rule severity) input invalid config: unknown key "bogus"'],
    },
    {
      name: 'a skipped folder is a notice at its first line',
      facts: { skipped: [{ path: 'node_modules', reason: 'not scanned: node_modules/ is a folder skipped by default' }] },
      config: { allowEmpty: true },
      expected: ['node_modules:1:1 notice input not scanned: node_modules/ is a folder skipped by default'],
    },
    {
      name: 'hosting: hosted is one notice at the config file',
      facts: {},
      config: { hosting: 'hosted', source: 'ci/ims-gate.yml' },
      expected: [
        'ci/ims-gate.yml:1:1 notice hosting hosting is "hosted": no IMS rule runs, because the IMS integration of hosted Campaign instances is managed by Adobe. Contact Adobe for IMS issues on hosted instances.',
      ],
    },
    {
      name: 'in order: config problems, the hosted notice, input problems, skipped files',
      facts: {
        configProblems: [{ loc: at('.github/ims-gate.yml', 3, 5), message: 'config' }],
        inputProblems: [
          { loc: at('b.xml', 9, 2), message: 'read' },
          { loc: at('a.xml', 1, 1), message: 'model' },
        ],
        skipped: [{ path: 'vendor', reason: 'skipped' }],
      },
      config: { hosting: 'hosted' },
      expected: [
        '.github/ims-gate.yml:3:5 (rule severity) input config',
        '.github/ims-gate.yml:1:1 notice hosting hosting is "hosted": no IMS rule runs, because the IMS integration of hosted Campaign instances is managed by Adobe. Contact Adobe for IMS issues on hosted instances.',
        'b.xml:9:2 (rule severity) input read',
        'a.xml:1:1 (rule severity) input model',
        'vendor:1:1 notice input skipped',
      ],
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => {
      expect(diagnostics(testCase.facts, testCase.config)).toEqual(testCase.expected);
    });
  }

  it('never reads restart notices', () => {
    const notice: Diagnostic = { loc: at('a.xml', 1, 1), message: 'restart' };
    expect(diagnostics({ restartNotices: [notice] }, { allowEmpty: true })).toEqual([]);
  });
});

describe('IMS000 through the pipeline', () => {
  const MANIFEST_BROKEN = 'kind: ims-provisioning\nscopes: [a\n';

  it('reports a config problem at its key and a broken manifest at the parser position, as errors that fail the gate', async () => {
    const report = await scanFiles({
      '.github/ims-gate.yml': 'hosting: on-premise\nbogus: 1\n',
      'stage/ims/manifest.yml': MANIFEST_BROKEN,
    });
    const found = report.findings
      .filter((f) => f.ruleId === 'IMS000')
      .map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message.split(':')[0]}`);
    expect(found).toEqual(['.github/ims-gate.yml:2:1 error invalid config', 'stage/ims/manifest.yml:2:10 error malformed YAML']);
    expect(report.findings[0].message).toContain('unknown key "bogus"');
    expect(report.verdict.result).toBe('fail');
  });

  it('gives two identical problems in two files two fingerprints', async () => {
    const report = await scanFiles({ 'prod/ims/manifest.yml': MANIFEST_BROKEN, 'stage/ims/manifest.yml': MANIFEST_BROKEN });
    const unreadable = report.findings.filter((f) => f.ruleId === 'IMS000');
    expect(unreadable.map((f) => f.file)).toEqual(['prod/ims/manifest.yml', 'stage/ims/manifest.yml']);
    expect(unreadable[0].message).toBe(unreadable[1].message);
    expect(unreadable[0].fingerprint).not.toBe(unreadable[1].fingerprint);
  });

  it('with hosting: hosted, reads no file and runs no other rule: one notice, and the gate passes', async () => {
    const report = await scanFiles({ '.github/ims-gate.yml': 'hosting: hosted\n', 'stage/ims/manifest.yml': MANIFEST_BROKEN });
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.severity} ${f.field}`)).toEqual([
      'IMS000 .github/ims-gate.yml:1:1 notice hosting',
    ]);
    expect(report.stats.filesScanned).toBe(0);
    expect(report.verdict.result).toBe('pass');
  });

  it('reports nothing to check when an include misses every package while the configured manifest is still read', async () => {
    const report = await scanFiles({
      '.github/ims-gate.yml':
        "include: ['campaign/**']\ninstances:\n  prod:\n    paths: [prod/**]\n    imsManifest: prod/ims/manifest.yml\n",
      'prod/ims/manifest.yml': 'kind: ims-provisioning\ninstance: prod\nclientId: campaign-prod\nscopes: [openid, AdobeID]\n',
      'prod/packages/ims.xml':
        '<entities schema="nms:extAccount"><extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud"/></entities>',
    });
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`)).toEqual(['IMS000 .github/ims-gate.yml:1:1']);
    expect(errors[0].message).toMatch(
      /^nothing to check under `.*`: no IMS external account or serverConf `<ims>` node found, only 1 manifest, which the IMS rules compare with an account$/,
    );
    expect(errors[0].remediation).toContain('`include`');
    expect(report.verdict.result).toBe('fail');
  });

  it('reports a skipped folder that holds configuration as a notice (and, as nothing else was found, the nothing-to-check error)', async () => {
    const report = await scanFiles({ 'node_modules/x/ims.xml': '<entities schema="nms:extAccount"></entities>' });
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.severity}`)).toEqual([
      'IMS000 .github/ims-gate.yml:1:1 error',
      'IMS000 node_modules:1:1 notice',
    ]);
    expect(report.findings[0].message).toMatch(/^nothing to check under `.*`: no IMS external account/);
    expect(report.findings[1].message).toContain('node_modules/x/ims.xml');
  });

  it('is left out when explain asks for other rules only', async () => {
    const report = await scanFiles({ 'stage/ims/manifest.yml': MANIFEST_BROKEN }, { onlyRules: ['IMS001'] });
    expect(report.findings).toEqual([]);
  });
});
