// The Markdown report: the body of the sticky PR comment, the check run's summary, and `--format markdown`.
// Laid out for a reviewer at GitHub's comment width (src/report/comment-layout.ts builds the blocks):
// a headline, one line per instance, the restart plan (before/after folded), the findings grouped by file with
// their fixes folded and stated once, links to the check run and the workflow run; at most 20,000 characters.
import type { Report, RestartAck, RestartResult } from '../types.js';
import { DEFAULT_RESTART_COMMAND, restartCommand } from '../util/campaign.js';
import { coverageMatrixMarkdown } from './coverage.js';
import { plural } from '../util/plural.js';
import { compareStrings } from '../util/compare.js';
import { appendFileGroups } from './file-groups.js';
import { Budget, cellCode, code, countsLine, escapeMd, locationLink, type LocationOptions } from './md.js';

/** The hidden marker that identifies the sticky comment among all comments of a PR. */
export const STICKY_MARKER = '<!-- ims-gate:sticky-comment -->';

/** GitHub's limit for an issue or PR comment body. */
export const COMMENT_LIMIT = 65536;

/** What a reviewer is shown at most: past it, "N more findings in the check run". */
export const COMMENT_CHARS = 20_000;

const DEFAULT_TITLE = 'IMS policy gate';

export interface MarkdownOptions extends LocationOptions {
  /** Size limit in characters (default 20,000: a comment a reviewer reads; GitHub's own limit is 65,536). */
  maxChars?: number;
  /** Put the sticky-comment marker first (default true). */
  marker?: boolean;
  /** The check's name (the `check-name` input), for the headline; default "IMS policy gate". */
  title?: string;
  /** The check run's page, where every finding is: linked, and named by the "N more findings" line. */
  checkRunUrl?: string;
  /** The workflow run's page (its job summary). */
  workflowRunUrl?: string;
  /** Where the full report is (older name of `workflowRunUrl`, kept for callers that pass it). */
  fullReport?: { url?: string; text: string };
  /** Where the findings left out are, as Markdown (default: the check run, linked). */
  moreIn?: string;
  /** The commit the report is for, shown in the footer. */
  sha?: string;
  /** Extra lines for the footer (e.g. how annotations were delivered). */
  notes?: string[];
  /**
   * Markdown blocks another part of the report adds after the per-instance lines (the coverage matrix), each
   * complete with its trailing blank line. Always shown, like the head.
   */
  afterInstances?: string[];
}

/**
 * The command that restarts an instance, as the restart data gives it (a per-instance command when restart
 * detection provides one), else the default command. Never chosen here beyond that fallback.
 */
export function restartCommandOf(restart: RestartResult, instance: string): string {
  const commands = restart.commands;
  const given = commands && Object.hasOwn(commands, instance) ? commands[instance] : undefined;
  return typeof given === 'string' && given ? given : restartCommand(instance);
}

function showValue(value: string | null): string {
  return value === null ? '_(absent)_' : value === '' ? '_(empty)_' : cellCode(value);
}

function ackLines(ack: RestartAck): string[] {
  return ack.present
    ? [`✅ The restart is acknowledged: the pull request carries the label ${code(ack.label)}.`, '']
    : [
        `⛔ **Merge blocked until the restart is planned:** add the label ${code(ack.label)} to this pull request once someone has scheduled the restart. ` +
          "The gate reads the labels of the event that started it, so it passes on the run of the `labeled` event (list `labeled` and `unlabeled` in the workflow's " +
          '`on.pull_request.types`) or of the next push; re-running an old job reuses its old event.',
        '',
      ];
}

/**
 * The restart plan shared by the comment, the job summary and the check run: a narrow table (instance, changed
 * fields, command) that fits the comment width, and the before/after values folded in a <details>. Empty when
 * nothing changed.
 */
export function renderRestartSection(
  restart: RestartResult,
  options: LocationOptions & { ack?: RestartAck; heading?: string } = {},
): string {
  const lines: string[] = [];
  if (restart.required) {
    lines.push(`${options.heading ?? '###'} 🔄 Restart plan: ${plural(restart.instances.length, 'Campaign instance')} to restart`, '');
    lines.push('Campaign reads its IMS settings only at start-up. Once this change is deployed, run:', '');
    lines.push('| Instance | Changed | Command |', '| --- | --- | --- |');
    for (const instance of restart.instances) {
      const fields = [...new Set(restart.changes.filter((c) => c.instance === instance).map((c) => c.field))];
      lines.push(
        `| ${cellCode(instance)} | ${fields.map((field) => cellCode(field)).join(', ')} | ${cellCode(restartCommandOf(restart, instance))} |`,
      );
    }
    // The default command restarts a multi-instance module: say where it runs and what else it restarts.
    if (restart.instances.some((instance) => restartCommandOf(restart, instance) === DEFAULT_RESTART_COMMAND))
      lines.push(
        '',
        `${code(DEFAULT_RESTART_COMMAND)} runs on each application server that hosts the instance; it restarts the web process of every instance on that server.`,
      );
    lines.push('', `<details><summary>Before and after (${plural(restart.changes.length, 'changed setting')})</summary>`, '');
    lines.push('| Instance | Field | Where | Before | After |', '| --- | --- | --- | --- | --- |');
    for (const change of restart.changes) {
      lines.push(
        `| ${cellCode(change.instance)} | ${cellCode(change.field)} | ${locationLink(change, options, cellCode)} | ${showValue(change.before)} | ${showValue(change.after)} |`,
      );
    }
    lines.push('', '</details>', '');
    if (options.ack) lines.push(...ackLines(options.ack));
  } else if (restart.skipped) {
    lines.push(`_${escapeMd(restart.skipped)}_`, '');
  }
  return lines.join('\n');
}

/** One line per instance: its errors and warnings, and whether it needs a restart. */
function instanceLines(report: Report): string[] {
  const names = new Set<string>();
  for (const finding of report.findings) names.add(finding.instance ?? '');
  for (const name of report.restart.instances) names.add(name);
  const restart = new Set(report.restart.instances);
  const sorted = [...names].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : compareStrings(a, b)));
  const lines = sorted.map((name) => {
    const own = report.findings.filter((f) => (f.instance ?? '') === name);
    const errors = own.filter((f) => f.severity === 'error').length;
    const warnings = own.filter((f) => f.severity === 'warning').length;
    const notices = own.length - errors - warnings;
    const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${notices ? `, ${plural(notices, 'notice')}` : ''}`;
    const icon = errors ? '❌' : warnings ? '⚠️' : '✅';
    const who = name ? code(name) : '_no instance_';
    return `- ${icon} ${who}: ${counts} · ${restart.has(name) ? '🔄 **restart needed**' : 'no restart needed'}`;
  });
  return lines.length ? [...lines, ''] : [];
}

function headline(report: Report, title: string): string {
  const { result } = report.verdict;
  if (report.findings.length === 0 && result === 'pass') return `### ✅ ${escapeMd(title)}: clean`;
  return `### ${result === 'fail' ? '❌' : '✅'} ${escapeMd(title)} ${result === 'fail' ? 'failed' : 'passed'}: ${countsLine(report.stats)}`;
}

function linksLine(options: MarkdownOptions): string | undefined {
  const links = [
    options.checkRunUrl ? `[Check run](${options.checkRunUrl})` : '',
    options.workflowRunUrl ? `[Workflow run](${options.workflowRunUrl})` : '',
  ].filter(Boolean);
  return links.length ? links.join(' · ') : undefined;
}

/** The PR comment body (and the check run's summary, and `--format markdown`). */
export function renderMarkdown(report: Report, given: MarkdownOptions = {}): string {
  const options = { ...given, workflowRunUrl: given.workflowRunUrl ?? given.fullReport?.url };
  const limit = options.maxChars ?? COMMENT_CHARS;
  const { stats } = report;
  const total = report.findings.length;

  const head: string[] = [];
  if (options.marker !== false) head.push(STICKY_MARKER);
  head.push(headline(report, options.title ?? DEFAULT_TITLE), '');
  const facts = [
    `Fails on ${code(report.verdict.failOn)}`,
    `${plural(stats.filesScanned, 'file')} scanned`,
    report.suppressed.length ? `${plural(report.suppressed.length, 'finding')} suppressed` : '',
    linksLine(options) ?? '',
  ].filter(Boolean);
  head.push(facts.join(' · '), '');
  if (total === 0 && report.verdict.result === 'pass')
    head.push(`No IMS configuration findings in ${plural(stats.filesScanned, 'scanned file')}. Everything is clean.`, '');
  head.push(...instanceLines(report));
  const coverage = coverageMatrixMarkdown(report.coverage);
  if (coverage) head.push(coverage, '');
  for (const block of options.afterInstances ?? []) head.push(block);
  const restart = renderRestartSection(report.restart, { ...options, ack: report.verdict.restartAck });
  if (restart) head.push(restart);

  const footer: string[] = [''];
  if (options.notes?.length) footer.push(...options.notes.map((note) => `<sub>${escapeMd(note)}</sub>`), '');
  footer.push(
    `<sub>ims-gate ${escapeMd(report.tool.version)}${options.sha ? ` · commit ${code(options.sha.slice(0, 12))}` : ''}</sub>`,
    '',
  );
  const footerText = footer.join('\n');

  const doc = new Budget(limit);
  const where =
    options.moreIn ??
    (options.checkRunUrl
      ? `the [check run](${options.checkRunUrl})`
      : options.workflowRunUrl
        ? `the [workflow run](${options.workflowRunUrl})`
        : 'the check run');
  const moreLine = (n: number) => `\n**${plural(n, 'more finding')} in ${where}.**\n`;
  const reserve = footerText.length + moreLine(total).length;
  const headText = `${head.join('\n')}\n`;
  // The head always fits in practice; a huge restart table is cut like everything else, never silently.
  if (!doc.add(headText, reserve)) doc.force(headText.slice(0, Math.max(0, limit - reserve)));

  let shown = 0;
  if (total > 0 && doc.add('#### Findings\n\n', reserve)) shown = appendFileGroups(doc, report.findings, options, reserve);
  if (shown < total) doc.force(moreLine(total - shown));
  doc.force(footerText);
  return doc.toString();
}
