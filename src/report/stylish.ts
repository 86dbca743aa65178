// The terminal format: `file:line:col  severity  message  [RULEID]`, the remediation, and a short code frame.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes, utf16Bom } from '../read/text.js';
import type { Finding, Report } from '../types.js';
import { relativeInside } from '../util/paths.js';
import { RedactedText, secretSpans, type Span } from '../util/redact.js';

export interface StylishOptions {
  /** Scan root, to read source lines for code frames; frames are left out without it. */
  root?: string;
  color?: boolean;
  /** Secret values the scan knows of (the runtime client secret, plaintext secrets found): masked in code frames. */
  secrets?: readonly string[];
  /** Attribute and key names that hold a secret besides those named like one (the config's `fields:` aliases). */
  secretNames?: readonly string[];
}

const CONTEXT_LINES = 1;
const MAX_FRAME_WIDTH = 160;
const MAX_FRAME_SOURCE_BYTES = 64 * 1024 * 1024;

function paint(enabled: boolean | undefined, code: string, text: string): string {
  return enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/**
 * The file's text as the readers decoded it (UTF-16 with a BOM, an XML-declared code page), so that frames match
 * the reported columns; invalid UTF-8 is shown with replacement characters, and a binary file gets no frame.
 */
function sourceText(root: string, file: string): string | null {
  // Only a regular file inside the root: a finding can name a symbolic link that the scan did not follow (a notice
  // on a link out of the root, e.g. to /etc/passwd), and the frame must not follow it either.
  const real = realpathSync(join(root, file));
  const inside = relativeInside(realpathSync(root), real);
  if (inside === undefined || inside === '') return null;
  const stat = statSync(real);
  // A frame is worth a few lines, not loading a huge file (e.g. one skipped for its size) into memory.
  if (!stat.isFile() || stat.size > MAX_FRAME_SOURCE_BYTES) return null;
  const bytes = readFileSync(real);
  const decoded = decodeBytes(file, bytes, { xml: true });
  if (decoded.ok) return decoded.text;
  return utf16Bom(bytes) || bytes.includes(0) ? null : bytes.toString('utf8');
}

/**
 * The places of the plaintext secrets IMS009 found (reported or suppressed), by file. redactText only knows secrets
 * by their attribute or key name; these cover the rest, e.g. a client secret mapped to another name with `fields:`.
 */
function ims009Findings(report: Report): Map<string, Finding[]> {
  const spans = new Map<string, Finding[]>();
  for (const finding of [...report.findings, ...report.suppressed]) {
    if (finding.ruleId !== 'IMS009' || finding.field === 'clientSecretSha256') continue;
    spans.set(finding.file, [...(spans.get(finding.file) ?? []), finding]);
  }
  return spans;
}

/** The offsets of the value inside each IMS009 span (`name="value"`, possibly over several lines). */
function findingSpans(text: string, findings: readonly Finding[]): Span[] {
  if (findings.length === 0) return [];
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const spans: Span[] = [];
  for (const finding of findings) {
    for (let n = finding.line; n <= Math.min(finding.endLine, starts.length); n++) {
      const lineStart = starts[n - 1];
      const lineEnd = n < starts.length ? starts[n] - 1 : text.length;
      const from = lineStart + (n === finding.line ? Math.max(0, finding.column - 1) : 0);
      const to = n === finding.endLine ? Math.min(lineEnd, lineStart + finding.endColumn - 1) : lineEnd;
      if (to <= from) continue;
      const segment = text.slice(from, to);
      // Keep `name="` and the closing quote visible; the value between them is the secret.
      const head = n === finding.line ? (/^[^=\s"']*\s*=\s*["']?/.exec(segment)?.[0] ?? '') : '';
      const tail = n === finding.endLine && segment.length > head.length && /["']$/.test(segment) ? 1 : 0;
      spans.push([from + head.length, to - tail]);
    }
  }
  return spans;
}

function sourceLines(root: string, file: string, cache: Map<string, RedactedText | null>, findings: readonly Finding[], options: StylishOptions): RedactedText | null {
  if (!cache.has(file)) {
    try {
      const raw = sourceText(root, file);
      const text = raw?.replace(/^\uFEFF/, '') ?? null;
      // Redacted as a whole, so that a secret spanning lines (a PEM key) is masked on each of them.
      const spans = text === null ? [] : secretSpans(text, { secrets: options.secrets, secretNames: options.secretNames }, findingSpans(text, findings));
      cache.set(file, text === null ? null : new RedactedText(text, spans));
    } catch {
      cache.set(file, null);
    }
  }
  return cache.get(file) ?? null;
}

function clip(line: string): string {
  return line.length > MAX_FRAME_WIDTH ? `${line.slice(0, MAX_FRAME_WIDTH)}…` : line;
}

function codeFrame(lines: RedactedText, finding: Finding): string[] {
  if (finding.line < 1 || finding.line > lines.lineCount) return [];
  const first = Math.max(1, finding.line - CONTEXT_LINES);
  const last = Math.min(lines.lineCount, finding.line + CONTEXT_LINES);
  const width = String(last).length;
  const frame: string[] = [];
  for (let n = first; n <= last; n++) {
    const line = lines.line(n);
    const text = clip(line.text.replace(/\t/g, ' '));
    frame.push(`${n === finding.line ? '>' : ' '} ${String(n).padStart(width)} | ${text}`);
    // Columns of the redacted line: an underline over a masked value covers the mask, whatever the value's length.
    const column = line.column(finding.column, 'start');
    if (n === finding.line && finding.column >= 1 && column <= MAX_FRAME_WIDTH) {
      const end = finding.endLine === finding.line ? line.column(finding.endColumn, 'end') : column + 1;
      const span = Math.max(1, Math.min(end, MAX_FRAME_WIDTH + 1) - column);
      frame.push(`  ${' '.repeat(width)} | ${' '.repeat(column - 1)}${'^'.repeat(span)}`);
    }
  }
  return frame;
}

function formatLocation(finding: Pick<Finding, 'file' | 'line' | 'column'>): string {
  return `${finding.file}:${finding.line}:${finding.column}`;
}

export function formatStylish(report: Report, options: StylishOptions = {}): string {
  const out: string[] = [];
  const cache = new Map<string, RedactedText | null>();
  const secrets = ims009Findings(report);
  const color = options.color;
  const severityColor = { error: '31', warning: '33', notice: '36' } as const;
  for (const finding of report.findings) {
    out.push(`${formatLocation(finding)}  ${paint(color, severityColor[finding.severity], finding.severity)}  ${finding.message}  ${paint(color, '2', `[${finding.ruleId}]`)}`);
    out.push(`    fix: ${finding.remediation}`);
    for (const related of finding.related ?? []) out.push(`    see: ${formatLocation(related)} ${related.message}`);
    const lines = options.root ? sourceLines(options.root, finding.file, cache, secrets.get(finding.file) ?? [], options) : null;
    if (lines) out.push(...codeFrame(lines, finding).map((line) => `    ${line}`));
    out.push('');
  }
  const baseline = report.suppressed.filter((s) => s.suppressedBy === 'baseline');
  if (baseline.length > 0) out.push(`${baseline.length} finding(s) accepted by the baseline (reported as baseline, not failing).`);
  const other = report.suppressed.length - baseline.length;
  if (other > 0) out.push(`${other} finding(s) suppressed (inline or by the config); see --format json for the list.`);
  if (report.fixed && report.fixed.length > 0) out.push(`${report.fixed.length} baseline finding(s) are fixed: run \`ims-gate baseline\` to shrink the baseline.`);
  if (report.restart.required) {
    out.push(`Restart required for instance(s) ${report.restart.instances.join(', ')}: ${report.restart.changes.length} IMS setting(s) changed.`);
  } else if (report.restart.skipped) out.push(report.restart.skipped);
  const { errors, warnings, notices, filesScanned } = report.stats;
  const verdict = report.verdict.result === 'fail' ? paint(color, '31;1', 'FAIL') : paint(color, '32;1', 'PASS');
  out.push(`${verdict}  ${errors} error(s), ${warnings} warning(s), ${notices} notice(s) in ${filesScanned} file(s) scanned (fail-on: ${report.verdict.failOn}).`);
  return `${out.join('\n')}\n`;
}
