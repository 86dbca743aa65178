// The job summary ($GITHUB_STEP_SUMMARY): verdict and counts under the check's name, a link to the check run,
// how annotations were delivered, the restart plan, and a table of every finding (short rule name, `file:line`
// linked to the head blob, instance, message, the fix folded). A step's summary is dropped by the runner above
// 1 MiB, so the table stops short of that and says how many rows are left out.
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
  /** The check's name (the `check-name` input), for the title; default "IMS policy gate". */
  title?: string;
  /** The check run's page. */
  checkRunUrl?: string;
  /** How findings were delivered (check run, workflow commands, comment, label), one line each. */
  delivery?: string[];
  /** Warnings of the run that the reader must see (e.g. restart detection could not read the base), one line each. */
  warnings?: string[];
  /** Where the full JSON report is. */
  fullReport?: string;
  /** Markdown blocks another part of the report adds after the counts (the coverage matrix), each ending with a blank line. */
  afterCounts?: string[];
}

export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const doc = new Budget(options.maxBytes ?? SUMMARY_LIMIT_BYTES - 8 * 1024, utf8Bytes);
  const { result, reasons } = report.verdict;
  const title = escapeMd(options.title ?? 'IMS policy gate');
  const head: string[] = [];
  head.push(`## ${result === 'fail' ? `❌ ${title} failed` : `✅ ${title} passed`}`, '');
  if (options.checkRunUrl) head.push(`[Check run](${options.checkRunUrl}) with every finding as an annotation.`, '');
  for (const reason of reasons) head.push(`- ${escapeMd(reason)}`);
  if (reasons.length > 0) head.push('');
  for (const warning of options.warnings ?? []) head.push(`> ⚠️ ${escapeMd(warning)}`, '');
  head.push('| Errors | Warnings | Notices | Suppressed | Files scanned | Fails on |', '| ---: | ---: | ---: | ---: | ---: | --- |');
  head.push(
    `| ${report.stats.errors} | ${report.stats.warnings} | ${report.stats.notices} | ${report.suppressed.length} | ${report.stats.filesScanned} | ${code(report.verdict.failOn)} |`,
    '',
  );
  for (const block of options.afterCounts ?? []) head.push(block);
  if (options.delivery?.length) {
    head.push('**Delivery**', '');
    for (const line of options.delivery) head.push(`- ${escapeMd(line)}`);
    head.push('');
  }
  const restart = renderRestartSection(report.restart, { ...options, ack: report.verdict.restartAck });
  if (restart) head.push(restart);
  const coverage = coverageMatrixMarkdown(report.coverage);
  if (coverage) head.push(coverage);
  // Every block ends with a blank line: a paragraph right after a table would be read as one more row.
  doc.force(`${head.join('\n')}\n`);

  if (report.findings.length === 0) {
    doc.force(`No IMS configuration findings (${countsLine(report.stats)}): clean.\n`);
  } else {
    doc.force(`### Findings (${plural(report.findings.length, 'finding')})\n\n`);
    const where = options.fullReport ? ` (${escapeMd(options.fullReport)})` : '';
    appendFindingsTable(doc, report.findings, options, (n) => `\n…and ${plural(n, 'more finding')} in the full report${where}.\n`);
  }
  return doc.toString();
}
