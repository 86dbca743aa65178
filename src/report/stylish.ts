// The terminal format: `file:line:col  severity  message  [RULEID]`, the remediation, and a short code frame,
// laid out for a terminal `width` columns wide (the CLI passes process.stdout.columns, or 100 off a terminal):
// messages wrap at word boundaries under their own indentation; a source line longer than the frame is cropped
// around the underlined span with `…`; the caret line is never longer than the line above it, so it never wraps.
import { restartCommand } from '../util/campaign.js';
import type { CodeFrame } from '../excerpt/code-frames.js';
import type { Finding, Report } from '../types.js';
import { coverageFooterLines } from './coverage.js';

export interface StylishOptions {
  color?: boolean;
  /** A frame for each finding of the report, in order, already read and redacted (src/excerpt/); none without it. */
  frames?: readonly (CodeFrame | undefined)[];
  /** Columns to fit (default 100). */
  width?: number;
}

export const DEFAULT_STYLISH_WIDTH = 100;
/** Indentation of everything under a finding's first line. */
const INDENT = '    ';
/** The narrowest text column wrapping still makes sense for. */
const MIN_TEXT = 20;

function paint(enabled: boolean | undefined, code: string, text: string): string {
  return enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/** Code points, so that a cut never splits a surrogate pair. */
function chars(text: string): string[] {
  return Array.from(text);
}

/**
 * Words of `text` laid out in lines of at most `width` columns: the first line starts with `first`, the others
 * with `rest`. A word longer than a whole line is broken, since there is no other way to fit it; a `first` that
 * leaves no room (a very long path) gets a line of its own.
 */
export function wrap(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  const limit = Math.max(width, chars(rest).length + MIN_TEXT);
  let line = first;
  if (chars(first).length > limit - MIN_TEXT) {
    lines.push(first.trimEnd());
    line = rest;
  }
  let empty = true;
  // Lengths are kept, not recomputed: a line is short, but a word (a minified value) may be huge.
  let length = chars(line).length;
  const restLength = chars(rest).length;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const letters = chars(word);
    if (!empty && length + 1 + letters.length > limit) {
      lines.push(line);
      line = rest;
      length = restLength;
      empty = true;
    }
    let from = 0;
    while (empty && length + letters.length - from > limit) {
      const room = limit - length;
      lines.push(line + letters.slice(from, from + room).join(''));
      from += room;
      line = rest;
      length = restLength;
    }
    if (from >= letters.length) continue;
    const tail = from === 0 ? word : letters.slice(from).join('');
    line = empty ? line + tail : `${line} ${tail}`;
    length += (empty ? 0 : 1) + letters.length - from;
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines;
}

/** The visible window of a source line: `room` characters around the caret, with `…` where it was cut. */
function cropAround(text: string, room: number, caret?: { column: number; length: number }): { text: string; shift: number } {
  const all = chars(text);
  if (all.length <= room) return { text, shift: 0 };
  const start = caret ? caret.column - 1 : 0;
  const span = caret ? Math.min(caret.length, room - 2) : 0;
  // Centre the span in what is left of the window (one column each for the ellipses).
  let from = Math.max(0, start - Math.floor((room - 2 - span) / 2));
  from = Math.min(from, Math.max(0, all.length - (room - 1)));
  const head = from > 0;
  const width = room - (head ? 1 : 0);
  const tail = from + width < all.length;
  const shown = all.slice(from, from + width - (tail ? 1 : 0)).join('');
  return { text: `${head ? '…' : ''}${shown}${tail ? '…' : ''}`, shift: from - (head ? 1 : 0) };
}

function codeFrame(frame: CodeFrame, width: number): string[] {
  const numbers = String(frame.lines[frame.lines.length - 1]?.number ?? 1).length;
  const gutter = (mark: string, number: string) => `${INDENT}${mark} ${number.padStart(numbers)} | `;
  const room = Math.max(MIN_TEXT, width - chars(gutter('>', '')).length);
  const out: string[] = [];
  for (const line of frame.lines) {
    const marked = frame.caret?.line === line.number;
    const caret = marked ? frame.caret : undefined;
    const { text, shift } = cropAround(line.text.replace(/\t/g, ' '), room, caret);
    out.push(`${gutter(marked ? '>' : ' ', String(line.number))}${text}`.trimEnd());
    if (!caret) continue;
    const visible = chars(text).length;
    const from = caret.column - 1 - shift;
    if (from < 0 || from >= visible) continue;
    const span = Math.max(1, Math.min(caret.length, visible - from));
    out.push(`${INDENT}  ${' '.repeat(numbers)} | ${' '.repeat(from)}${'^'.repeat(span)}`);
  }
  return out;
}

function formatLocation(finding: Pick<Finding, 'file' | 'line' | 'column'>): string {
  return `${finding.file}:${finding.line}:${finding.column}`;
}

const SEVERITY_COLOR = { error: '31', warning: '33', notice: '36' } as const;

function findingLines(finding: Finding, frame: CodeFrame | undefined, options: StylishOptions, width: number): string[] {
  const color = options.color;
  const head = `${formatLocation(finding)}  ${finding.severity}  `;
  // Laid out on plain text, painted afterwards, so that colour codes never count as columns.
  const lines = wrap(`${finding.message} [${finding.ruleId}]`, width, head, INDENT);
  lines[0] = lines[0].replace(`  ${finding.severity}  `, `  ${paint(color, SEVERITY_COLOR[finding.severity], finding.severity)}  `);
  const last = lines.length - 1;
  lines[last] = lines[last].replace(/\[(IMS\d{3}|[A-Z]+\d+)\]$/, (tag) => paint(color, '2', tag));
  const out = [...lines];
  if (finding.remediation) out.push(...wrap(finding.remediation, width, `${INDENT}fix: `, `${INDENT}     `));
  for (const related of finding.related ?? [])
    out.push(...wrap(`${formatLocation(related)} ${related.message}`, width, `${INDENT}see: `, `${INDENT}     `));
  if (frame) out.push(...codeFrame(frame, width));
  return out;
}

export function formatStylish(report: Report, options: StylishOptions = {}): string {
  const width = options.width ?? DEFAULT_STYLISH_WIDTH;
  const out: string[] = [];
  const color = options.color;
  for (const [index, finding] of report.findings.entries()) {
    out.push(...findingLines(finding, options.frames?.[index], options, width), '');
  }
  const notes: string[] = [];
  const baseline = report.suppressed.filter((s) => s.suppressedBy === 'baseline');
  if (baseline.length > 0) notes.push(`${baseline.length} finding(s) accepted by the baseline (reported as baseline, not failing).`);
  const other = report.suppressed.length - baseline.length;
  if (other > 0) notes.push(`${other} finding(s) suppressed (inline or by the config); see --format json for the list.`);
  if (report.fixed && report.fixed.length > 0)
    notes.push(`${report.fixed.length} baseline finding(s) are fixed: run \`ims-gate baseline\` to shrink the baseline.`);
  if (report.restart.required) {
    notes.push(
      `Restart required for instance(s) ${report.restart.instances.join(', ')}: ${report.restart.changes.length} IMS setting(s) changed. ` +
        `Restart with: ${report.restart.instances.map((name) => `${name}: \`${report.restart.commands?.[name] ?? restartCommand(name)}\``).join(', ')}.`,
    );
  } else if (report.restart.skipped) notes.push(report.restart.skipped);
  notes.push(...coverageFooterLines(report.coverage));
  const fixable = fixableCounts(report);
  if (fixable.applied > 0 || fixable.suggested > 0) notes.push(fixableNote(fixable));
  for (const note of notes) out.push(...wrap(note, width, '', ''));
  const { errors, warnings, notices, filesScanned } = report.stats;
  const verdict = report.verdict.result === 'fail' ? 'FAIL' : 'PASS';
  const summary = wrap(
    `${errors} error(s), ${warnings} warning(s), ${notices} notice(s) in ${filesScanned} file(s) scanned (fail-on: ${report.verdict.failOn}).`,
    width,
    `${verdict}  `,
    '      ',
  );
  summary[0] = summary[0].replace(verdict, paint(color, verdict === 'FAIL' ? '31;1' : '32;1', verdict));
  out.push(...summary);
  return `${out.join('\n')}\n`;
}

/** Findings with a fix that `check --fix` applies, and those whose fix is only a suggestion (an Admin Console export). */
function fixableCounts(report: Report): { applied: number; suggested: number } {
  const withFix = report.findings.filter((finding) => finding.fix);
  const suggested = withFix.filter((finding) => finding.fix?.suggestionOnly).length;
  return { applied: withFix.length - suggested, suggested };
}

/** As ESLint says it: how many findings `--fix` can fix, and those it leaves to the Admin Console. */
function fixableNote({ applied, suggested }: { applied: number; suggested: number }): string {
  const parts: string[] = [];
  if (applied > 0) parts.push(`${applied} finding(s) fixable with \`ims-gate check --fix\` (preview: --fix-dry-run)`);
  if (suggested > 0) parts.push(`${suggested} with a suggested change to make in the Admin Console (see --format json)`);
  return `${parts.join('; ')}.`;
}
