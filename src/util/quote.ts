// Quoting of configuration values in messages, by the rules and restart detection alike: white space and
// invisible characters become visible, so that `"Campaign - prod "` and `"Campaign\u00a0- prod"` can be told apart
// in a log.

const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

export interface QuoteOptions {
  /** At most this many characters between the quotes: a longer value is cut and ends with `…`. */
  maxLength?: number;
  /**
   * Escape as JSON.stringify does: only `"`, `\` and control characters (`\b` and `\f` in short form), so other
   * invisible characters stay as they are. Restart notices (IMS010) have always quoted values this way.
   */
  json?: boolean;
}

/** One character as an escape: `\n`, `\r`, `\t`, else `\uXXXX`. */
export function escapeChar(char: string): string {
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function escapeInvisible(value: string): string {
  return value.replace(/[\\"]/g, (c) => `\\${c}`).replace(INVISIBLE, escapeChar);
}

/**
 * The value in double quotes, with `"` and `\` escaped and control, non-breaking and zero-width characters as
 * \uXXXX (see QuoteOptions for the JSON escaping and the length limit).
 */
export function quote(value: string, options: QuoteOptions = {}): string {
  const escaped = options.json ? JSON.stringify(value).slice(1, -1) : escapeInvisible(value);
  const max = options.maxLength;
  return `"${max !== undefined && escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped}"`;
}
