// Hardening (issue 7): symbolic links (loops, links out of the root) and unusual paths, through the whole
// pipeline. Links are never followed out of the root nor into folders; a notice names each link not followed.
//
// Already covered at the walker level: __tests__/discover/walk.test.ts (links out of the root to a file and to a
// folder; a self-loop; a link to a file inside the root is read; a folder name with é and spaces is listed).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/github/context.js';
import { scan } from '../../src/pipeline.js';
import { describedRules } from '../../src/policy/rule-help.js';
import { formatSarif } from '../../src/report/sarif.js';
import { writeRepo } from '../helpers/repo.js';
import { allFormats, expectOneProblem, expectSentinel, SENTINEL, SENTINEL_FILE, SENTINEL_LOC, sentinel } from './helpers.js';

const outside = mkdtempSync(join(tmpdir(), 'ims-gate-outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('symbolic links', () => {
  it('links pointing out of the root (to a file, to a folder, by absolute and relative path) are never followed; a notice names each', async () => {
    // Outside the root: a misconfigured account package and a folder of them. Were they followed, their findings would show.
    writeFileSync(join(outside, 'ims.xml'), SENTINEL);
    mkdirSync(join(outside, 'packages'), { recursive: true });
    writeFileSync(join(outside, 'packages', 'ims.xml'), SENTINEL);
    const root = writeRepo(sentinel());
    mkdirSync(join(root, 'stage'), { recursive: true });
    symlinkSync(join(outside, 'ims.xml'), join(root, 'stage/linked-ims.xml'));
    symlinkSync(join(outside, 'packages'), join(root, 'stage/linked-packages'));
    symlinkSync('../../../../../../../../../../../../etc/passwd', join(root, 'stage/passwd.xml'));
    symlinkSync('/etc', join(root, 'etc'));
    writeFileSync(join(outside, 'canary.yml'), 'OUTSIDE-CANARY-3b9e: never shown\n');
    symlinkSync(join(outside, 'canary.yml'), join(root, 'stage/canary.yml'));

    const { report } = await scan({ root, failOn: 'error' });
    for (const path of ['etc', 'stage/canary.yml', 'stage/linked-ims.xml', 'stage/linked-packages', 'stage/passwd.xml']) {
      const notice = expectOneProblem(report, path, 'notice', /^symbolic link pointing outside the scan root, not followed$/);
      expect(notice).toMatchObject({ line: 1, column: 1 });
    }
    // Nothing but the notices comes from the links; the sentinel is the only file scanned.
    expect(new Set(report.findings.filter((f) => f.ruleId !== 'IMS000').map((f) => f.file))).toEqual(new Set([SENTINEL_FILE]));
    expect(report.stats.filesScanned).toBe(1);
    expectSentinel(report);
    // Nor do the reporters follow them: the stylish code frame of a notice on a link shows nothing of its target.
    for (const [name, output] of allFormats(report, root)) {
      expect(/root:[^:\n]*:0:0:/.test(output), `${name} holds /etc/passwd`).toBe(false);
      expect(output.includes('OUTSIDE-CANARY'), `${name} holds the content of a file out of the root`).toBe(false);
    }
  });

  it('looping links (a self-loop, a two-link cycle) are never followed; a notice names each', async () => {
    const root = writeRepo(sentinel());
    symlinkSync('self.xml', join(root, 'self.xml'));
    mkdirSync(join(root, 'stage'));
    symlinkSync('b.xml', join(root, 'stage/a.xml'));
    symlinkSync('a.xml', join(root, 'stage/b.xml'));
    const { report } = await scan({ root, failOn: 'error' });
    for (const path of ['self.xml', 'stage/a.xml', 'stage/b.xml'])
      expectOneProblem(report, path, 'notice', /^broken or looping symbolic link, not followed$/);
    expect(report.stats.filesScanned).toBe(1);
    expectSentinel(report);
  });

  it('a link to an ancestor folder (an endless walk if followed) is not entered, and the scan completes', async () => {
    const root = writeRepo(sentinel());
    symlinkSync(join(root, 'prod'), join(root, 'prod/packages/loop'));
    symlinkSync('..', join(root, 'prod/up'));
    symlinkSync(root, join(root, 'root-loop'));
    const { report } = await scan({ root, failOn: 'error' });
    // Each file is scanned once, under its real path only; each link gets a notice.
    expect(report.stats.filesScanned).toBe(1);
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set([SENTINEL_FILE, 'prod/packages/loop', 'prod/up', 'root-loop']));
    expectSentinel(report);
  });

  it('a link to an ancestor folder is named by a notice', async () => {
    const root = writeRepo(sentinel());
    symlinkSync(join(root, 'prod'), join(root, 'prod/packages/loop'));
    const { report } = await scan({ root, failOn: 'error' });
    expectOneProblem(report, 'prod/packages/loop', 'notice', /symbolic link/);
  });
});

describe('paths with spaces and non-ASCII characters', () => {
  const paths = [
    'prod/Campaign packages/IMS account (prod).xml',
    'prod/données/compte IMS é.xml',
    'prod/日本語/アカウント.xml',
    'prod/emoji 🚀/ims #1 & co.xml',
    'prod/tab\tand%20escape/ims.xml',
  ];

  it('findings carry the exact POSIX path relative to the root, in every format', async () => {
    const root = writeRepo(Object.fromEntries(paths.map((path) => [path, SENTINEL])));
    const { report } = await scan({ root, failOn: 'error' });
    expect(report.findings.filter((f) => f.ruleId === 'IMS000')).toEqual([]);
    for (const path of paths) expectSentinel(report, path);
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(paths));
    expect(report.stats.filesScanned).toBe(paths.length);

    const outputs = Object.fromEntries(allFormats(report, root));
    const json = JSON.parse(outputs.json) as typeof report;
    expect(new Set(json.findings.map((f) => f.file))).toEqual(new Set(paths));
    for (const path of paths) expect(outputs.stylish).toContain(`${path}:${SENTINEL_LOC.line}:${SENTINEL_LOC.column}  error`);
    // SARIF: artifact URIs are relative references, percent-encoded, that decode back to the path.
    const sarif = JSON.parse(formatSarif(report, { rules: describedRules() })) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(new Set(uris.map((uri) => decodeURIComponent(uri)))).toEqual(new Set(paths));
    for (const uri of uris) expect(uri, 'raw white space, # or ?, or a % that starts no escape').not.toMatch(/[\s#?]|%(?![0-9A-Fa-f]{2})/);
  });
});

describe('named pipes (FIFOs) and other files that are not regular files', () => {
  // Opening a FIFO to read blocks until something writes to it: each is refused from its fstat, never waited on.
  const mkfifo = (path: string): void => {
    expect(spawnSync('mkfifo', [path]).status, `mkfifo ${path}`).toBe(0);
  };

  it('a discovered FIFO is a notice naming it, and the scan goes on', async () => {
    const root = writeRepo(sentinel());
    mkfifo(join(root, 'prod/packages/pipe.xml'));
    const { report } = await scan({ root, failOn: 'error' });
    expectOneProblem(report, 'prod/packages/pipe.xml', 'notice', /^is a named pipe \(FIFO\), not a regular file, not scanned$/);
    expectSentinel(report);
  });

  it('a symbolic link to a FIFO inside the root is a notice naming the link', async () => {
    const root = writeRepo(sentinel());
    mkfifo(join(root, 'pipe'));
    symlinkSync(join(root, 'pipe'), join(root, 'prod/packages/linked.xml'));
    const { report } = await scan({ root, failOn: 'error' });
    expectOneProblem(
      report,
      'prod/packages/linked.xml',
      'notice',
      /^symbolic link to a named pipe \(FIFO\), not a regular file, not scanned$/,
    );
    expectSentinel(report);
  });

  it('a configured imsManifest that is a FIFO is an IMS000 error at its config line', async () => {
    const root = writeRepo({
      ...sentinel(),
      '.github/ims-gate.yml': 'instances:\n  prod:\n    paths: ["prod/**"]\n    imsManifest: prod/ims/manifest.yml\n',
      'prod/ims/.keep': '',
    });
    mkfifo(join(root, 'prod/ims/manifest.yml'));
    const { report } = await scan({ root, failOn: 'error' });
    const problem = expectOneProblem(
      report,
      '.github/ims-gate.yml',
      'error',
      /names "prod\/ims\/manifest\.yml", which is a named pipe \(FIFO\), not a regular file; expected the path of a file/,
    );
    expect(problem.line).toBe(4);
    expectSentinel(report);
  });

  it('a --baseline that is a FIFO is an error naming it, not a wait', async () => {
    const root = writeRepo(sentinel());
    mkfifo(join(root, 'baseline.json'));
    await expect(scan({ root, failOn: 'error', baselinePath: join(root, 'baseline.json') })).rejects.toThrow(
      /^cannot read baseline .*baseline\.json: is a named pipe \(FIFO\), not a regular file$/,
    );
  });

  it('an event payload that is a FIFO is a one-line payload error, not a wait', () => {
    const root = writeRepo({});
    mkfifo(join(root, 'event.json'));
    const path = join(root, 'event.json');
    expect(() =>
      readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'a'.repeat(40) }),
    ).toThrow(`Invalid event payload GITHUB_EVENT_PATH='${path}': cannot read the file (it is a named pipe (FIFO), not a regular file).`);
  });
});
