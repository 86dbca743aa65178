// IMS010: a changed IMS setting that needs a Campaign server restart. Restart detection (src/restart/) diffs the
// IMS settings of each instance with the base revision before the rules run, and only when this rule runs, since
// it may fetch the base from origin; this rule reports its notices, one per changed setting, at the changed line.
import type { Rule } from './types.js';

export const restartRequiredRule: Rule = {
  id: 'IMS010',
  usesRestartDetection: true,
  check({ scan, meta, report }) {
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
