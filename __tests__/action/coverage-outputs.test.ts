// Coverage in every output (issue 12): the stylish footer, the job summary's and the PR comment's matrix, and SARIF tool-execution notifications that name their rule. Reporters only format
// Report.coverage; these tests scan small repositories through the real pipeline.
import { describe, expect, it } from 'vitest';
import { describedRules } from '../../src/policy/rule-help.js';
import { coverageFooterLines, coverageMatrixMarkdown, coverageNoticeLine } from '../../src/report/coverage.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { toSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { renderSummary } from '../../src/report/summary.js';
import type { Report } from '../../src/types.js';
import { scanFiles } from '../helpers/repo.js';
import { imsAccountPackage, manifest } from '../sarif/fixtures.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

/** prod: an account, no manifest, no Admin Console export; stage: an account and a manifest. */
async function partlyCovered(): Promise<Report> {
  return scanFiles({
    'prod/packages/ims.xml': imsAccountPackage('prod'),
    'stage/packages/ims.xml': imsAccountPackage('stage'),
    'stage/ims/manifest.yml': manifest('stage'),
  });
}

const PROD_MANIFEST = 'IMS006, IMS008 not checked for prod: no IMS provisioning manifest (set instances.prod.imsManifest)';

describe('stylish footer', () => {
  it('groups the rules skipped for the same reason, per instance; instances whose line is the same share it', async () => {
    expect(coverageFooterLines((await partlyCovered()).coverage)).toEqual([
      "IMS004, IMS005 not checked for prod, stage: no Admin Console export (export the Admin Console users to CSV and set `enterpriseDashboard`, or place the export under the instance's paths)",
      PROD_MANIFEST,
      'IMS010 not checked for prod, stage: no base revision to compare with (run on a pull request, or pass --base REF (base-ref in the action), with the base commit fetched)',
    ]);
  });

  it('comes before the verdict line of the stylish output', async () => {
    const out = formatStylish(await partlyCovered()).split('\n');
    const footer = out.indexOf(PROD_MANIFEST);
    expect(footer).toBeGreaterThan(-1);
    expect(out.findIndex((line) => /^(PASS|FAIL) {2}/.test(line))).toBeGreaterThan(footer);
  });
});

describe('job summary and PR comment', () => {
  it('show an instance × rule matrix and the reasons', async () => {
    const report = await partlyCovered();
    const matrix = coverageMatrixMarkdown(report.coverage);
    const lines = matrix.split('\n');
    expect(lines[0]).toBe('#### Coverage');
    expect(lines[2]).toBe(`| Instance | ${report.coverage?.instances[0].rules.map((rule) => rule.ruleId).join(' | ')} |`);
    // IMS000…IMS011: prod skips IMS004, IMS005, IMS006, IMS008 and IMS010.
    expect(lines[4]).toBe('| `prod` | ✅ | ✅ | ✅ | ✅ | ⏭️ | ⏭️ | ⏭️ | ✅ | ⏭️ | ✅ | ⏭️ | ✅ |');
    expect(matrix).toContain(`- ${PROD_MANIFEST.replace(/[`_]/g, (c) => `\\${c}`)}`);
    expect(renderSummary(report)).toContain(matrix);
    expect(renderMarkdown(report)).toContain(matrix);
  });

  it('is left out when there is no instance', () => {
    expect(coverageMatrixMarkdown({ instances: [] })).toBe('');
    expect(coverageNoticeLine({ instances: [] })).toBe('');
  });
});

describe('the action notice', () => {
  it('is one line with the counts and what was not checked', async () => {
    const line = coverageNoticeLine((await partlyCovered()).coverage);
    expect(line).not.toContain('\n');
    expect(line).toMatch(
      /^ims-gate coverage of 2 instances: 16 checked, 8 skipped, 0 not applicable\. Not checked: prod: IMS004, IMS005 \(no Admin Console export\); prod: IMS006, IMS008 \(no IMS provisioning manifest\);/,
    );
  });
});

describe('SARIF', () => {
  it('has one note per skipped rule and instance, naming its rule by id and index (descriptor and associatedRule)', async () => {
    const report = await partlyCovered();
    const sarif = toSarif(report, { rules: describedRules() }) as Json;
    const run = sarif.runs[0];
    const notes = run.invocations[0].toolExecutionNotifications as Json[];
    const skipped = report.coverage?.instances.flatMap((instance) => instance.rules.filter((rule) => rule.status === 'skipped')) ?? [];
    expect(notes).toHaveLength(skipped.length);
    for (const note of notes) {
      expect(note.level).toBe('note');
      expect(run.tool.driver.rules[note.descriptor.index].id).toBe(note.descriptor.id);
      expect(run.tool.driver.notifications[note.descriptor.index].id).toBe(note.descriptor.id);
      expect(note.associatedRule).toEqual(note.descriptor);
      expect(note.message.text).toMatch(new RegExp(`^${note.descriptor.id} not checked for ${note.properties.instance}: .*\\.$`));
    }
    expect(notes.find((note) => note.descriptor.id === 'IMS006')?.message.text).toBe(
      'IMS006 not checked for prod: no IMS provisioning manifest (set instances.prod.imsManifest).',
    );
  });
});
