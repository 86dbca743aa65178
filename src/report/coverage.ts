// Coverage, as every output shows it: which rules did not check which instance, and why. Only formats what the
// rules stated (Report.coverage); grouping puts the rules skipped for the same reason on one line per instance.
import type { Coverage, CoverageStatus, RuleCoverage, SkipReason } from '../types.js';
import { plural } from '../util/plural.js';
import { code, inlineLine } from './md.js';

/** Why a rule did not check an instance, after "not checked for <instance>: ". */
const REASON_TEXT: Record<SkipReason, string> = {
  'no-ims-account': 'no IMS external account',
  'no-manifest': 'no IMS provisioning manifest',
  'no-admin-console': 'no Admin Console export',
  'admin-console-unreachable': 'the Admin Console could not be read',
  'no-operator-groups': 'no operator groups in the repository',
  'field-not-present': 'the field it checks is not set',
  'field-not-mapped': 'the field it checks is not mapped',
  hosted: 'hosting is "hosted"',
  'no-base-revision': 'no base revision to compare with',
  'rule-off': 'turned off in the config',
};

export function skipReasonText(reason: SkipReason): string {
  return REASON_TEXT[reason] ?? reason;
}

/** The rules of one instance skipped for one reason and hint. */
export interface SkipGroup {
  instance: string;
  reason: SkipReason;
  hint?: string;
  ruleIds: string[];
}

/** Skipped rules grouped per instance by reason and hint, in rule order. */
export function skipGroups(coverage: Coverage | undefined): SkipGroup[] {
  const groups: SkipGroup[] = [];
  for (const instance of coverage?.instances ?? []) {
    const byKey = new Map<string, SkipGroup>();
    for (const rule of instance.rules) {
      if (rule.status !== 'skipped' || !rule.reason) continue;
      const key = `${rule.reason}\0${rule.hint ?? ''}`;
      let group = byKey.get(key);
      if (!group) {
        group = { instance: instance.instance, reason: rule.reason, hint: rule.hint, ruleIds: [] };
        byKey.set(key, group);
        groups.push(group);
      }
      group.ruleIds.push(rule.ruleId);
    }
  }
  return groups;
}

/** "IMS006, IMS008 not checked for prod: no IMS provisioning manifest (set instances.prod.imsManifest)" */
export function skipGroupText(group: SkipGroup): string {
  const hint = group.hint ? ` (${group.hint})` : '';
  return `${group.ruleIds.join(', ')} not checked for ${group.instance}: ${skipReasonText(group.reason)}${hint}`;
}

/**
 * The stylish footer: one line per instance and reason. Instances whose line would read the same but for the name
 * (IMS010 without a base revision, everywhere) share one: "IMS010 not checked for prod, stage: …".
 */
export function coverageFooterLines(coverage: Coverage | undefined): string[] {
  const merged = new Map<string, SkipGroup>();
  for (const group of skipGroups(coverage)) {
    const key = `${group.ruleIds.join(',')}\0${group.reason}\0${group.hint ?? ''}`;
    const same = merged.get(key);
    if (same) same.instance += `, ${group.instance}`;
    else merged.set(key, { ...group });
  }
  return [...merged.values()].map(skipGroupText);
}

function counts(coverage: Coverage | undefined): Record<CoverageStatus, number> {
  const total: Record<CoverageStatus, number> = { checked: 0, skipped: 0, 'not-applicable': 0 };
  for (const instance of coverage?.instances ?? []) for (const rule of instance.rules) total[rule.status]++;
  return total;
}

/** The action's one `::notice` line; empty when there is no instance. */
export function coverageNoticeLine(coverage: Coverage | undefined): string {
  const instances = coverage?.instances ?? [];
  if (instances.length === 0) return '';
  const total = counts(coverage);
  const skipped = skipGroups(coverage)
    .map((group) => `${group.instance}: ${group.ruleIds.join(', ')} (${skipReasonText(group.reason)})`)
    .join('; ');
  return (
    `ims-gate coverage of ${plural(instances.length, 'instance')}: ${total.checked} checked, ${total.skipped} skipped, ` +
    `${total['not-applicable']} not applicable${skipped ? `. Not checked: ${skipped}` : ''}. See the coverage section of the JSON report.`
  );
}

const MARK: Record<CoverageStatus, string> = { checked: '✅', skipped: '⏭️', 'not-applicable': '➖' };

function markOf(rule: RuleCoverage | undefined): string {
  return rule ? MARK[rule.status] : ' ';
}

/** The job summary's and the PR comment's instance × rule matrix, with the reasons of the skips below it. */
export function coverageMatrixMarkdown(coverage: Coverage | undefined): string {
  const instances = coverage?.instances ?? [];
  if (instances.length === 0) return '';
  const ruleIds = [...new Set(instances.flatMap((instance) => instance.rules.map((rule) => rule.ruleId)))];
  const lines = ['#### Coverage', '', `| Instance | ${ruleIds.join(' | ')} |`, `| --- | ${ruleIds.map(() => ':---:').join(' | ')} |`];
  for (const instance of instances) {
    const byId = new Map(instance.rules.map((rule) => [rule.ruleId, rule]));
    lines.push(`| ${code(instance.instance)} | ${ruleIds.map((id) => markOf(byId.get(id))).join(' | ')} |`);
  }
  lines.push('', `${MARK.checked} checked · ${MARK.skipped} not checked · ${MARK['not-applicable']} not applicable`, '');
  const groups = skipGroups(coverage);
  for (const group of groups) lines.push(`- ${inlineLine(skipGroupText(group))}`);
  if (groups.length > 0) lines.push('');
  return lines.join('\n');
}
