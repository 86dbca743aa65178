// Coverage (issue 12): every rule states, for every instance, checked / skipped (with its reason) / not applicable;
// the pipeline adds the rules it did not run (`hosting: hosted`, `rules.X: off`), fails closed on an instance a rule
// left unstated, and `require:` turns the matching skips into IMS000 errors at the config line.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline.js';
import { schemaValidator } from '../../src/policy/schemas.js';
import { rules } from '../../src/rules/index.js';
import type { CoverageStatus, Report, RuleCoverage } from '../../src/types.js';
import { scanFiles } from '../helpers/repo.js';
import { imsAccountPackage, manifest } from '../sarif/fixtures.js';

const RULE_IDS = rules.map((rule) => rule.id);

/** `IMS006 skipped no-manifest` for every rule of an instance, in rule order. */
function entries(report: Report, instance: string): string[] {
  const found = report.coverage?.instances.find((candidate) => candidate.instance === instance);
  expect(found, `coverage of instance ${instance}`).toBeDefined();
  return (found?.rules ?? []).map((rule) => [rule.ruleId, rule.status, rule.reason].filter(Boolean).join(' '));
}

function entry(report: Report, instance: string, ruleId: string): RuleCoverage | undefined {
  return report.coverage?.instances.find((candidate) => candidate.instance === instance)?.rules.find((rule) => rule.ruleId === ruleId);
}

const GROUPS = `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <desc/>
  <version buildDate="2021-09-03 14:41:08.993Z"/>
  <entities schema="xtk:group">
    <group name="delivery" label="Delivery operators"/>
  </entities>
</package>
`;
const USERS =
  'Identity Type,Username,Email,Product Configurations\nFederated ID,ana@example.com,ana@example.com,"Campaign - prod - delivery"\n';

describe('coverage of examples/', () => {
  it('has an explicit entry for every rule × every instance (no silent default), and validates against the schema', async () => {
    const outcome = await scan({ root: 'examples', failOn: 'error' });
    const { report } = outcome;
    const instances = outcome.model?.instances.map((instance) => instance.name) ?? [];
    expect(instances.length).toBeGreaterThan(1);
    expect(report.coverage?.instances.map((instance) => instance.instance)).toEqual(instances);
    for (const instance of report.coverage?.instances ?? []) {
      expect(
        instance.rules.map((rule) => rule.ruleId),
        `every rule states its coverage of ${instance.instance}`,
      ).toEqual(RULE_IDS);
    }
    // No rule failed to state it (the pipeline reports that as an IMS000 bug).
    expect(report.findings.filter((finding) => /did not state whether it checked/.test(finding.message))).toEqual([]);
    const validate = schemaValidator('report.schema.json');
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('says what it checked and what not, and why, for each instance', async () => {
    const { report } = await scan({ root: 'examples', failOn: 'error' });
    // Without a base revision, restart detection compared nothing.
    expect(entry(report, 'prod', 'IMS010')).toEqual({
      ruleId: 'IMS010',
      status: 'skipped',
      reason: 'no-base-revision',
      hint: 'run on a pull request, or pass --base REF (base-ref in the action), with the base commit fetched',
    });
    expect(entry(report, 'prod', 'IMS006')).toEqual({ ruleId: 'IMS006', status: 'checked' });
    expect(entry(report, 'prod', 'IMS005')).toEqual({ ruleId: 'IMS005', status: 'checked' });
    // stage's mask "Campaign - Stage - (.*)" starts no profile name (IMS004's finding): its groups cannot be judged.
    expect(entry(report, 'stage', 'IMS005')).toMatchObject({ status: 'not-applicable' });
    expect(entry(report, 'stage', 'IMS005')?.hint).toContain('see IMS004');
    expect(report.coverage?.instances.find((instance) => instance.instance === 'prod')?.sources).toEqual({
      adminConsole: { kind: 'csv', files: ['admin-console/users.csv'] },
    });
  });
});

describe('skip reasons, stated by the rules', () => {
  const cases: { name: string; files: Record<string, string>; instance: string; expected: Record<string, CoverageStatus | string> }[] = [
    {
      name: 'no manifest: IMS006 and IMS008 skipped',
      files: { 'prod/packages/ims.xml': imsAccountPackage('prod') },
      instance: 'prod',
      expected: { IMS006: 'skipped no-manifest', IMS008: 'skipped no-manifest', IMS002: 'checked', IMS007: 'checked' },
    },
    {
      name: 'no Admin Console export: IMS004 and IMS005 skipped',
      files: { 'prod/packages/ims.xml': imsAccountPackage('prod'), 'prod/ims/manifest.yml': manifest('prod') },
      instance: 'prod',
      expected: { IMS004: 'skipped no-admin-console', IMS005: 'skipped no-admin-console', IMS006: 'checked', IMS008: 'checked' },
    },
    {
      name: 'an export but no operator groups: IMS005 skipped, IMS004 checked',
      files: { 'prod/packages/ims.xml': imsAccountPackage('prod'), 'prod/users.csv': USERS },
      instance: 'prod',
      expected: { IMS004: 'checked', IMS005: 'skipped no-operator-groups' },
    },
    {
      name: 'groups and an export: IMS005 checked',
      files: { 'prod/packages/ims.xml': imsAccountPackage('prod'), 'prod/users.csv': USERS, 'prod/packages/groups.xml': GROUPS },
      instance: 'prod',
      expected: { IMS004: 'checked', IMS005: 'checked' },
    },
    {
      name: 'a manifest but no IMS account: the account rules skipped',
      files: { 'prod/ims/manifest.yml': manifest('prod') },
      instance: 'prod',
      expected: {
        IMS000: 'checked',
        IMS001: 'skipped no-ims-account',
        IMS002: 'skipped no-ims-account',
        IMS003: 'skipped no-ims-account',
        IMS006: 'skipped no-ims-account',
        IMS008: 'skipped no-ims-account',
        IMS009: 'skipped no-ims-account',
        IMS011: 'skipped no-ims-account',
      },
    },
    {
      name: 'an account without scope: IMS006 skipped, field not present',
      files: {
        'prod/packages/ims.xml': imsAccountPackage('prod').replace(' imsScope="openid,AdobeID,read_organizations"', ''),
        'prod/ims/manifest.yml': manifest('prod'),
      },
      instance: 'prod',
      expected: { IMS006: 'skipped field-not-present', IMS008: 'checked' },
    },
    {
      // serverConf's endpoint is checked, the account's is not there to check: not "checked".
      name: "an account without its IMS server beside serverConf's endpoint: IMS003 skipped, field not present",
      files: {
        'prod/packages/ims.xml': imsAccountPackage('prod').replace(' imsServer="https://ims-na1.adobelogin.com"', ''),
        'prod/conf/serverConf.xml':
          '<serverconf><shared><ims authIMSEndpoint="https://ims-na1.adobelogin.com" authIMSClientId="campaign-prod"/></shared></serverconf>\n',
      },
      instance: 'prod',
      expected: { IMS003: 'skipped field-not-present' },
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const report = await scanFiles(testCase.files);
      const actual = Object.fromEntries(
        Object.keys(testCase.expected).map((id) => {
          const rule = entry(report, testCase.instance, id);
          return [id, [rule?.status, rule?.reason].filter(Boolean).join(' ')];
        }),
      );
      expect(actual).toEqual(testCase.expected);
    });
  }

  it('IMS009 checks a manifest-only instance when a client secret is supplied (the hash comparison)', async () => {
    const files = { 'prod/ims/manifest.yml': `${manifest('prod')}clientSecretSha256: ${'0'.repeat(64)}\n` };
    expect(entry(await scanFiles(files), 'prod', 'IMS009')?.reason).toBe('no-ims-account');
    expect(entry(await scanFiles(files, { secrets: { clientSecret: 'supplied-secret' } }), 'prod', 'IMS009')?.status).toBe('checked');
  });

  it('a configured manifest that is missing: IMS000 at the config line, and the hint names the configured path', async () => {
    const report = await scanFiles({
      '.github/ims-gate.yml': 'instances:\n  prod:\n    paths: [prod/**]\n    imsManifest: prod/ims/provisioning.yml\n',
      'prod/packages/ims.xml': imsAccountPackage('prod'),
    });
    expect(report.findings.filter((f) => f.ruleId === 'IMS000').map((f) => `${f.file}:${f.line}`)).toEqual(['.github/ims-gate.yml:4']);
    expect(entry(report, 'prod', 'IMS006')).toEqual({
      ruleId: 'IMS006',
      status: 'skipped',
      reason: 'no-manifest',
      hint: 'instances.prod.imsManifest names prod/ims/provisioning.yml, which holds no readable IMS provisioning manifest',
    });
  });

  it('gives the hint of the reason: set instances.<name>.imsManifest', async () => {
    const report = await scanFiles({ 'prod/packages/ims.xml': imsAccountPackage('prod') });
    expect(entry(report, 'prod', 'IMS006')?.hint).toBe('set instances.prod.imsManifest');
  });
});

describe('coverage of rules that did not run', () => {
  it('a rule turned off in the config is skipped, reason rule-off', async () => {
    const report = await scanFiles({
      '.github/ims-gate.yml': 'rules:\n  IMS006: off\n',
      'prod/packages/ims.xml': imsAccountPackage('prod'),
      'prod/ims/manifest.yml': manifest('prod'),
    });
    expect(entry(report, 'prod', 'IMS006')).toEqual({
      ruleId: 'IMS006',
      status: 'skipped',
      reason: 'rule-off',
      hint: 'remove `rules.IMS006: off` from .github/ims-gate.yml',
    });
  });

  it('hosting: hosted: every IMS rule skipped, reason hosted, for each configured instance; IMS000 checked', async () => {
    const report = await scanFiles({ '.github/ims-gate.yml': 'hosting: hosted\ninstances:\n  prod: {}\n  stage: {}\n' });
    expect(report.coverage?.instances.map((instance) => instance.instance)).toEqual(['prod', 'stage']);
    for (const instance of ['prod', 'stage'])
      expect(entries(report, instance)).toEqual(RULE_IDS.map((id) => (id === 'IMS000' ? 'IMS000 checked' : `${id} skipped hosted`)));
  });
});

describe('require:', () => {
  const account = { 'prod/packages/ims.xml': imsAccountPackage('prod') };

  it('turns the skips of a missing manifest into one IMS000 error at the item, naming the rules', async () => {
    const report = await scanFiles({ ...account, '.github/ims-gate.yml': 'require:\n  - manifest\n' });
    const errors = report.findings.filter((finding) => finding.ruleId === 'IMS000');
    expect(errors.map((f) => [f.severity, `${f.file}:${f.line}:${f.column}`, f.instance, f.message])).toEqual([
      [
        'error',
        '.github/ims-gate.yml:2:5',
        'prod',
        'instance "prod" requires an IMS provisioning manifest (`require: manifest`), but none was found: IMS006, IMS008 not checked',
      ],
    ]);
    expect(errors[0].remediation).toContain('set `instances.prod.imsManifest` to its path');
    expect(report.verdict.result).toBe('fail');
  });

  it('per instance, at the instance line, and only for that instance', async () => {
    const report = await scanFiles({
      ...account,
      'stage/packages/ims.xml': imsAccountPackage('stage'),
      '.github/ims-gate.yml':
        'instances:\n  prod:\n    paths: [prod/**]\n    require: [adminConsole, operatorGroups]\n  stage:\n    paths: [stage/**]\n',
    });
    expect(
      report.findings
        .filter((f) => f.ruleId === 'IMS000')
        .map((f) => [`${f.file}:${f.line}:${f.column}`, f.instance, f.message.split(', but')[0]]),
    ).toEqual([
      ['.github/ims-gate.yml:4:15', 'prod', 'instance "prod" requires an Admin Console export (`instances.prod.require: adminConsole`)'],
    ]);
  });

  it('is satisfied when the input is there', async () => {
    const report = await scanFiles({
      ...account,
      'prod/ims/manifest.yml': manifest('prod'),
      '.github/ims-gate.yml': 'require: [manifest, imsAccount]\n',
    });
    expect(report.findings.filter((f) => f.ruleId === 'IMS000')).toEqual([]);
  });

  it('an unknown item is a config error at its line', async () => {
    const outcome = await scan({
      root: (await import('../helpers/repo.js')).writeRepo({ ...account, '.github/ims-gate.yml': 'require:\n  - manifests\n' }),
      failOn: 'error',
    });
    expect(outcome.configInvalid).toBe(true);
    const problem = outcome.report.findings.find((f) => f.ruleId === 'IMS000');
    expect(`${problem?.file}:${problem?.line}`).toBe('.github/ims-gate.yml:2');
    expect(problem?.message).toContain('require');
  });
});

describe('require: on coverage the rules stated (the gate)', () => {
  const loc = { file: '.github/ims-gate.yml', line: 3, column: 5, endLine: 3, endColumn: 17 };
  const coverage = (reason: 'admin-console-unreachable' | 'no-admin-console') => ({
    instances: [
      {
        instance: 'prod',
        rules: [
          { ruleId: 'IMS004', status: 'skipped' as const, reason },
          { ruleId: 'IMS005', status: 'skipped' as const, reason },
        ],
        sources: {},
      },
    ],
  });

  it.each([
    ['no-admin-console', 'requires an Admin Console export (`require: adminConsole`), but none was found: IMS004, IMS005 not checked'],
    [
      'admin-console-unreachable',
      'requires the Admin Console (`require: adminConsole`), but it could not be read: IMS004, IMS005 not checked',
    ],
  ] as const)('adminConsole turns %s into an error', async (reason, message) => {
    const { requiredFindings } = await import('../../src/gate/require.js');
    const { ruleMeta } = await import('../../src/policy/rules.js');
    const findings = requiredFindings(
      coverage(reason),
      { require: [{ item: 'adminConsole', key: 'require', loc }], instances: {} },
      ruleMeta('IMS000'),
    );
    expect(findings.map((f) => [f.ruleId, f.severity, f.line, f.column, f.message])).toEqual([
      ['IMS000', 'error', 3, 5, `instance "prod" ${message}`],
    ]);
  });

  it('a global item leaves the default bucket beside named instances alone', async () => {
    const { requiredFindings } = await import('../../src/gate/require.js');
    const { ruleMeta } = await import('../../src/policy/rules.js');
    const both = {
      instances: [{ ...coverage('no-admin-console').instances[0], instance: 'default' }, ...coverage('no-admin-console').instances],
    };
    const findings = requiredFindings(
      both,
      { require: [{ item: 'adminConsole', key: 'require', loc }], instances: {} },
      ruleMeta('IMS000'),
    );
    expect(findings.map((f) => f.instance)).toEqual(['prod']);
  });
});

describe('the coverage collector', () => {
  it('keeps a skip over a check, the first of two skips, and admin-console-unreachable over no-admin-console in any order', async () => {
    const { CoverageCollector } = await import('../../src/rules/util/coverage.js');
    const collector = new CoverageCollector(['prod']);
    collector.cover('IMS004', 'prod', { status: 'checked' });
    collector.cover('IMS004', 'prod', { status: 'skipped', reason: 'no-admin-console' });
    collector.cover('IMS004', 'prod', { status: 'skipped', reason: 'admin-console-unreachable' });
    collector.cover('IMS004', 'prod', { status: 'skipped', reason: 'no-admin-console' });
    collector.cover('IMS006', 'prod', { status: 'skipped', reason: 'no-manifest' });
    collector.cover('IMS006', 'prod', { status: 'skipped', reason: 'field-not-present', hint: 'x' });
    collector.cover('IMS006', 'prod', { status: 'checked' });
    collector.setSources('prod', { adminConsole: { kind: 'umapi', readAt: '2026-12-01T10:00:00Z' } });
    expect(collector.toCoverage(['IMS004', 'IMS006'])).toEqual({
      instances: [
        {
          instance: 'prod',
          rules: [
            {
              ruleId: 'IMS004',
              status: 'skipped',
              reason: 'admin-console-unreachable',
              hint: 'check the Admin Console (User Management API) credentials and network access of the run',
            },
            { ruleId: 'IMS006', status: 'skipped', reason: 'no-manifest', hint: 'set instances.prod.imsManifest' },
          ],
          sources: { adminConsole: { kind: 'umapi', readAt: '2026-12-01T10:00:00Z' } },
        },
      ],
    });
    expect(collector.missing('IMS005')).toEqual(['prod']);
  });
});
