// The other CI systems' formats, validated the way those systems read them: JUnit XML against an XSD with
// xmllint, GitLab Code Quality JSON against a JSON Schema with ajv, Azure logging commands decoded the way
// the agent decodes them. File names and messages are hostile: `%`, `;`, `]`, line breaks, command look-alikes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { describedRules } from '../../src/policy/rule-help.js';
import { escapeAzureData, escapeAzureProperty, formatAzure } from '../../src/report/azure.js';
import { formatGitlab } from '../../src/report/gitlab.js';
import { formatJunit, NO_INSTANCE_SUITE } from '../../src/report/junit.js';
import type { Finding, Report } from '../../src/types.js';
import { finding, report } from '../action/fake-report.js';

const HERE = import.meta.dirname;
const XSD = join(HERE, 'junit.xsd');
const tmp = mkdtempSync(join(tmpdir(), 'ims-gate-formats-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HOSTILE_FILES = [
  'prod/100%.xml',
  'prod/%AZP25 and %0A.xml',
  'prod/a;b=c.xml',
  'prod/x]##vso[task.complete result=Succeeded;].xml',
  'prod/line\nbreak\r\n##vso[task.setvariable variable=x]y.xml',
  'prod/<tag attr="q">&amp;\t\u0001.xml',
];

function hostileReport(): Report {
  const list: Finding[] = HOSTILE_FILES.map((file, i) =>
    finding({
      file,
      line: i + 2,
      endLine: i + 2,
      fingerprint: 'IMS003:prod:imsServer:same',
      message: `bad value "50%; ]" on line ${i + 2}\n##vso[task.complete result=Succeeded;]done`,
    }),
  );
  list.push(finding({ ruleId: 'IMS000', instance: undefined, severity: 'warning', file: 'odd;]%.yml', fingerprint: 'IMS000:x' }));
  list.push(
    finding({
      ruleId: 'IMS010',
      instance: 'stage',
      severity: 'notice',
      file: 'stage/n\n##vso[task.complete result=Succeeded;].xml',
      fingerprint: 'IMS010:y',
    }),
  );
  return report(list);
}

const rules = describedRules();

function xmllint(xml: string): { status: number | null; stderr: string } {
  const file = join(tmp, `junit-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe('--format junit', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name),
  });

  it('is valid against the JUnit XSD, with hostile file names and messages', () => {
    const xml = formatJunit(hostileReport(), { rules });
    const lint = xmllint(xml);
    expect(lint.stderr).toMatch(/validates/);
    expect(lint.status).toBe(0);
  });

  it('is rejected by the XSD when a failure lacks its message (the schema can fail)', () => {
    const xml = formatJunit(report([finding()]), { rules }).replace(/<failure message="[^"]*"/, '<failure');
    expect(xmllint(xml).status).not.toBe(0);
  });

  it('has one testcase per instance × rule, and each finding as a failure naming file:line', () => {
    const r = hostileReport();
    const doc = parser.parse(formatJunit(r, { rules }));
    const suites = doc.testsuites.testsuite as { name: string; tests: string; failures: string; testcase: any[] }[];
    expect(suites.map((s) => s.name)).toEqual(['prod', 'stage', NO_INSTANCE_SUITE]);
    for (const suite of suites) {
      expect(suite.testcase.map((c) => c.name.split(' ')[0])).toEqual(rules.map((rule) => rule.id));
      expect(Number(suite.tests)).toBe(rules.length);
    }
    const prod = suites[0].testcase.find((c) => c.name === 'IMS003 ims-server');
    expect(prod.classname).toBe('ims-gate.prod');
    const messages = prod.failure.map((f: { message: string }) => f.message);
    // File names come back exactly (line breaks included), each with its line.
    expect(messages.map((m: string) => m.slice(0, m.indexOf(`:${m.match(/:(\d+):\d+ /)?.[1]}:`)))).toEqual(
      HOSTILE_FILES.slice(0, 5).concat(['prod/<tag attr="q">&amp;\t\uFFFD.xml']),
    );
    expect(Number(suites[0].failures)).toBe(HOSTILE_FILES.length);
    expect(Number(doc.testsuites.failures)).toBe(r.findings.length);
  });

  it('reports a clean run as passing test cases', () => {
    const doc = parser.parse(formatJunit(report([]), { rules }));
    expect(doc.testsuites.failures).toBe('0');
    expect(doc.testsuites.testsuite[0].testcase).toHaveLength(rules.length);
    expect(xmllint(formatJunit(report([]), { rules })).status).toBe(0);
  });
});

describe('--format gitlab', () => {
  const schema = JSON.parse(readFileSync(join(HERE, 'gitlab-codequality.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);

  it('validates against the Code Quality schema, with unique fingerprints for findings that share one', () => {
    const r = hostileReport();
    const issues = JSON.parse(formatGitlab(r, { rules }));
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(issues).toHaveLength(r.findings.length);
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.map((i: { location: { path: string } }) => i.location.path)).toEqual(r.findings.map((f) => f.file));
    expect(issues.map((i: { location: { lines: { begin: number } } }) => i.location.lines.begin)).toEqual(r.findings.map((f) => f.line));
  });

  it('rejects a report whose severity is not one of GitLab’s (the schema can fail)', () => {
    const issues = JSON.parse(formatGitlab(report([finding()]), { rules }));
    issues[0].severity = 'error';
    expect(validate(issues)).toBe(false);
  });

  it.each([
    ['error', 'IMS003', 'critical'],
    ['warning', 'IMS003', 'minor'],
    ['notice', 'IMS010', 'info'],
    ['error', 'IMS009', 'blocker'],
    ['warning', 'IMS009', 'minor'],
  ] as const)('maps a %s of %s to %s', (severity, ruleId, expected) => {
    const [issue] = JSON.parse(formatGitlab(report([finding({ severity, ruleId })]), { rules }));
    expect(issue.severity).toBe(expected);
    expect(issue.check_name).toBe(ruleId);
  });

  it('keeps fingerprints stable across runs and line moves', () => {
    const a = JSON.parse(formatGitlab(report([finding({ line: 3 })]), { rules }));
    const b = JSON.parse(formatGitlab(report([finding({ line: 30 })]), { rules }));
    expect(a[0].fingerprint).toBe(b[0].fingerprint);
  });
});

/** Decodes one logging command as the agent does: properties split on `;`, `%AZP25` decoded last. */
function decodeAzure(line: string): { command: string; properties: Record<string, string>; message: string } | undefined {
  const match = /^##vso\[([^\s\]]+)(?: ([^\]]*))?\](.*)$/.exec(line);
  if (!match) return undefined;
  const decode = (text: string) =>
    text
      .replace(/%3B/g, ';')
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%5D/g, ']')
      .replace(/%AZP25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(';')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    properties[pair.slice(0, at)] = decode(pair.slice(at + 1));
  }
  return { command: match[1], properties, message: decode(match[3]) };
}

describe('--format azure', () => {
  it('writes one logissue per error and warning whose properties decode to the exact file and line', () => {
    const r = hostileReport();
    const lines = formatAzure(r).trimEnd().split('\n');
    const commands = lines.map(decodeAzure).filter((c) => c !== undefined);
    const issues = commands.filter((c) => c.command === 'task.logissue');
    const expected = r.findings.filter((f) => f.severity !== 'notice');
    expect(issues.map((c) => c.properties.sourcepath)).toEqual(expected.map((f) => f.file));
    expect(issues.map((c) => c.properties.linenumber)).toEqual(expected.map((f) => String(f.line)));
    expect(issues.map((c) => c.properties.type)).toEqual(expected.map((f) => f.severity));
    expect(issues[0].message).toContain('bad value "50%; ]" on line 2\n##vso[task.complete result=Succeeded;]done');
    // Nothing from the repository starts a command of its own: the only commands are ours.
    expect(commands.map((c) => c.command)).toEqual([...expected.map(() => 'task.logissue'), 'task.complete']);
    expect(lines.every((line) => line.startsWith('##vso[') || line.startsWith('[IMS010] notice: '))).toBe(true);
    expect(lines.at(-1)).toMatch(/^##vso\[task\.complete result=Failed;\]/);
  });

  it('shows notices as plain lines and completes nothing when the gate passes', () => {
    const out = formatAzure(report([finding({ severity: 'notice', ruleId: 'IMS010' })]));
    expect(out).not.toContain('##vso[task.complete');
    expect(out.split('\n')[0]).toMatch(/^\[IMS010\] notice: prod\/ims\.xml:12:17: /);
  });

  it.each([
    ['100%', '100%AZP25'],
    ['a;b', 'a%3Bb'],
    ['x]y', 'x%5Dy'],
    ['l1\r\nl2', 'l1%0D%0Al2'],
    ['%0A', '%AZP250A'],
  ])('escapes the property %j as %j', (value, escaped) => {
    expect(escapeAzureProperty(value)).toBe(escaped);
    expect(decodeAzure(`##vso[x.y k=${escaped};]`)?.properties.k).toBe(value);
  });

  it('escapes messages without touching `;` and `]`', () => {
    expect(escapeAzureData('50%; ]\n')).toBe('50%AZP25; ]%0A');
  });
});

describe('the CLI', () => {
  it.each(['junit', 'gitlab', 'azure'])('accepts --format %s on examples/ and exits 1', (format) => {
    const run = spawnSync(process.execPath, [join(HERE, '..', '..', 'dist', 'cli.js'), 'check', 'examples', '--format', format], {
      cwd: join(HERE, '..', '..'),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status, run.stderr).toBe(1);
    if (format === 'junit') expect(xmllint(run.stdout).status).toBe(0);
    if (format === 'gitlab') expect(JSON.parse(run.stdout).length).toBeGreaterThan(0);
    if (format === 'azure') expect(run.stdout).toMatch(/^##vso\[task\.complete result=Failed;\]/m);
  });
});
