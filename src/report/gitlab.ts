// GitLab Code Quality JSON (`--format gitlab`, for `artifacts:reports:codequality`): an array of issues with
// `description`, `check_name`, `fingerprint`, `severity` and `location.path` / `location.lines.begin`.
// GitLab shows only the first of the issues that share a fingerprint, so each issue's fingerprint is the
// finding's stable fingerprint (rule, instance, field, value: never the line) plus its occurrence number among
// findings with the same one, hashed: unique within the report, and stable while the file does not change.
import { createHash } from 'node:crypto';
import type { Finding, Report, Severity } from '../types.js';

export interface GitlabOptions {
  /** Rules with a SARIF security-severity: an error of such a rule (7 or more) is `blocker`. */
  rules?: readonly { id: string; securitySeverity?: number }[];
  repoPath?: (file: string) => string;
}

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** An error fails the gate: critical; a warning: minor; a notice: info. A security error: blocker. */
const SEVERITY: Record<Severity, CodeQualitySeverity> = { error: 'critical', warning: 'minor', notice: 'info' };

interface CodeQualityIssue {
  type: 'issue';
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  categories: string[];
  location: { path: string; lines: { begin: number; end: number } };
}

function severityOf(finding: Finding, options: GitlabOptions): CodeQualitySeverity {
  const security = options.rules?.find((rule) => rule.id === finding.ruleId)?.securitySeverity ?? 0;
  return finding.severity === 'error' && security >= 7 ? 'blocker' : SEVERITY[finding.severity];
}

export function formatGitlab(report: Report, options: GitlabOptions = {}): string {
  const repoPath = options.repoPath ?? ((file: string) => file);
  const seen = new Map<string, number>();
  const issues: CodeQualityIssue[] = report.findings.map((finding) => {
    const occurrence = seen.get(finding.fingerprint) ?? 0;
    seen.set(finding.fingerprint, occurrence + 1);
    const begin = Math.max(1, finding.line);
    return {
      type: 'issue',
      description: finding.instance ? `${finding.message} (instance ${finding.instance})` : finding.message,
      check_name: finding.ruleId,
      fingerprint: createHash('sha256').update(`${finding.fingerprint}\0${occurrence}`).digest('hex'),
      severity: severityOf(finding, options),
      categories: [finding.ruleId === 'IMS009' ? 'Security' : 'Bug Risk'],
      location: { path: repoPath(finding.file), lines: { begin, end: Math.max(begin, finding.endLine) } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
