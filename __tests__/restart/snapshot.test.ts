// The snapshot and its diff, on two folders (base, head) without git: keys, duplicates, unmapped attributes,
// the default instance, and how each kind of change is worded.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { buildModel } from '../../src/model/build.js';
import { readAll } from '../../src/pipeline.js';
import { compareModels } from '../../src/restart/index.js';
import { instanceNames, snapshotOf } from '../../src/restart/snapshot.js';
import type { Model } from '../../src/types.js';
import { accountPackage, serverConf, tempDir, writeFiles } from './git-repo.js';

function modelOf(files: Record<string, string>): { root: string; model: Model; results: ReturnType<typeof readAll>['results'] } {
  const root = tempDir();
  writeFiles(root, files);
  const config = defaultConfig();
  const read = readAll(root, config);
  return { root, model: buildModel(read.results, config), results: read.results };
}

function compare(base: Record<string, string>, head: Record<string, string>) {
  const config = defaultConfig();
  const before = modelOf(base);
  const after = modelOf(head);
  return compareModels(
    { root: after.root, config, headResults: after.results, headModel: after.model, buildModel: (results) => buildModel(results, config) },
    before.model,
  );
}

const record = (attrs: string): string => `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <entities schema="nms:extAccount">
${attrs}
  </entities>
</package>
`;

describe('snapshot keys', () => {
  it('maps IMS fields by name, keeps other attributes, and leaves out cosmetic ones', () => {
    const { model } = modelOf({
      'prod/a.xml': record(
        '    <extAccount name="Adobe_Marketing_Cloud" label="AEC" type="Adobe Marketing Cloud" imsServer="https://ims-na1.adobelogin.com" imsClientId="c1" clientId="c2" active="1" _operation="insertOrUpdate"/>',
      ),
    });
    const keys = [...snapshotOf(model, 'prod').keys()];
    expect(keys).toEqual([
      'account[Adobe_Marketing_Cloud]',
      'account[Adobe_Marketing_Cloud].type',
      'account[Adobe_Marketing_Cloud].imsServer',
      'account[Adobe_Marketing_Cloud].clientId',
      'account[Adobe_Marketing_Cloud].@clientId',
      'account[Adobe_Marketing_Cloud].active',
    ]);
  });

  it('numbers duplicate accounts in file order', () => {
    const { model } = modelOf({
      'prod/a.xml': record(
        '    <extAccount name="Adobe_Marketing_Cloud" imsServer="https://one"/>\n    <extAccount name="Adobe_Marketing_Cloud" imsServer="https://two"/>',
      ),
    });
    const snapshot = snapshotOf(model, 'prod');
    expect(snapshot.get('account[Adobe_Marketing_Cloud].imsServer')?.value).toBe('https://one');
    expect(snapshot.get('account[Adobe_Marketing_Cloud#2].imsServer')?.value).toBe('https://two');
  });

  it('`default` is an instance only when it configures something of its own, or is the only one', () => {
    expect(instanceNames(modelOf({ 'conf/serverConf.xml': serverConf() }).model)).toEqual(['default']);
    expect(
      instanceNames(modelOf({ 'conf/serverConf.xml': serverConf(), 'prod/a.xml': accountPackage({ instance: 'prod' }) }).model),
    ).toEqual(['prod']);
    const three = {
      'packages/a.xml': accountPackage({ instance: 'x' }),
      'prod/a.xml': accountPackage({ instance: 'prod' }),
      'stage/a.xml': accountPackage({ instance: 'stage' }),
    };
    expect(instanceNames(modelOf(three).model)).toEqual(['prod', 'stage', 'default']);
    expect(
      instanceNames(
        modelOf({
          'conf/serverConf.xml': serverConf(),
          'prod/a.xml': accountPackage({ instance: 'prod' }),
          'stage/a.xml': accountPackage({ instance: 'stage' }),
        }).model,
      ),
    ).toEqual(['prod', 'stage']);
  });
});

describe('changes', () => {
  it('an unmapped attribute of the account (active) is a change', () => {
    const outcome = compare(
      { 'prod/a.xml': accountPackage({ instance: 'prod' }) },
      { 'prod/a.xml': accountPackage({ instance: 'prod' }).replace('active="1"', 'active="0"') },
    );
    expect(outcome.restart.changes).toEqual([
      { instance: 'prod', field: 'account[Adobe_Marketing_Cloud].active', file: 'prod/a.xml', line: 6, before: '1', after: '0' },
    ]);
    expect(outcome.diagnostics[0].message).toBe(
      'Restart the Campaign server of instance prod once this is deployed (`nlserver restart web`): active changed from "1" to "0"',
    );
    expect(outcome.diagnostics[0].remediation).toContain(
      'run `nlserver restart web` on each application server that hosts instance prod (it restarts the web process of every instance on that server)',
    );
  });

  it('names the account when an instance has more than one', () => {
    const two = (server: string) =>
      record(
        `    <extAccount name="Adobe_Marketing_Cloud" imsServer="https://ims-na1.adobelogin.com"/>\n    <extAccount name="MAC_backup" imsServer="${server}"/>`,
      );
    const outcome = compare({ 'prod/a.xml': two('https://one') }, { 'prod/a.xml': two('https://two') });
    expect(outcome.diagnostics.map((d) => d.message)).toEqual([
      'Restart the Campaign server of instance prod once this is deployed (`nlserver restart web`): imsServer of IMS account "MAC_backup" changed from "https://one" to "https://two"',
    ]);
  });

  it('a field that appears is "set", with a null before', () => {
    const outcome = compare(
      { 'prod/a.xml': accountPackage({ instance: 'prod' }) },
      { 'prod/a.xml': accountPackage({ instance: 'prod' }).replace('productContext=', 'tenant="acme" productContext=') },
    );
    expect(outcome.restart.changes).toEqual([
      { instance: 'prod', field: 'account[Adobe_Marketing_Cloud].tenant', file: 'prod/a.xml', line: 14, before: null, after: 'acme' },
    ]);
    expect(outcome.diagnostics[0].message).toContain('tenant was set to "acme" (it was not set)');
  });

  it('a renamed account is one removed and one added account, not a change per field', () => {
    const outcome = compare(
      { 'prod/a.xml': accountPackage({ instance: 'prod' }) },
      { 'prod/a.xml': accountPackage({ instance: 'prod' }).replace('name="Adobe_Marketing_Cloud"', 'name="Adobe_Marketing_Cloud_2"') },
    );
    expect(outcome.restart.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['account[Adobe_Marketing_Cloud]', 'present', null],
      ['account[Adobe_Marketing_Cloud_2]', null, 'present'],
    ]);
    expect(outcome.diagnostics.map((d) => [d.loc.line, d.loc.column])).toEqual([
      [1, 1],
      [6, 5],
    ]);
  });

  it('secrets: the fingerprint value and the message hold no secret', () => {
    const outcome = compare(
      { 'prod/conf/serverConf.xml': serverConf() },
      { 'prod/conf/serverConf.xml': serverConf({ secret: '@TopSecretRotated==' }) },
    );
    expect(outcome.restart.changes).toEqual([
      {
        instance: 'prod',
        field: 'serverConf.ims.authIMSClientSecret',
        file: 'prod/conf/serverConf.xml',
        line: 6,
        before: 'changed',
        after: 'changed',
      },
    ]);
    expect(JSON.stringify(outcome)).not.toMatch(/TopSecret|mQe4vX0Jb9a1s6HnP2w8Lg/);
    expect(outcome.diagnostics[0].value).toBe('["changed","changed"]');
  });
});
