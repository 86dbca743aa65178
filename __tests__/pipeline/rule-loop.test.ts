// The pipeline's one rule loop: every registered rule runs in registry order on the same scan facts; with
// `hosting: hosted` only the rules about the scan itself run; a rule that throws becomes an IMS000 error and
// the other rules still report. Registry entries are swapped for spies for the length of a test.
import { afterEach, describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import type { Rule, RuleContext } from '../../src/rules/types.js';
import { scanFiles } from '../helpers/repo.js';

const original = [...rules];
afterEach(() => {
  rules.splice(0, rules.length, ...original);
});

/** Replaces the registered rule `id` with `rule`, keeping its place in the registry. */
function replace(id: string, rule: Partial<Omit<Rule, 'id'>>): void {
  const index = rules.findIndex((candidate) => candidate.id === id);
  expect(index, `${id} is registered`).not.toBe(-1);
  rules[index] = { ...rules[index], ...rule, id };
}

const MANIFEST = 'kind: ims-provisioning\ninstance: stage\nclientId: campaign-stage\nscopes: [openid]\n';

describe('rule loop', () => {
  it('runs every registered rule once, in registry order', async () => {
    const ran: string[] = [];
    for (const rule of original) replace(rule.id, { check: () => void ran.push(rule.id) });
    await scanFiles({ 'stage/ims/manifest.yml': MANIFEST });
    expect(ran).toEqual(original.map((rule) => rule.id));
  });

  it('turns a rule that throws into an IMS000 error, and the other rules still report', async () => {
    replace('IMS001', {
      check: () => {
        throw new Error('boom');
      },
    });
    replace('IMS002', {
      check: (context) =>
        context.report({
          loc: { file: 'x.xml', line: 3, column: 4, endLine: 3, endColumn: 9 },
          messageId: 'accountNotClassic',
          data: { value: '"still here"', instance: 'stage', consolePath: '', restartHint: '' },
          subject: 'still here',
        }),
    });
    const report = await scanFiles({ 'stage/ims/manifest.yml': MANIFEST });
    const shown = report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`);
    expect(shown.map((line) => line.replace(/under `[^`]+`/, 'under `<root>`'))).toEqual([
      'IMS000 .:1:1 error rule IMS001 failed to run: boom',
      // The spy reports but states no coverage for "stage": the pipeline fails closed on that too.
      'IMS000 .:1:1 error rule IMS002 did not state whether it checked instance "stage" (an ims-gate bug)',
      // A manifest alone is nothing the IMS rules can check.
      'IMS000 .github/ims-gate.yml:1:1 error nothing to check under `<root>`: no IMS external account or serverConf `<ims>` node found, only 1 manifest, which the IMS rules compare with an account',
      'IMS002 x.xml:3:4 error Product Context "still here" of the IMS external account of instance "stage" must be "dma_campaign_classic"',
    ]);
    expect(report.verdict.result).toBe('fail');
  });

  it('with hosting: hosted, runs only the rules about the scan, on an empty model (of empty instances, for the coverage)', async () => {
    const seen: { id: string; context: RuleContext }[] = [];
    for (const rule of original) replace(rule.id, { check: (context) => void seen.push({ id: rule.id, context }) });
    await scanFiles({ '.github/ims-gate.yml': 'hosting: hosted\n', 'stage/ims/manifest.yml': MANIFEST });
    expect(seen.map((entry) => entry.id)).toEqual(original.filter((rule) => rule.subject === 'scan').map((rule) => rule.id));
    expect(seen.map((entry) => entry.id)).toEqual(['IMS000']);
    expect(seen[0].context.model.instances.map((instance) => [instance.name, instance.files, instance.accounts])).toEqual([
      ['default', [], []],
    ]);
  });

  it('gives every rule the same scan facts: the config problems, then the unreadable files', async () => {
    const facts: RuleContext['scan'][] = [];
    for (const rule of original) replace(rule.id, { check: (context) => void facts.push(context.scan) });
    await scanFiles({ '.github/ims-gate.yml': 'bogus: 1\n', 'stage/ims/manifest.yml': 'kind: ims-provisioning\nscopes: [a\n' });
    expect(new Set(facts).size).toBe(1);
    expect(facts[0].configProblems.map((p) => `${p.loc.file}:${p.loc.line}`)).toEqual(['.github/ims-gate.yml:1']);
    expect(facts[0].inputProblems.map((p) => `${p.loc.file}:${p.loc.line}:${p.loc.column}`)).toEqual(['stage/ims/manifest.yml:2:10']);
    expect(facts[0].restartNotices).toEqual([]);
  });

  it('runs restart detection only when a selected rule uses it', async () => {
    // Outside a git repository, restart detection that runs says in `restart.skipped` why it found nothing.
    const files = { 'stage/ims/manifest.yml': MANIFEST };
    const withDetection = await scanFiles(files, { baseRef: 'no-such-ref', log: () => {} });
    expect(withDetection.restart.skipped).toContain("base ref 'no-such-ref' was given, but the scan root is not inside a git repository");
    replace('IMS010', { usesRestartDetection: false });
    const without = await scanFiles(files, { baseRef: 'no-such-ref', log: () => {} });
    expect(without.restart).toEqual({ required: false, instances: [], changes: [] });
  });
});
