// The terminal format: `file:line:col  severity  message  [RULEID]`, the remediation, and a short code frame.
import { restartCommand } from '../util/campaign.js';
import type { CodeFrame } from '../excerpt/code-frames.js';
import type { Finding, Report } from '../types.js';
import { coverageFooterLines } from './coverage.js';

export interface StylishOptions {
  color?: boolean;
  /** A frame for each finding of the report, in order, already read and redacted (src/excerpt/); none without it. */
  frames?: readonly (CodeFrame | undefined)[];
}

const MAX_FRAME_WIDTH = 160;

function paint(enabled: boolean | undefined, code: string, text: string): string {
  return enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function clip(line: string): string {
  return line.length > MAX_FRAME_WIDTH ? `${line.slice(0, MAX_FRAME_WIDTH)}…` : line;
}

function codeFrame(frame: CodeFrame): string[] {
  const width = String(frame.lines[frame.lines.length - 1]?.number ?? 1).length;
  const out: string[] = [];
  for (const line of frame.lines) {
    const marked = frame.caret?.line === line.number;
    out.push(`${marked ? '>' : ' '} ${String(line.number).padStart(width)} | ${clip(line.text.replace(/\t/g, ' '))}`);
    const caret = marked ? frame.caret : undefined;
    if (caret && caret.column <= MAX_FRAME_WIDTH) {
      const span = Math.max(1, Math.min(caret.column + caret.length, MAX_FRAME_WIDTH + 1) - caret.column);
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(caret.column - 1)}${'^'.repeat(span)}`);
    }
  }
  return out;
}

function formatLocation(finding: Pick<Finding, 'file' | 'line' | 'column'>): string {
  return `${finding.file}:${finding.line}:${finding.column}`;
}

export function formatStylish(report: Report, options: StylishOptions = {}): string {
  const out: string[] = [];
  const color = options.color;
  const severityColor = { error: '31', warning: '33', notice: '36' } as const;
  for (const [index, finding] of report.findings.entries()) {
    out.push(
      `${formatLocation(finding)}  ${paint(color, severityColor[finding.severity], finding.severity)}  ${finding.message}  ${paint(color, '2', `[${finding.ruleId}]`)}`,
    );
    out.push(`    fix: ${finding.remediation}`);
    for (const related of finding.related ?? []) out.push(`    see: ${formatLocation(related)} ${related.message}`);
    const frame = options.frames?.[index];
    if (frame) out.push(...codeFrame(frame).map((line) => `    ${line}`));
    out.push('');
  }
  const baseline = report.suppressed.filter((s) => s.suppressedBy === 'baseline');
  if (baseline.length > 0) out.push(`${baseline.length} finding(s) accepted by the baseline (reported as baseline, not failing).`);
  const other = report.suppressed.length - baseline.length;
  if (other > 0) out.push(`${other} finding(s) suppressed (inline or by the config); see --format json for the list.`);
  if (report.fixed && report.fixed.length > 0)
    out.push(`${report.fixed.length} baseline finding(s) are fixed: run \`ims-gate baseline\` to shrink the baseline.`);
  if (report.restart.required) {
    out.push(
      `Restart required for instance(s) ${report.restart.instances.join(', ')}: ${report.restart.changes.length} IMS setting(s) changed. ` +
        `Restart with: ${report.restart.instances.map((name) => `${name}: \`${report.restart.commands?.[name] ?? restartCommand(name)}\``).join(', ')}.`,
    );
  } else if (report.restart.skipped) out.push(report.restart.skipped);
  out.push(...coverageFooterLines(report.coverage));
  const { errors, warnings, notices, filesScanned } = report.stats;
  const verdict = report.verdict.result === 'fail' ? paint(color, '31;1', 'FAIL') : paint(color, '32;1', 'PASS');
  out.push(
    `${verdict}  ${errors} error(s), ${warnings} warning(s), ${notices} notice(s) in ${filesScanned} file(s) scanned (fail-on: ${report.verdict.failOn}).`,
  );
  return `${out.join('\n')}\n`;
}
