import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AnnotationBudget,
  describeHidden,
  emitAnnotations,
  formatWorkflowCommand,
  renderWorkflowCommands,
  RUNNER_MESSAGE_LIMIT,
  toCommandAnnotation,
  type AnnotationProperties,
  type AnnotationSink,
} from '../../src/report/github-commands.js';
import { finding, findings, report } from './fake-report.js';

/** Parses `::level k=v,k=v::message` back into its parts (unescaping as the runner does). */
function parse(line: string): { level: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const decode = (s: string) =>
    s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props = Object.fromEntries(
    (m[2] ?? '')
      .split(',')
      .filter(Boolean)
      .map((kv) => [kv.slice(0, kv.indexOf('=')), decode(kv.slice(kv.indexOf('=') + 1))]),
  );
  return { level: m[1], props, message: decode(m[3]) };
}

afterEach(() => vi.restoreAllMocks());

describe('workflow commands', () => {
  it('renders file, line, endLine, col, endColumn and title, and the message with its remediation', () => {
    const line = formatWorkflowCommand(toCommandAnnotation(finding()));
    expect(line).toBe(
      '::error file=prod/ims.xml,line=12,endLine=12,col=17,endColumn=51,title=[IMS003] IMS server is a production Adobe endpoint::' +
        'IMS server "http://ims-na1.adobelogin.com/x" uses http://; expected https://ims-na1.adobelogin.com%0A%0A' +
        'In the Adobe Marketing Cloud external account, set IMS server to https://ims-na1.adobelogin.com. Restart the server afterwards.',
    );
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    const f = finding({ file: 'odd:dir,x/a%b.xml', title: 'a: b, c', message: '100% bad\r\nnext: line, too', remediation: '' });
    const line = formatWorkflowCommand(toCommandAnnotation(f));
    expect(line).toContain('file=odd%3Adir%2Cx/a%25b.xml');
    expect(line).toContain('title=[IMS003] a%3A b%2C c');
    expect(line.endsWith('::100%25 bad%0D%0Anext: line, too')).toBe(true);
    expect(line.split('\n')).toHaveLength(1);
    const parsed = parse(line);
    expect(parsed.props.file).toBe('odd:dir,x/a%b.xml');
    expect(parsed.message).toBe('100% bad\r\nnext: line, too');
  });

  it('matches what @actions/core itself writes for the same annotation', () => {
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (writes.push(String(chunk)), true));
    const annotation = toCommandAnnotation(finding({ message: 'a, b: 50%\nc', file: 'x,y:z.xml' }));
    core.error(annotation.message, annotation.properties);
    vi.restoreAllMocks();
    const theirs = parse(writes.join('').trim());
    const ours = parse(formatWorkflowCommand(annotation));
    expect(ours).toEqual(theirs);
  });

  it('gives columns only for single-line findings', () => {
    const multi = toCommandAnnotation(finding({ line: 3, endLine: 5 }));
    expect(multi.properties).toEqual({ file: 'prod/ims.xml', startLine: 3, endLine: 5, title: expect.any(String) });
    expect(formatWorkflowCommand(multi)).not.toMatch(/col=|endColumn=/);
  });

  it('cuts messages at the runner limit and titles at 255', () => {
    const a = toCommandAnnotation(finding({ message: 'x'.repeat(10_000), title: 't'.repeat(400) }));
    expect(a.message.length).toBeLessThanOrEqual(RUNNER_MESSAGE_LIMIT);
    expect(a.properties.title!.length).toBeLessThanOrEqual(255);
  });

  it('renders the github format errors first, one line per finding', () => {
    const list = findings(9);
    const lines = renderWorkflowCommands(report(list)).trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual([
      ...Array(3).fill('::error'),
      ...Array(3).fill('::warning'),
      ...Array(3).fill('::notice'),
    ]);
  });

  it('prefixes repository paths when the scan root is a sub-folder', () => {
    const line = renderWorkflowCommands(report([finding()]), { repoPath: (f) => `config/${f}` });
    expect(line).toContain('file=config/prod/ims.xml,');
  });
});

describe('the runner limit of 10 annotations per level', () => {
  function sink(): AnnotationSink & { calls: [string, string, AnnotationProperties | undefined][] } {
    const calls: [string, string, AnnotationProperties | undefined][] = [];
    return {
      calls,
      error: (m, p) => calls.push(['error', m, p]),
      warning: (m, p) => calls.push(['warning', m, p]),
      notice: (m, p) => calls.push(['notice', m, p]),
    };
  }

  it('issues every finding, errors first, and counts what the runner will not show', () => {
    const list = findings(45); // 15 of each level
    const budget = new AnnotationBudget();
    budget.take('error'); // core.setFailed's own error annotation
    const out = sink();
    const result = emitAnnotations(list, out, budget);
    expect(out.calls).toHaveLength(45);
    expect(out.calls.slice(0, 15).every(([level]) => level === 'error')).toBe(true);
    expect(result.issued).toEqual({ error: 15, warning: 15, notice: 15 });
    expect(result.shown).toEqual({ error: 9, warning: 10, notice: 10 });
    expect(result.hidden).toEqual({ error: 6, warning: 5, notice: 5 });
    expect(describeHidden(result)).toBe(
      'The runner shows at most 10 annotations of each level per step, so 6 of 15 errors, 5 of 15 warnings, 5 of 15 notices were not shown as annotations. Every finding is in the log above and in the job summary.',
    );
  });

  it('says nothing when all fit', () => {
    const result = emitAnnotations(findings(6), sink(), new AnnotationBudget());
    expect(describeHidden(result)).toBeUndefined();
  });

  it('counts annotations issued through the counting wrapper', () => {
    const budget = new AnnotationBudget();
    const out = sink();
    const counted = budget.counting(out);
    for (let i = 0; i < 3; i++) counted.warning('w');
    expect(budget.issued.warning).toBe(3);
    expect(out.calls).toHaveLength(3);
  });
});
