// The association mask of the IMS account: `Campaign - <instance> - (.*)`. The Enterprise Dashboard (Admin Console)
// product profile `<prefix><internal name>` is linked to the Campaign operator group `<internal name>`.
import type { ImsAccount, Instance, Located } from '../../types.js';
import { fieldValues, primaryAccountRecords } from './accounts.js';
import { expandPrefix } from './mask-pattern.js';
import { nearPrefix } from './suggest.js';
import { isWhiteSpaceLike } from './whitespace.js';

/**
 * What stands for the operator group's internal name: `(.*)`, `(.+)`, also lazy or non-capturing, or a bare
 * trailing `.*` / `.+` (a pattern written without its group still means "the rest of the name").
 */
const NAME_GROUP = /\((?:\?:)?\.[*+]\??\)|\.[*+]\??\$?$/;

interface ParsedMask {
  /** The text the Enterprise Dashboard names must start with. */
  prefix: string;
  /** Whether the mask is written as a pattern (has a `(.*)` group). */
  pattern: boolean;
  /** Text after the group (an end anchor `$` is not counted); non-empty means the name is not simply a suffix. */
  trailing: string;
  /**
   * The prefix is itself a regular expression (`Campaign - acme(-stage)? - `: one mask for two families, on
   * purpose), not literal text: names cannot be matched or split by `startsWith`. A `.` alone does not count, as
   * it also matches itself.
   */
  regex: boolean;
}

/** Regular-expression syntax other than `.`: groups, classes, alternation, quantifiers, escapes. */
const REGEX_SYNTAX = /[()[\]{}|?*+\\]/;

/** The mask's prefix: the text before a `(.*)` / `(.+)` group (without a leading `^`), else the whole mask. */
export function parseMask(mask: string): ParsedMask {
  const group = NAME_GROUP.exec(mask);
  if (!group) return { prefix: mask, pattern: false, trailing: '', regex: false };
  const prefix = mask.slice(0, group.index).replace(/^\^/, '');
  const trailing = mask.slice(group.index + group[0].length).replace(/\$$/, '');
  return { prefix, pattern: true, trailing, regex: REGEX_SYNTAX.test(prefix) };
}

interface InstanceMask {
  /** The mask attribute of the instance's IMS account. */
  value: Located<string>;
  account: ImsAccount;
  parsed: ParsedMask;
}

/**
 * The association mask in force for an instance: of the records of its IMS account, the last one (in file order)
 * that sets a non-blank mask. Undefined when there is none.
 */
export function instanceMask(instance: Instance): InstanceMask | undefined {
  const values = fieldValues(primaryAccountRecords(instance), 'associationMask').filter(({ value }) => value.value.trim() !== '');
  const last = values[values.length - 1];
  return last ? { value: last.value, account: last.account, parsed: parseMask(last.value.value) } : undefined;
}

/**
 * The prefix by which an instance's Enterprise Dashboard names are recognised: its mask's prefix, when the mask
 * is a usable `<prefix>(.*)` (non-blank prefix, nothing after the group). Undefined otherwise: such names cannot be
 * split into prefix and internal name, so no check that needs the split runs.
 */
export function usablePrefix(mask: InstanceMask | undefined): string | undefined {
  if (mask?.parsed.trailing !== '' || mask.parsed.prefix.trim() === '' || mask.parsed.regex) return undefined;
  return mask.parsed.prefix;
}

export type PrefixCheck =
  | { ok: true; matched: string[] }
  | { ok: false; reason: 'no-match'; suggestion?: string; examples: string[]; total: number }
  | { ok: false; reason: 'followed-by-separator'; suggestion: string; example: string };

/** What separates the parts of a product profile name (`Campaign - prod - delivery`): white space and punctuation. */
function isSeparator(char: string): boolean {
  return isWhiteSpaceLike(char) || '-_:|/.'.includes(char);
}

/**
 * Whether a mask prefix fits the Enterprise Dashboard group names: it must start at least one of them, and must not
 * stop just before a separator in every name it starts (`Campaign - prod -` or `Campaign - prod` for
 * `Campaign - prod - delivery`): the internal name would then start with that separator, and match no group.
 * When it fits none, `suggestion` is a near miss spelled as in the names; names that start with another
 * instance's prefix (`otherPrefixes`) are never suggested, being that instance's groups.
 */
export function checkPrefix(prefix: string, names: string[], otherPrefixes: string[] = []): PrefixCheck {
  const matched = names.filter((name) => name.startsWith(prefix));
  if (matched.length > 0) {
    const cutShort = (name: string): boolean => name.length > prefix.length && isSeparator(name[prefix.length]);
    if (!matched.every(cutShort)) return { ok: true, matched };
    const example = matched[0];
    let end = prefix.length;
    while (end < example.length && isSeparator(example[end])) end++;
    return { ok: false, reason: 'followed-by-separator', suggestion: example.slice(0, end), example };
  }
  const others = otherPrefixes.filter((other) => other !== prefix && other.trim() !== '');
  const candidates = names.filter((name) => !others.some((other) => name.startsWith(other)));
  const listed = candidates.length > 0 ? candidates : names;
  return { ok: false, reason: 'no-match', suggestion: nearPrefix(prefix, candidates), examples: listed.slice(0, 3), total: listed.length };
}

/**
 * checkPrefix for a prefix that is a regular expression (see ParsedMask.regex): it fits when one of the literal
 * prefixes it stands for starts a name. One in a form that is not read (mask-pattern.ts) is left alone.
 */
export function checkRegexPrefix(prefix: string, names: string[]): PrefixCheck {
  const alternatives = expandPrefix(prefix);
  if (alternatives === undefined) return { ok: true, matched: [] };
  const matched = names.filter((name) => alternatives.some((alternative) => name.startsWith(alternative)));
  if (matched.length > 0) return { ok: true, matched };
  return { ok: false, reason: 'no-match', examples: names.slice(0, 3), total: names.length };
}
