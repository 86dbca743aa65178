// The Markdown report: the body of the sticky PR comment, and the CLI's `--format markdown`.
// Counts, the top findings with their remediation, the restart notice (each changed field before → after),
// a "clean" message when there is nothing to report; never more than a PR comment holds.
import type { Report, RestartAck, RestartResult } from '../types.js';
import { DEFAULT_RESTART_COMMAND, restartCommand } from '../util/campaign.js';
import { coverageMatrixMarkdown } from './coverage.js';
import { plural } from '../util/plural.js';
import { compareStrings } from '../util/compare.js';
import {
  Budget,
  bySeverity,
  code,
  countsLine,
  escapeMd,
  locationLink,
  paragraph,
  ruleTitle,
  SEVERITY_ICON,
  type LocationOptions,
} from './md.js';

/** The hidden marker that identifies the sticky comment among all comments of a PR. */
export const STICKY_MARKER = '<!-- ims-gate:sticky-comment -->';

/** GitHub's limit for an issue or PR comment body. */
export const COMMENT_LIMIT = 65536;

export interface MarkdownOptions extends LocationOptions {
  /** Size limit in characters (default 65536, a PR comment). */
  maxChars?: number;
  /** Put the sticky-comment marker first (default true). */
  marker?: boolean;
  /** How many findings to show in full (default 25); the rest are counted. */
  topFindings?: number;
  /** Where the full report is: a URL (the workflow run) or plain text. */
  fullReport?: { url?: string; text: string };
  /** The commit the report is for, shown in the footer. */
  sha?: string;
  /** Extra lines for the footer (e.g. how annotations were delivered). */
  notes?: string[];
}

function fullReportRef(options: MarkdownOptions): string {
  const report = options.fullReport;
  if (!report) return 'the full report';
  return report.url ? `[the full report](${report.url}) (${escapeMd(report.text)})` : `the full report (${escapeMd(report.text)})`;
}

function showValue(value: string | null): string {
  return value === null ? '_(absent)_' : value === '' ? '_(empty)_' : code(value);
}

/** The restart section shared by the comment, the job summary and the check run. Empty when nothing changed. */
export function renderRestartSection(
  restart: RestartResult,
  options: LocationOptions & { ack?: RestartAck; heading?: string } = {},
): string {
  const lines: string[] = [];
  if (restart.required) {
    const commands = restart.instances.map((name) => restart.commands?.[name] ?? restartCommand(name));
    const instances = restart.instances.map((name, i) => `${code(name)} (${code(commands[i])})`).join(', ');
    // The default command restarts a multi-instance module: say where it runs and what else it restarts.
    const where = commands.includes(DEFAULT_RESTART_COMMAND)
      ? ` ${code(DEFAULT_RESTART_COMMAND)} is run on each application server that hosts the instance; it restarts the web process of every instance on that server.`
      : '';
    lines.push(`${options.heading ?? '###'} 🔄 Campaign server restart required`, '');
    lines.push(
      `Once this change is deployed, restart the Campaign server of ${plural(restart.instances.length, 'instance')}: ${instances}.${where} ` +
        'The IMS settings below changed:',
      '',
    );
    lines.push('| Instance | Field | Where | Before | After |', '| --- | --- | --- | --- | --- |');
    for (const change of restart.changes) {
      lines.push(
        `| ${code(change.instance)} | ${code(change.field)} | ${locationLink(change, options)} | ${showValue(change.before)} | ${showValue(change.after)} |`,
      );
    }
    lines.push('');
    if (options.ack) {
      lines.push(
        options.ack.present
          ? `✅ The restart is acknowledged: the pull request carries the label ${code(options.ack.label)}.`
          : `⛔ **Merge blocked until the restart is planned:** add the label ${code(options.ack.label)} to this pull request once someone has scheduled the restart. ` +
              `The gate reads the labels of the event that started it, so it passes on the run of the \`labeled\` event (list \`labeled\` and \`unlabeled\` in the workflow's ` +
              `\`on.pull_request.types\`) or of the next push; re-running an old job reuses its old event.`,
        '',
      );
    }
  } else if (restart.skipped) {
    lines.push(`_${escapeMd(restart.skipped)}_`, '');
  }
  return lines.join('\n');
}

/** The PR comment body (and `--format markdown`). */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const limit = options.maxChars ?? COMMENT_LIMIT;
  const top = options.topFindings ?? 25;
  const { result } = report.verdict;
  const { stats } = report;
  const total = report.findings.length;

  const head: string[] = [];
  if (options.marker !== false) head.push(STICKY_MARKER);
  if (total === 0 && result === 'pass') {
    head.push('### ✅ IMS policy gate: clean', '');
    head.push(`No IMS configuration findings in ${plural(stats.filesScanned, 'scanned file')}. Everything is clean.`, '');
  } else {
    head.push(
      `### ${result === 'fail' ? '❌' : '✅'} IMS policy gate ${result === 'fail' ? 'failed' : 'passed'}: ${countsLine(stats)}`,
      '',
    );
    const byRule = new Map<string, number>();
    for (const finding of report.findings) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
    const rules = [...byRule]
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([id, count]) => `${id} × ${count}`)
      .join(' · ');
    head.push(`Fails on: ${code(report.verdict.failOn)} · ${plural(stats.filesScanned, 'file')} scanned · ${rules}`, '');
  }
  if (report.suppressed.length > 0)
    head.push(`${plural(report.suppressed.length, 'finding')} suppressed (inline, config or baseline).`, '');
  const restart = renderRestartSection(report.restart, { ...options, ack: report.verdict.restartAck });
  if (restart) head.push(restart);
  head.push(coverageMatrixMarkdown(report.coverage));
  head.push('');

  const footer: string[] = [''];
  if (options.notes?.length) footer.push(...options.notes.map((note) => `<sub>${escapeMd(note)}</sub>`), '');
  footer.push(
    `<sub>ims-gate ${escapeMd(report.tool.version)}${options.sha ? ` · commit ${code(options.sha.slice(0, 12))}` : ''}</sub>`,
    '',
  );
  const footerText = footer.join('\n');

  const doc = new Budget(limit);
  // The head always fits in practice; if a huge restart table does not, it is cut like everything else.
  const moreLine = (n: number) => `\n…and ${plural(n, 'more finding')} in ${fullReportRef(options)}.\n`;
  const reserve = footerText.length + moreLine(total).length;
  if (!doc.add(head.join('\n'), reserve)) doc.force(head.join('\n').slice(0, Math.max(0, limit - reserve)));

  let shown = 0;
  if (total > 0) {
    doc.add(`#### Findings${total > top ? ` (top ${top} of ${total})` : ''}\n\n`, reserve);
    for (const finding of bySeverity(report.findings).slice(0, top)) {
      const where = [locationLink(finding, options), finding.instance ? `instance ${code(finding.instance)}` : '']
        .filter(Boolean)
        .join(' · ');
      const help = finding.helpUri ? ` ([docs](${finding.helpUri}))` : '';
      const block =
        `**${SEVERITY_ICON[finding.severity]} ${escapeMd(ruleTitle(finding))}**${help}  \n${where}\n\n` +
        `${paragraph(finding.message)}\n\n` +
        (finding.remediation ? `**How to fix:** ${paragraph(finding.remediation)}\n\n` : '');
      if (!doc.add(block, reserve)) break;
      shown++;
    }
  }
  if (shown < total) doc.force(moreLine(total - shown));
  doc.force(footerText);
  return doc.toString();
}
