// `npm run demo`: runs the gate on examples/, the sample repository with deliberate misconfigurations.
// The sample is copied into a temporary git repository whose base commit holds the previous stage IMS
// server, so that restart detection (IMS010) has a base revision to compare with, as on a pull request.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
const cli = join(repo, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'ims-gate-demo-'));
const git = (...args) =>
  execFileSync('git', ['-c', 'user.name=demo', '-c', 'user.email=demo@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: work,
    stdio: 'ignore',
  });
try {
  cpSync(join(repo, 'examples'), work, { recursive: true });
  const account = join(work, 'stage/packages/nmsExtAccount-ims.xml');
  const head = readFileSync(account, 'utf8');
  writeFileSync(account, head.replace('https://ims-na1-stg1.adobelogin.com', 'https://ims-na1.adobelogin.com'));
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'base: the configuration before the pull request');
  writeFileSync(account, head);

  console.log('ims-gate demo: `ims-gate check examples --base HEAD` (a pull request that changed the stage IMS server)\n');
  const run = spawnSync(process.execPath, [cli, 'check', '.', '--base', 'HEAD', ...process.argv.slice(2)], { cwd: work, stdio: 'inherit' });
  if (run.status === 1) {
    console.log(
      '\nThe gate failed, as it should: every finding above is a deliberate misconfiguration of examples/ (see examples/README.md).',
    );
    process.exitCode = 0;
  } else {
    console.error(`\nUnexpected exit code ${run.status} from the gate (expected 1: findings).`);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
