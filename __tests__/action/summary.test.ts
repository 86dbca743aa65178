import { describe, expect, it } from 'vitest';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { finding, findings, report } from './fake-report.js';

const link = (path: string, line: number) => `https://github.com/o/r/blob/0123abc/${path}#L${line}`;

describe('the job summary', () => {
  it('has the verdict, the counts, the delivery notes and a findings table linked to the head blob', () => {
    const md = renderSummary(report([finding(), finding({ severity: 'notice', line: 30 })]), {
      link,
      delivery: ['Check run "IMS policy gate" on 0123abc: failure, 2 annotations.'],
    });
    expect(md).toContain('## ❌ IMS policy gate failed');
    expect(md).toContain('| 1 | 0 | 1 | 0 | 7 | `error` |');
    expect(md).toContain('Check run "IMS policy gate" on 0123abc: failure, 2 annotations.');
    expect(md).toContain('[`prod/ims.xml:12`](https://github.com/o/r/blob/0123abc/prod/ims.xml#L12)');
    expect(md).toContain('| ❌ | [`IMS003`](https://github.com/ims-gate/ims-gate/blob/main/docs/rules/IMS003.md) | ');
  });

  it('lists the reasons of a failure', () => {
    const md = renderSummary(
      report([], {
        verdict: {
          failOn: 'error',
          result: 'fail',
          reasons: ["A Campaign server restart is required (prod); add the label 'ims-restart-planned'."],
        },
      }),
    );
    expect(md).toContain('## ❌ IMS policy gate failed');
    expect(md).toContain("- A Campaign server restart is required (prod); add the label 'ims-restart-planned'.");
  });

  it('has a restart section', () => {
    const md = renderSummary(
      report(
        [],
        {},
        {
          required: true,
          instances: ['prod'],
          changes: [{ instance: 'prod', field: 'orgId', file: 'prod/a.xml', line: 3, before: 'A@AdobeOrg', after: 'B@AdobeOrg' }],
        },
      ),
      { link },
    );
    expect(md).toContain('Restart plan: 1 Campaign instance to restart');
    expect(md).toContain(
      '| `prod` | `orgId` | [`prod/a.xml:3`](https://github.com/o/r/blob/0123abc/prod/a.xml#L3) | `A@AdobeOrg` | `B@AdobeOrg` |',
    );
  });

  it('says clean when there are no findings', () => {
    expect(renderSummary(report([]))).toMatch(/clean/);
  });

  it('stays within 1 MiB and says how many rows were left out', () => {
    const big = report(findings(3000, (i) => ({ message: `${i} ${'é'.repeat(400)}` })));
    const md = renderSummary(big, { link, fullReport: 'JSON report: /tmp/r.json' });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    const rows = md.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) \|/.test(l)).length;
    const more = Number(/…and (\d+) more findings in the full report \(JSON report: \/tmp\/r\.json\)/.exec(md)?.[1]);
    expect(rows).toBeGreaterThan(100);
    expect(rows + more).toBe(3000);
  });
});
