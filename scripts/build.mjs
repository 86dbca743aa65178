// Compiles src/ with tsc, then bundles the two entries with ncc into dist/index.js (action) and dist/cli.js (CLI).
// ncc writes one entry per output folder, so the CLI is bundled into a scratch folder and moved beside the action.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, readFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

rmSync('lib', { recursive: true, force: true });
run(process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);

rmSync('dist', { recursive: true, force: true });
run(process.execPath, [ncc, 'build', 'lib/index.js', '-o', 'dist', '--quiet', '--no-source-map-register']);
run(process.execPath, [ncc, 'build', 'lib/cli.js', '-o', '.tmp/ncc-cli', '--quiet', '--no-source-map-register']);
for (const name of readdirSync('.tmp/ncc-cli')) {
  if (name === 'index.js') continue;
  if (!existsSync(join('dist', name))) cpSync(join('.tmp/ncc-cli', name), join('dist', name), { recursive: true });
}
const cli = readFileSync('.tmp/ncc-cli/index.js', 'utf8');
writeFileSync('dist/cli.js', cli.startsWith('#!') ? cli : `#!/usr/bin/env node\n${cli}`);
chmodSync('dist/cli.js', 0o755);
rmSync('.tmp/ncc-cli', { recursive: true, force: true });
rmSync('lib', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
