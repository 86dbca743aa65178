// ESLint-style rule tables: valid cases yield no finding of the rule; invalid cases yield exactly the listed
// findings, at exact lines and columns. Each case runs through the real pipeline (discover → … → gate).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { scan } from '../../src/pipeline.js';
import { writeRepo, type ExpectedFinding, type InvalidRuleCase, type RuleCase } from './repo.js';

function matches(finding: Finding, expected: ExpectedFinding): boolean {
  if (finding.file !== expected.file || finding.line !== expected.line || finding.column !== expected.column) return false;
  if (expected.severity && finding.severity !== expected.severity) return false;
  if (expected.message instanceof RegExp && !expected.message.test(finding.message)) return false;
  if (typeof expected.message === 'string' && !finding.message.includes(expected.message)) return false;
  return true;
}

function describeFinding(finding: Finding): string {
  return `${finding.ruleId} ${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.message}`;
}

/** Scans the case with only the rule on; the case must also be readable (no IMS000), or it proves nothing. */
async function scanCase(ruleId: string, testCase: RuleCase) {
  const outcome = await scan({ root: writeRepo(testCase.files), failOn: 'error', onlyRules: [ruleId], ...testCase.options });
  expect(outcome.model?.problems.map((p) => `${p.loc.file}:${p.loc.line} ${p.message}`) ?? []).toEqual([]);
  return outcome.report;
}

export function ruleTester(ruleId: string, cases: { valid: RuleCase[]; invalid: InvalidRuleCase[] }): void {
  describe(ruleId, () => {
    describe('valid', () => {
      for (const testCase of cases.valid) {
        it(testCase.name, async () => {
          const report = await scanCase(ruleId, testCase);
          const all = [...report.findings, ...report.suppressed];
          expect(all.filter((f) => f.ruleId === ruleId).map(describeFinding)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(testCase.name, async () => {
          const report = await scanCase(ruleId, testCase);
          const actual = report.findings.filter((f) => f.ruleId === ruleId);
          const unmatched = [...actual];
          for (const expected of testCase.errors) {
            const index = unmatched.findIndex((finding) => matches(finding, expected));
            expect(
              index,
              `expected ${ruleId} at ${expected.file}:${expected.line}:${expected.column} ${String(expected.message ?? '')}\nactual:\n${actual.map(describeFinding).join('\n')}`,
            ).not.toBe(-1);
            unmatched.splice(index, 1);
          }
          expect(unmatched.map(describeFinding), 'unexpected extra findings').toEqual([]);
        });
      }
    });
  });
}
