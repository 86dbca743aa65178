// SARIF coverage: each rule that did not check an instance is one `toolExecutionNotification` of the invocation.
// SARIF (§3.58) has a notification name its descriptor in `tool.driver.notifications` and its rule through
// `associatedRule` (into `tool.driver.rules`); here both lists hold one entry per rule, in the same order, so that
// `descriptor` and `associatedRule` name the rule by the same id and index.
import type { Coverage } from '../types.js';
import { skipGroups, skipGroupText } from './coverage.js';

type Descriptor = Record<string, unknown>;

/** One notification descriptor per rule, parallel to `tool.driver.rules`: "IMS006 did not check an instance". */
export function notificationDescriptors(rules: readonly Descriptor[]): Descriptor[] {
  return rules.map((rule) => ({
    id: rule.id,
    name: `${String(rule.name ?? rule.id)}-coverage`,
    shortDescription: { text: `${String(rule.id)} did not check an instance; the notification says why.` },
    fullDescription: {
      text: `${String(rule.id)} could not check a Campaign instance (no IMS account, no manifest, no Admin Console export, …); its findings cannot show a problem it did not check.`,
    },
    help: {
      text: `${String(rule.id)} did not check the instance named in the notification, for the reason it gives; add what it names (or set \`require:\` to make its absence an error). See "Reading the coverage" in the ims-gate README.`,
      markdown: `**${String(rule.id)} did not check an instance.** The notification names the instance and the reason; add what it names, or set \`require:\` in \`.github/ims-gate.yml\` to make its absence an error. See [Reading the coverage](https://github.com/ims-gate/ims-gate#reading-the-coverage).`,
    },
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: 'note' },
  }));
}

/** One note per instance and rule that was not checked (skipped), naming the rule, the instance and the reason. */
export function coverageNotifications(coverage: Coverage | undefined, rules: readonly Descriptor[]): Record<string, unknown>[] {
  const indexOf = new Map(rules.map((rule, index) => [String(rule.id), index]));
  const notifications: Record<string, unknown>[] = [];
  for (const group of skipGroups(coverage)) {
    for (const ruleId of group.ruleIds) {
      const index = indexOf.get(ruleId);
      const reference = index === undefined ? { id: ruleId } : { id: ruleId, index };
      notifications.push({
        level: 'note',
        message: { text: `${skipGroupText({ ...group, ruleIds: [ruleId] })}.` },
        descriptor: reference,
        associatedRule: reference,
        properties: { instance: group.instance, status: 'skipped', reason: group.reason },
      });
    }
  }
  return notifications;
}
