// `ims-gate init`: a starter config with the detected instances, and a workflow with the right permissions.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/run.js';
import { detectSetup, renderConfig } from '../../src/cli/init.js';
import { configSchemaUrl } from '../../src/policy/version.js';
import { parseConfig } from '../../src/config/load.js';
import { scan } from '../../src/pipeline.js';
import { writeRepo } from '../helpers/repo.js';
import { imsAccountPackage, manifest, repoWithFindings, UNRELATED_PACKAGE } from '../sarif/fixtures.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...argv: string[]): Promise<Run> {
  const run: Run = { code: -1, stdout: '', stderr: '' };
  run.code = await runCli(argv, { stdout: (t) => (run.stdout += t), stderr: (t) => (run.stderr += t), env: {}, isTty: false });
  return run;
}

const ADMIN_CONSOLE = `Identity Type,Username,Domain,Email,First Name,Last Name,Country Code,Product Configurations,Admin Roles,Product Configurations Administered,User Groups,User Groups Administered,Products Administered,Developer Access
Federated ID,jdoe@example.com,example.com,jdoe@example.com,Jane,Doe,US,"Campaign - prod - delivery,Campaign - prod - admin",,,,,,
Federated ID,rroe@example.com,example.com,rroe@example.com,Rick,Roe,FR,"Campaign - stage - delivery",,,,,,
`;

const OPERATOR_GROUPS = `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <desc/>
  <version buildDate="2021-09-03 14:41:08.993Z"/>
  <entities schema="xtk:group">
    <group name="delivery" label="Delivery operators"/>
    <group name="admin" label="Administrators"/>
  </entities>
</package>
`;

const SERVER_CONF = `<?xml version='1.0'?>
<serverconf>
  <shared>
    <ims authIMSEndpoint="https://ims-na1.adobelogin.com" authIMSClientId="campaign-tech" authIMSClientSecret="@57QS5VHMb9BCsojLVrKI/Q=="/>
  </shared>
  <web>
    <redirection IMSOrgId="ABCDEF1234567890@AdobeOrg"/>
  </web>
</serverconf>
`;

function campaignRepo(): Record<string, string> {
  return {
    ...repoWithFindings(),
    'prod/packages/operator-groups.xml': OPERATOR_GROUPS,
    'stage/packages/operator-groups.xml': OPERATOR_GROUPS,
    'admin-console/users.csv': ADMIN_CONSOLE,
    'shared/packages/workflows.xml': UNRELATED_PACKAGE,
    'conf/serverConf.xml': SERVER_CONF,
    'README.md': '# Campaign configuration\n',
  };
}

function findingKeys(report: { findings: { ruleId: string; file: string; line: number; column: number; instance?: string }[] }): string[] {
  return report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.instance ?? ''}`).sort();
}

describe('ims-gate init', () => {
  it('writes a config with the detected instances that validates and reproduces discovery', async () => {
    const root = writeRepo(campaignRepo());
    const before = await scan({ root, failOn: 'error' });

    const run = await cli('init', root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Found instances prod, stage, default and 1 Admin Console export in ');
    expect(run.stdout).not.toContain('(s)');
    expect(run.stdout).toMatch(/Wrote .*\.github\/ims-gate\.yml/);
    expect(run.stdout).toMatch(/Wrote .*\.github\/workflows\/ims-gate\.yml/);

    const text = readFileSync(join(root, '.github/ims-gate.yml'), 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${configSchemaUrl()}`);
    const { config, problems } = parseConfig(text, '.github/ims-gate.yml');
    expect(problems).toEqual([]);
    expect(config.hosting).toBe('on-premise');
    const require = ['imsAccount', 'manifest', 'adminConsole', 'operatorGroups'];
    expect(config.instances.prod).toEqual({ paths: ['prod/**'], imsManifest: 'prod/ims/manifest.yml', require });
    expect(config.instances.stage).toEqual({ paths: ['stage/**'], imsManifest: 'stage/ims/manifest.yml', require });
    expect(config.instances.default).toEqual({ paths: ['conf/serverConf.xml'] });
    expect(config.enterpriseDashboard).toEqual(['admin-console/users.csv']);
    expect(text).toContain('# url: https://prod.campaign.example.com');
    // A starter require: what each named instance has, so that losing one later fails the gate (per instance, as a
    // global item would apply to the catch-all "default" instance too).
    const ALL = ['imsAccount', 'manifest', 'adminConsole', 'operatorGroups'];
    expect(config.require.map((entry) => `${entry.key}: ${entry.item}`)).toEqual([
      ...ALL.map((item) => `instances.prod.require: ${item}`),
      ...ALL.map((item) => `instances.stage.require: ${item}`),
    ]);

    // The written config changes nothing: same findings, same places, same instances.
    const after = await scan({ root, failOn: 'error' });
    expect(after.configInvalid).toBe(false);
    expect(findingKeys(after.report)).toEqual(findingKeys(before.report));
    expect(after.model?.instances.map((i) => [i.name, i.files.sort()])).toEqual(
      expect.arrayContaining(before.model?.instances.map((i) => [i.name, i.files.sort()]) ?? []),
    );
  });

  it('writes per instance the require: items only some instances satisfy', async () => {
    const root = writeRepo({
      'prod/packages/ims-account.xml': imsAccountPackage('prod'),
      'prod/ims/manifest.yml': manifest('prod'),
      'stage/packages/ims-account.xml': imsAccountPackage('stage'),
    });
    const text = renderConfig(detectSetup(root));
    const { config, problems } = parseConfig(text, '.github/ims-gate.yml');
    expect(problems).toEqual([]);
    expect(config.require.map((entry) => `${entry.key}: ${entry.item}`)).toEqual([
      'require: imsAccount',
      'instances.prod.require: manifest',
    ]);
    writeFileSync(join(root, 'ims-gate.yml'), text);
    const after = await scan({ root, failOn: 'error', configPath: join(root, 'ims-gate.yml') });
    expect(after.report.findings.filter((f) => f.ruleId === 'IMS000').map((f) => f.message)).toEqual([]);
  });

  it("lists files one by one where an instance folder also holds another instance's file", async () => {
    const files = campaignRepo();
    files['prod/conf/config-stage.xml'] =
      `<?xml version='1.0'?>\n<serverconf>\n  <shared>\n    <ims authIMSEndpoint="https://ims-na1.adobelogin.com"/>\n  </shared>\n</serverconf>\n`;
    const root = writeRepo(files);
    const setup = detectSetup(root);
    const prod = setup.instances.find((i) => i.name === 'prod');
    expect(prod?.paths).not.toContain('prod/**');
    expect(prod?.paths).toContain('prod/packages/ims-account.xml');
    expect(setup.instances.find((i) => i.name === 'stage')?.paths).toEqual(['prod/conf/config-stage.xml', 'stage/**']);
    expect(setup.instances.find((i) => i.name === 'default')?.paths).toEqual(['conf/serverConf.xml']);

    const before = await scan({ root, failOn: 'error' });
    writeFileSync(join(root, '.github-ims-gate.yml'), renderConfig(setup));
    const after = await scan({ root, failOn: 'error', configPath: join(root, '.github-ims-gate.yml') });
    expect(after.configInvalid).toBe(false);
    const files2 = (r: typeof before) =>
      Object.fromEntries(
        (r.model?.instances ?? [])
          .filter((i) => i.files.length)
          .map((i) => [i.name, i.files.filter((f) => !f.startsWith('.github')).sort()]),
      );
    expect(files2(after)).toEqual(files2(before));
  });

  it('keeps files outside the folder of a single instance with that instance', async () => {
    const root = writeRepo({
      'prod/packages/ims-account.xml': imsAccountPackage('prod', { imsServer: 'http://ims-na1.adobelogin.com' }),
      'prod/ims/manifest.yml': manifest('prod'),
      'conf/serverConf.xml': SERVER_CONF,
    });
    const before = await scan({ root, failOn: 'error' });
    expect((await cli('init', root)).code).toBe(0);
    const { config } = parseConfig(readFileSync(join(root, '.github/ims-gate.yml'), 'utf8'), '.github/ims-gate.yml');
    expect(Object.keys(config.instances)).toEqual(['prod']);
    expect(config.instances.prod.paths).toEqual(['conf/serverConf.xml', 'prod/**']);
    const after = await scan({ root, failOn: 'error' });
    expect(findingKeys(after.report)).toEqual(findingKeys(before.report));
  });

  it('escapes glob characters and quotes odd names so the config stays valid', () => {
    const root = writeRepo({
      'prod/ims-account (1).xml': imsAccountPackage('prod'),
      'stage [old]/ims/manifest.yml': manifest('stage'),
      'ims.xml': imsAccountPackage('x'),
    });
    const setup = detectSetup(root);
    const text = renderConfig(setup);
    const { config, problems } = parseConfig(text, '.github/ims-gate.yml');
    expect(problems).toEqual([]);
    expect(config.instances.prod.paths).toEqual(['prod/**']);
    expect(config.instances.stage.paths).toEqual(['stage \\[old\\]/ims/manifest.yml']);
    expect(config.instances.default.paths).toEqual(['ims.xml']);
  });

  it('writes a commented-out skeleton when nothing is found', async () => {
    const root = writeRepo({ 'README.md': '# nothing here\n' });
    const run = await cli('init', root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Found no Campaign instance');
    const { config, problems } = parseConfig(readFileSync(join(root, '.github/ims-gate.yml'), 'utf8'), '.github/ims-gate.yml');
    expect(problems).toEqual([]);
    expect(config.instances).toEqual({});
  });

  it('writes a workflow with the permissions the action needs; security-events and the upload only with --sarif', async () => {
    const root = writeRepo(campaignRepo());
    await cli('init', root);
    const workflow = parse(readFileSync(join(root, '.github/workflows/ims-gate.yml'), 'utf8')) as Json;
    expect(Object.keys(workflow.on).sort()).toEqual(['merge_group', 'pull_request', 'push']);
    expect(workflow.permissions).toEqual({ contents: 'read', checks: 'write', 'pull-requests': 'write', issues: 'write' });
    const steps = workflow.jobs['ims-gate'].steps;
    expect(steps[0].uses).toMatch(/^actions\/checkout@v\d+$/);
    expect(steps[0].with['fetch-depth']).toBe(0);
    expect(steps[1].uses).toBe('ims-gate/ims-gate@v1');
    expect(steps[1].with).toEqual({ 'fail-on': 'error' });
    expect(steps.some((s: Json) => String(s.uses).includes('upload-sarif'))).toBe(false);

    const sarifRoot = writeRepo(campaignRepo());
    await cli('init', sarifRoot, '--sarif');
    const withSarif = parse(readFileSync(join(sarifRoot, '.github/workflows/ims-gate.yml'), 'utf8')) as Json;
    expect(withSarif.permissions).toEqual({
      contents: 'read',
      checks: 'write',
      'pull-requests': 'write',
      issues: 'write',
      'security-events': 'write',
    });
    const sarifSteps = withSarif.jobs['ims-gate'].steps;
    expect(sarifSteps[1].with['sarif-file']).toBe('ims-gate.sarif');
    const upload = sarifSteps.find((s: Json) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'));
    expect(upload.with.sarif_file).toBe('ims-gate.sarif');
    expect(upload.if).toContain('!cancelled()');

    // Every input the workflow sets is an input of action.yml.
    const action = parse(readFileSync(join(process.cwd(), 'action.yml'), 'utf8')) as Json;
    for (const name of Object.keys(sarifSteps[1].with)) expect(Object.keys(action.inputs)).toContain(name);
  });

  it('puts the workflow at the repository root and sets `path` when the root is a sub-folder of a git repository', async () => {
    const repo = writeRepo(Object.fromEntries(Object.entries(campaignRepo()).map(([path, content]) => [`campaign/${path}`, content])));
    execFileSync('git', ['init', '-q', repo]);
    const run = await cli('init', join(repo, 'campaign'));
    expect(run.code).toBe(0);
    expect(existsSync(join(repo, 'campaign/.github/ims-gate.yml'))).toBe(true);
    const workflow = parse(readFileSync(join(repo, '.github/workflows/ims-gate.yml'), 'utf8')) as Json;
    expect(workflow.jobs['ims-gate'].steps[1].with.path).toBe('campaign');
  });

  it('never overwrites existing files without --force', async () => {
    const root = writeRepo({ ...campaignRepo(), '.github/ims-gate.yml': 'hosting: hybrid\n' });
    const run = await cli('init', root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Kept .*\.github\/ims-gate\.yml: it already exists \(use --force to overwrite\)/);
    expect(run.stdout).toMatch(/Wrote .*\.github\/workflows\/ims-gate\.yml/);
    expect(readFileSync(join(root, '.github/ims-gate.yml'), 'utf8')).toBe('hosting: hybrid\n');

    const again = await cli('init', root);
    expect(again.stdout).not.toContain('Wrote');

    const forced = await cli('init', root, '--force');
    expect(forced.stdout).toMatch(/Wrote .*\.github\/ims-gate\.yml/);
    expect(readFileSync(join(root, '.github/ims-gate.yml'), 'utf8')).toContain('hosting: on-premise');
  });

  it('rejects a missing root and unknown options (exit 2)', async () => {
    expect((await cli('init', '/nonexistent/ims-gate-root')).code).toBe(2);
    expect((await cli('init', '--bogus')).code).toBe(2);
  });
});
