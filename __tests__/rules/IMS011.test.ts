// IMS011 (unmapped attributes): one notice per IMS account record listing, by name only, the attributes that the
// field mapping does not map and that are no ordinary extAccount attribute; the coverage of the rules whose field
// is then absent says `field-not-mapped`.
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { scanFiles } from '../helpers/repo.js';

/** An IMS account record whose start tag is on line 6, column 5; `extra` goes on line 8. */
function accountPackage(extra: string, instance = 'prod'): string {
  return `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <desc/>
  <version buildDate="2021-09-03 14:41:08.993Z"/>
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud" type="Adobe Marketing Cloud" active="1"
                imsServer="https://ims-na1.adobelogin.com" imsScope="openid" imsClientId="campaign-${instance}"
                ${extra}/>
  </entities>
</package>
`;
}

const CONFIG = (fields: string) => ({ '.github/ims-gate.yml': `fields:\n${fields}` });

ruleTester('IMS011', {
  valid: [
    {
      name: 'only mapped and ordinary attributes',
      files: { 'prod/packages/a.xml': accountPackage('server="https://x.example.com" tenant="acme"') },
    },
    {
      name: 'package plumbing (_operation, xmlns)',
      files: { 'prod/packages/a.xml': accountPackage('_operation="insertOrUpdate" xmlns:x="urn:x"') },
    },
    {
      name: 'attributes mapped with fields:',
      files: {
        ...CONFIG('  callbackServer: [callback]\n  associationMask: [mask]\n'),
        'prod/packages/a.xml': accountPackage('callback="https://c" mask="m"'),
      },
    },
    {
      name: 'an extAccount that is not the IMS account is not looked at',
      files: {
        'prod/packages/a.xml': accountPackage(''),
        'prod/packages/b.xml': accountPackage('').replace(/<extAccount[^>]*>/, '<extAccount name="mid" type="3" weird="1"/>'),
      },
    },
  ],
  invalid: [
    {
      name: 'two unknown attributes: one notice at the record, sorted names, no values',
      files: { 'prod/packages/a.xml': accountPackage('mask="Campaign - prod - (.*)" callback="https://c.example.com"') },
      errors: [
        {
          file: 'prod/packages/a.xml',
          line: 6,
          column: 5,
          severity: 'notice',
          message: 'attributes not checked: `callback`, `mask`; if they hold IMS fields, map them with `fields:`',
        },
      ],
    },
    {
      name: 'one notice per record, in each instance',
      files: { 'prod/packages/a.xml': accountPackage('legacy="1"'), 'stage/packages/a.xml': accountPackage('legacy="2"', 'stage') },
      errors: [
        { file: 'prod/packages/a.xml', line: 6, column: 5, message: 'attributes not checked: `legacy`;' },
        { file: 'stage/packages/a.xml', line: 6, column: 5, message: 'attributes not checked: `legacy`;' },
      ],
    },
  ],
});

describe('IMS011 and coverage', () => {
  it('never quotes a value, and the rules whose field is unmapped say field-not-mapped', async () => {
    const report = await scanFiles({
      'prod/packages/a.xml': accountPackage('cb="https://sekrit-host.example.com" token="Zq9-sekrit-value"'),
    });
    const notice = report.findings.find((finding) => finding.ruleId === 'IMS011');
    expect(notice?.message).toBe('attributes not checked: `cb`, `token`; if they hold IMS fields, map them with `fields:`');
    expect(JSON.stringify(report)).not.toMatch(/sekrit/);
    const prod = report.coverage?.instances.find((instance) => instance.instance === 'prod');
    expect(prod?.rules.find((rule) => rule.ruleId === 'IMS007')).toMatchObject({ status: 'skipped', reason: 'field-not-mapped' });
    expect(prod?.rules.find((rule) => rule.ruleId === 'IMS007')?.hint).toContain('`fields.callbackServer`');
  });

  it('without unknown attributes, a missing field is field-not-present', async () => {
    const report = await scanFiles({ 'prod/packages/a.xml': accountPackage('') });
    const prod = report.coverage?.instances.find((instance) => instance.instance === 'prod');
    expect(prod?.rules.find((rule) => rule.ruleId === 'IMS007')).toMatchObject({ status: 'skipped', reason: 'field-not-present' });
  });
});

describe('the ordinary attributes are policy data', () => {
  it('policies/fields.yml validates against policies/schemas/fields.schema.json, and a malformed list does not', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const { schemaValidator } = await import('../../src/policy/schemas.js');
    const policy = parse(readFileSync('policies/fields.yml', 'utf8')) as { ordinaryAttributes: string[] };
    const validate = schemaValidator('fields.schema.json');
    expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
    expect(policy.ordinaryAttributes).toEqual(expect.arrayContaining(['name', 'label', 'type', 'active', 'server']));
    expect(validate({ ...policy, ordinaryAttributes: 'label' })).toBe(false);
    expect(validate({ ...policy, ordinaryAttributes: ['label', 'label'] })).toBe(false);
    const { ordinaryAttributes: _, ...without } = policy;
    expect(validate(without)).toBe(false);
  });
});
