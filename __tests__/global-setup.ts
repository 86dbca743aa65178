// Runs once before the whole suite: the end-to-end tests run the built bundles (dist/index.js, dist/cli.js)
// as the runner and users do, so build them when they are missing or older than src/ or package-lock.json
// (policies/ is read at run time, so a change there needs no rebuild).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BUNDLES = [join(ROOT, 'dist', 'index.js'), join(ROOT, 'dist', 'cli.js')];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const sources = Math.max(newestMtime(join(ROOT, 'src')), statSync(join(ROOT, 'package-lock.json')).mtimeMs);
  const stale = BUNDLES.some((bundle) => !existsSync(bundle) || statSync(bundle).mtimeMs < sources);
  if (stale) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}
