// IMS010 (restart required): restart detection runs before the rules, and only when this rule runs, since it reads
// the base revision from git; the rule reports its notices unchanged. The diff itself is tested in __tests__/restart/.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline.js';
import { restartRequiredRule } from '../../src/rules/restart-required.js';
import { findingFrom } from '../../src/gate/findings.js';
import { ruleMeta } from '../../src/policy/rules.js';
import type { Diagnostic, RuleDiagnostic } from '../../src/rules/types.js';
import { GitRepo, accountPackage, twoInstances } from '../restart/git-repo.js';

const SERVER = 'account[Adobe_Marketing_Cloud].imsServer';

describe('IMS010 rule', () => {
  it('reports each restart notice as it is, in order, and nothing else', () => {
    const notice = (file: string, line: number): Diagnostic => ({
      loc: { file, line, column: 17, endLine: line, endColumn: 20 },
      message: `restart ${file}`,
      instance: 'prod',
      field: SERVER,
      value: 'x',
    });
    const notices = [notice('b.xml', 7), notice('a.xml', 3)];
    const reported: RuleDiagnostic[] = [];
    restartRequiredRule.check({
      model: { instances: [], fallbackInstance: 'default', dashboards: [], suppressions: [], problems: [] },
      config: {} as never,
      meta: ruleMeta('IMS010'),
      secrets: {},
      scan: { configProblems: [{ loc: notices[0].loc, message: 'config' }], inputProblems: [], skipped: [], restartNotices: notices },
      report: (diagnostic) => reported.push(diagnostic),
      cover: () => {},
    });
    // As restartRequired messages: the notice's text and remediation, its place, instance and field unchanged.
    const meta = ruleMeta('IMS010');
    expect(meta.remediation).not.toBe('');
    const findings = reported.map((diagnostic) => findingFrom(meta, diagnostic));
    expect(findings.map((f) => [f.file, f.line, f.column, f.instance, f.field, f.message, f.remediation])).toEqual(
      notices.map((n) => [n.loc.file, n.loc.line, n.loc.column, n.instance, n.field, n.message, n.remediation ?? meta.remediation]),
    );
    expect(reported.map((d) => ('messageId' in d ? d.messageId : undefined))).toEqual(['restartRequired', 'restartRequired']);
  });

  it('asks for restart detection', () => {
    expect(restartRequiredRule.usesRestartDetection).toBe(true);
  });
});

describe('IMS010 through the pipeline', () => {
  /** A repository whose last commit changes prod's IMS server (line 7, column 17 of its account package). */
  function changedServer(): GitRepo {
    const repo = new GitRepo({
      ...twoInstances(),
      'prod/packages/ims-account.xml': accountPackage({ instance: 'prod', imsServer: 'https://adobeid-na1.services.adobe.com' }),
    });
    repo.write({ 'prod/packages/ims-account.xml': accountPackage({ instance: 'prod' }) }).commit('change');
    return repo;
  }
  const restartFindings = (
    findings: { ruleId: string; file: string; line: number; column: number; severity: string; instance?: string }[],
  ) => findings.filter((f) => f.ruleId === 'IMS010').map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.instance}`);

  const cases: { name: string; onlyRules?: string[]; baseRef?: string; expected: string[]; required: boolean }[] = [
    {
      name: 'a changed IMS server is a notice at the changed line',
      baseRef: 'HEAD~1',
      expected: ['prod/packages/ims-account.xml:7:17 notice prod'],
      required: true,
    },
    {
      name: 'explain for IMS010 alone still detects it',
      onlyRules: ['IMS010'],
      baseRef: 'HEAD~1',
      expected: ['prod/packages/ims-account.xml:7:17 notice prod'],
      required: true,
    },
    {
      name: 'explain for other rules does not run restart detection',
      onlyRules: ['IMS003'],
      baseRef: 'HEAD~1',
      expected: [],
      required: false,
    },
    { name: 'a plain scan (no base ref) never reports it', expected: [], required: false },
  ];
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const repo = changedServer();
      const { report } = await scan({
        root: repo.root,
        failOn: 'never',
        baseRef: testCase.baseRef,
        onlyRules: testCase.onlyRules,
        log: () => {},
      });
      expect(restartFindings(report.findings)).toEqual(testCase.expected);
      expect(report.restart.required).toBe(testCase.required);
    });
  }

  it('quotes the change and the restart command', async () => {
    const { report } = await scan({ root: changedServer().root, failOn: 'never', baseRef: 'HEAD~1', log: () => {} });
    expect(report.findings.find((f) => f.ruleId === 'IMS010')?.message).toBe(
      'Restart the Campaign server of instance prod once this is deployed (`nlserver restart web`): imsServer changed from "https://adobeid-na1.services.adobe.com" to "https://ims-na1.adobelogin.com"',
    );
  });

  it('is not run with hosting: hosted, where no file is read', async () => {
    const repo = changedServer();
    repo.write({ '.github/ims-gate.yml': 'hosting: hosted\n' }).commit('hosted');
    const { report } = await scan({ root: repo.root, failOn: 'never', baseRef: 'HEAD~2', log: () => {} });
    expect(restartFindings(report.findings)).toEqual([]);
    expect(report.restart.required).toBe(false);
  });
});
