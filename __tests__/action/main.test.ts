// run() with the pipeline replaced by a hand-built report: the verdict comes first and from the findings alone,
// no reporter failure changes it, and no secret reaches any output.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src/types.js';
import { inputEnv, parseOutputFile, pullRequestOpened } from '../e2e/harness.js';
import { finding, findings, report } from './fake-report.js';

const scanMock = vi.hoisted(() => vi.fn());
vi.mock('../../src/pipeline.js', () => ({ scan: scanMock }));

const { run } = await import('../../src/main.js');
const { scrubReport } = await import('../../src/util/redact.js');

const SECRET = 'planted-client-secret-9f8e7d';
const TOKEN = 'ghs_plantedTokenValue0123456789';
const dir = mkdtempSync(join(tmpdir(), 'ims-gate-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let saved: NodeJS.ProcessEnv;
let stdout: string[];
let n = 0;

function setup(inputs: Record<string, string> = {}): { output: string; summary: string; temp: string } {
  const case_ = join(dir, `case${n++}`);
  const temp = join(case_, 'temp');
  mkdirSync(temp, { recursive: true });
  const event = join(case_, 'event.json');
  writeFileSync(event, JSON.stringify(pullRequestOpened()));
  const output = join(case_, 'output');
  const summary = join(case_, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key];
  Object.assign(process.env, inputEnv({ 'client-secret': SECRET, 'github-token': '', ...inputs }, TOKEN), {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SHA: 'merge',
    GITHUB_WORKSPACE: case_,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: temp,
  });
  return { output, summary, temp };
}

/** The log without the client secret's `::add-mask::` line (the runner consumes it and never shows it). */
const log = () =>
  stdout
    .join('')
    .split('\n')
    .filter((l) => l !== `::add-mask::${SECRET}`)
    .join('\n');

beforeEach(() => {
  saved = { ...process.env };
  stdout = [];
  process.exitCode = undefined;
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true));
  scanMock.mockReset();
});
afterEach(() => {
  vi.restoreAllMocks();
  process.env = saved;
  process.exitCode = undefined;
});

describe('run', () => {
  it('sets the verdict first, then issues every finding as a workflow command when there is no token', async () => {
    const files = setup();
    const r = report(findings(36, (i) => ({ message: i === 0 ? `plaintext secret ${SECRET} in clientSecret` : `finding ${i}` })));
    scanMock.mockResolvedValue({ report: r, configInvalid: false });
    await run();

    expect(process.exitCode).toBe(1);
    const lines = log().split('\n');
    const failed = lines.findIndex((l) => l.startsWith('::error::IMS policy gate failed'));
    const firstAnnotation = lines.findIndex((l) => /^::error .*file=/.test(l));
    expect(failed).toBeGreaterThanOrEqual(0);
    expect(failed).toBeLessThan(firstAnnotation);
    expect(lines.filter((l) => /^::(error|warning|notice) .*file=/.test(l))).toHaveLength(36);

    const outputs = parseOutputFile(readFileSync(files.output, 'utf8'));
    expect(outputs).toMatchObject({
      result: 'fail',
      errors: '12',
      warnings: '12',
      notices: '12',
      'restart-required': 'false',
      'restart-instances': '',
      'sarif-file': '',
    });
    const written = JSON.parse(readFileSync(outputs['report-file'], 'utf8')) as Report;
    expect(written.findings).toHaveLength(36);

    const summary = readFileSync(files.summary, 'utf8');
    // The runner shows 10 annotations of each level. setFailed took one error slot, so 9 of the 12 errors are shown
    // and 3 are not; 10 of the 12 warnings and of the 12 notices are shown, and 2 of each are not.
    expect(summary).toContain('3 of 12 errors, 2 of 12 warnings, 2 of 12 notices were not shown as annotations');
    expect(log()).toContain('3 of 12 errors, 2 of 12 warnings, 2 of 12 notices were not shown as annotations');
    expect(log()).toContain('checks: write');

    for (const text of [log(), summary, readFileSync(outputs['report-file'], 'utf8'), readFileSync(files.output, 'utf8')]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
    }
  });

  it('passes the settings to scan', async () => {
    setup({ 'fail-on': 'warning', 'base-ref': 'abc123' });
    scanMock.mockResolvedValue({ report: report([]), configInvalid: false });
    await run();
    expect(scanMock).toHaveBeenCalledWith(
      expect.objectContaining({
        failOn: 'warning',
        baseRef: 'abc123',
        secrets: { clientSecret: SECRET },
        root: process.env.GITHUB_WORKSPACE,
      }),
    );
  });

  it('does not fail a passing run when a reporter fails, and does not pass a failing one', async () => {
    const files = setup();
    rmSync(files.summary);
    mkdirSync(files.summary); // the summary cannot be written
    scanMock.mockResolvedValue({ report: report([finding({ severity: 'warning' })]), configInvalid: false });
    await run();
    expect(process.exitCode).toBeUndefined();
    expect(log()).toMatch(/::warning::ims-gate could not write the job summary: .*The verdict is unchanged\./);
    expect(parseOutputFile(readFileSync(files.output, 'utf8')).result).toBe('pass');

    stdout = [];
    writeFileSync(join(dir, 'blocked'), '');
    const again = setup({ 'sarif-file': join(dir, 'blocked', 'x.sarif') }); // its parent is a file: the write fails
    scanMock.mockResolvedValue({ report: report([finding()]), configInvalid: false });
    await run();
    expect(process.exitCode).toBe(1);
    expect(log()).toMatch(/could not write the SARIF file/);
    expect(parseOutputFile(readFileSync(again.output, 'utf8')).result).toBe('fail');
  });

  it('writes the SARIF file and its output', async () => {
    const files = setup({ 'sarif-file': 'out/ims-gate.sarif' });
    scanMock.mockResolvedValue({ report: report([finding({ message: `secret ${SECRET}` })]), configInvalid: false });
    await run();
    const outputs = parseOutputFile(readFileSync(files.output, 'utf8'));
    expect(outputs['sarif-file']).toBe(join(process.env.GITHUB_WORKSPACE!, 'out', 'ims-gate.sarif'));
    const sarif = readFileSync(outputs['sarif-file'], 'utf8');
    expect(JSON.parse(sarif).version).toBe('2.1.0');
    expect(sarif).not.toContain(SECRET);
  });

  it('fails with the message of an invalid input or a scan error, and sets result=fail', async () => {
    const files = setup({ annotations: 'everything' });
    await run();
    expect(process.exitCode).toBe(1);
    expect(log()).toContain("::error::Invalid input 'annotations': 'everything'. Expected one of auto, checks, commands, none.");
    expect(scanMock).not.toHaveBeenCalled();
    expect(parseOutputFile(readFileSync(files.output, 'utf8')).result).toBe('fail');

    stdout = [];
    const again = setup();
    scanMock.mockRejectedValue(new Error(`scan root is not a folder (secret ${SECRET})`));
    await run();
    expect(log()).toContain('::error::scan root is not a folder (secret ********)');
    expect(parseOutputFile(readFileSync(again.output, 'utf8')).result).toBe('fail');
  });
});

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('run, when everything after the verdict fails', () => {
  it('has written result and the counts first, and keeps the verdict', async () => {
    const files = setup({ 'github-token': TOKEN, 'sarif-file': join(dir, 'blocked-too', 'x.sarif') });
    writeFileSync(join(dir, 'blocked-too'), ''); // the SARIF file cannot be written
    rmSync(files.temp, { recursive: true });
    writeFileSync(files.temp, ''); // RUNNER_TEMP is a file: the report file cannot be written
    rmSync(files.summary);
    mkdirSync(files.summary); // nor the summary
    const port = await closedPort();
    process.env.GITHUB_API_URL = `http://127.0.0.1:${port}`;
    process.env.IMS_GATE_TEST_RETRY_BASE_MS = '1';
    scanMock.mockResolvedValue({ report: report([finding({ severity: 'warning' })]), configInvalid: false });
    await run();
    const outputs = parseOutputFile(readFileSync(files.output, 'utf8'));
    expect(outputs).toMatchObject({ result: 'pass', errors: '0', warnings: '1', notices: '0' });
    expect(process.exitCode).toBeUndefined();
    expect(log()).toMatch(/could not write the JSON report/);
    expect(log()).toContain(`could not complete the check run: cannot reach 127.0.0.1:${port}: ECONNREFUSED`);
    expect(log()).toMatch(/could not write the job summary/);
  });
});

describe('run, on a payload that is not what GitHub sends', () => {
  it('fails with one line naming the payload when a label name is an object, and sets result=fail', async () => {
    const files = setup();
    const payload = pullRequestOpened();
    payload.pull_request.labels = [{ name: { length: 1 } }];
    writeFileSync(process.env.GITHUB_EVENT_PATH!, JSON.stringify(payload));
    await run();
    expect(process.exitCode).toBe(1);
    const errors = log()
      .split('\n')
      .filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual([
      `::error::Invalid event payload GITHUB_EVENT_PATH='${process.env.GITHUB_EVENT_PATH}': pull_request.labels[0].name is a JSON object; expected a string.`,
    ]);
    expect(log()).not.toMatch(/^\s+at /m);
    expect(parseOutputFile(readFileSync(files.output, 'utf8')).result).toBe('fail');
    expect(scanMock).not.toHaveBeenCalled();
  });
});

describe('scrubReport', () => {
  it('replaces secret values in every string', () => {
    const r = report([finding({ message: `a ${SECRET} b`, related: [{ file: 'f', line: 1, column: 1, message: SECRET }] })]);
    expect(JSON.stringify(scrubReport(r, [SECRET]))).not.toContain(SECRET);
  });
});
