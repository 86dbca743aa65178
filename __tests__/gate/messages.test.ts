// Message templates and fingerprints: {{placeholders}} are replaced once, verbatim, and loudly when data is
// missing; a fingerprint depends on what a finding is about, never on how its message is worded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingFrom } from '../../src/gate/findings.js';
import { fingerprintOf, legacyFingerprint, normaliseSubject } from '../../src/gate/fingerprint.js';
import { interpolate, MessageError, placeholdersOf, renderMessage } from '../../src/gate/messages.js';
import type { MessageDiagnostic, RuleMeta } from '../../src/rules/types.js';

const loc = { file: 'prod/packages/ims.xml', line: 3, column: 5, endLine: 3, endColumn: 9 };

function meta(messages: RuleMeta['messages']): RuleMeta {
  return {
    id: 'IMS999',
    name: 'test',
    title: 'Test',
    severity: 'error',
    rationale: 'r',
    remediation: 'Rule remediation.',
    symptoms: [],
    docs: 'docs/rules/IMS999.md',
    restart: false,
    messages,
  };
}

describe('interpolate', () => {
  const cases: { name: string; template: string; data: Record<string, string | number>; expected: string }[] = [
    { name: 'no placeholder', template: 'plain text', data: {}, expected: 'plain text' },
    { name: 'one placeholder, twice', template: '{{host}} and {{host}}', data: { host: 'ims-na1' }, expected: 'ims-na1 and ims-na1' },
    { name: 'spaces inside the braces', template: 'host {{ host }}', data: { host: 'h' }, expected: 'host h' },
    { name: 'a number', template: '{{n}} more', data: { n: 3 }, expected: '3 more' },
    {
      name: 'a quoted value is not escaped again',
      template: 'mask {{mask}}',
      data: { mask: '"a\\"b\\u00a0"' },
      expected: 'mask "a\\"b\\u00a0"',
    },
    { name: 'a value with placeholders is not expanded', template: '{{a}}', data: { a: '{{b}}', b: 'no' }, expected: '{{b}}' },
    { name: 'replacement patterns in a value stay literal', template: 'x {{a}} y', data: { a: "$& $' $1" }, expected: "x $& $' $1 y" },
    { name: 'single braces are text', template: '{a} {{a}}', data: { a: 'v' }, expected: '{a} v' },
    { name: 'an empty value', template: '[{{a}}]', data: { a: '' }, expected: '[]' },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => expect(interpolate(testCase.template, testCase.data)).toBe(testCase.expected));
  }

  it('throws on a placeholder without data, naming it', () => {
    expect(() => interpolate('host {{host}}', { other: 'x' }, 'IMS999 message "m"')).toThrow(
      new MessageError('IMS999 message "m" uses {{host}} but the diagnostic has no data.host'),
    );
  });

  it('does not take data from the prototype', () => {
    expect(() => interpolate('{{toString}}', {})).toThrow(MessageError);
  });

  it('lists placeholders in order', () => {
    expect(placeholdersOf('{{a}} {{ b }} {{a}}')).toEqual(['a', 'b', 'a']);
  });

  it('any data value comes out verbatim', () => {
    fc.assert(fc.property(fc.string(), (value) => interpolate('<{{v}}>', { v: value }) === `<${value}>`));
  });
});

describe('renderMessage', () => {
  const rule = meta({ plain: 'IMS server {{host}} is wrong', withFix: { message: 'account {{name}}', remediation: 'Rename {{name}}.' } });

  it('a plain template takes the rule remediation', () => {
    expect(renderMessage(rule, 'plain', { host: 'h' })).toEqual({ message: 'IMS server h is wrong', remediation: 'Rule remediation.' });
  });

  it('a template with a remediation fills both', () => {
    expect(renderMessage(rule, 'withFix', { name: '"x"' })).toEqual({ message: 'account "x"', remediation: 'Rename "x".' });
  });

  it('an unknown messageId throws, naming the policy file', () => {
    expect(() => renderMessage(rule, 'nope')).toThrow(
      'rule IMS999 reported messageId "nope", which policies/rules/IMS999.yml does not define',
    );
    expect(() => renderMessage(rule, 'constructor')).toThrow(MessageError);
  });

  it('missing data in the remediation throws too', () => {
    expect(() => renderMessage(meta({ m: { message: 'ok', remediation: 'fix {{what}}' } }), 'm', {})).toThrow(
      'IMS999 remediation of "m" uses {{what}}',
    );
  });
});

describe('fingerprints', () => {
  const diagnostic: MessageDiagnostic = {
    loc,
    messageId: 'plain',
    data: { host: 'h' },
    instance: 'prod',
    field: 'imsServer',
    subject: 'ims-na1-stg1.adobelogin.com',
  };
  const fingerprint = (d: MessageDiagnostic, m = meta({ plain: 'IMS server {{host}} is wrong' })) => findingFrom(m, d).fingerprint;

  it('do not change when the message is reworded, its data changes, or the finding moves', () => {
    const base = fingerprint(diagnostic);
    expect(fingerprint(diagnostic, meta({ plain: 'The IMS server {{host}} is not a production endpoint' }))).toBe(base);
    expect(fingerprint({ ...diagnostic, data: { host: 'other' } })).toBe(base);
    expect(fingerprint({ ...diagnostic, loc: { ...loc, line: 90, column: 1 } })).toBe(base);
    expect(fingerprint({ ...diagnostic, subject: '  ims-na1-stg1.adobelogin.com\n' })).toBe(base);
  });

  it('change with the messageId, instance, field or subject', () => {
    const m = meta({ plain: 'x', other: 'x' });
    const base = fingerprint(diagnostic, m);
    const variants = [
      { ...diagnostic, messageId: 'other' },
      { ...diagnostic, instance: 'stage' },
      { ...diagnostic, instance: undefined },
      { ...diagnostic, field: 'callbackServer' },
      { ...diagnostic, subject: 'ims-na1.adobelogin.com' },
    ];
    const fingerprints = variants.map((variant) => fingerprint(variant, m));
    expect(new Set([base, ...fingerprints]).size).toBe(variants.length + 1);
  });

  it('are independent of the data for any data (property)', () => {
    const m = meta({ plain: '{{host}}' });
    const base = fingerprint(diagnostic, m);
    fc.assert(fc.property(fc.string(), (host) => fingerprint({ ...diagnostic, data: { host } }, m) === base));
  });

  it('fold white space and Unicode composition in the subject', () => {
    expect(normaliseSubject(' Campaign \t -  prod ')).toBe('Campaign - prod');
    const input = { ruleId: 'IMS005', messageId: 'missingGroup', instance: 'prod', field: 'operatorGroup' };
    expect(fingerprintOf({ ...input, subject: 'Caf\u00e9' })).toBe(fingerprintOf({ ...input, subject: 'Cafe\u0301' }));
  });

  it('differ from the legacy (pre-1.0) fingerprint of the same finding', () => {
    const input = { ruleId: 'IMS008', messageId: 'mismatch', instance: 'stage', field: 'clientId', subject: 'campaign-stage' };
    expect(fingerprintOf(input)).toMatch(/^[0-9a-f]{32}$/);
    expect(fingerprintOf(input)).not.toBe(legacyFingerprint('IMS008', 'stage', 'clientId', 'campaign-stage'));
  });
});
