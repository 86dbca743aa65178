// Related locations: the other places a finding points to (the value it was compared with).
import type { Loc, RelatedLocation } from '../../types.js';

/** A related location at the start of `loc`. */
export function relatedAt(loc: Pick<Loc, 'file' | 'line' | 'column'>, message: string): RelatedLocation {
  return { file: loc.file, line: loc.line, column: loc.column, message };
}
