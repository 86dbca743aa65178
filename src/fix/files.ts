// The files `--fix` may write: regular files inside the scan root (no symbolic link, no path out of the root),
// rewritten only when their bytes are still those the scan read.
import { createHash } from 'node:crypto';
import { lstatSync, realpathSync, writeFileSync } from 'node:fs';
import { NotRegularFileError, readRegularFile } from '../util/regular-file.js';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type Opened = { ok: true; path: string; bytes: Buffer } | { ok: false; reason: string };

/** Reads `file` (relative to `root`) when it is a regular file inside the root. */
export function openInsideRoot(root: string, file: string): Opened {
  if (isAbsolute(file) || file.split(/[\\/]/).includes('..')) return { ok: false, reason: 'the path leaves the scan root' };
  const path = resolve(root, file);
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return { ok: false, reason: 'it is a symbolic link' };
    if (!stat.isFile()) return { ok: false, reason: 'it is not a regular file' };
    const real = realpathSync(path);
    const rel = relative(realpathSync(root), real);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel))
      return { ok: false, reason: 'the file is outside the scan root' };
    // Read through a non-blocking open checked on its descriptor: a path swapped for a FIFO cannot hold the run.
    return { ok: true, path, bytes: readRegularFile(real) };
  } catch (error) {
    const reason =
      error instanceof NotRegularFileError
        ? `it ${error.message}`
        : `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    return { ok: false, reason };
  }
}

/** Writes `bytes` over the file when it still holds `expected`; false (nothing written) when it changed. */
export function writeIfUnchanged(
  root: string,
  file: string,
  expected: Buffer,
  bytes: Buffer,
): { ok: true } | { ok: false; reason: string } {
  const current = openInsideRoot(root, file);
  if (!current.ok) return current;
  if (!current.bytes.equals(expected)) return { ok: false, reason: 'the file changed since it was read' };
  writeFileSync(current.path, bytes);
  return { ok: true };
}
