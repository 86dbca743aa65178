// Fixes as data: a rule that knows the one right value of a setting asks for a fix here, and gets one only when
// the value's own text can be rewritten exactly (see util/value-source.ts): in its syntax and quote style, never
// through an alias or an escaped CSV cell, never with a secret in it. A fix rewrites the whole value, so that a
// replacement never lands inside an entity reference or an escape sequence.
import type { Fix, Located, ValueSource } from '../../types.js';
import { maskUrlUserinfo } from '../../util/secrets.js';
import { sourceOf } from '../../util/value-source.js';

/** XML attribute text for a value: the characters attribute-value normalisation would change, escaped. */
function xmlAttribute(value: string, quote: '"' | "'"): string {
  return value.replace(/[&<"'\t\n\r]/g, (c) => {
    if (c === '&') return '&amp;';
    if (c === '<') return '&lt;';
    if (c === '"') return quote === '"' ? '&quot;' : c;
    if (c === "'") return quote === "'" ? '&apos;' : c;
    return `&#${c.charCodeAt(0)};`;
  });
}

/** A YAML plain scalar that reads back as the same string under every schema's rules for plain text. */
const SAFE_PLAIN = /^[A-Za-z0-9_][A-Za-z0-9_./@+-]*(?::[A-Za-z0-9_./@+-]+)*$/;

/** Characters no XML 1.0 document may hold, even as a character reference; and lone surrogates. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The text of `value` in `syntax`, or undefined when that syntax cannot hold it as it is. */
export function renderValue(value: string, syntax: ValueSource['syntax']): string | undefined {
  if (NOT_XML.test(value)) return undefined; // no file ims-gate reads holds these as text: never written by a fix
  switch (syntax) {
    case 'xml-attribute-double':
      return xmlAttribute(value, '"');
    case 'xml-attribute-single':
      return xmlAttribute(value, "'");
    case 'yaml-plain':
      return SAFE_PLAIN.test(value) ? value : undefined;
    case 'yaml-single':
      return /[\r\n]/.test(value) ? undefined : `'${value.replaceAll("'", "''")}'`;
    case 'yaml-double':
    case 'json-string':
      // JSON's escapes are a subset of YAML's double-quoted ones.
      return JSON.stringify(value);
    case 'csv-plain':
      return /^[^\s,;"]$|^[^\s,;"][^,;"\r\n]*[^\s,;"]$/.test(value) ? value : undefined;
  }
}

export interface FixOptions {
  restart?: boolean;
  suggestionOnly?: boolean;
}

/** A fix that sets `located` to `value`, or undefined when it cannot be written exactly or would show a secret. */
export function replaceValue(located: Located<string>, value: string, options: FixOptions = {}): Fix | undefined {
  const source = sourceOf(located);
  if (!source || value === located.value) return undefined;
  // A URL with a password: the fix would copy the password into every report.
  if (maskUrlUserinfo(value) !== value || maskUrlUserinfo(located.value) !== located.value) return undefined;
  const text = renderValue(value, source.syntax);
  if (text === undefined) return undefined;
  const fix: Fix = { replacements: [{ loc: source.loc, text }] };
  if (options.restart) fix.restart = true;
  if (options.suggestionOnly) fix.suggestionOnly = true;
  return fix;
}

/** Only a defined fix is set: `{ ...diagnostic, ...withFix(fix) }`. */
export function withFix(fix: Fix | undefined): { fix?: Fix } {
  return fix ? { fix } : {};
}
