// Quoting of configuration values in messages: white space and invisible characters become visible,
// so that `"Campaign - prod "` and `"Campaign\u00a0- prod"` can be told apart in a log.

const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

/** The value in double quotes, with `"` and `\` escaped and control, non-breaking and zero-width characters as \uXXXX. */
export function quote(value: string): string {
  const escaped = value
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(INVISIBLE, (c) => {
      if (c === '\n') return '\\n';
      if (c === '\r') return '\\r';
      if (c === '\t') return '\\t';
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
  return `"${escaped}"`;
}
