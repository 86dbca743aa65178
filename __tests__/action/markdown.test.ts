import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, renderMarkdown, renderRestartSection, STICKY_MARKER } from '../../src/report/markdown.js';
import { finding, findings, report } from './fake-report.js';

const restart = {
  required: true,
  instances: ['prod', 'stage'],
  changes: [
    {
      instance: 'prod',
      field: 'imsServer',
      file: 'prod/ims.xml',
      line: 5,
      before: 'https://ims-na1.adobelogin.com',
      after: 'https://adobeid-na1.services.adobe.com',
    },
    { instance: 'stage', field: 'clientSecret', file: 'stage/ims.xml', line: 8, before: 'changed', after: 'changed' },
    { instance: 'stage', field: 'scope', file: 'stage/ims.xml', line: 9, before: null, after: 'openid' },
  ],
};

describe('the PR comment body', () => {
  it('starts with the hidden marker and gives counts, the findings by file and their fixes', () => {
    const body = renderMarkdown(report([finding(), finding({ severity: 'warning', ruleId: 'IMS004', line: 20 })]));
    expect(body.startsWith(`${STICKY_MARKER}\n`)).toBe(true);
    expect(body).toContain('IMS policy gate failed: 1 error, 1 warning, 0 notices');
    expect(body).toContain(
      '<details><summary>How to fix IMS003, IMS004 (lines 12, 20)</summary>\n\nIn the Adobe Marketing Cloud external account',
    );
    expect(body.indexOf('L12')).toBeLessThan(body.indexOf('L20'));
  });

  it('says clean when there are no findings', () => {
    const body = renderMarkdown(report([]));
    expect(body).toContain(STICKY_MARKER);
    expect(body).toMatch(/IMS policy gate: clean/);
    expect(body).not.toContain('Findings');
  });

  it('links lines to the head blob when given a link builder', () => {
    const body = renderMarkdown(report([finding()]), {
      repoPath: (f) => `config/${f}`,
      link: (path, line) => `https://github.com/o/r/blob/abc/${path}#L${line}`,
    });
    expect(body).toContain('**`config/prod/ims.xml`** · 1 finding');
    expect(body).toContain('[L12](https://github.com/o/r/blob/abc/config/prod/ims.xml#L12)');
  });

  it('shows the restart plan, with each changed field before and after folded', () => {
    const body = renderMarkdown(report([finding({ ruleId: 'IMS010', severity: 'notice' })], {}, restart));
    expect(body).toContain('Restart plan: 2 Campaign instances to restart');
    expect(body).toContain('| `prod` | `imsServer` | `nlserver restart web` |');
    expect(body).toContain('| `stage` | `clientSecret`, `scope` | `nlserver restart web` |');
    expect(body).toContain(
      '`nlserver restart web` runs on each application server that hosts the instance; it restarts the web process of every instance on that server.',
    );
    expect(body).toContain(
      '| `prod` | `imsServer` | `prod/ims.xml:5` | `https://ims-na1.adobelogin.com` | `https://adobeid-na1.services.adobe.com` |',
    );
    expect(body).toContain('| `stage` | `scope` | `stage/ims.xml:9` | _(absent)_ | `openid` |');
    expect(body.indexOf('<details><summary>Before and after (3 changed settings)</summary>')).toBeLessThan(body.indexOf('_(absent)_'));
  });

  it('shows the configured restart command of each instance, and the note on the default only when one uses it', () => {
    const configured = { ...restart, commands: { prod: 'systemctl restart nlserver', stage: 'nlserver restart web' } };
    const both = renderRestartSection(configured);
    expect(both).toContain('| `prod` | `imsServer` | `systemctl restart nlserver` |');
    expect(both).toContain('| `stage` | `clientSecret`, `scope` | `nlserver restart web` |');
    expect(both).toContain('it restarts the web process of every instance on that server');
    const custom = renderRestartSection({
      ...restart,
      commands: { prod: 'systemctl restart nlserver', stage: '/etc/init.d/nlserver6 restart' },
    });
    expect(custom).toContain('| `stage` | `clientSecret`, `scope` | `/etc/init.d/nlserver6 restart` |');
    expect(custom).not.toContain('nlserver restart web');
  });

  it('tells whether the restart is acknowledged', () => {
    const blocked = renderRestartSection(restart, { ack: { label: 'ims-restart-planned', present: false } });
    expect(blocked).toContain('Merge blocked until the restart is planned');
    const ok = renderRestartSection(restart, { ack: { label: 'ims-restart-planned', present: true } });
    expect(ok).toContain('The restart is acknowledged');
  });

  it('stays within its limit and says how many more are in the check run', () => {
    const many = report(findings(300, (i) => ({ message: 'm'.repeat(3000), remediation: `r${i}`.repeat(500) })));
    const body = renderMarkdown(many, { maxChars: COMMENT_LIMIT, checkRunUrl: 'https://github.com/o/r/runs/1' });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const shown = (body.match(/^- (❌|⚠️|ℹ️) L\d+/gm) ?? []).length;
    const more = Number(/\*\*(\d+) more findings in the \[check run\]\(https:\/\/github.com\/o\/r\/runs\/1\)\.\*\*/.exec(body)?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown + more).toBe(300);
  });

  it('is at most 20,000 characters by default', () => {
    const body = renderMarkdown(report(findings(400)));
    expect(body.length).toBeLessThanOrEqual(20_000);
    expect(body).toMatch(/\*\*\d+ more findings in the check run\.\*\*/);
  });

  it('shows markup in messages literally, and code spans as code', () => {
    const body = renderMarkdown(report([finding({ message: 'bad <extAccount imsServer="x"> | `tick` *star*' })]));
    expect(body).toContain('bad &lt;extAccount imsServer="x"&gt; \\| `tick` \\*star\\*');
    expect(body).not.toContain('<extAccount');
  });
});
