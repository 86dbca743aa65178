// IMS004 association-mask: the IMS account's association mask is present, has no stray white space, and its prefix
// starts the instance's Enterprise Dashboard (Admin Console) group names.
import { recordOperation } from '../model/operation.js';
import type { ImsAccount, Instance, Located, Model } from '../types.js';
import { internalNameOf, primaryAccountRecords } from './util/accounts.js';
import { liveAware } from './util/live-admin-console.js';
import { dashboardNames } from './util/dashboard.js';
import { checkPrefix, checkRegexPrefix, instanceMask, parseMask, usablePrefix, type PrefixCheck } from './util/mask.js';
import { type MaskConflict, maskConflicts } from './util/mask-conflicts.js';
import { quote } from '../util/quote.js';
import { IMS_ACCOUNT_CONSOLE_PATH, restartHint } from './util/remediation.js';
import type { RestartCommands } from '../util/campaign.js';
import { cleanWhitespace, isWhiteSpaceLike, joinIssues, strayWhitespace } from './util/whitespace.js';
import type { MessageDiagnostic, Rule, RuleContext } from './types.js';
import { FieldMapping } from '../model/fields.js';
import { adminConsoleMissing, CHECKED, type CoverageStatement, fieldSkip, NO_ACCOUNT } from './util/coverage.js';
import { replaceValue, withFix } from './util/fix.js';

const FIELD = 'associationMask';

function exampleMask(instance: string): string {
  return `Campaign - ${instance} - (.*)`;
}

/** The data every IMS004 message and its remediation (set the mask to `expected`) use. */
function maskData(instance: string, expected: string, config: RestartCommands): Record<string, string> {
  return {
    instance,
    quotedInstance: quote(instance),
    example: quote(exampleMask(instance)),
    expected: quote(expected),
    consolePath: IMS_ACCOUNT_CONSOLE_PATH,
    restartHint: restartHint(instance, config),
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
    const data = { ...maskData(instance.name, exampleMask(instance.name), context.config), mask: quote(text) };
    context.report({ ...at, messageId: text === '' ? 'maskEmpty' : 'maskBlank', data });
    return;
  }
  const parsed = parseMask(text);
  const issues = strayWhitespace(text, { allowTrailingSpace: !parsed.pattern });
  const fits = parsed.regex ? checkRegexPrefix : checkPrefix;
  const prefixCheck = names && names.length > 0 && parsed.prefix.trim() !== '' ? fits(parsed.prefix, names, prefixes) : undefined;
  const prefixProblem = prefixCheck && !prefixCheck.ok ? prefixCheck : undefined;
  if (issues.length === 0 && !prefixProblem) return;

  let expected = cleanWhitespace(text) + (!parsed.pattern && text.endsWith(' ') ? ' ' : '');
  if (!prefixProblem) {
    context.report({
      ...at,
      messageId: 'strayWhitespace',
      data: { ...maskData(instance.name, expected, context.config), mask: quote(text), issues: joinIssues(issues) },
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
    data: { ...maskData(instance.name, expected, context.config), mask: quote(text), whitespace, ...data },
    ...withFix(fix),
  });
}

/** What a conflict's message suggests: the uncovered family's prefix in the mask's own form, else the example mask. */
function conflictExpected(conflict: MaskConflict): string {
  const text = conflict.mask.value;
  const family = conflict.uncovered?.prefix;
  if (family === undefined) return exampleMask(conflict.instance.name);
  const tail = text.slice(text.indexOf(conflict.prefix) + conflict.prefix.length);
  return (text.startsWith('^') ? '^' : '') + family + tail;
}

/** A mask that takes another instance's profiles, reported at the mask, naming the other instance. */
function reportConflict(context: RuleContext<MessageDiagnostic>, conflict: MaskConflict): void {
  const { instance, mask, prefix } = conflict;
  let messageId = conflict.uncovered ? 'sameMaskAsOtherUncovered' : 'sameMaskAsOther';
  if (conflict.kind === 'takes-profiles') messageId = conflict.uncovered ? 'maskTakesOtherProfilesUncovered' : 'maskTakesOtherProfiles';
  if (conflict.kind === 'overlaps') messageId = 'maskOverlapsOtherFamily';
  context.report({
    loc: mask.loc,
    instance: instance.name,
    field: FIELD,
    subject: mask.value,
    messageId,
    data: {
      ...maskData(instance.name, conflictExpected(conflict), context.config),
      mask: quote(mask.value),
      prefix: quote(prefix),
      other: conflict.others.map((name) => quote(name)).join(' and '),
      example: quote(conflict.example ?? `${prefix}<operator group>`),
      uncovered: quote(conflict.uncovered?.name ?? ''),
    },
  });
}

/**
 * The mask itself is checked wherever the account defines it; that its prefix starts the Admin Console's profile
 * names, the check that matters, needs the instance's Admin Console users.
 */
function maskCoverage(model: Model, instance: Instance, records: readonly ImsAccount[], mapping: FieldMapping): CoverageStatement {
  if (records.length === 0) return NO_ACCOUNT;
  const absent = fieldSkip(records, FIELD, mapping);
  // An account that defines itself without a mask is reported (noMask): checked. Updates alone say nothing.
  if (absent && !records.some((account) => recordOperation(account.attrs) !== 'update')) return absent;
  if (absent) return CHECKED;
  return instance.dashboards.length > 0 ? CHECKED : adminConsoleMissing(model);
}

export const associationMaskRule: Rule = {
  id: 'IMS004',
  check(ruleContext) {
    // The live Admin Console has no file: its findings go to the mask, its users are counted, never named.
    const { context, flush } = liveAware(ruleContext);
    const prefixes = allPrefixes(context.model);
    const mapping = new FieldMapping(context.config);
    for (const instance of context.model.instances) {
      const records = primaryAccountRecords(instance);
      context.cover(instance.name, maskCoverage(context.model, instance, records, mapping));
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
            ...maskData(instance.name, exampleMask(instance.name), context.config),
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
    for (const conflict of maskConflicts(context.model, context.config).values()) reportConflict(context, conflict);
    flush();
  },
};
