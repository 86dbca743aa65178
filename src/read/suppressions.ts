// Inline suppression directives: `ims-gate-disable-next-line ID[,| ID…] [-- reason]`, in an XML comment or a
// YAML `#` comment. The reason may also follow a single '-': XML forbids '--' inside a comment, so XML directives
// are written `<!-- ims-gate-disable-next-line IMS003 - reason -->`. The readers decide what a directive covers; this module only parses its text.

// The directive's text lives with the XML tokenizer, which names it in its comment errors; re-exported here.
import { DIRECTIVE } from './xml/directive.js';

export { DIRECTIVE };

interface Directive {
  /** Rule IDs as written (upper-cased). Empty when the comment named none: it suppresses nothing, and the gate reports it (IMS000 warning). */
  ruleIds: string[];
  reason?: string;
}

/**
 * Parses the text of a comment (without its delimiters). Returns undefined unless the comment is a directive,
 * i.e. its text starts with `ims-gate-disable-next-line` followed by white space or the end.
 */
export function parseDirective(comment: string): Directive | undefined {
  const text = comment.trim();
  if (!text.startsWith(DIRECTIVE)) return undefined;
  let rest = text.slice(DIRECTIVE.length);
  if (rest !== '' && !/^\s/.test(rest)) return undefined;
  let reason: string | undefined;
  const separator = /(?:^|\s)--?(?:\s|$)/.exec(rest);
  if (separator) {
    reason = rest.slice(separator.index + separator[0].length).trim() || undefined;
    rest = rest.slice(0, separator.index);
  }
  const ruleIds = rest
    .split(/[\s,]+/)
    .filter((id) => id !== '')
    .map((id) => id.toUpperCase());
  return reason === undefined ? { ruleIds } : { ruleIds, reason };
}
