// The terminal format: `file:line:col  severity  message  [RULEID]`, the remediation, and a short code frame.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes, utf16Bom } from '../read/text.js';
import type { Finding, Report } from '../types.js';
import { relativeInside } from '../util/paths.js';
import { REDACTED, redactText } from './redact.js';

interface StylishOptions {
  /** Scan root, to read source lines for code frames; frames are left out without it. */
  root?: string;
  color?: boolean;
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
function secretSpans(report: Report): Map<string, Finding[]> {
  const spans = new Map<string, Finding[]>();
  for (const finding of [...report.findings, ...report.suppressed]) {
    if (finding.ruleId !== 'IMS009' || finding.field === 'clientSecretSha256') continue;
    spans.set(finding.file, [...(spans.get(finding.file) ?? []), finding]);
  }
  return spans;
}

/** Masks the value inside each span (`name="value"`, possibly over several lines), keeping every line where it is. */
function maskSpans(text: string, spans: readonly Finding[]): string {
  if (spans.length === 0) return text;
  const lines = text.split('\n');
  // Last span first, so that masking one never moves the columns of another.
  const ordered = [...spans].sort((a, b) => b.line - a.line || b.column - a.column);
  for (const span of ordered) {
    for (let n = Math.min(span.endLine, lines.length); n >= span.line && n >= 1; n--) {
      const line = lines[n - 1];
      const from = n === span.line ? Math.max(0, span.column - 1) : 0;
      const to = n === span.endLine ? Math.min(line.length, span.endColumn - 1) : line.length;
      if (to <= from) continue;
      const segment = line.slice(from, to);
      const head = n === span.line ? (/^[^=\s"']*\s*=\s*["']?/.exec(segment)?.[0] ?? '') : /^\s*/.exec(segment)?.[0] ?? '';
      const tail = n === span.endLine && segment.length > head.length && /["']$/.test(segment) ? segment.slice(-1) : '';
      if (segment.slice(head.length, segment.length - tail.length).trim() === '') continue;
      lines[n - 1] = `${line.slice(0, from)}${head}${REDACTED}${tail}${line.slice(to)}`;
    }
  }
  return lines.join('\n');
}

function sourceLines(root: string, file: string, cache: Map<string, string[] | null>, secrets: readonly Finding[]): string[] | null {
  if (!cache.has(file)) {
    try {
      const text = sourceText(root, file);
      // Redacted as a whole, so that a secret spanning lines (a PEM key) is masked on each of them.
      cache.set(file, text === null ? null : redactText(maskSpans(text, secrets)).replace(/^\uFEFF/, '').split(/\r?\n/));
    } catch {
      cache.set(file, null);
    }
  }
  return cache.get(file) ?? null;
}

function clip(line: string): string {
  return line.length > MAX_FRAME_WIDTH ? `${line.slice(0, MAX_FRAME_WIDTH)}…` : line;
}

function codeFrame(lines: string[], finding: Finding): string[] {
  if (finding.line < 1 || finding.line > lines.length) return [];
  const first = Math.max(1, finding.line - CONTEXT_LINES);
  const last = Math.min(lines.length, finding.line + CONTEXT_LINES);
  const width = String(last).length;
  const frame: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = clip(lines[n - 1].replace(/\t/g, ' '));
    frame.push(`${n === finding.line ? '>' : ' '} ${String(n).padStart(width)} | ${text}`);
    if (n === finding.line && finding.column >= 1 && finding.column <= MAX_FRAME_WIDTH) {
      const span = finding.endLine === finding.line ? Math.max(1, Math.min(finding.endColumn, MAX_FRAME_WIDTH + 1) - finding.column) : 1;
      frame.push(`  ${' '.repeat(width)} | ${' '.repeat(finding.column - 1)}${'^'.repeat(span)}`);
    }
  }
  return frame;
}

function formatLocation(finding: Pick<Finding, 'file' | 'line' | 'column'>): string {
  return `${finding.file}:${finding.line}:${finding.column}`;
}

export function formatStylish(report: Report, options: StylishOptions = {}): string {
  const out: string[] = [];
  const cache = new Map<string, string[] | null>();
  const secrets = secretSpans(report);
  const color = options.color;
  const severityColor = { error: '31', warning: '33', notice: '36' } as const;
  for (const finding of report.findings) {
    out.push(`${formatLocation(finding)}  ${paint(color, severityColor[finding.severity], finding.severity)}  ${finding.message}  ${paint(color, '2', `[${finding.ruleId}]`)}`);
    out.push(`    fix: ${finding.remediation}`);
    for (const related of finding.related ?? []) out.push(`    see: ${formatLocation(related)} ${related.message}`);
    const lines = options.root ? sourceLines(options.root, finding.file, cache, secrets.get(finding.file) ?? []) : null;
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
