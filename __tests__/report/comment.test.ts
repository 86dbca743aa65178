// The PR comment and the job summary as a reviewer sees them: rendered with a GFM renderer and read back.
import { describe, expect, it } from 'vitest';
import { COMMENT_CHARS, renderMarkdown, renderRestartSection, STICKY_MARKER } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary.js';
import type { Report, RestartResult } from '../../src/types.js';
import { finding, findings, report } from '../action/fake-report.js';
import { render, tableShapes } from './rendered.js';

const CHECK_RUN = 'https://github.com/o/r/runs/77';
const WORKFLOW_RUN = 'https://github.com/o/r/actions/runs/4242';
const names = { IMS003: 'ims-server', IMS004: 'association-mask', IMS010: 'restart-required' };
const link = (path: string, line: number) => `https://github.com/o/r/blob/abc/${path}#L${line}`;
const links = { checkRunUrl: CHECK_RUN, workflowRunUrl: WORKFLOW_RUN, ruleNames: names, link };

const restart: RestartResult = {
  required: true,
  instances: ['prod', 'stage'],
  changes: [
    {
      instance: 'prod',
      field: 'imsServer',
      file: 'prod/ims.xml',
      line: 5,
      before: 'https://ims-na1.adobelogin.com',
      after: 'https://adobeid-na1.services.adobe.com/a-very-long-path-that-would-push-the-table-off-the-right-edge',
    },
    { instance: 'stage', field: 'clientSecret', file: 'stage/ims.xml', line: 8, before: 'changed', after: 'changed' },
    { instance: 'stage', field: 'scope', file: 'stage/ims.xml', line: 9, before: null, after: 'openid|AdobeID' },
  ],
};

const withCode = 'After deploying the change, restart the Campaign server (`nlserver restart web`): IMS settings are read at start-up.';

const cases: Record<string, Report> = {
  clean: report([]),
  failing: report([
    finding({ remediation: withCode }),
    finding({ line: 30, endLine: 30, remediation: withCode }),
    finding({ ruleId: 'IMS004', severity: 'warning', file: 'stage/x.xml', instance: 'stage', line: 4, message: 'Mask `a``b` | pipe' }),
  ]),
  '500 findings': report(
    findings(500, (i) => ({ file: `inst${i % 7}/ims.xml`, instance: `inst${i % 7}`, message: `finding ${i}: ${'detail '.repeat(8)}` })),
  ),
  'restart required': report([finding({ ruleId: 'IMS010', severity: 'notice', remediation: withCode })], {}, restart),
};

describe.each(Object.entries(cases))('the PR comment, rendered (%s)', (_name, r) => {
  const body = renderMarkdown(r, links);
  const shown = render(body);

  it('is at most 20,000 characters and starts with the marker', () => {
    expect(body.length).toBeLessThanOrEqual(COMMENT_CHARS);
    expect(body.startsWith(STICKY_MARKER)).toBe(true);
  });

  it('shows no literal backtick and no escaping backslash outside code', () => {
    expect(shown.proseText).not.toContain('`');
    expect(shown.proseText).not.toMatch(/\\[`*_|[\]#]/);
  });

  it('has tables whose rows have as many cells as the header', () => {
    for (const table of shown.tables) for (const cells of table.rows) expect(cells).toBe(table.header);
  });

  it('links the check run and the workflow run', () => {
    const hrefs = [...shown.document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(CHECK_RUN);
    expect(hrefs).toContain(WORKFLOW_RUN);
  });

  it('has a one-line headline with the verdict and the counts', () => {
    const h3 = shown.document.querySelector('h3')?.textContent ?? '';
    expect(h3).toMatch(
      r.findings.length === 0 ? /IMS policy gate: clean/ : /IMS policy gate (failed|passed): \d+ errors?, \d+ warnings?, \d+ notices?/,
    );
  });
});

describe('the PR comment layout', () => {
  it('has one line per instance with its errors, warnings and whether it needs a restart', () => {
    const r = report(
      [finding(), finding({ instance: 'stage', severity: 'warning', ruleId: 'IMS004' })],
      {},
      { ...restart, instances: ['prod'] },
    );
    const items = [...render(renderMarkdown(r, links)).document.querySelectorAll('ul')][0];
    expect([...(items?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      '❌ prod: 1 error, 0 warnings · 🔄 restart needed',
      '⚠️ stage: 0 errors, 1 warning · no restart needed',
    ]);
  });

  it('puts the restart plan in a narrow table (instance, fields, command) and the values in <details>', () => {
    const shown = render(renderMarkdown(cases['restart required'], links));
    const [plan, values] = shown.tables;
    expect(plan.header).toBe(3);
    expect([...plan.element.querySelectorAll('tbody tr')].map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'prod imsServer nlserver restart web',
      'stage clientSecret, scope nlserver restart web',
    ]);
    expect(values.element.closest('details')).not.toBeNull();
    expect(values.element.textContent).toContain('openid|AdobeID');
    expect(values.header).toBe(5);
  });

  it('shows the restart command the restart data gives for an instance', () => {
    const custom = { ...restart, commands: { prod: 'nlserver restart web' } } as RestartResult;
    const section = renderRestartSection(custom);
    expect(section).toContain('| `prod` | `imsServer` | `nlserver restart web` |');
    expect(section).toContain('`nlserver restart web`');
  });

  it('groups findings by file, one line each, and states an identical fix once with its lines', () => {
    const shown = render(renderMarkdown(cases.failing, links));
    const lists = [...shown.document.querySelectorAll('ul')].slice(1);
    expect(lists.map((ul) => [...ul.querySelectorAll('li')].map((li) => li.textContent))).toEqual([
      [
        '❌ L12 · IMS003 ims-server (prod) · IMS server "http://ims-na1.adobelogin.com/x" uses http://; expected https://ims-na1.adobelogin.com',
        '❌ L30 · IMS003 ims-server (prod) · IMS server "http://ims-na1.adobelogin.com/x" uses http://; expected https://ims-na1.adobelogin.com',
      ],
      ['⚠️ L4 · IMS004 association-mask (stage) · Mask a``b | pipe'],
    ]);
    const fixes = shown.details.map((d) => d.querySelector('summary')?.textContent);
    expect(fixes).toEqual(['How to fix IMS003 (lines 12, 30)', 'How to fix IMS004 (line 4)']);
    expect(shown.details[0].querySelector('code')?.textContent).toBe('nlserver restart web');
  });

  it('says how many findings are left out and links the check run, never cutting silently', () => {
    const body = renderMarkdown(cases['500 findings'], links);
    const shown = render(body);
    const lines = shown.document.querySelectorAll('li').length - 7; // the seven instance lines
    const more = /(\d+) more findings in the check run\./.exec(shown.proseText);
    expect(more).not.toBeNull();
    expect(lines + Number(more?.[1])).toBe(500);
    expect(body).toContain(`in the [check run](${CHECK_RUN}).`);
  });

  it('keeps the room for a block added after the instance lines (the coverage matrix)', () => {
    const block = '| Instance | IMS003 |\n| --- | --- |\n| `prod` | ✅ |\n';
    const body = renderMarkdown(cases.failing, { ...links, afterInstances: [block] });
    expect(body.indexOf(block)).toBeGreaterThan(body.indexOf('stage`: 0 errors'));
    expect(body.indexOf(block)).toBeLessThan(body.indexOf('#### Findings'));
    expect(tableShapes(render(body))).toContain('2:2');
  });

  it('uses the check name in the headline', () => {
    expect(renderMarkdown(cases.failing, { title: 'IMS gate (prod)' })).toContain('### ❌ IMS gate (prod) failed');
  });

  it('neutralises mentions in repository text, outside code', () => {
    const r = report([finding({ message: 'owner @acme/admins see #12', file: '@team/x.xml' })]);
    const shown = render(renderMarkdown(r, links));
    expect(shown.proseText).not.toMatch(/@acme|#12/);
  });
});

describe.each(Object.entries(cases))('the job summary, rendered (%s)', (name, r) => {
  const md = renderSummary(r, { ...links, title: 'IMS gate (shard 1)' });
  const shown = render(md);

  it('has the check name as its title and links the check run', () => {
    expect(shown.document.querySelector('h2')?.textContent).toMatch(/^(❌|✅) IMS gate \(shard 1\) (failed|passed)$/);
    expect([...shown.document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(CHECK_RUN);
  });

  it('shows no literal backtick outside code, and has tables of consistent width', () => {
    expect(shown.proseText).not.toContain('`');
    for (const table of shown.tables) for (const cells of table.rows) expect(cells).toBe(table.header);
  });

  it('bounds its size', () => {
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1024 * 1024);
  });

  if (name === 'clean') {
    it('ends with a paragraph, not a table row', () => {
      const last = shown.document.body.lastElementChild;
      expect(last?.tagName).toBe('P');
      expect(last?.textContent).toMatch(/clean/);
      expect(shown.tables[0].rows).toEqual([6]);
    });
  } else {
    it('has a findings table with short rule names, the instance and the fix folded', () => {
      const table = shown.tables.at(-1)!;
      expect(table.header).toBe(6);
      const first = table.element.querySelector('tbody tr')!;
      const cells = [...first.children].map((td) => td.textContent?.trim());
      expect(cells[1]).toMatch(/^IMS0\d\d [a-z-]+$/);
      expect(cells[3]).toMatch(/^(prod|stage|inst\d)$/);
      expect(first.querySelector('details summary')?.textContent).toBe('How to fix');
      expect(shown.details.length).toBeGreaterThan(0);
    });
  }
});
