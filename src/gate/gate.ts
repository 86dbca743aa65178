// The verdict: severities from the config, inline and config suppressions, the baseline, then counts.
// Reporters only format what this decides; nothing downstream can change the verdict.
import type { Config } from '../config/types.js';
import type { RuleMeta } from '../rules/types.js';
import {
  SEVERITY_RANK,
  type FailOn,
  type Finding,
  type RestartAck,
  type RestartResult,
  type Severity,
  type Stats,
  type SuppressedFinding,
  type Suppression,
  type Verdict,
} from '../types.js';
import { plural } from '../util/plural.js';
import { isBaselinable } from './baseline.js';
import { compareFindings, findingFrom } from './findings.js';

function failsAt(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn];
}

export interface GateInput {
  findings: Finding[];
  suppressions: Suppression[];
  config: Config;
  failOn: FailOn;
  /** Fingerprints accepted by the baseline file. */
  baseline?: Set<string>;
  /** IMS000's metadata, for problems with the suppressions themselves. */
  inputRule: RuleMeta;
  knownRuleIds: Set<string>;
  filesScanned: number;
  restart: RestartResult;
  /** With require-restart-ack on a pull request: the label that acknowledges a restart, and the PR's labels. */
  restartAck?: { label: string; labels: readonly string[] };
}

interface GateResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  fixed: string[];
  stats: Stats;
  verdict: Verdict;
}

function suppressionFor(finding: Finding, suppressions: Suppression[]): Suppression | undefined {
  return suppressions.find(
    (s) =>
      s.file === finding.file && finding.line >= s.targetStartLine && finding.line <= s.targetEndLine && s.ruleIds.includes(finding.ruleId),
  );
}

/** IMS000 (a warning) about a suppression comment itself; never baselined, so its location is part of its subject. */
function suppressionProblem(input: GateInput, suppression: Suppression, messageId: string, data: Record<string, string> = {}): Finding {
  const { loc } = suppression;
  return findingFrom(input.inputRule, {
    loc,
    messageId,
    data,
    severity: 'warning',
    field: 'input',
    subject: `${loc.file}:${loc.line}\0${suppression.ruleIds.join(' ')}`,
  });
}

/** Problems with the suppression comments themselves: forbidden, unknown rule, or no reason given. */
function suppressionProblems(input: GateInput): Finding[] {
  const problems: Finding[] = [];
  for (const suppression of input.suppressions) {
    const ids = suppression.ruleIds.join(' ');
    if (suppression.ruleIds.length === 0) {
      problems.push(suppressionProblem(input, suppression, 'suppressionNamesNoRule'));
      continue;
    }
    if (!input.config.allowInlineSuppressions) {
      problems.push(suppressionProblem(input, suppression, 'suppressionNotAllowed', { ids }));
      continue;
    }
    const unknown = suppression.ruleIds.filter((id) => !input.knownRuleIds.has(id));
    if (unknown.length > 0)
      problems.push(suppressionProblem(input, suppression, 'suppressionUnknownRule', { unknown: unknown.join(', ') }));
    if (!suppression.reason?.trim()) problems.push(suppressionProblem(input, suppression, 'suppressionWithoutReason', { ids }));
  }
  return problems;
}

function verdictOf(input: GateInput, findings: Finding[], stats: Stats): Verdict {
  const reasons: string[] = [];
  if (findings.some((finding) => failsAt(finding.severity, input.failOn))) {
    reasons.push(
      `IMS policy gate failed: ${plural(stats.errors, 'error')}, ${plural(stats.warnings, 'warning')}, ${plural(stats.notices, 'notice')} (fails on ${input.failOn}).`,
    );
  }
  let restartAck: RestartAck | undefined;
  if (input.restartAck && input.restart.required) {
    const { label, labels } = input.restartAck;
    restartAck = { label, present: labels.some((name) => name.toLowerCase() === label.toLowerCase()) };
    if (!restartAck.present) {
      reasons.push(
        `A Campaign server restart is required (${input.restart.instances.join(', ')}) and require-restart-ack is on: ` +
          `add the label '${label}' to the pull request once the restart is planned.`,
      );
    }
  }
  return { failOn: input.failOn, result: reasons.length > 0 ? 'fail' : 'pass', reasons, ...(restartAck ? { restartAck } : {}) };
}

export function applyGate(input: GateInput): GateResult {
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const inline = input.config.allowInlineSuppressions ? input.suppressions : [];
  const matchedBaseline = new Set<string>();

  for (const original of [...input.findings, ...suppressionProblems(input)]) {
    const level = Object.hasOwn(input.config.rules, original.ruleId) ? input.config.rules[original.ruleId] : undefined;
    if (level === 'off') {
      suppressed.push({ ...original, suppressedBy: 'config', reason: `rules.${original.ruleId}: off` });
      continue;
    }
    const finding: Finding = level ? { ...original, severity: level } : original;
    const comment = suppressionFor(finding, inline);
    if (comment) {
      suppressed.push({ ...finding, suppressedBy: 'inline', reason: comment.reason });
      continue;
    }
    if (isBaselinable(finding) && input.baseline?.has(finding.fingerprint)) {
      matchedBaseline.add(finding.fingerprint);
      suppressed.push({ ...finding, suppressedBy: 'baseline' });
      continue;
    }
    findings.push(finding);
  }

  findings.sort(compareFindings);
  const stats: Stats = {
    filesScanned: input.filesScanned,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    notices: findings.filter((f) => f.severity === 'notice').length,
  };
  const fixed = [...(input.baseline ?? [])].filter((fingerprint) => !matchedBaseline.has(fingerprint)).sort();
  return { findings, suppressed, fixed, stats, verdict: verdictOf(input, findings, stats) };
}
