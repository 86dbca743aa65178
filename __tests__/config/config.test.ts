import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { scanFiles } from '../helpers/repo.js';

describe('config', () => {
  it('accepts a full config and applies defaults', () => {
    const { config, problems } = parseConfig(
      `hosting: hybrid
instances:
  prod:
    paths: ["prod/**"]
    url: https://campaign.example.com
    imsManifest: prod/ims.yml
enterpriseDashboard: users.csv
fields:
  associationMask: [cusImsMask]
imsAccountTypes: [14]
rules:
  IMS003: warning
  IMS006: off
include: ["**/*.xml"]
exclude: ["archive/**"]
allowInlineSuppressions: false
`,
      '.github/ims-gate.yml',
    );
    expect(problems).toEqual([]);
    expect(config.hosting).toBe('hybrid');
    expect(config.enterpriseDashboard).toEqual(['users.csv']);
    expect(config.imsAccountTypes).toEqual(['14']);
    expect(config.rules).toEqual({ IMS003: 'warning', IMS006: 'off' });
    expect(config.allowInlineSuppressions).toBe(false);
    expect(config.maxFileSizeBytes).toBe(256 * 1024 * 1024);
  });

  it('reports an unknown key at its line with a suggestion', () => {
    const { problems } = parseConfig('hosting: on-premise\ninstance:\n  prod: {}\n', 'c.yml');
    expect(problems).toHaveLength(1);
    expect(problems[0].loc).toMatchObject({ file: 'c.yml', line: 2, column: 1 });
    expect(problems[0].message).toContain('unknown key "instance"');
    expect(problems[0].message).toContain('Did you mean "instances"?');
  });

  it('reports a wrong type and a bad enum at the value', () => {
    const { problems } = parseConfig('hosting: cloud\nrules:\n  IMS003: fatal\nallowInlineSuppressions: "no"\n', 'c.yml');
    expect(problems.map((p) => [p.loc.line, p.loc.column])).toEqual([
      [1, 10],
      [3, 11],
      [4, 26],
    ]);
    expect(problems[0].message).toContain('"cloud"');
    expect(problems[2].message).toContain('must be boolean');
  });

  it('reports a YAML syntax error at its line', () => {
    const { problems } = parseConfig('hosting: on-premise\ninstances:\n  prod:\n    paths: [a\n', 'c.yml');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].message).toContain('YAML syntax error');
    expect(problems[0].loc.line).toBeGreaterThanOrEqual(4);
  });

  it('turns an invalid config into IMS000 at the config line during a scan', async () => {
    const report = await scanFiles({ '.github/ims-gate.yml': 'hosting: on-premise\nrulez: {}\n' });
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([['IMS000', '.github/ims-gate.yml', 2]]);
  });

  it('runs no rule for hosted instances and says why, once', async () => {
    const report = await scanFiles({
      '.github/ims-gate.yml': 'hosting: hosted\n',
      'prod/ims.xml': '<extAccount xtkschema="nms:extAccount" name="Adobe_Marketing_Cloud" imsServer="http://wrong"/>',
    });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ ruleId: 'IMS000', severity: 'notice' });
    expect(report.findings[0].message).toContain('managed by Adobe');
    expect(report.verdict.result).toBe('pass');
  });
});

describe('config rules', () => {
  it('names an unknown rule ID at its key, with the closest known one', () => {
    const { problems } = parseConfig('rules:\n  IMS030: off\n  IMS003: warning\n', 'c.yml');
    expect(problems.map((p) => [p.loc.line, p.loc.column, p.message])).toEqual([
      [2, 3, expect.stringContaining('has the key "IMS030"; Did you mean "IMS010"? Expected one of: IMS001, IMS002')],
    ]);
  });

  it('refuses to turn off IMS000: unreadable input always counts', () => {
    const { problems } = parseConfig('rules:\n  IMS000: off\n', 'c.yml');
    expect(problems.map((p) => [p.loc.line, p.loc.column])).toEqual([[2, 3]]);
  });
});

describe('config globs', () => {
  it('accepts the supported glob syntax', () => {
    const { problems } = parseConfig(
      'include: ["campaign/**", "{conf,etc}/*.xml", "a/[a-z]?/\\\\(x\\\\)"]\nexclude: ["!keep/**"]\ninstances:\n  prod:\n    paths: ["prod/**"]\n',
      'c.yml',
    );
    expect(problems).toEqual([]);
  });

  it.each([
    [
      'include: ["ok/**", "(a|b)/**"]\n',
      1,
      20,
      'invalid config: include[1] "(a|b)/**" is not a supported glob: "(" at character 1 is not supported (write alternatives as {a,b})',
    ],
    [
      'exclude:\n  - "@(x)"\n',
      2,
      5,
      'invalid config: exclude[0] "@(x)" is not a supported glob: extglob "@(" at character 1 is not supported',
    ],
    [
      'instances:\n  prod:\n    paths: ["p/{1..9}"]\n',
      3,
      13,
      'invalid config: instances.prod.paths[0] "p/{1..9}" is not a supported glob: brace range "{1..9}" is not supported',
    ],
    [`include: ["${'*a'.repeat(2100)}b"]\n`, 1, 11, 'is not a supported glob: it is 4201 characters long; at most 4096 are supported'],
  ])('refuses an unsupported glob at its line: %j', (text, line, column, message) => {
    const { config, problems } = parseConfig(text, 'c.yml');
    expect(problems.map((p) => [p.loc.line, p.loc.column])).toEqual([[line, column]]);
    expect(problems[0].message).toContain(message);
    expect(problems[0].message.length).toBeLessThan(400); // a long glob is shown cut short
    // Invalid as a whole, as with a schema error: no glob of it is used.
    expect([config.include, config.exclude, config.instances]).toEqual([[], [], {}]);
  });

  it('reports an unsupported glob as IMS000 at the config line during a scan', async () => {
    const report = await scanFiles({ '.github/ims-gate.yml': 'exclude:\n  - "archive/**"\n  - "+(old)/**"\n' });
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['IMS000', '.github/ims-gate.yml', 3, 5]]);
  });
});
