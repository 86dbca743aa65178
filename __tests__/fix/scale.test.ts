// Fixes at scale: offering, planning and applying thousands of fixes in one file stays near linear (each file is
// decoded once, and overlaps are found by binary search rather than by comparing every pair).
import { describe, expect, it } from 'vitest';
import { replacementChecker } from '../../src/fix/apply.js';
import { planFixes } from '../../src/fix/plan.js';
import type { Finding } from '../../src/types.js';
import { timeRatio } from '../helpers/timing.js';
import { writeRepo } from '../helpers/repo.js';

/** A file of `n` lines `<a x="bad"/>`, and one finding per line whose fix sets x to "good". */
function input(n: number): { root: string; findings: Finding[]; bytes: Buffer } {
  const text = Array.from({ length: n }, () => '<a x="bad"/>').join('\n');
  const root = writeRepo({ 'f.xml': text });
  const findings: Finding[] = Array.from({ length: n }, (_, i) => {
    const loc = { file: 'f.xml', line: i + 1, column: 7, endLine: i + 1, endColumn: 10 };
    return {
      ruleId: 'IMS002',
      severity: 'error',
      message: 'm',
      remediation: 'r',
      file: 'f.xml',
      line: i + 1,
      column: 7,
      endLine: i + 1,
      endColumn: 10,
      fingerprint: `f${i}`,
      fix: { replacements: [{ loc, text: 'good' }] },
    };
  });
  return { root, findings, bytes: Buffer.from(text) };
}

describe('fixes at scale', () => {
  const small = input(200);
  const large = input(20_000);

  it('planning 100 times as many fixes takes about 100 times as long, not 10,000', () => {
    const plan = planFixes(large.root, large.findings, { mode: 'apply' });
    expect(plan.files[0].findings).toHaveLength(20_000);
    expect(plan.files[0].afterText.split('\n').every((line) => line === '<a x="good"/>')).toBe(true);
    expect(timeRatio((i) => planFixes(i.root, i.findings, { mode: 'apply' }), small, large, 1000)).toBeLessThan(1000);
  });

  it('checking which fixes can be offered decodes the file once', () => {
    const run = ({ bytes, findings }: typeof small) => {
      const check = replacementChecker('f.xml', bytes);
      return findings.every((finding) => check(finding.fix?.replacements ?? []));
    };
    expect(run(large)).toBe(true);
    expect(timeRatio(run, small, large, 1000)).toBeLessThan(1000);
  });
});
