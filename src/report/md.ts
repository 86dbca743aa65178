// Shared pieces of the GitHub-flavoured Markdown reporters (PR comment, job summary, check-run output):
// escaping, locations and links, severity order, size budgets with an honest "N more" line, and the findings table
// of the job summary and the check run.
import { SEVERITY_RANK, type Finding, type Severity } from '../types.js';
import { plural } from '../util/plural.js';

/** How a reporter turns a finding's place into a repository path and, optionally, a link. */
export interface LocationOptions {
  /** Scan-root-relative path → repository-relative path (the scan root may be a sub-folder). Default: identity. */
  repoPath?: (file: string) => string;
  /** A link to a line of a repository file (the PR head blob). Without it, locations are plain text. */
  link?: (repoPath: string, line: number) => string;
  /** Rule ID → short name, for `IMS003 ims-server`; without it, the ID alone. */
  ruleNames?: RuleNames;
}

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

/** Errors first, then warnings, then notices; the pipeline's order (file, line) within a level. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}

const ZERO_WIDTH_JOINER = '\u200D';

/**
 * Makes text from the repository unable to ping or link: `@user` and `@org/team` (an `@` after a non-word
 * character, before a letter or digit), `#123`, `GH-123` and `owner/repo#123` get a zero-width joiner after
 * the `@`, `#` or `GH-`. It looks the same, but GitHub no longer notifies anyone or cross-references an issue.
 * Every text of the PR comment, the job summary and the check run that holds repository values goes through
 * here (through escapeMd, or directly for the plain-text annotation fields). Code spans need nothing: GitHub
 * never renders mentions in them.
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`)
    .replace(/#(?=[0-9])/g, `#${ZERO_WIDTH_JOINER}`)
    .replace(/(?<![A-Za-z0-9_])(GH-)(?=[0-9])/gi, `$1${ZERO_WIDTH_JOINER}`);
}

/** Escapes text so that Markdown and inline HTML in it are shown literally, and mentions in it are inert. */
export function escapeMd(text: string): string {
  return neutraliseMentions(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}|#~!])/g, '\\$1');
}

/** Text for one table cell: escaped, on one line. */
export function cell(text: string): string {
  return escapeMd(text).replace(/\r?\n/g, '<br>');
}

/** Text for a paragraph: escaped, line breaks kept. */
export function paragraph(text: string): string {
  return escapeMd(text).replace(/\r?\n/g, '  \n');
}

/** An inline code span that survives backticks in the value. */
export function code(text: string): string {
  const oneLine = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** CommonMark: a code span closes at the next backtick run of exactly the same length; its index, or -1. */
function closingRun(text: string, length: number): number {
  for (const run of text.matchAll(/`+/g)) if (run[0].length === length) return run.index;
  return -1;
}

/**
 * Text that may hold code spans written by a policy author (`nlserver restart web`): each balanced
 * backtick span becomes a code span again, fenced for its own content (so a value with backticks cannot close
 * it early), and the text between spans is escaped. An unbalanced backtick is escaped and shows as itself.
 * Without this, escapeMd shows the backticks of a remediation literally.
 */
export function inline(text: string, span: (text: string) => string = code): string {
  let out = '';
  let rest = text;
  for (;;) {
    const open = /`+/.exec(rest);
    if (!open) break;
    const fence = open[0];
    const after = rest.slice(open.index + fence.length);
    const close = closingRun(after, fence.length);
    if (close < 0) break;
    out += escapeMd(rest.slice(0, open.index)) + span(after.slice(0, close).trim() || ' ');
    rest = after.slice(close + fence.length);
  }
  return out + escapeMd(rest);
}

/** inline() for one line: line breaks become spaces (a list item or a summary line). */
export function inlineLine(text: string, span: (text: string) => string = code): string {
  return inline(text.replace(/\s*\r?\n\s*/g, ' '), span);
}

/** inline() for a paragraph: line breaks kept as hard breaks. */
export function inlineParagraph(text: string): string {
  return inline(text).split(/\r?\n/).join('  \n');
}

/** Text inside an HTML element (a <summary>): entities escaped, mentions inert; Markdown is not read there. */
export function htmlText(text: string): string {
  return neutraliseMentions(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

/** inlineLine() for a GFM table cell (pipes inside its code spans escaped). */
export function cellInline(text: string): string {
  return inlineLine(text, cellCode);
}

/**
 * A code span inside a GFM table cell: GFM splits a row on `|` before it reads code spans, so a pipe inside one
 * must be escaped too (it renders as `|`).
 */
export function cellCode(text: string): string {
  return code(text).replace(/\|/g, '\\|');
}

/** The rule's ID and short name, `IMS003 ims-server`, the ID as code; its docs page linked when known. */
export function ruleLabel(finding: Pick<Finding, 'ruleId' | 'helpUri'>, names?: RuleNames): string {
  const name = names?.[finding.ruleId];
  const id = finding.helpUri ? `[${code(finding.ruleId)}](${finding.helpUri})` : code(finding.ruleId);
  return name ? `${id} ${escapeMd(name)}` : id;
}

/** Rule ID → short name (`IMS003` → `ims-server`), from the policy metadata; passed in, never read here. */
export type RuleNames = Readonly<Record<string, string>>;

/** `file:line`, linked when a link builder is given. */
export function locationLink(
  finding: Pick<Finding, 'file' | 'line'>,
  options: LocationOptions,
  span: (text: string) => string = code,
): string {
  const path = (options.repoPath ?? ((file: string) => file))(finding.file);
  const text = span(`${path}:${finding.line}`);
  return options.link ? `[${text}](${options.link(path, finding.line)})` : text;
}

/** `[IMS003] Title`. */
export function ruleTitle(finding: Pick<Finding, 'ruleId' | 'title'>): string {
  return finding.title ? `[${finding.ruleId}] ${finding.title}` : `[${finding.ruleId}]`;
}

/** "3 errors, 1 warning, 0 notices". */
export function countsLine(stats: { errors: number; warnings: number; notices: number }): string {
  return `${plural(stats.errors, 'error')}, ${plural(stats.warnings, 'warning')}, ${plural(stats.notices, 'notice')}`;
}

/**
 * Appends parts to a document while they fit a budget, measured by `measure` (characters or bytes).
 * `reserve` keeps room for the closing lines (the "N more" line, footers).
 */
export class Budget {
  private used = 0;
  readonly parts: string[] = [];

  constructor(
    private readonly limit: number,
    private readonly measure: (text: string) => number = (text) => text.length,
  ) {}

  /** Adds `text` if it fits with `reserve` left over; returns whether it was added. */
  add(text: string, reserve = 0): boolean {
    const size = this.measure(text);
    if (this.used + size + reserve > this.limit) return false;
    this.parts.push(text);
    this.used += size;
    return true;
  }

  /** Whether `text` would fit with `reserve` left over. */
  fits(text: string, reserve = 0): boolean {
    return this.used + this.measure(text) + reserve <= this.limit;
  }

  /** Adds `text`, cutting it if needed (for closing lines that must appear). */
  force(text: string): void {
    const room = this.limit - this.used;
    if (room <= 0) return;
    const fitted = this.measure(text) <= room ? text : cutTo(text, room, this.measure);
    this.parts.push(fitted);
    this.used += this.measure(fitted);
  }

  get size(): number {
    return this.used;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** The longest prefix of `text` whose measure is at most `limit`. */
function cutTo(text: string, limit: number, measure: (text: string) => number = (t) => t.length): string {
  if (measure(text) <= limit) return text;
  let low = 0;
  let high = Math.min(text.length, limit);
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (measure(text.slice(0, mid)) <= limit) low = mid;
    else high = mid - 1;
  }
  // Never split a surrogate pair.
  const cut = /[\uD800-\uDBFF]$/.test(text.slice(0, low)) ? low - 1 : low;
  return text.slice(0, cut);
}

/** Cuts a single value to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${cutTo(text, max - 1)}…`;
}

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

const TABLE_HEAD = '| | Rule | Location | Instance | Message | Fix |\n| --- | --- | --- | --- | --- | --- |\n';

/** The remediation, folded: a table row stays one line high until the reader opens it. */
function fixCell(remediation: string): string {
  if (!remediation) return '';
  return `<details><summary>How to fix</summary>${cellInline(remediation)}</details>`;
}

function row(finding: Finding, options: LocationOptions): string {
  const cells = [
    SEVERITY_ICON[finding.severity],
    ruleLabel(finding, options.ruleNames),
    locationLink(finding, options, cellCode),
    finding.instance ? cellCode(finding.instance) : '',
    cellInline(finding.message),
    fixCell(finding.remediation),
  ];
  return `| ${cells.join(' | ')} |\n`;
}

/**
 * A table of findings (errors first) within the budget of `doc`, ending with the `more` line when cut.
 * Returns the number of rows shown.
 */
export function appendFindingsTable(
  doc: Budget,
  findings: readonly Finding[],
  options: LocationOptions,
  more: (n: number) => string,
): number {
  if (findings.length === 0) return 0;
  const reserve = more(findings.length).length * 4;
  if (!doc.add(TABLE_HEAD, reserve)) {
    doc.force(more(findings.length));
    return 0;
  }
  let shown = 0;
  for (const finding of bySeverity(findings)) {
    if (!doc.add(row(finding, options), reserve)) break;
    shown++;
  }
  if (shown < findings.length) doc.force(more(findings.length - shown));
  return shown;
}
