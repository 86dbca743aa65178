// The restart command: `nlserver restart web` by default (web is a multi-instance module), configurable per
// instance with `instances.<name>.restartCommand`, and used by every message, notice, table and output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { formatStylish } from '../../src/report/stylish.js';
import { DEFAULT_RESTART_COMMAND, restartAdvice, restartCommand } from '../../src/util/campaign.js';
import { scanFiles } from '../helpers/repo.js';
import { GitRepo, accountPackage, twoInstances } from './git-repo.js';

const CONFIG = `instances:
  prod:
    paths: ["prod/**"]
    restartCommand: systemctl restart nlserver
  stage:
    paths: ["stage/**"]
`;

describe('restartCommand and restartAdvice', () => {
  const config = parseConfig(CONFIG, 'c.yml').config;
  it.each([
    ['prod', 'systemctl restart nlserver', 'run `systemctl restart nlserver` (the restart command configured for instance prod)'],
    [
      'stage',
      'nlserver restart web',
      'run `nlserver restart web` on each application server that hosts instance stage (it restarts the web process of every instance on that server)',
    ],
    [
      'unknown',
      'nlserver restart web',
      'run `nlserver restart web` on each application server that hosts instance unknown (it restarts the web process of every instance on that server)',
    ],
  ])('%s: %s', (instance, command, advice) => {
    expect(restartCommand(instance, config)).toBe(command);
    expect(restartAdvice(instance, config)).toBe(advice);
  });

  it('defaults without config, and never names the instance in the command (web serves every instance)', () => {
    expect(restartCommand('prod')).toBe(DEFAULT_RESTART_COMMAND);
    expect(DEFAULT_RESTART_COMMAND).toBe('nlserver restart web');
    expect(restartAdvice(undefined)).toContain('hosts the instance (');
  });

  it("an inherited property name is no instance's command", () => {
    expect(restartCommand('constructor', config)).toBe(DEFAULT_RESTART_COMMAND);
  });
});

describe('the config schema validates restartCommand', () => {
  it.each([
    ['an empty command', '""', 4, 21],
    ['only white space', '"   "', 4, 21],
    ['a newline', '"nlserver restart web\\nrm -rf /"', 4, 21],
    ['a backtick (it would break the code spans of every message)', '"nlserver `restart` web"', 4, 21],
    ['not a string', '[nlserver, restart]', 4, 21],
  ])('%s is a problem at the value', (_, value, line, column) => {
    const { problems } = parseConfig(`instances:\n  prod:\n    paths: ["prod/**"]\n    restartCommand: ${value}\n`, 'c.yml');
    expect(problems.map((p) => [p.loc.line, p.loc.column])).toEqual([[line, column]]);
  });

  it('accepts a command with options and paths', () => {
    const { problems, config } = parseConfig('instances:\n  prod:\n    restartCommand: sudo /etc/init.d/nlserver6 restart\n', 'c.yml');
    expect(problems).toEqual([]);
    expect(config.instances.prod.restartCommand).toBe('sudo /etc/init.d/nlserver6 restart');
  });
});

describe('findings use the configured command', () => {
  it("a rule's remediation names each instance's own command", async () => {
    const report = await scanFiles(
      {
        '.github/ims-gate.yml': CONFIG,
        'prod/packages/ims-account.xml': accountPackage({ instance: 'prod', imsServer: 'https://ims.example.com' }),
        'stage/packages/ims-account.xml': accountPackage({ instance: 'stage', imsServer: 'https://ims.example.com' }),
      },
      { onlyRules: ['IMS003'] },
    );
    const byInstance = new Map(report.findings.map((finding) => [finding.instance, finding.remediation]));
    expect(byInstance.get('prod')).toContain(
      'restart the Campaign server: run `systemctl restart nlserver` (the restart command configured for instance prod)',
    );
    expect(byInstance.get('stage')).toContain(
      'restart the Campaign server: run `nlserver restart web` on each application server that hosts instance stage (it restarts the web process of every instance on that server)',
    );
    for (const finding of report.findings) expect(`${finding.message} ${finding.remediation}`).not.toContain('web@');
  });

  it('IMS010 notices, restart.commands and the stylish footer use the configured command', async () => {
    const repo = new GitRepo({ ...twoInstances(), '.github/ims-gate.yml': CONFIG });
    const report = await repo.change({
      'prod/packages/ims-account.xml': accountPackage({ instance: 'prod', imsServer: 'https://adobeid-na1.services.adobe.com' }),
      'stage/packages/ims-account.xml': accountPackage({ instance: 'stage', imsServer: 'https://adobeid-na1.services.adobe.com' }),
    });
    expect(report.restart.commands).toEqual({ prod: 'systemctl restart nlserver', stage: 'nlserver restart web' });
    const schema = JSON.parse(readFileSync(join(process.cwd(), 'policies/schemas/report.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(true);
    const notices = report.findings.filter((finding) => finding.ruleId === 'IMS010');
    expect(notices.map((n) => [n.instance, n.message.slice(0, n.message.indexOf(':'))])).toEqual([
      ['prod', 'Restart the Campaign server of instance prod once this is deployed (`systemctl restart nlserver`)'],
      ['stage', 'Restart the Campaign server of instance stage once this is deployed (`nlserver restart web`)'],
    ]);
    expect(notices[0].remediation).toContain('run `systemctl restart nlserver` (the restart command configured for instance prod)');
    expect(notices[1].remediation).toContain('(it restarts the web process of every instance on that server)');
    expect(formatStylish(report, { color: false, width: 200 })).toContain(
      'Restart with: prod: `systemctl restart nlserver`, stage: `nlserver restart web`.',
    );
  });
});
