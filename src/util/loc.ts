// Locs that no parser position gives: a problem with a file as a whole is reported at its start.
import type { Loc } from '../types.js';

/** The start of a file: line 1, column 1, zero width. */
export function fileLoc(file: string): Loc {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
