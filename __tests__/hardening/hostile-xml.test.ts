// Hardening (issue 7): hostile XML through the whole pipeline. Each case ends with an IMS000 finding that names
// the file, and the rest of the scan intact (the sentinel's IMS003 finding in another file is still reported).
//
// Already covered at the reader level (not repeated here): __tests__/read/xml.test.ts "entities are never
// expanded" (billion laughs refused before any expansion, in under a second, at the first <!ENTITY; a
// parameter entity with a SYSTEM id refused), "deep and large documents" (100,000 nested levels, closed and
// unclosed; 50,000 attributes). This file adds the end-to-end variants through scan().
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline.js';
import { writeRepo } from '../helpers/repo.js';
import { allFormats, expectOneProblem, expectSentinel, sentinel } from './helpers.js';

function billionLaughs(): string {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i < 10; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE package [\n${levels.join('\n')}\n]>\n<package><entities schema="nms:extAccount"><extAccount name="&lol9;" type="Adobe Marketing Cloud" imsServer="&lol9;"/></entities></package>\n`;
}

describe('entity expansion', () => {
  it('billion laughs: one IMS000 error at the first <!ENTITY, nothing expanded, the rest of the scan intact', async () => {
    const root = writeRepo({ ...sentinel(), 'prod/packages/lol.xml': billionLaughs() });
    const { report } = await scan({ root, failOn: 'error' });
    const problem = expectOneProblem(report, 'prod/packages/lol.xml', 'error', /^unsafe XML: the DOCTYPE declares entities/);
    expect(problem).toMatchObject({ line: 3, column: 1 });
    // Nothing else comes out of the file: no record was built from it.
    expect(report.findings.filter((f) => f.file === 'prod/packages/lol.xml')).toHaveLength(1);
    expectSentinel(report);
    // The report stays small: "lol" repeated 10^9 times would be ~3 GB.
    for (const [name, output] of allFormats(report, root)) {
      expect(output.length, name).toBeLessThan(200_000);
      expect(output.includes('lollollol'), `${name} holds expanded entity text`).toBe(false);
    }
  });
});

describe('external entities are never resolved: no file is read, no host is contacted', () => {
  let server: Server;
  let port: number;
  const requests: string[] = [];
  let connections = 0;
  const outside = mkdtempSync(join(tmpdir(), 'ims-gate-xxe-'));
  const canary = join(outside, 'canary.txt');
  const CANARY = 'XXE-CANARY-7c1f0e5b-never-read';

  beforeAll(async () => {
    writeFileSync(canary, `${CANARY}\n`);
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end(`<!ENTITY leaked "${CANARY}">`);
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(outside, { recursive: true, force: true });
  });

  /** Gives any asynchronous fetch a chance to reach the server before counting. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  it('SYSTEM entities (file:///etc/passwd, a local file, http://127.0.0.1:9/, a local server) in a package', async () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE package [
  <!ENTITY passwd SYSTEM "file:///etc/passwd">
  <!ENTITY canary SYSTEM "file://${canary}">
  <!ENTITY discard SYSTEM "http://127.0.0.1:9/">
  <!ENTITY local SYSTEM "http://127.0.0.1:${port}/entity">
  <!ENTITY % remote SYSTEM "http://127.0.0.1:${port}/evil.dtd">
  %remote;
]>
<package>
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsServer="&passwd;" imsScope="&canary;&local;&discard;&leaked;"/>
  </entities>
</package>
`;
    const root = writeRepo({ ...sentinel(), 'prod/packages/xxe.xml': xml });
    const { report } = await scan({ root, failOn: 'error' });
    await settle();
    const problem = expectOneProblem(
      report,
      'prod/packages/xxe.xml',
      'error',
      /^unsafe XML: the DOCTYPE declares entities \(<!ENTITY passwd …>\)/,
    );
    expect(problem).toMatchObject({ line: 3, column: 3 });
    expectSentinel(report);
    expect(connections, 'connections to the local server').toBe(0);
    expect(requests).toEqual([]);
    for (const [name, output] of allFormats(report, root)) {
      expect(output.includes(CANARY), `${name} holds the content of a local file`).toBe(false);
      expect(/root:[^:\n]*:0:0:/.test(output), `${name} holds /etc/passwd`).toBe(false);
    }
  });

  it('an external DTD subset (DOCTYPE … SYSTEM "http://…") is never fetched; its entities stay unknown', async () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE package SYSTEM "http://127.0.0.1:${port}/package.dtd">
<package>
  <entities schema="nms:extAccount">
    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsServer="&leaked;"/>
  </entities>
</package>
`;
    const root = writeRepo({ ...sentinel(), 'prod/packages/dtd.xml': xml });
    const { report } = await scan({ root, failOn: 'error' });
    await settle();
    expectOneProblem(report, 'prod/packages/dtd.xml', 'error', /unknown entity reference &leaked;/);
    expect(report.findings.find((f) => f.file === 'prod/packages/dtd.xml')).toMatchObject({ line: 5 });
    expectSentinel(report);
    expect(connections, 'connections to the local server').toBe(0);
  });

  it('the same in a serverConf.xml (the server-conf reader)', async () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE serverconf [
  <!ENTITY canary SYSTEM "file://${canary}">
  <!ENTITY local SYSTEM "http://127.0.0.1:${port}/">
]>
<serverconf>
  <shared>
    <ims authIMSEndpoint="&local;" authIMSClientId="&canary;"/>
  </shared>
</serverconf>
`;
    const root = writeRepo({ ...sentinel(), 'prod/conf/serverConf.xml': xml });
    const { report } = await scan({ root, failOn: 'error' });
    await settle();
    const problem = expectOneProblem(
      report,
      'prod/conf/serverConf.xml',
      'error',
      /^unsafe XML: the DOCTYPE declares entities \(<!ENTITY canary …>\)/,
    );
    expect(problem).toMatchObject({ line: 3, column: 3 });
    expectSentinel(report);
    expect(connections, 'connections to the local server').toBe(0);
    for (const [name, output] of allFormats(report, root))
      expect(output.includes(CANARY), `${name} holds the content of a local file`).toBe(false);
  });
});

describe('deep nesting through the pipeline', () => {
  it('100,000 nested levels inside an IMS package: read without a stack overflow, its account checked', async () => {
    const depth = 100_000;
    // The account carries the same http:// IMS server as the sentinel, after the deep subtree.
    const xml = `<package>\n<entities schema="xtk:group"><group name="deep">${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</group></entities>\n<entities schema="nms:extAccount">\n<extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsServer="http://ims-na1.adobelogin.com"/>\n</entities>\n</package>\n`;
    const root = writeRepo({ ...sentinel(), 'stage/packages/deep.xml': xml });
    const { report } = await scan({ root, failOn: 'error' });
    expect(report.findings.filter((f) => f.ruleId === 'IMS000')).toEqual([]);
    expect(report.findings.find((f) => f.ruleId === 'IMS003' && f.file === 'stage/packages/deep.xml')).toMatchObject({ line: 4 });
    expectSentinel(report);
  });

  it('100,000 nested levels never closed: one IMS000 error at the end of the file, the rest intact', async () => {
    const depth = 100_000;
    const root = writeRepo({
      ...sentinel(),
      'prod/packages/deep-open.xml': `<package><entities schema="xtk:group">\n${'<group>'.repeat(depth)}`,
    });
    const { report } = await scan({ root, failOn: 'error' });
    const problem = expectOneProblem(
      report,
      'prod/packages/deep-open.xml',
      'error',
      /^malformed XML: unexpected end of file: expected <\/group> to close <group>/,
    );
    expect(problem).toMatchObject({ line: 2, column: 7 * depth });
    expectSentinel(report);
    // Every format renders it (the stylish code frame clips the 700,000-character line).
    for (const [name, output] of allFormats(report, root)) expect(output.length, name).toBeGreaterThan(0);
  });

  it('a YAML manifest nested 100,000 levels deep is an IMS000 problem, not a crash', async () => {
    const depth = 100_000;
    const root = writeRepo({
      ...sentinel(),
      'prod/ims/deep.yml': `kind: ims-provisioning\nscopes: ${'['.repeat(depth)}${']'.repeat(depth)}\n`,
    });
    const { report } = await scan({ root, failOn: 'error' });
    const problem = expectOneProblem(report, 'prod/ims/deep.yml', 'error', /^malformed YAML: the document is nested too deeply to read/);
    expect(problem.line).toBe(2);
    expectSentinel(report);
  });
});

describe('a skipped section cannot hide or invent an account (issue 10)', () => {
  const ACCOUNT = '<extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsServer="http://ims-na1.adobelogin.com"/>';

  it('an account after a workflow section whose comment holds </entities> and a CDATA start: IMS003 at its line, no IMS000', async () => {
    const xml = `<package>\n  <entities schema="xtk:workflow">\n    <workflow name="w"><!-- </entities><![CDATA[ --></workflow>\n  </entities>\n  <entities schema="nms:extAccount">\n    ${ACCOUNT}\n  </entities>\n  <!-- ]]> -->\n</package>\n`;
    const root = writeRepo({ ...sentinel(), 'prod/packages/hidden.xml': xml });
    const { report } = await scan({ root, failOn: 'error' });
    expect(
      report.findings.filter((f) => f.file === 'prod/packages/hidden.xml' && f.ruleId <= 'IMS003').map((f) => [f.ruleId, f.line]),
    ).toEqual([['IMS003', 6]]);
    expectSentinel(report);
  });

  it('an account that only exists in CDATA of a workflow script yields nothing', async () => {
    const xml = `<package>\n  <entities schema="xtk:workflow">\n    <workflow><script><![CDATA[</entities><entities schema="nms:extAccount">${ACCOUNT}</entities><entities schema="xtk:workflow">]]></script></workflow>\n  </entities>\n</package>\n`;
    const root = writeRepo({ ...sentinel(), 'prod/packages/phantom.xml': xml });
    const { report } = await scan({ root, failOn: 'error' });
    expect(report.findings.filter((f) => f.file === 'prod/packages/phantom.xml')).toEqual([]);
    expectSentinel(report);
  });

  it('a nested <entities> of the same name inside a skipped section is no false IMS000', async () => {
    const xml = `<package>\n  <entities schema="xtk:workflow">\n    <entities schema="xtk:form"><form name="f"/></entities>\n    <workflow name="w"/>\n  </entities>\n  <entities schema="nms:extAccount">\n    ${ACCOUNT}\n  </entities>\n</package>\n`;
    const root = writeRepo({ ...sentinel(), 'prod/packages/nested.xml': xml });
    const { report } = await scan({ root, failOn: 'error' });
    expect(
      report.findings.filter((f) => f.file === 'prod/packages/nested.xml' && f.ruleId <= 'IMS003').map((f) => [f.ruleId, f.line]),
    ).toEqual([['IMS003', 7]]);
    expectSentinel(report);
  });
});
