// The job summary ($GITHUB_STEP_SUMMARY): verdict and counts, how annotations were delivered, the restart
// section, and a table of every finding with `file:line` linked to the head blob. A step's summary is
// dropped by the runner above 1 MiB, so the table stops short of that and says how many rows are left out.
import type { Report } from '../types.js';
import { renderRestartSection } from './markdown.js';
import { coverageMatrixMarkdown } from './coverage.js';
import { plural } from '../util/plural.js';
import { appendFindingsTable, Budget, code, countsLine, escapeMd, utf8Bytes, type LocationOptions } from './md.js';

/** The runner's limit for one step's summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

interface SummaryOptions extends LocationOptions {
  /** Size limit in bytes (default: 1 MiB less a margin). */
  maxBytes?: number;
  /** How findings were delivered (check run, workflow commands, comment, label), one line each. */
  delivery?: string[];
  /** Where the full JSON report is. */
  fullReport?: string;
}

export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const doc = new Budget(options.maxBytes ?? SUMMARY_LIMIT_BYTES - 8 * 1024, utf8Bytes);
  const { result, reasons } = report.verdict;
  const head: string[] = [];
  head.push(`## ${result === 'fail' ? '❌ IMS policy gate failed' : '✅ IMS policy gate passed'}`, '');
  for (const reason of reasons) head.push(`- ${escapeMd(reason)}`);
  if (reasons.length > 0) head.push('');
  head.push('| Errors | Warnings | Notices | Suppressed | Files scanned | Fails on |', '| ---: | ---: | ---: | ---: | ---: | --- |');
  head.push(
    `| ${report.stats.errors} | ${report.stats.warnings} | ${report.stats.notices} | ${report.suppressed.length} | ${report.stats.filesScanned} | ${code(report.verdict.failOn)} |`,
    '',
  );
  if (options.delivery?.length) {
    head.push('**Delivery**', '');
    for (const line of options.delivery) head.push(`- ${escapeMd(line)}`);
    head.push('');
  }
  const restart = renderRestartSection(report.restart, { ...options, ack: report.verdict.restartAck });
  if (restart) head.push(restart);
  head.push(coverageMatrixMarkdown(report.coverage));
  doc.force(head.join('\n'));

  if (report.findings.length === 0) {
    doc.force(`No IMS configuration findings (${countsLine(report.stats)}): clean.\n`);
  } else {
    doc.force(`### Findings (${plural(report.findings.length, 'finding')})\n\n`);
    const where = options.fullReport ? ` (${escapeMd(options.fullReport)})` : '';
    appendFindingsTable(doc, report.findings, options, (n) => `\n…and ${plural(n, 'more finding')} in the full report${where}.\n`);
  }
  return doc.toString();
}
