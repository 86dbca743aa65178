// IMS004 association-mask: the IMS account's association mask is present, has no stray white space, and its prefix
// starts the instance's Enterprise Dashboard (Admin Console) group names.
import { recordOperation } from '../model/operation.js';
import type { Instance, Located, Model } from '../types.js';
import { internalNameOf, primaryAccountRecords } from './util/accounts.js';
import { dashboardNames } from './util/dashboard.js';
import { checkPrefix, instanceMask, parseMask, usablePrefix, type PrefixCheck } from './util/mask.js';
import { quote } from './util/quote.js';
import { IMS_ACCOUNT_CONSOLE_PATH, restartHint } from './util/remediation.js';
import { cleanWhitespace, isWhiteSpaceLike, joinIssues, strayWhitespace } from './util/whitespace.js';
import type { Rule, RuleContext } from './types.js';

const FIELD = 'associationMask';

function exampleMask(instance: string): string {
  return `Campaign - ${instance} - (.*)`;
}

function fixMask(instance: string, expected: string): string {
  return `Set the Association mask field of ${IMS_ACCOUNT_CONSOLE_PATH} of instance "${instance}" to ${quote(expected)}: the Enterprise Dashboard product profile prefix, then (.*) for the operator group's internal name. ${restartHint(instance)}`;
}

/** The prefixes of every instance's mask, so that one instance's near misses never point at another's groups. */
function allPrefixes(model: Model): string[] {
  const prefixes: string[] = [];
  for (const instance of model.instances) {
    const prefix = usablePrefix(instanceMask(instance));
    if (prefix !== undefined) prefixes.push(prefix);
  }
  return prefixes;
}

function describePrefixProblem(prefix: string, check: Exclude<PrefixCheck, { ok: true }>): string {
  if (check.reason === 'followed-by-separator') {
    const what = isWhiteSpaceLike(check.example[prefix.length]) ? 'the white space' : 'the separator';
    return `has the prefix ${quote(prefix)}, which stops just before ${what} that follows it in the Enterprise Dashboard group names (e.g. ${quote(check.example)}); did you mean ${quote(check.suggestion)}?`;
  }
  const none = `matches no Enterprise Dashboard group: no group name starts with its prefix ${quote(prefix)}`;
  if (check.suggestion !== undefined) return `${none}; did you mean ${quote(check.suggestion)}?`;
  const more = check.total > check.examples.length ? ` and ${check.total - check.examples.length} more` : '';
  return `${none}; the Admin Console export lists ${check.examples.map((example) => quote(example)).join(', ')}${more}`;
}

function checkMask(context: RuleContext, instance: Instance, mask: Located<string>, names: string[] | undefined, prefixes: string[]): void {
  const text = mask.value;
  const subject = `association mask ${quote(text)} of instance ${quote(instance.name)}`;
  if (text.trim() === '') {
    context.report({
      loc: mask.loc,
      message: `${subject} is ${text === '' ? 'empty' : 'blank (only white space)'}; expected the Enterprise Dashboard group name prefix followed by (.*), e.g. ${quote(exampleMask(instance.name))}`,
      instance: instance.name,
      field: FIELD,
      value: text,
      remediation: fixMask(instance.name, exampleMask(instance.name)),
    });
    return;
  }
  const parsed = parseMask(text);
  const issues = strayWhitespace(text, { allowTrailingSpace: !parsed.pattern });
  const prefixCheck = names && names.length > 0 && parsed.prefix.trim() !== '' ? checkPrefix(parsed.prefix, names, prefixes) : undefined;
  const prefixProblem = prefixCheck && !prefixCheck.ok ? prefixCheck : undefined;
  if (issues.length === 0 && !prefixProblem) return;

  const parts: string[] = [];
  if (issues.length > 0) parts.push(`has ${joinIssues(issues)}`);
  if (prefixProblem) parts.push(describePrefixProblem(parsed.prefix, prefixProblem));
  let expected = cleanWhitespace(text) + (!parsed.pattern && text.endsWith(' ') ? ' ' : '');
  if (prefixProblem?.suggestion !== undefined) {
    const rest = text.slice(text.indexOf(parsed.prefix) + parsed.prefix.length);
    expected = prefixProblem.suggestion + cleanWhitespace(rest);
  }
  let message = `${subject} ${parts.join(', and ')}`;
  if (!prefixProblem) message += `; expected ${quote(expected)}, with no leading, trailing, doubled or invisible white space`;
  context.report({
    loc: mask.loc,
    message,
    instance: instance.name,
    field: FIELD,
    value: text,
    remediation: fixMask(instance.name, prefixProblem && prefixProblem.suggestion === undefined ? exampleMask(instance.name) : expected),
  });
}

export const associationMaskRule: Rule = {
  id: 'IMS004',
  check(context) {
    const prefixes = allPrefixes(context.model);
    for (const instance of context.model.instances) {
      const records = primaryAccountRecords(instance);
      if (records.length === 0) continue;
      const masks = records.map((account) => account.fields.associationMask).filter((mask): mask is Located<string> => mask !== undefined);
      if (masks.length === 0) {
        // A record that only updates some fields of the account says nothing about the mask.
        const defining = records.find((account) => recordOperation(account.attrs) !== 'update');
        if (!defining) continue;
        context.report({
          loc: defining.loc,
          message: `IMS account ${quote(internalNameOf(defining) ?? '(no internal name)')} of instance ${quote(instance.name)} has no association mask; expected the Enterprise Dashboard group name prefix followed by (.*), e.g. ${quote(exampleMask(instance.name))}`,
          instance: instance.name,
          field: FIELD,
          value: '',
          remediation: fixMask(instance.name, exampleMask(instance.name)),
        });
        continue;
      }
      const names = instance.dashboards.length > 0 ? [...dashboardNames(instance.dashboards).keys()] : undefined;
      for (const mask of masks) checkMask(context, instance, mask, names, prefixes);
    }
  },
};
