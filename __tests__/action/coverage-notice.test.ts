// The action's one `::notice` line summarising the coverage (issue 12): run() with the pipeline's real report of a
// small repository, handed over by a mock (as in main.test.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coverageNoticeLine } from '../../src/report/coverage.js';
import { inputEnv, pullRequestOpened } from '../e2e/harness.js';
import { imsAccountPackage } from '../sarif/fixtures.js';

const scanMock = vi.hoisted(() => vi.fn());
vi.mock('../../src/pipeline.js', () => ({ scan: scanMock }));

describe('the action', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ims-gate-coverage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let saved: NodeJS.ProcessEnv;
  let stdout: string[];
  beforeEach(() => {
    saved = { ...process.env };
    stdout = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = saved;
    process.exitCode = undefined;
  });

  it('writes one ::notice line summarising the coverage', async () => {
    const report = await (await vi.importActual<typeof import('../../src/pipeline.js')>('../../src/pipeline.js')).scan({
      root: writeRepo(dir),
      failOn: 'error',
    });
    scanMock.mockResolvedValue(report);
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify(pullRequestOpened()));
    writeFileSync(join(dir, 'output'), '');
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key];
    Object.assign(process.env, inputEnv({ 'github-token': '' }, ''), {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: join(dir, 'output'),
      RUNNER_TEMP: dir,
    });
    const { run } = await import('../../src/main.js');
    await run();
    const notices = stdout
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('::notice::ims-gate coverage'));
    expect(notices).toEqual([`::notice::${coverageNoticeLine(report.report.coverage)}`]);
  });
});

function writeRepo(dir: string): string {
  const root = join(dir, 'repo');
  mkdirSync(join(root, 'prod', 'packages'), { recursive: true });
  writeFileSync(join(root, 'prod', 'packages', 'ims.xml'), imsAccountPackage('prod'));
  return root;
}
