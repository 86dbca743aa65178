import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder that holds `policies/`. Found by walking up from this module, because the same code runs
 * from src/ (tests), lib/ (tsc) and dist/ (the ncc bundle), each at a different depth.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'policies', 'rules'))) {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('ims-gate: cannot find its policies/ folder next to the installed package');
    dir = parent;
  }
}

export function policyPath(...parts: string[]): string {
  return join(packageRoot(), 'policies', ...parts);
}
