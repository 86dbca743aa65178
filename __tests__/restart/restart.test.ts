// Restart detection on real git repositories: the acceptance cases, through the real pipeline.
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { buildModel } from '../../src/model/build.js';
import { readAll } from '../../src/pipeline.js';
import { detectRestart, type RestartOutcome } from '../../src/restart/index.js';
import {
  GitRepo,
  accountElement,
  accountPackage,
  runGit,
  scanAt,
  schemaPackage,
  serverConf,
  tempDir,
  twoInstances,
  workflowPackage,
  writeFiles,
} from './git-repo.js';

const SERVER = 'account[Adobe_Marketing_Cloud].imsServer';
const MASK = 'account[Adobe_Marketing_Cloud].associationMask';
const SECRET = 'account[Adobe_Marketing_Cloud].clientSecret';
const ACCOUNT = 'account[Adobe_Marketing_Cloud]';

/** detectRestart on a folder, as the pipeline calls it, to see the IMS010 diagnostics themselves. */
function detect(root: string, baseRef: string | undefined): RestartOutcome {
  const { config } = loadConfig(root);
  const read = readAll(root, config);
  return detectRestart({
    root,
    baseRef,
    config,
    headResults: read.results,
    headModel: buildModel(read.results, config),
    buildModel: (results) => buildModel(results, config),
  });
}

describe('restart detection: changes that need a restart', () => {
  it('an endpoint change in two instances requires a restart of both', async () => {
    const repo = new GitRepo({
      ...twoInstances(),
      'prod/packages/ims-account.xml': accountPackage({ instance: 'prod', imsServer: 'https://adobeid-na1.services.adobe.com' }),
      'stage/packages/ims-account.xml': accountPackage({ instance: 'stage', imsServer: 'https://adobeid-na1.services.adobe.com' }),
    });
    const report = await repo.change({
      'prod/packages/ims-account.xml': accountPackage({ instance: 'prod' }),
      'stage/packages/ims-account.xml': accountPackage({ instance: 'stage' }),
    });
    expect(report.restart).toEqual({
      required: true,
      instances: ['prod', 'stage'],
      commands: { prod: 'nlserver restart web', stage: 'nlserver restart web' },
      changes: [
        {
          instance: 'prod',
          field: SERVER,
          file: 'prod/packages/ims-account.xml',
          line: 7,
          before: 'https://adobeid-na1.services.adobe.com',
          after: 'https://ims-na1.adobelogin.com',
        },
        {
          instance: 'stage',
          field: SERVER,
          file: 'stage/packages/ims-account.xml',
          line: 7,
          before: 'https://adobeid-na1.services.adobe.com',
          after: 'https://ims-na1.adobelogin.com',
        },
      ],
    });

    const outcome = detect(repo.root, 'HEAD~1');
    expect(outcome.diagnostics.map((d) => [d.loc.file, d.loc.line, d.loc.column, d.instance, d.field])).toEqual([
      ['prod/packages/ims-account.xml', 7, 17, 'prod', SERVER],
      ['stage/packages/ims-account.xml', 7, 17, 'stage', SERVER],
    ]);
    expect(outcome.diagnostics[0].message).toBe(
      'Restart the Campaign server of instance prod once this is deployed (`nlserver restart web`): imsServer changed from "https://adobeid-na1.services.adobe.com" to "https://ims-na1.adobelogin.com"',
    );
    expect(outcome.diagnostics[1].message).toContain('`nlserver restart web`');
  });

  it('a mask change in one instance requires a restart of that one only', async () => {
    const repo = new GitRepo(twoInstances());
    const report = await repo.change({
      'stage/packages/ims-account.xml': accountPackage({ instance: 'stage', mask: 'Campaign - stg - (.*)' }),
    });
    expect(report.restart).toEqual({
      required: true,
      instances: ['stage'],
      commands: { stage: 'nlserver restart web' },
      changes: [
        {
          instance: 'stage',
          field: MASK,
          file: 'stage/packages/ims-account.xml',
          line: 13,
          before: 'Campaign - stage - (.*)',
          after: 'Campaign - stg - (.*)',
        },
      ],
    });
  });

  it('a trailing space added to the mask is a change (values compare exactly)', async () => {
    const repo = new GitRepo(twoInstances());
    const report = await repo.change({
      'prod/packages/ims-account.xml': accountPackage({ instance: 'prod', mask: 'Campaign - prod - (.*) ' }),
    });
    expect(report.restart.changes).toEqual([
      {
        instance: 'prod',
        field: MASK,
        file: 'prod/packages/ims-account.xml',
        line: 13,
        before: 'Campaign - prod - (.*)',
        after: 'Campaign - prod - (.*) ',
      },
    ]);
  });

  it('a new instance requires a restart of that instance only', async () => {
    const repo = new GitRepo(twoInstances());
    const report = await repo.change({
      'dev/packages/ims-account.xml': accountPackage({ instance: 'dev' }),
      'dev/packages/wkfDailyExtract.xml': workflowPackage('Daily extract (dev)'),
    });
    expect(report.restart).toEqual({
      required: true,
      instances: ['dev'],
      commands: { dev: 'nlserver restart web' },
      changes: [{ instance: 'dev', field: ACCOUNT, file: 'dev/packages/ims-account.xml', line: 6, before: null, after: 'present' }],
    });
    const outcome = detect(repo.root, 'HEAD~1');
    expect(outcome.diagnostics.map((d) => [d.loc.file, d.loc.line, d.loc.column])).toEqual([['dev/packages/ims-account.xml', 6, 5]]);
    expect(outcome.diagnostics[0].message).toBe(
      'Restart the Campaign server of instance dev once this is deployed (`nlserver restart web`): IMS account "Adobe_Marketing_Cloud" was added',
    );
  });

  it('a deleted account requires a restart; with its file gone, the change is at another file of the instance', async () => {
    const repo = new GitRepo(twoInstances());
    const report = await repo.change({ 'prod/packages/ims-account.xml': null });
    expect(report.restart).toEqual({
      required: true,
      instances: ['prod'],
      commands: { prod: 'nlserver restart web' },
      changes: [{ instance: 'prod', field: ACCOUNT, file: 'prod/packages/operators.xml', line: 1, before: 'present', after: null }],
    });
    const outcome = detect(repo.root, 'HEAD~1');
    expect(outcome.diagnostics.map((d) => [d.loc.file, d.loc.line])).toEqual([['prod/packages/operators.xml', 1]]);
    expect(outcome.diagnostics[0].message).toContain(
      'IMS account "Adobe_Marketing_Cloud" was removed (it was in prod/packages/ims-account.xml, line 6)',
    );
  });

  it('an account deleted by a `_operation="delete"` record is reported at that record', async () => {
    const repo = new GitRepo(twoInstances());
    const deleting = `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <entities schema="nms:extAccount">
    <extAccount _operation="delete" name="Adobe_Marketing_Cloud"/>
  </entities>
</package>
`;
    const report = await repo.change({ 'prod/packages/ims-account.xml': deleting });
    // The change and its IMS010 notice share one place in the working tree: the deleting record.
    expect(report.restart.changes).toEqual([
      { instance: 'prod', field: ACCOUNT, file: 'prod/packages/ims-account.xml', line: 4, before: 'present', after: null },
    ]);
    const outcome = detect(repo.root, 'HEAD~1');
    expect(outcome.diagnostics.map((d) => [d.loc.file, d.loc.line, d.loc.column])).toEqual([['prod/packages/ims-account.xml', 4, 5]]);
  });

  it('a field removed from the account is reported at the account record', async () => {
    const repo = new GitRepo(twoInstances());
    const withoutContext = accountPackage({ instance: 'prod' }).replace(/\n\s*productContext="dma_campaign_classic"/, '');
    const report = await repo.change({ 'prod/packages/ims-account.xml': withoutContext });
    expect(report.restart.changes).toEqual([
      {
        instance: 'prod',
        field: 'account[Adobe_Marketing_Cloud].productContext',
        file: 'prod/packages/ims-account.xml',
        line: 6,
        before: 'dma_campaign_classic',
        after: null,
      },
    ]);
    const outcome = detect(repo.root, 'HEAD~1');
    expect(outcome.diagnostics.map((d) => [d.loc.file, d.loc.line, d.loc.column])).toEqual([['prod/packages/ims-account.xml', 6, 5]]);
    expect(outcome.diagnostics[0].message).toContain('productContext was removed (it was "dma_campaign_classic")');
  });

  it('a changed secret requires a restart, with before and after redacted everywhere', async () => {
    const repo = new GitRepo(twoInstances());
    const report = await repo.change({
      'prod/packages/ims-account.xml': accountPackage({ instance: 'prod', secret: '@NEWsecretVALUEzz9QS5VHMb==' }),
    });
    expect(report.restart).toEqual({
      required: true,
      instances: ['prod'],
      commands: { prod: 'nlserver restart web' },
      changes: [{ instance: 'prod', field: SECRET, file: 'prod/packages/ims-account.xml', line: 10, before: 'changed', after: 'changed' }],
    });
    const outcome = detect(repo.root, 'HEAD~1');
    expect(outcome.diagnostics[0].message).toBe(
      'Restart the Campaign server of instance prod once this is deployed (`nlserver restart web`): clientSecret changed (a secret: values not shown)',
    );
    const everything = JSON.stringify({ report, outcome });
    expect(everything).not.toContain('NEWsecretVALUE');
    expect(everything).not.toContain('57QS5VHMb9BCsojLVrKI');
  });

  it('a secret set where there was none shows null before and "changed" after', async () => {
    const repo = new GitRepo({ 'prod/conf/serverConf.xml': serverConf().replace(/\n\s*authIMSClientSecret="[^"]*"/, '') });
    const report = await repo.change({ 'prod/conf/serverConf.xml': serverConf({ secret: '@brandNewSecret0000==' }) });
    expect(report.restart.changes).toEqual([
      {
        instance: 'prod',
        field: 'serverConf.ims.authIMSClientSecret',
        file: 'prod/conf/serverConf.xml',
        line: 6,
        before: null,
        after: 'changed',
      },
    ]);
    expect(JSON.stringify(report)).not.toContain('brandNewSecret');
  });

  it('serverConf <ims> and <redirection IMSOrgId> changes are changes', async () => {
    const repo = new GitRepo({ ...twoInstances(), 'prod/conf/serverConf.xml': serverConf() });
    const report = await repo.change({
      'prod/conf/serverConf.xml': serverConf({ endpoint: 'https://ims-na1-stg1.adobelogin.com', orgId: 'FEDCBA0987654321@AdobeOrg' }),
    });
    expect(report.restart.changes).toEqual([
      {
        instance: 'prod',
        field: 'serverConf.ims.authIMSEndpoint',
        file: 'prod/conf/serverConf.xml',
        line: 4,
        before: 'https://ims-na1.adobelogin.com',
        after: 'https://ims-na1-stg1.adobelogin.com',
      },
      {
        instance: 'prod',
        field: 'serverConf.redirection.IMSOrgId',
        file: 'prod/conf/serverConf.xml',
        line: 10,
        before: 'ABCDEF1234567890@AdobeOrg',
        after: 'FEDCBA0987654321@AdobeOrg',
      },
    ]);
  });

  it('a shared serverConf.xml outside the instance folders concerns every instance', async () => {
    const repo = new GitRepo({ ...twoInstances(), 'conf/serverConf.xml': serverConf() });
    const report = await repo.change({ 'conf/serverConf.xml': serverConf({ endpoint: 'https://ims-na1-stg1.adobelogin.com' }) });
    expect(report.restart.instances).toEqual(['prod', 'stage']);
    expect(report.restart.changes.map((c) => [c.instance, c.field, c.file, c.line])).toEqual([
      ['prod', 'serverConf.ims.authIMSEndpoint', 'conf/serverConf.xml', 4],
      ['stage', 'serverConf.ims.authIMSEndpoint', 'conf/serverConf.xml', 4],
    ]);
  });

  it('a shared setting that an instance overrides in config-<instance>.xml does not concern that instance', async () => {
    const own = `<serverconf>\n  <shared>\n    <ims authIMSEndpoint="https://ims-na1.adobelogin.com"/>\n  </shared>\n</serverconf>\n`;
    const repo = new GitRepo({ ...twoInstances(), 'conf/serverConf.xml': serverConf(), 'conf/config-stage.xml': own });
    const report = await repo.change({ 'conf/serverConf.xml': serverConf({ endpoint: 'https://ims-na1-stg1.adobelogin.com' }) });
    expect(report.restart.instances).toEqual(['prod']);
  });

  it('uncommitted and untracked changes count against the base', async () => {
    const repo = new GitRepo(twoInstances());
    repo.write({
      'prod/packages/ims-account.xml': accountPackage({ instance: 'prod', mask: 'Campaign - production - (.*)' }),
      'qa/packages/ims-account.xml': accountPackage({ instance: 'qa' }),
    });
    const report = await scanAt(repo.root, 'HEAD');
    expect(report.restart.changes.map((c) => [c.instance, c.field, c.after])).toEqual([
      ['prod', MASK, 'Campaign - production - (.*)'],
      ['qa', ACCOUNT, 'present'],
    ]);
  });

  it('a scan root below the top of the work tree maps paths to the root', async () => {
    const repo = new GitRepo({
      'campaign/prod/packages/ims-account.xml': accountPackage({ instance: 'prod' }),
      'other/prod/packages/ims-account.xml': accountPackage({ instance: 'prod' }),
    });
    repo.write({
      'campaign/prod/packages/ims-account.xml': accountPackage({ instance: 'prod', imsServer: 'https://adobeid-na1.services.adobe.com' }),
      'other/prod/packages/ims-account.xml': null,
    });
    repo.commit('change');
    const report = await scanAt(join(repo.root, 'campaign'), 'HEAD~1');
    expect(report.restart.changes).toEqual([
      {
        instance: 'prod',
        field: SERVER,
        file: 'prod/packages/ims-account.xml',
        line: 7,
        before: 'https://ims-na1.adobelogin.com',
        after: 'https://adobeid-na1.services.adobe.com',
      },
    ]);
  });

  it('files excluded by the config are left out on both sides', async () => {
    const config = 'exclude:\n  - "archive/**"\n';
    const repo = new GitRepo({
      ...twoInstances(),
      '.github/ims-gate.yml': config,
      'archive/prod/ims-account.xml': accountPackage({ instance: 'prod' }),
    });
    const report = await repo.change({ 'archive/prod/ims-account.xml': null });
    expect(report.restart).toEqual({ required: false, instances: [], changes: [] });
  });
});

describe('restart detection: IMS010 findings through the pipeline', () => {
  it('one notice per change, at the changed attribute, with the instance and the field', async () => {
    const repo = new GitRepo(twoInstances());
    const report = await repo.change({
      'prod/packages/ims-account.xml': accountPackage({
        instance: 'prod',
        imsServer: 'https://adobeid-na1.services.adobe.com',
        mask: 'Campaign - production - (.*)',
      }),
    });
    const notices = report.findings.filter((f) => f.ruleId === 'IMS010');
    expect(notices.map((f) => [f.file, f.line, f.column, f.severity, f.instance, f.field])).toEqual([
      ['prod/packages/ims-account.xml', 7, 17, 'notice', 'prod', SERVER],
      ['prod/packages/ims-account.xml', 13, 17, 'notice', 'prod', MASK],
    ]);
    expect(notices[1].message).toBe(
      'Restart the Campaign server of instance prod once this is deployed (`nlserver restart web`): associationMask changed from "Campaign - prod - (.*)" to "Campaign - production - (.*)"',
    );
    expect(new Set(notices.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('an inline suppression before the element covers its notices, and the restart block still lists the change', async () => {
    const repo = new GitRepo(twoInstances());
    const report = await repo.change({
      'prod/packages/ims-account.xml': accountPackage(
        { instance: 'prod', mask: 'Campaign - production - (.*)' },
        '    <!-- ims-gate-disable-next-line IMS010 - restart planned for Sunday -->\n',
      ),
    });
    expect(report.findings.filter((f) => f.ruleId === 'IMS010')).toEqual([]);
    expect(report.suppressed.map((f) => [f.ruleId, f.line, f.suppressedBy])).toEqual([['IMS010', 14, 'inline']]);
    expect(report.restart.required).toBe(true);
  });
});

describe('restart detection: changes that do not need a restart', () => {
  const notRequired = { required: false, instances: [], changes: [] };

  it('attributes reordered and re-indented', async () => {
    const repo = new GitRepo(twoInstances());
    const order = [
      'imsAssociationMask',
      'productContext',
      'imsOrgId',
      'name',
      'type',
      'label',
      'imsClientSecret',
      'imsServer',
      'active',
      'imsScope',
      'imsCallbackServer',
      'imsClientId',
    ];
    const reordered = `<?xml version="1.0"?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
\t<desc/>
\t<version buildDate="2021-09-03 14:41:08.993Z"/>
\t<entities schema="nms:extAccount">
${accountElement({ instance: 'prod', order, indent: '\t\t\t' }, '\t\t')}
\t</entities>
</package>
`;
    const report = await repo.change({
      'prod/packages/ims-account.xml': reordered,
      'stage/packages/ims-account.xml': accountPackage({ instance: 'stage', indent: 'inline' }).replace(/"/g, "'"),
    });
    expect(report.restart).toEqual(notRequired);
  });

  it('an unrelated workflow or schema package changed', async () => {
    const repo = new GitRepo({ ...twoInstances(), 'prod/packages/recipientExt.xml': schemaPackage('Recipients') });
    const report = await repo.change({
      'prod/packages/wkfDailyExtract.xml': workflowPackage('Daily extract, v2'),
      'prod/packages/recipientExt.xml': schemaPackage('Recipients (loyalty)'),
      'stage/packages/wkfNew.xml': workflowPackage('New workflow'),
      'README.md': '# Campaign configuration\n\nNow with docs.\n',
    });
    expect(report.restart).toEqual(notRequired);
  });

  it('the account moved to another file of the same instance', async () => {
    const repo = new GitRepo(twoInstances());
    const report = await repo.change({
      'prod/packages/ims-account.xml': null,
      'prod/packages/external-accounts/adobe.xml': accountPackage({ instance: 'prod', indent: 'inline' }),
    });
    expect(report.restart).toEqual(notRequired);
  });

  it('a file renamed with git mv', async () => {
    const repo = new GitRepo(twoInstances());
    mkdirSync(join(repo.root, 'prod/ims'));
    renameSync(join(repo.root, 'prod/packages/ims-account.xml'), join(repo.root, 'prod/ims/account.xml'));
    repo.commit('move');
    expect((await scanAt(repo.root, 'HEAD~1')).restart).toEqual(notRequired);
  });

  it('a comment added, and entities spelled differently', async () => {
    const repo = new GitRepo(twoInstances());
    const commented = accountPackage({ instance: 'prod' }, '    <!-- The IMS account: restart after any change (see the runbook). -->\n')
      .replace('read_organizations', 'read&#95;organizations')
      .replace('ABCDEF1234567890@AdobeOrg', 'ABCDEF1234567890&#64;AdobeOrg');
    const report = await repo.change({ 'prod/packages/ims-account.xml': commented });
    expect(report.restart).toEqual(notRequired);
  });

  it('the label and the _operation of the account record changed', async () => {
    const repo = new GitRepo(twoInstances());
    const relabelled = accountPackage({ instance: 'prod', operation: 'insertOrUpdate' }).replace(
      'label="Adobe Experience Cloud"',
      'label="Adobe Experience Cloud (MAC)"',
    );
    const report = await repo.change({ 'prod/packages/ims-account.xml': relabelled });
    expect(report.restart).toEqual(notRequired);
  });

  it('a new instance folder without IMS settings', async () => {
    const repo = new GitRepo({ ...twoInstances(), 'conf/serverConf.xml': serverConf() });
    const report = await repo.change({ 'dev/packages/operators.xml': twoInstances()['prod/packages/operators.xml'] });
    expect(report.restart).toEqual(notRequired);
  });

  it('nothing changed since the base', async () => {
    const repo = new GitRepo(twoInstances());
    expect((await scanAt(repo.root, 'HEAD')).restart).toEqual(notRequired);
  });
});

describe('restart detection: when it cannot run', () => {
  it('without --base, outside a git repository: skipped silently', async () => {
    const root = tempDir();
    writeFiles(root, twoInstances());
    expect((await scanAt(root)).restart).toEqual({ required: false, instances: [], changes: [] });
  });

  it('with --base, outside a git repository: a clear message, no crash', async () => {
    const root = tempDir();
    writeFiles(root, twoInstances());
    const report = await scanAt(root, 'main');
    expect(report.restart.required).toBe(false);
    expect(report.restart.skipped).toMatch(
      /^base ref 'main' was given, but the scan root is not inside a git repository \(git: .*\)\. Restart detection skipped\.$/,
    );
    expect(report.verdict.result).toBe('pass');
  });

  it('a base ref that does not exist anywhere', async () => {
    const repo = new GitRepo(twoInstances());
    const report = await scanAt(repo.root, 'no-such-branch');
    expect(report.restart).toEqual({
      required: false,
      instances: [],
      changes: [],
      skipped:
        "base ref 'no-such-branch' is not available in this checkout (shallow clone?), and origin cannot provide it (git: 'origin' does not appear to be a git repository); fetch it or use actions/checkout with fetch-depth: 0. Restart detection skipped.",
    });
  });

  it('an option-like base ref is refused, not passed to git as an option', async () => {
    const repo = new GitRepo(twoInstances());
    const report = await scanAt(repo.root, '--output=/tmp/x');
    expect(report.restart.skipped).toBe(
      "base ref '--output=/tmp/x' is not a valid git revision: it begins with '-' (git would read it as an option). Restart detection skipped.",
    );
  });

  describe('shallow clones', () => {
    function shallowClone(): { origin: GitRepo; clone: string; baseSha: string } {
      const origin = new GitRepo(twoInstances());
      const baseSha = origin.head();
      origin
        .write({ 'prod/packages/ims-account.xml': accountPackage({ instance: 'prod', mask: 'Campaign - production - (.*)' }) })
        .commit('mask');
      const clone = join(tempDir(), 'clone');
      runGit(origin.root, 'clone', '-q', '--depth=1', `file://${origin.root}`, clone);
      return { origin, clone, baseSha };
    }

    it('HEAD~1 in a one-commit-deep clone: a clear message, no crash', async () => {
      const { clone } = shallowClone();
      const report = await scanAt(clone, 'HEAD~1');
      expect(report.restart.skipped).toBe(
        "base ref 'HEAD~1' is not available in this checkout (shallow clone?); fetch it or use actions/checkout with fetch-depth: 0. Restart detection skipped.",
      );
      expect(report.restart.required).toBe(false);
    });

    it('a missing base SHA that origin cannot provide: a clear message, no crash', async () => {
      const { clone, baseSha } = shallowClone();
      const gone = join(tempDir(), 'gone');
      runGit(clone, 'remote', 'set-url', 'origin', `file://${gone}`);
      const report = await scanAt(clone, baseSha);
      expect(report.restart.skipped).toBe(
        `base ref '${baseSha}' is not available in this checkout (shallow clone?), and origin cannot provide it (git: '${gone}' does not appear to be a git repository); fetch it or use actions/checkout with fetch-depth: 0. Restart detection skipped.`,
      );
      expect(report.restart.changes).toEqual([]);
    });

    it('a missing base SHA is fetched from origin, one commit deep', async () => {
      const { clone, baseSha } = shallowClone();
      const report = await scanAt(clone, baseSha);
      expect(report.restart.skipped).toBeUndefined();
      expect(report.restart.changes).toEqual([
        {
          instance: 'prod',
          field: MASK,
          file: 'prod/packages/ims-account.xml',
          line: 13,
          before: 'Campaign - prod - (.*)',
          after: 'Campaign - production - (.*)',
        },
      ]);
    });
  });
});

describe('restart detection: no phantom changes', () => {
  it('an instance folder renamed together with its config paths is not a change', async () => {
    const config = (folder: string) => `instances:\n  test:\n    paths: ["environments/${folder}/**"]\n`;
    const repo = new GitRepo({
      '.github/ims-gate.yml': config('emea-test'),
      'environments/emea-test/packages/ims-account.xml': accountPackage({ instance: 'test' }),
    });
    const report = await repo.change({
      '.github/ims-gate.yml': config('emea-test2'),
      'environments/emea-test/packages/ims-account.xml': null,
      'environments/emea-test2/packages/ims-account.xml': accountPackage({ instance: 'test' }),
    });
    expect(report.restart).toEqual({ required: false, instances: [], changes: [] });
  });

  it('an account file that cannot be read is reported once (IMS000), not as a removed account', async () => {
    const repo = new GitRepo(twoInstances());
    const broken = accountPackage({ instance: 'prod' }).replace('label="Adobe Experience Cloud"', 'label="Adobe & Experience Cloud"');
    const report = await repo.change({ 'prod/packages/ims-account.xml': broken });
    expect(report.restart).toEqual({ required: false, instances: [], changes: [] });
    expect(report.findings.map((f) => [f.ruleId, f.file])).toEqual([['IMS000', 'prod/packages/ims-account.xml']]);
  });
});
