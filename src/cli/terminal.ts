// What the terminal wants: colours (NO_COLOR and FORCE_COLOR, as no-color.org and Node's own tools read them),
// and the width that stylish output wraps to.
import type { CliIo } from './io.js';

/** Width when standard output is not a terminal (a pipe, a CI log): wide enough to read, narrow enough to diff. */
export const DEFAULT_WIDTH = 100;
/** Below this, wrapping does more harm than good. */
const MIN_WIDTH = 40;

/**
 * `--no-color` wins; then NO_COLOR (any non-empty value) turns colours off; then FORCE_COLOR turns them on (`0`
 * and `false` turn them off); otherwise colours only on a terminal.
 */
export function colorWanted(io: CliIo, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  return io.isTty;
}

/** The terminal's columns on a terminal, DEFAULT_WIDTH otherwise. */
export function terminalWidth(io: CliIo): number {
  const columns = io.isTty ? io.columns : undefined;
  return columns && Number.isFinite(columns) && columns > 0 ? Math.max(MIN_WIDTH, Math.floor(columns)) : DEFAULT_WIDTH;
}
