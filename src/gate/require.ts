// `require:`: the inputs a user says an instance must have. A rule that skipped an instance for want of one says
// so in its coverage; the gate turns each such skip into one IMS000 error per instance and item, at the item in
// the config. A policy decision, made here once, not by a reporter.
import type { RequireEntry, RequireItem } from '../config/types.js';
import type { RuleMeta } from '../rules/types.js';
import type { Coverage, Finding, SkipReason } from '../types.js';
import { findingFrom } from './findings.js';

/** The skip reasons each item turns into an error, and the message of each. */
const MESSAGES: Record<RequireItem, Partial<Record<SkipReason, string>>> = {
  imsAccount: { 'no-ims-account': 'requiredImsAccount' },
  manifest: { 'no-manifest': 'requiredManifest' },
  adminConsole: { 'no-admin-console': 'requiredAdminConsole', 'admin-console-unreachable': 'requiredAdminConsoleUnreachable' },
  operatorGroups: { 'no-operator-groups': 'requiredOperatorGroups' },
};

/**
 * The entries that apply to an instance, one per item: its own (`instances.<name>.require`) before the global
 * ones. The global list skips the `default` bucket of unassigned files when there are named instances beside it.
 */
function entriesFor(instance: string, entries: readonly RequireEntry[], bucket: boolean): RequireEntry[] {
  const own = entries.filter((entry) => entry.instance === instance);
  const global = bucket ? [] : entries.filter((entry) => entry.instance === undefined);
  const byItem = new Map<RequireItem, RequireEntry>();
  for (const entry of [...own, ...global]) if (!byItem.has(entry.item)) byItem.set(entry.item, entry);
  return [...byItem.values()];
}

export function requiredFindings(
  coverage: Coverage,
  config: { require: readonly RequireEntry[]; instances: Record<string, unknown> },
  meta: RuleMeta,
): Finding[] {
  if (config.require.length === 0) return [];
  const findings: Finding[] = [];
  const named = coverage.instances.filter((instance) => instance.instance !== 'default');
  for (const instance of coverage.instances) {
    const bucket = instance.instance === 'default' && named.length > 0 && !Object.hasOwn(config.instances, 'default');
    for (const entry of entriesFor(instance.instance, config.require, bucket)) {
      const messages = MESSAGES[entry.item];
      const skipped = instance.rules.filter((rule) => rule.status === 'skipped' && rule.reason && messages[rule.reason]);
      if (skipped.length === 0) continue;
      const reason = skipped[0].reason as SkipReason;
      findings.push(
        findingFrom(meta, {
          loc: entry.loc,
          messageId: messages[reason] as string,
          data: { instance: instance.instance, item: entry.item, key: entry.key, rules: skipped.map((rule) => rule.ruleId).join(', ') },
          instance: instance.instance,
          field: 'require',
          subject: entry.item,
        }),
      );
    }
  }
  return findings;
}
