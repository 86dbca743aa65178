// The paths and values a user gives on the command line: the scan root, --output, empty values. A wrong one is a
// UserError that names it, checked before the scan, so that nobody waits for a scan whose report cannot be written.
import { mkdirSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fsErrorOf, UserError } from '../util/errors.js';

/** What is at `path`, or undefined when nothing is (ENOENT, or a parent that is a file: ENOTDIR). */
function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** The scan root as given, once it is known to be a folder. */
export function scanRoot(positionals: string[], command: string): string {
  if (positionals.length > 1) throw new UserError(command, `expected at most one scan root, got: ${positionals.join(' ')}`);
  const root = positionals[0] ?? '.';
  const stats = statIfAny(root);
  if (!stats) throw new UserError(root, 'scan root not found; expected a folder');
  if (!stats.isDirectory()) throw new UserError(root, 'scan root is a file; expected a folder');
  return root;
}

/** An --output that is an existing folder is refused before the scan, not after it. */
export function checkOutputPath(path: string | undefined): void {
  if (path && statIfAny(path)?.isDirectory()) throw new UserError('--output', `${path} is a folder; expected a file path`);
}

/** Writes the report to --output, creating its folder if needed. */
export function writeOutput(path: string, text: string): void {
  checkOutputPath(path);
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // mkdir says EEXIST, open says ENOTDIR, when a folder of the path is a file.
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw new UserError('--output', `cannot write ${path}: a part of the path is a file, not a folder`);
    const fs = fsErrorOf(error);
    if (!fs) throw error;
    throw new UserError('--output', `cannot write ${path}: ${fs.reason}`);
  }
}

/** `--config ""` would silently mean "the default config", `--output ""` standard output: a value must be given. */
export function rejectEmptyValues(values: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(values))
    if (value === '') throw new UserError(`--${name}`, 'needs a value, got an empty string');
}
