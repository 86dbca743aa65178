// IMS004 association-mask: the IMS account's association mask is present, has no stray white space, and its prefix
// starts the instance's Enterprise Dashboard (Admin Console) group names.
import { recordOperation } from '../model/operation.js';
import type { Instance, Located, Model } from '../types.js';
import { internalNameOf, primaryAccountRecords } from './util/accounts.js';
import { dashboardNames } from './util/dashboard.js';
import { checkPrefix, instanceMask, parseMask, usablePrefix, type PrefixCheck } from './util/mask.js';
import { quote } from '../util/quote.js';
import { IMS_ACCOUNT_CONSOLE_PATH, restartHint } from './util/remediation.js';
import { cleanWhitespace, isWhiteSpaceLike, joinIssues, strayWhitespace } from './util/whitespace.js';
import type { MessageDiagnostic, Rule, RuleContext } from './types.js';
import { replaceValue, withFix } from './util/fix.js';

const FIELD = 'associationMask';

function exampleMask(instance: string): string {
  return `Campaign - ${instance} - (.*)`;
}

/** The data every IMS004 message and its remediation (set the mask to `expected`) use. */
function maskData(instance: string, expected: string): Record<string, string> {
  return {
    instance,
    quotedInstance: quote(instance),
    example: quote(exampleMask(instance)),
    expected: quote(expected),
    consolePath: IMS_ACCOUNT_CONSOLE_PATH,
    restartHint: restartHint(instance),
  };
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

/** The messageId and data of a prefix that fits no Enterprise Dashboard group name. */
function prefixProblemMessage(
  prefix: string,
  check: Exclude<PrefixCheck, { ok: true }>,
): { messageId: string; data: Record<string, string> } {
  if (check.reason === 'followed-by-separator') {
    const what = isWhiteSpaceLike(check.example[prefix.length]) ? 'the white space' : 'the separator';
    return {
      messageId: 'prefixBeforeSeparator',
      data: { prefix: quote(prefix), what, example: quote(check.example), suggestion: quote(check.suggestion) },
    };
  }
  if (check.suggestion !== undefined)
    return { messageId: 'prefixMatchesNoGroup', data: { prefix: quote(prefix), suggestion: quote(check.suggestion) } };
  const more = check.total > check.examples.length ? ` and ${check.total - check.examples.length} more` : '';
  return {
    messageId: 'prefixMatchesNoGroupListed',
    data: { prefix: quote(prefix), listed: check.examples.map((example) => quote(example)).join(', ') + more },
  };
}

function checkMask(
  context: RuleContext<MessageDiagnostic>,
  instance: Instance,
  mask: Located<string>,
  names: string[] | undefined,
  prefixes: string[],
): void {
  const text = mask.value;
  const at = { loc: mask.loc, instance: instance.name, field: FIELD, subject: text };
  if (text.trim() === '') {
    const data = { ...maskData(instance.name, exampleMask(instance.name)), mask: quote(text) };
    context.report({ ...at, messageId: text === '' ? 'maskEmpty' : 'maskBlank', data });
    return;
  }
  const parsed = parseMask(text);
  const issues = strayWhitespace(text, { allowTrailingSpace: !parsed.pattern });
  const prefixCheck = names && names.length > 0 && parsed.prefix.trim() !== '' ? checkPrefix(parsed.prefix, names, prefixes) : undefined;
  const prefixProblem = prefixCheck && !prefixCheck.ok ? prefixCheck : undefined;
  if (issues.length === 0 && !prefixProblem) return;

  let expected = cleanWhitespace(text) + (!parsed.pattern && text.endsWith(' ') ? ' ' : '');
  if (!prefixProblem) {
    context.report({
      ...at,
      messageId: 'strayWhitespace',
      data: { ...maskData(instance.name, expected), mask: quote(text), issues: joinIssues(issues) },
      ...withFix(replaceValue(mask, expected, { restart: true })),
    });
    return;
  }
  if (prefixProblem.suggestion !== undefined) {
    const rest = text.slice(text.indexOf(parsed.prefix) + parsed.prefix.length);
    expected = prefixProblem.suggestion + cleanWhitespace(rest);
  } else expected = exampleMask(instance.name);
  const { messageId, data } = prefixProblemMessage(parsed.prefix, prefixProblem);
  const whitespace = issues.length > 0 ? `has ${joinIssues(issues)}, and ` : '';
  // The data of the prefix problem (its example, a group name) wins over the mask's example.
  // A fix only for the one "did you mean": the example mask is a guess.
  const fix = prefixProblem.suggestion !== undefined ? replaceValue(mask, expected, { restart: true }) : undefined;
  context.report({
    ...at,
    messageId,
    data: { ...maskData(instance.name, expected), mask: quote(text), whitespace, ...data },
    ...withFix(fix),
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
          messageId: 'noMask',
          data: {
            ...maskData(instance.name, exampleMask(instance.name)),
            account: quote(internalNameOf(defining) ?? '(no internal name)'),
          },
          instance: instance.name,
          field: FIELD,
          subject: '',
        });
        continue;
      }
      const names = instance.dashboards.length > 0 ? [...dashboardNames(instance.dashboards).keys()] : undefined;
      for (const mask of masks) checkMask(context, instance, mask, names, prefixes);
    }
  },
};
