// Compiles src/ with tsc, then bundles the two entries with ncc into dist/index.js (action) and dist/cli.js (CLI).
// ncc writes one entry per output folder, so each entry is bundled into a scratch folder and moved into dist/.
// A lock folder keeps two builds at once (tests, editors) from deleting each other's files; the scratch path
// is fixed because ncc writes module paths into the bundle, and the bundle must be reproducible.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const scratch = join('.tmp', 'build');
const lib = join(scratch, 'lib');
const lock = join('.tmp', 'build.lock');

mkdirSync('.tmp', { recursive: true });
const deadline = Date.now() + 180_000;
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (Date.now() > deadline) throw new Error(`${lock} is held by another build; remove it if no build is running`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

try {
  rmSync(scratch, { recursive: true, force: true });
  run(process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', lib]);
  for (const entry of ['index', 'cli']) {
    run(process.execPath, [ncc, 'build', join(lib, `${entry}.js`), '-o', join(scratch, entry), '--quiet', '--no-source-map-register']);
  }
  const out = join(scratch, 'dist');
  mkdirSync(out, { recursive: true });
  cpSync(join(scratch, 'index'), out, { recursive: true });
  for (const name of readdirSync(join(scratch, 'cli'))) {
    if (name !== 'index.js') cpSync(join(scratch, 'cli', name), join(out, name), { recursive: true });
  }
  const cli = readFileSync(join(scratch, 'cli', 'index.js'), 'utf8');
  writeFileSync(join(out, 'cli.js'), cli.startsWith('#!') ? cli : `#!/usr/bin/env node\n${cli}`);
  chmodSync(join(out, 'cli.js'), 0o755);
  rmSync('dist', { recursive: true, force: true });
  cpSync(out, 'dist', { recursive: true });
} finally {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(lock, { recursive: true, force: true });
}
