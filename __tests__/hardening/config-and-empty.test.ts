// Hardening (issue 7): a broken config (unknown keys, wrong types, not YAML, not a mapping) and an empty
// repository, through the CLI (`runCli`), as a user runs it.
//
// Already covered: __tests__/config/config.test.ts (schema messages and their positions, key by key).
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/run.js';
import { schemaValidator } from '../../src/policy/schemas.js';
import type { Report } from '../../src/types.js';
import { writeRepo } from '../helpers/repo.js';
import { expectSentinel, SENTINEL, sentinel, utf16 } from './helpers.js';

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, isTty: false };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const CONFIG = '.github/ims-gate.yml';

describe('a config with unknown keys or wrong types', () => {
  const config = [
    'hosting: on-premise', //            1
    'failOn: warning', //                2  unknown key
    'instances:', //                     3
    '  prod:', //                        4
    '    paths: prod/**', //             5  a string, not a list
    '    urll: https://x.example.com', // 6  unknown key (typo)
    'maxFileSize: "10MB"', //            7  a string, not an integer
    'allowInlineSuppressions: yes please', // 8 not a boolean
    'rules:', //                         9
    '  IMS003: fatal', //                10 not a level
    '',
  ].join('\n');

  it('exits 2 with one IMS000 error per problem, at its line, and still reports the repository', async () => {
    const root = writeRepo({ ...sentinel(), [CONFIG]: config });
    const { code, stdout } = await cli(['check', root, '--format', 'json']);
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as Report;
    const problems = report.findings.filter((f) => f.file === CONFIG);
    expect(problems.every((f) => f.ruleId === 'IMS000' && f.severity === 'error')).toBe(true);
    expect(problems.map((f) => [f.line, f.message])).toEqual([
      [2, expect.stringMatching(/^invalid config: unknown key "failOn"/)],
      [5, expect.stringMatching(/^invalid config: instances\.prod\.paths must be array/)],
      [6, expect.stringMatching(/^invalid config: unknown key "urll" in instances\.prod\. Did you mean "url"\?/)],
      [7, expect.stringMatching(/^invalid config: maxFileSize must be integer/)],
      [8, expect.stringMatching(/^invalid config: allowInlineSuppressions must be boolean/)],
      [10, expect.stringMatching(/^invalid config: rules\.IMS003 is "fatal"/)],
    ]);
    // The scan went on with the defaults: the misconfigured account is still reported.
    expectSentinel(report);
  });

  it('the stylish output names the config file and line', async () => {
    const root = writeRepo({ ...sentinel(), [CONFIG]: config });
    const { code, stdout } = await cli(['check', root, '--no-color']);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^\.github\/ims-gate\.yml:2:1 {2}error {2}invalid config: unknown key "failOn"/m);
    expect(stdout).toMatch(/^\.github\/ims-gate\.yml:7:\d+ {2}error {2}invalid config: maxFileSize must be integer/m);
  });

  it.each([
    ['not YAML', 'instances: [prod\nhosting: on-premise\n', 2, /^invalid config: YAML syntax error/],
    ['a list, not a mapping', '- hosting\n- on-premise\n', 1, /^invalid config: .*must be object/],
    ['a scalar', '42\n', 1, /^invalid config: .*must be object/],
    ['a duplicate key', 'hosting: on-premise\nhosting: hybrid\n', 2, /^invalid config: YAML syntax error: .*unique/i],
    ['a binary file', Buffer.from([0x61, 0x00, 0xff, 0xfe, 0x00, 0x0a]), 1, /^invalid config: binary file: NUL byte at offset 1/],
    [
      'not UTF-8',
      Buffer.from('hosting: on-premise\ninstances: {}\n# caf\xe9\n', 'latin1'),
      3,
      /^invalid config: invalid UTF-8: the byte 0xE9/,
    ],
  ])('a config that is %s: exit 2, IMS000 at its line, the rest scanned', async (_what, content, line, message) => {
    const root = writeRepo({ ...sentinel(), [CONFIG]: content });
    const { code, stdout } = await cli(['check', root, '--format', 'json']);
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as Report;
    const problems = report.findings.filter((f) => f.file === CONFIG);
    expect(problems.length).toBeGreaterThanOrEqual(1);
    expect(problems[0]).toMatchObject({ ruleId: 'IMS000', severity: 'error', line });
    expect(problems[0].message).toMatch(message);
    expectSentinel(report);
  });

  it('a YAML syntax error that spans a line break is located inside the file (not past the end of its first line)', async () => {
    const root = writeRepo({ ...sentinel(), [CONFIG]: '*anchor# ims-gate configuration\nhosting: on-premise\n' });
    const { code, stdout } = await cli(['check', root, '--format', 'json']);
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as Report;
    // "ims-gate configuration\nhosting" is one malformed token: from 1:10 to the end of "hosting" on line 2.
    expect(report.findings.filter((f) => f.file === CONFIG).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.message])).toEqual([
      [1, 10, 2, 8, 'invalid config: YAML syntax error: Unexpected scalar token'],
    ]);
    expectSentinel(report);
  });

  it.each(['le', 'be'] as const)(
    'a UTF-16%s config (saved by a Windows editor) is read, and its problems are at their lines',
    async (endian) => {
      const root = writeRepo({
        ...sentinel(),
        'stage/packages/big.xml': SENTINEL.replace('<package', `<!-- ${'x'.repeat(2000)} -->\n<package`),
        [CONFIG]: utf16('hosting: on-premise\nmaxFileSize: 1000\nfailOn: warning\n', endian),
      });
      const { code, stdout } = await cli(['check', root, '--format', 'json']);
      expect(code).toBe(2);
      const report = JSON.parse(stdout) as Report;
      expect(report.findings.filter((f) => f.file === CONFIG).map((f) => [f.line, f.column, f.message])).toEqual([
        [3, 1, expect.stringMatching(/^invalid config: unknown key "failOn"/)],
      ]);
      expectSentinel(report);
    },
  );

  it('a UTF-16 config without problems applies (maxFileSize: 1000 skips the big file)', async () => {
    const root = writeRepo({
      ...sentinel(),
      'stage/packages/big.xml': SENTINEL.replace('<package', `<!-- ${'x'.repeat(2000)} -->\n<package`),
      [CONFIG]: utf16('hosting: on-premise\nmaxFileSize: 1000\n', 'le'),
    });
    const { code, stdout } = await cli(['check', root, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.findings.filter((f) => f.ruleId === 'IMS000').map((f) => [f.file, f.severity])).toEqual([
      ['stage/packages/big.xml', 'notice'],
    ]);
    expectSentinel(report);
  });

  it('an explicit --config that does not exist is a usage error (exit 2) naming it', async () => {
    const root = writeRepo(sentinel());
    const { code, stdout, stderr } = await cli(['check', root, '--config', join(root, 'missing.yml')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`config file not found: ${join(root, 'missing.yml')}`);
  });
});

describe('an empty repository', () => {
  const validReport = schemaValidator('report.schema.json');

  it.each([
    ['no file at all', {}],
    ['only unrelated and empty files', { 'README.md': '# nothing\n', 'empty.xml': '', 'empty.csv': '', 'empty.yml': '', '.gitkeep': '' }],
  ])('%s: exit 1 with the one "nothing to check" error (issue 12), a valid JSON report', async (_what, files: Record<string, string>) => {
    const root = writeRepo(files);
    mkdirSync(join(root, 'empty-folder'));
    const { code, stdout, stderr } = await cli(['check', root, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(validReport(report), JSON.stringify(validReport.errors)).toBe(true);
    expect(report.findings.map((f) => [f.ruleId, f.severity, `${f.file}:${f.line}:${f.column}`, f.message])).toEqual([
      [
        'IMS000',
        'error',
        '.github/ims-gate.yml:1:1',
        `nothing to check under \`${root}\`: no IMS external account, serverConf \`<ims>\` node or manifest found`,
      ],
    ]);
    expect(report.findings[0].remediation).toContain('`allowEmpty: true`');
    expect(report.suppressed).toEqual([]);
    expect(report.stats).toEqual({ filesScanned: Object.keys(files).length, errors: 1, warnings: 0, notices: 0 });
    expect(report.coverage).toEqual({ instances: [] });
  });

  it.each([
    ['no file at all', {}],
    ['only unrelated and empty files', { 'README.md': '# nothing\n', 'empty.xml': '', 'empty.csv': '' }],
  ])('%s, with allowEmpty: true: exit 0, 0 findings', async (_what, files: Record<string, string>) => {
    const root = writeRepo({ ...files, [CONFIG]: 'allowEmpty: true\n' });
    const { code, stdout } = await cli(['check', root, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(validReport(report), JSON.stringify(validReport.errors)).toBe(true);
    expect(report.findings).toEqual([]);
    expect(report.verdict).toEqual({ failOn: 'error', result: 'pass', reasons: [] });
  });

  it('every other format renders it (allowEmpty: true), and stylish says FAIL without it', async () => {
    const failing = await cli(['check', writeRepo({}), '--format', 'stylish']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('nothing to check under');
    expect(failing.stdout).toContain('FAIL  1 error(s), 0 warning(s), 0 notice(s) in 0 file(s) scanned');
    const root = writeRepo({ [CONFIG]: 'allowEmpty: true\n' });
    for (const format of ['stylish', 'sarif', 'github', 'markdown']) {
      const { code, stdout } = await cli(['check', root, '--format', format, '--fail-on', 'notice']);
      expect(code, format).toBe(0);
      if (format === 'stylish') expect(stdout).toMatch(/PASS {2}0 error\(s\), 0 warning\(s\), 0 notice\(s\) in \d+ file\(s\) scanned/);
      if (format === 'sarif') expect((JSON.parse(stdout) as { runs: { results: unknown[] }[] }).runs[0].results).toEqual([]);
      if (format === 'github') expect(stdout).toBe('');
      if (format === 'markdown') expect(stdout).toContain('clean');
    }
  });

  it('a root that holds only a dangling link and an empty .git folder', async () => {
    const root = writeRepo({ '.git/HEAD': 'ref: refs/heads/main\n' });
    symlinkSync('nowhere.xml', join(root, 'dangling.xml'));
    writeFileSync(join(root, '.git', 'config'), '');
    const { code, stdout } = await cli(['check', root, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.file])).toEqual([
      ['IMS000', 'error', '.github/ims-gate.yml'],
      ['IMS000', 'notice', 'dangling.xml'],
    ]);
    expect(report.stats.filesScanned).toBe(0);
  });
});
