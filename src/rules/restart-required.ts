// IMS010: a changed IMS setting that needs a Campaign server restart. Restart detection (src/restart/) diffs the
// IMS settings of each instance with the base revision before the rules run, and only when this rule runs, since
// it may fetch the base from origin; this rule reports its notices, one per changed setting, at the changed line.
import type { Rule } from './types.js';
import { CHECKED } from './util/coverage.js';

export const restartRequiredRule: Rule = {
  id: 'IMS010',
  usesRestartDetection: true,
  check({ model, scan, meta, report, cover }) {
    // Restart detection compares every instance's IMS settings with the base revision, when there is one.
    for (const instance of model.instances)
      cover(
        instance.name,
        scan.restartCompared
          ? CHECKED
          : { status: 'skipped', reason: 'no-base-revision', ...(scan.restartSkipped ? { hint: scan.restartSkipped } : {}) },
      );
    for (const notice of scan.restartNotices) {
      // The notice's text describes the change (restart detection builds it); its subject is the value change.
      report({
        loc: notice.loc,
        messageId: 'restartRequired',
        data: { notice: notice.message, remediation: notice.remediation ?? meta.remediation },
        instance: notice.instance,
        field: notice.field,
        subject: notice.value ?? notice.message,
        related: notice.related,
        severity: notice.severity,
      });
    }
  },
};
