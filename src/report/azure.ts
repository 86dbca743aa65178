// Azure Pipelines logging commands (`--format azure`): one `##vso[task.logissue …]` per error or warning,
// a plain log line per notice (logissue has no notice level), and `##vso[task.complete result=Failed;]` when
// the gate fails. Escaped the way the agent decodes them (its CommandStringConvertor): `%` as `%AZP25`, CR and
// LF as `%0D` / `%0A`, and in properties `;` as `%3B` and `]` as `%5D`, so that no value from the repository
// can end a property early or start a command of its own on a new line.
import type { Finding, Report } from '../types.js';
import { bySeverity } from './md.js';

export interface AzureOptions {
  repoPath?: (file: string) => string;
}

/** A message: everything after `]` to the end of the line. */
export function escapeAzureData(text: string): string {
  return text.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (`key=value;`). */
export function escapeAzureProperty(text: string): string {
  return escapeAzureData(text).replace(/;/g, '%3B').replace(/\]/g, '%5D');
}

function issue(finding: Finding, repoPath: (file: string) => string): string {
  const text = finding.remediation ? `${finding.message} Fix: ${finding.remediation}` : finding.message;
  if (finding.severity === 'notice') {
    // A plain line, escaped like a message, so that it cannot begin with `##vso[` or `##[`.
    return `[${finding.ruleId}] notice: ${escapeAzureData(`${repoPath(finding.file)}:${finding.line}:${finding.column}: ${text}`)}`;
  }
  const properties = [
    `type=${finding.severity}`,
    `sourcepath=${escapeAzureProperty(repoPath(finding.file))}`,
    `linenumber=${Math.max(1, finding.line)}`,
    `columnnumber=${Math.max(1, finding.column)}`,
    `code=${escapeAzureProperty(finding.ruleId)}`,
  ];
  return `##vso[task.logissue ${properties.join(';')};]${escapeAzureData(`[${finding.ruleId}] ${text}`)}`;
}

export function formatAzure(report: Report, options: AzureOptions = {}): string {
  const repoPath = options.repoPath ?? ((file: string) => file);
  const lines = bySeverity(report.findings).map((finding) => issue(finding, repoPath));
  const { errors, warnings, notices } = report.stats;
  const counts = `${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`;
  if (report.verdict.result === 'fail') {
    const reason = report.verdict.reasons.join(' ') || `IMS policy gate failed: ${counts}.`;
    lines.push(`##vso[task.complete result=Failed;]${escapeAzureData(reason)}`);
  } else lines.push(`IMS policy gate passed: ${counts}.`);
  return `${lines.join('\n')}\n`;
}
