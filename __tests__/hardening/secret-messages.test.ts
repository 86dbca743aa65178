// No credential in messages or code frames (issue 10, section 4): URL userinfo in IMS003, IMS007 and IMS010, schema
// errors quoting maps, reader errors inside secret values, and code-frame carets that do not reveal a length.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scan } from '../../src/pipeline.js';
import { formatStylish } from '../../src/report/stylish.js';
import { codeFrames } from '../../src/excerpt/code-frames.js';
import type { Finding } from '../../src/types.js';
import { finding, report } from '../action/fake-report.js';
import { scanFiles, writeRepo } from '../helpers/repo.js';
import { GitRepo } from '../restart/git-repo.js';
import { describedRules } from '../../src/policy/rule-help.js';

const M = '********';

function account(attributes: string): string {
  return `<?xml version='1.0'?>
<package name="ims" namespace="cus">
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsScope="openid,AdobeID"
      ${attributes}/>
  </entities>
</package>
`;
}

const CONFIG = 'instances:\n  prod:\n    paths: ["prod/**"]\nfields:\n  clientSecret: [imsAppKey]\n';

function only(findings: Finding[], ruleId: string): Finding {
  const found = findings.filter((f) => f.ruleId === ruleId);
  expect(found, `one ${ruleId} finding`).toHaveLength(1);
  return found[0];
}

describe('URL userinfo is never quoted', () => {
  test('IMS003: the IMS server URL is quoted with its userinfo masked', async () => {
    const r = await scanFiles({
      '.github/ims-gate.yml': CONFIG,
      'prod/ims.xml': account('imsServer="https://alice:Pw0rd-9f3k@ims-na1.adobelogin.com"'),
    });
    const f = only(r.findings, 'IMS003');
    expect(f.message).toBe(
      `IMS server "https://${M}@ims-na1.adobelogin.com" of instance "prod" contains credentials: expected https://ims-na1.adobelogin.com or https://adobeid-na1.services.adobe.com (host only: no port, path or query)`,
    );
    expect(JSON.stringify(r)).not.toMatch(/Pw0rd-9f3k|alice/);
  });

  test('IMS007: the callback URL is quoted with its userinfo masked', async () => {
    const r = await scanFiles({
      '.github/ims-gate.yml': CONFIG,
      'prod/ims.xml': account('imsServer="https://ims-na1.adobelogin.com" imsCallbackServer="http://bob:Pw0rd-7x2q@prod.example.com"'),
    });
    const f = only(r.findings, 'IMS007');
    expect(f.message).toMatch(/^callback server "http:\/\/\*{8}@prod\.example\.com" of instance "prod" uses "http:\/\/"/);
    expect(JSON.stringify(r)).not.toMatch(/Pw0rd-7x2q|bob:/);
  });

  test('IMS010: old and new values, in the notice and in the change record, have their userinfo masked', async () => {
    const repo = new GitRepo({
      '.github/ims-gate.yml': CONFIG,
      'prod/ims.xml': account('imsServer="https://ops:OldPw-1a2b@ims-na1.adobelogin.com"'),
    });
    const r = await repo.change({ 'prod/ims.xml': account('imsServer="https://ops:NewPw-3c4d@ims-na1.adobelogin.com"') });
    expect(r.restart.changes).toEqual([
      expect.objectContaining({
        field: 'account[Adobe_Marketing_Cloud].imsServer',
        before: `https://${M}@ims-na1.adobelogin.com`,
        after: `https://${M}@ims-na1.adobelogin.com`,
      }),
    ]);
    expect(only(r.findings, 'IMS010').message).toContain(
      `imsServer changed from "https://${M}@ims-na1.adobelogin.com" to "https://${M}@ims-na1.adobelogin.com"`,
    );
    expect(JSON.stringify(r)).not.toMatch(/OldPw-1a2b|NewPw-3c4d/);
  });
});

describe('schema errors never quote a value under a secret-named key', () => {
  const manifest = (line: string) => `kind: ims-provisioning\ninstance: prod\n${line}\n`;
  const cases: [string, string, string][] = [
    [
      'a flow map quoted whole',
      'clientId: {clientSecret: Sch3ma-s3cret, x: 1}',
      `clientId must be string, found {"clientSecret":"${M}","x":"1"}`,
    ],
    [
      'a nested map in a list',
      'clientId: c\nscopes: [openid, {a: {password: Sch3ma-s3cret}}]',
      `scopes.1 must be string, found {"a":{"password":"${M}"}}`,
    ],
    [
      'a list under a secret key',
      'clientId: c\nclientSecretSha256: [Sch3ma-s3cret]',
      'clientSecretSha256 must be string, found another type',
    ],
    [
      'URL userinfo in a quoted map',
      'clientId: {url: "https://u:Sch3ma-s3cret@h"}',
      `clientId must be string, found {"url":"https://${M}@h"}`,
    ],
  ];
  test.each(cases)('%s', async (_name, line, message) => {
    const r = await scanFiles({
      '.github/ims-gate.yml': 'instances:\n  prod:\n    paths: ["prod/**"]\n    imsManifest: prod/m.yml\n',
      'prod/m.yml': manifest(line),
    });
    expect(r.findings.map((f) => f.message)).toContain(`invalid IMS manifest: ${message}`);
    expect(JSON.stringify(r)).not.toContain('Sch3ma-s3cret');
  });
});

describe('reader errors inside a secret value do not quote it', () => {
  const SECRET_SYNTAX =
    "malformed XML: the value of a secret attribute is not well-formed (the details are not shown: they would quote the secret); check its quotes, and write '&' as &amp;, '<' as &lt; and a quote inside the value as &quot; or &apos;";
  const cases: [string, string][] = [
    ['an invalid & in an alias attribute (fields: mapping)', 'imsAppKey="ab&Rd3r-s3cret"'],
    ['an invalid & in a secret-named attribute', 'imsClientSecret="ab&Rd3r-s3cret"'],
    ['the tail after a raw quote, read as an attribute name', 'imsClientSecret="ab"Rd3r-s3cret"'],
    ['the tail after a raw quote in an alias attribute', 'imsAppKey="ab"Rd3r-s3cret" x="1"'],
  ];
  test.each(cases)('%s', async (_name, attributes) => {
    const r = await scanFiles({ '.github/ims-gate.yml': CONFIG, 'prod/ims.xml': account(attributes) });
    const f = only(r.findings, 'IMS000');
    expect(f.message).toBe(SECRET_SYNTAX);
    expect([f.file, f.line]).toEqual(['prod/ims.xml', 5]);
    expect(JSON.stringify(r)).not.toContain('Rd3r-s3cret');
  });

  test('a YAML syntax error in the tail of a secret value with a raw quote', async () => {
    const r = await scanFiles({
      '.github/ims-gate.yml': 'instances:\n  prod:\n    paths: ["prod/**"]\n    imsManifest: prod/m.yml\n',
      'prod/m.yml': 'kind: ims-provisioning\nclientId: c\nclientSecret: "ab"Rd3r-s3cret: x"\n',
    });
    const errors = r.findings.filter((f) => f.ruleId === 'IMS000');
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) {
      expect(f.message).toMatch(/^malformed YAML: the value of a secret key is not well-formed \(the details are not shown/);
      expect([f.file, f.line]).toEqual(['prod/m.yml', 3]);
    }
    expect(JSON.stringify(r)).not.toContain('Rd3r-s3cret');
  });

  test('an error outside secret values keeps its own message', async () => {
    const r = await scanFiles({ '.github/ims-gate.yml': CONFIG, 'prod/ims.xml': account('label="a&b"') });
    expect(only(r.findings, 'IMS000').message).toMatch(/^malformed XML: expected ';' to end the entity reference &b/);
  });
});

describe('code frames', () => {
  async function stylishOf(secret: string): Promise<string> {
    const root = writeRepo({
      '.github/ims-gate.yml': CONFIG,
      'prod/ims.xml': account(`imsClientSecret="${secret}" imsServer="https://ims-na1.adobelogin.com"`),
    });
    const outcome = await scan({ root, failOn: 'error' });
    return formatStylish(outcome.report, { frames: codeFrames(outcome.report, root, outcome.redaction) });
  }

  test('a masked value is underlined by the mask, whatever the secret length', async () => {
    const short = await stylishOf('Fr4me-short');
    const long = await stylishOf(`Fr4me-${'x'.repeat(120)}`);
    expect(long).toBe(short.replace(/Fr4me-short/g, 'unused'));
    expect(short).not.toContain('Fr4me');
    const lines = short.split('\n');
    const at = lines.findIndex(
      (line) =>
        line.includes(`imsClientSecret="${M}"`) && line.trimStart().startsWith('>') && lines[lines.indexOf(line) + 1]?.includes('^'),
    );
    const frame = lines[at];
    const carets = lines[at + 1];
    const start = frame.indexOf('imsClientSecret=');
    expect(carets.indexOf('^')).toBe(start);
    expect(carets.trimEnd().length - start).toBe(`imsClientSecret="${M}"`.length);
  });

  test('the runtime secret and alias attributes are masked in frames, wherever they are', async () => {
    const root = writeRepo({
      '.github/ims-gate.yml': CONFIG,
      'prod/ims.xml': account('label="Runt1me-s3cret" imsServer="http://ims-na1.adobelogin.com" imsAppKey="Al1as-s3cret"'),
    });
    const outcome = await scan({ root, failOn: 'error', secrets: { clientSecret: 'Runt1me-s3cret' } });
    const text = formatStylish(outcome.report, { frames: codeFrames(outcome.report, root, outcome.redaction) });
    expect(text).toContain(`label="${M}" imsServer="http://ims-na1.adobelogin.com" imsAppKey="${M}"`);
    expect(text).not.toMatch(/Runt1me-s3cret|Al1as-s3cret/);
  });

  test('a caret after a mask moves with it', () => {
    const root = writeRepo({ 'a.yml': 'x: {clientSecret: 0123456789abcdefghij, url: http://h}\n' });
    const at = 'x: {clientSecret: 0123456789abcdefghij, url: '.length + 1;
    const r = report([finding({ file: 'a.yml', line: 1, column: at, endLine: 1, endColumn: at + 8 })]);
    const text = formatStylish(r, { frames: codeFrames(r, root) });
    const lines = text.split('\n');
    const frame = lines.find((line) => line.includes('> 1 |')) ?? '';
    const carets = lines[lines.indexOf(frame) + 1];
    expect(frame).toContain(`{clientSecret: ${M}, url: http://h}`);
    expect(carets.indexOf('^')).toBe(frame.indexOf('http://h'));
    expect(carets.slice(carets.indexOf('^'))).toBe('^'.repeat(8));
  });
});

describe('stylish output costs linear time on adversarial files', () => {
  function time(fn: () => void): number {
    let best = Infinity;
    for (let round = 0; round < 5; round++) {
      let runs = 0;
      const start = performance.now();
      do {
        fn();
        runs++;
      } while (performance.now() - start < 40);
      best = Math.min(best, (performance.now() - start) / runs);
    }
    return best;
  }

  const shapes: [string, string, (size: number) => string][] = [
    ['XML secret of raw quotes', 'p.xml', (size) => `<a clientSecret="${'a"'.repeat(size / 2)}`],
    ['XML unclosed labels', 'p.xml', (size) => `<a ${'l="x '.repeat(size / 5)}`],
    ['YAML secret keys in flow', 'm.yml', (size) => `x: {${'clientSecret: "a, '.repeat(size / 18)}`],
    ['YAML colons', 'm.yml', (size) => `clientSecret${':a'.repeat(size / 2)}`],
    ['JSON minified secrets', 'm.json', (size) => `{${'"clientSecret":"a","x":1,'.repeat(size / 26)}}`],
  ];
  test.each(shapes)('%s: 1 MB vs 10 KB', (_name, file, make) => {
    const measure = (size: number) => {
      const root = writeRepo({});
      mkdirSync(root, { recursive: true });
      writeFileSync(join(root, file), make(size));
      const r = report([finding({ file, line: 1, column: 1, endLine: 1, endColumn: 2 })]);
      return time(() => formatStylish(r, { frames: codeFrames(r, root, { secrets: ['s3cr3t-value'], secretNames: ['imsAppKey'] }) }));
    };
    measure(10_000); // warm-up
    expect(measure(1_000_000) / measure(10_000)).toBeLessThan(400);
  });
});

describe('manifest values under a secret-named key, however the key or the value is written, stay out of every output', () => {
  const SECRET = 'Zq9-manifest-secret-4f1c';
  const HEAD = 'kind: ims-provisioning\ninstance: prod\nclientId: campaign-classic-prod\n';
  // Each sits next to a schema error (scopes: 42), so that the code frame shows its lines.
  test.each([
    [
      'a JSON key with a unicode escape',
      'prod/ims/provisioning.json',
      `{"kind":"ims-provisioning","instance":"prod","clientId":"x","x-v":{"client\\u0053ecret":"${SECRET}"},"scopes":42}\n`,
    ],
    ['a YAML complex key', 'prod/ims/provisioning.yml', `${HEAD}x-v:\n  ? clientSecret\n  : ${SECRET}\nscopes: 42\n`],
    [
      'a YAML anchor aliased under clientSecret later',
      'prod/ims/provisioning.yml',
      `${HEAD}x-a: &s ${SECRET}\nscopes: 42\nx-v: {clientSecret: *s}\n`,
    ],
    [
      'a YAML anchor aliased under a nested secret key in a list',
      'prod/ims/provisioning.yml',
      `${HEAD}x-a: &s ${SECRET}\nscopes: 42\nx-v: [{deep: {apiToken: [*s]}}]\n`,
    ],
  ])('%s', async (_what, file, text) => {
    const root = writeRepo({
      '.github/ims-gate.yml': `instances:\n  prod:\n    paths: ["prod/**"]\n    imsManifest: ${file}\n`,
      [file]: text,
    });
    const outcome = await scan({ root, failOn: 'error' });
    const schema = outcome.report.findings.filter((f) => f.ruleId === 'IMS000' && f.file === file);
    expect(schema.map((f) => f.message)).toEqual(['invalid IMS manifest: scopes must be array, found "42"']);
    const { formats } = await import('../../src/report/formats.js');
    const frames = codeFrames(outcome.report, root, outcome.redaction);
    for (const [name, format] of Object.entries(formats)) {
      const out = format(outcome.report, { root, color: false, frames, rules: describedRules() });
      expect(out, name).not.toContain(SECRET);
      if (name === 'stylish') expect(out).toMatch(/scopes/); // the frame is shown, with the secret masked
    }
  });
});
